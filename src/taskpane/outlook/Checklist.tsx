/** The readiness checklist of spec/mail.md: each item with its state and what to do. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ChecklistItem, Readiness } from '../../mail';
import { Text } from '../shared/controls';
import { useI18n } from '../shared/i18n';
import type { ComposeStrings } from './compose/strings';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
  },
  ok: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  pending: { borderLeftColor: tokens.colorNeutralStroke1 },
  badge: {
    minWidth: '3.5em',
    textAlign: 'center',
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  okBadge: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
  },
  warningBadge: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
  },
  errorBadge: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  pendingBadge: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
  label: { fontWeight: tokens.fontWeightSemibold, display: 'block' },
  detail: { display: 'block', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function Checklist({ readiness, s }: { readiness: Readiness; s: ComposeStrings }) {
  const { lang } = useI18n();
  const styles = useStyles();
  const badge = (i: ChecklistItem) =>
    ({
      ok: styles.okBadge,
      warning: styles.warningBadge,
      error: styles.errorBadge,
      pending: styles.pendingBadge,
    })[i.state];
  const stateLabel = (i: ChecklistItem) =>
    ({ ok: s.stateOk, warning: s.stateWarning, error: s.stateError, pending: s.statePending })[i.state];
  return (
    <div data-testid="checklist" data-ready={readiness.ready}>
      <div className={styles.head} role="status" aria-live="polite">
        <Text weight="semibold" data-testid="ready-state">
          {readiness.ready ? s.ready : s.notReady}
        </Text>
      </div>
      <ul className={styles.list}>
        {readiness.items.map((i) => (
          <li
            key={i.id}
            className={mergeClasses(styles.item, styles[i.state])}
            data-testid="check-item"
            data-id={i.id}
            data-state={i.state}
          >
            <span className={mergeClasses(styles.badge, badge(i))}>{stateLabel(i)}</span>
            <span>
              <span className={styles.label}>{i.label[lang]}</span>
              <span className={styles.detail}>{i.detail[lang]}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
