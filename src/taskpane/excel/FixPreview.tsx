/**
 * Shows each fix (cell, value now, value after) before it is applied: an inline panel at the top
 * of the pane (a task pane is too narrow for a dialog), focused when it opens, Esc cancels.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Finding } from '../../form/types';
import { Button, Text } from '../shared/controls';
import { shortCell } from '../shared/FindingList';
import { useExcelI18n } from './strings';

export interface PlannedFix {
  finding: Finding;
  /** The cell's text now. */
  current: string;
  /** What the fix writes. */
  value: string;
}

const useStyles = makeStyles({
  panel: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalM,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  title: {
    margin: `0 0 ${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  table: { borderCollapse: 'collapse', width: '100%', marginTop: tokens.spacingVerticalS },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

export function FixPreview(props: {
  plan: PlannedFix[];
  title: string;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { lang, t } = useExcelI18n();
  const styles = useStyles();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section
      ref={ref}
      className={styles.panel}
      aria-labelledby="fix-preview-title"
      aria-describedby="fix-preview-intro"
      tabIndex={-1}
      data-testid="fix-preview"
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
    >
      <h2 id="fix-preview-title" className={styles.title}>
        {props.title}
      </h2>
      <Text id="fix-preview-intro" size={200}>
        {t.fixPreviewIntro}
      </Text>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell}>{t.cell}</th>
            <th className={styles.cell}>{t.current}</th>
            <th className={styles.cell}>{t.after}</th>
          </tr>
        </thead>
        <tbody>
          {props.plan.map((p) => (
            <tr key={p.finding.cell}>
              <td className={`${styles.cell} ${styles.mono}`}>{shortCell(p.finding.cell)}</td>
              <td className={styles.cell}>{p.current || t.empty}</td>
              <td className={styles.cell}>
                <strong>{p.value}</strong>
                {p.finding.fix ? (
                  <>
                    <br />
                    <Text size={200}>{p.finding.fix[lang]}</Text>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onApply} data-testid="apply-fix">
          {t.apply}
        </Button>
        <Button onClick={props.onCancel}>{t.cancel}</Button>
      </div>
    </section>
  );
}
