/**
 * Presentation of a check's findings, shared by the Excel and Outlook panes:
 * - `FindingSummary`: error and warning counts (announced to screen readers);
 * - `FindingList`: findings grouped by the form's sections in the form's order, each with its
 *   severity, cell, message and fix candidate (the value a fix would write); optional `onSelect` (go to the cell) and `renderActions` (fix
 *   buttons and the like).
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { type FormSection, SECTION_NAMES, SECTION_ORDER, sectionOfField } from '../../form/layout';
import type { CheckReport, Finding } from '../../form/types';
import { Text } from './controls';
import { format, useI18n } from './i18n';

const useStyles = makeStyles({
  summary: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  section: { marginTop: tokens.spacingVerticalM },
  sectionTitle: {
    margin: `0 0 ${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalS },
  item: {
    borderLeftWidth: '4px',
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorPaletteRedBorder2,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  select: {
    backgroundColor: 'transparent',
    borderTopWidth: 0,
    borderRightWidth: 0,
    borderBottomWidth: 0,
    borderLeftWidth: 0,
    padding: 0,
    margin: 0,
    font: 'inherit',
    color: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    display: 'block',
    width: '100%',
    borderRadius: tokens.borderRadiusSmall,
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  message: { display: 'block', marginTop: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  candidate: {
    display: 'block',
    marginTop: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    flexWrap: 'wrap',
  },
});

export interface FindingSummaryProps {
  summary: { errors: number; warnings: number } | null;
  /** Shown beside the counts, e.g. the sheet or file checked. */
  detail?: ReactNode;
}

export function FindingSummary({ summary, detail }: FindingSummaryProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.summary} role="status" aria-live="polite" data-testid="summary">
      {summary === null ? (
        <Text>{t.summaryNone}</Text>
      ) : summary.errors === 0 && summary.warnings === 0 ? (
        <Text weight="semibold">{t.summaryClean}</Text>
      ) : (
        <>
          <SeverityBadge severity="error" filled>
            {format(t.summaryErrors, { n: summary.errors })}
          </SeverityBadge>
          <SeverityBadge severity="warning" filled>
            {format(t.summaryWarnings, { n: summary.warnings })}
          </SeverityBadge>
        </>
      )}
      {detail ? <Text size={200}>{detail}</Text> : null}
    </div>
  );
}

/** A check report's summary and findings (the Outlook panes show them so, loaded with the checker). */
export function ReportFindings({ report }: { report: Pick<CheckReport, 'summary' | 'findings'> }) {
  return (
    <>
      <FindingSummary summary={report.summary} />
      <FindingList findings={report.findings} />
    </>
  );
}

/** The form section of a finding's field (from the field table, without the rules). */
export const sectionOf = sectionOfField;

/** Findings grouped by section, sections in the form's order, findings in report order. */
export function groupFindings(
  findings: readonly Finding[],
): Array<{ section: FormSection; findings: Finding[] }> {
  const groups = new Map<FormSection, Finding[]>();
  for (const f of findings) {
    const s = sectionOf(f.field);
    const list = groups.get(s) ?? [];
    list.push(f);
    groups.set(s, list);
  }
  return SECTION_ORDER.filter((s) => groups.has(s)).map((s) => ({
    section: s,
    findings: groups.get(s) ?? [],
  }));
}

export interface FindingListProps {
  findings: readonly Finding[];
  /** Go to the finding's cell. Without it, the cell is shown as text. */
  onSelect?: (finding: Finding) => void;
  /** Buttons under a finding (e.g. its fix). */
  renderActions?: (finding: Finding) => ReactNode;
}

export function FindingList({ findings, onSelect, renderActions }: FindingListProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  return (
    <div data-testid="findings">
      {groupFindings(findings).map(({ section, findings: list }) => (
        <section key={section} className={styles.section} aria-labelledby={`findings-${section}`}>
          <h3 id={`findings-${section}`} className={styles.sectionTitle}>
            {SECTION_NAMES[section][lang]}
          </h3>
          <ul className={styles.list}>
            {list.map((f, i) => {
              const cell = f.cell ? shortCell(f.cell) : '';
              const body = (
                <>
                  <span className={styles.head}>
                    <SeverityBadge severity={f.severity}>
                      {f.severity === 'error' ? t.error : t.warning}
                    </SeverityBadge>
                    {cell ? <span className={styles.cell}>{cell}</span> : null}
                  </span>
                  <span className={styles.message}>{f.message[lang]}</span>
                  {f.fix ? (
                    <span className={styles.candidate} data-testid="fix-candidate">
                      {format(t.fixCandidate, {
                        value: f.fix.value === '' ? t.empty : f.fix.value,
                        how: f.fix[lang],
                      })}
                    </span>
                  ) : null}
                </>
              );
              const actions = renderActions?.(f);
              return (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: two findings may be identical; the list is replaced on each check
                  key={`${f.rule}|${f.cell}|${i}`}
                  className={`${styles.item} ${f.severity === 'warning' ? styles.warning : ''}`}
                  data-testid="finding"
                  data-rule={f.rule}
                  data-cell={f.cell}
                >
                  {onSelect && f.cell ? (
                    <button
                      type="button"
                      className={styles.select}
                      onClick={() => onSelect(f)}
                      title={format(t.goToCell, { cell })}
                    >
                      {body}
                    </button>
                  ) : (
                    body
                  )}
                  {actions ? <div className={styles.actions}>{actions}</div> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** `Sheet!C5` → `C5` when the sheet is obvious; keeps the sheet otherwise. */
export function shortCell(cell: string): string {
  const i = cell.lastIndexOf('!');
  return i < 0 ? cell : `${cell.slice(0, i)} ${cell.slice(i + 1)}`;
}

const useBadgeStyles = makeStyles({
  badge: {
    display: 'inline-block',
    borderRadius: tokens.borderRadiusCircular,
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
  },
  errorTint: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
  },
  warningTint: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
  },
  large: {
    fontSize: tokens.fontSizeBase300,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
  },
});

/** A severity pill: filled for the summary, tinted in the list. */
export function SeverityBadge(props: {
  severity: 'error' | 'warning';
  filled?: boolean;
  children: ReactNode;
}) {
  const s = useBadgeStyles();
  const tone = props.filled ? s[props.severity] : props.severity === 'error' ? s.errorTint : s.warningTint;
  return <span className={mergeClasses(s.badge, tone, props.filled && s.large)}>{props.children}</span>;
}
