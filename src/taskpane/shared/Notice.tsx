/**
 * A message bar (info, success, warning, error) for both panes. Lighter than Fluent's MessageBar
 * (no icon font), same tokens; errors and warnings are announced assertively.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export type NoticeIntent = 'info' | 'success' | 'warning' | 'error';

const useStyles = makeStyles({
  base: {
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    borderTopColor: tokens.colorPaletteGreenBorder1,
    borderRightColor: tokens.colorPaletteGreenBorder1,
    borderBottomColor: tokens.colorPaletteGreenBorder1,
    borderLeftColor: tokens.colorPaletteGreenBorder1,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderTopColor: tokens.colorPaletteYellowBorder1,
    borderRightColor: tokens.colorPaletteYellowBorder1,
    borderBottomColor: tokens.colorPaletteYellowBorder1,
    borderLeftColor: tokens.colorPaletteYellowBorder1,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderTopColor: tokens.colorPaletteRedBorder1,
    borderRightColor: tokens.colorPaletteRedBorder1,
    borderBottomColor: tokens.colorPaletteRedBorder1,
    borderLeftColor: tokens.colorPaletteRedBorder1,
  },
  info: {},
});

export function Notice(props: { intent: NoticeIntent; children: ReactNode; 'data-testid'?: string }) {
  const styles = useStyles();
  const urgent = props.intent === 'error' || props.intent === 'warning';
  return (
    <div
      className={mergeClasses(styles.base, styles[props.intent])}
      role={urgent ? 'alert' : 'status'}
      data-intent={props.intent}
      data-testid={props['data-testid']}
    >
      {props.children}
    </div>
  );
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
