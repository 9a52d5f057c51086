/**
 * A message bar (info, success, warning, error) for both panes. Lighter than Fluent's MessageBar
 * (no icon font), same tokens; errors and warnings are announced assertively. (The severity pill
 * of the findings lives with them, in FindingList.tsx.)
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
