/**
 * A checkbox with its label: a native `<input type="checkbox">` inside its `<label>`, drawn with
 * Fluent's tokens. Fluent's Checkbox (with Label and Field) costs about 5 KB gzip of a pane's first
 * load; the native one is as accessible (its own role, state and label) and looks the same at a
 * glance.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
  },
  disabled: { color: tokens.colorNeutralForegroundDisabled, cursor: 'default' },
  input: {
    flexShrink: 0,
    width: '16px',
    height: '16px',
    // Centred on the first line of the label (line height 20px).
    margin: '2px 0 0 0',
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: 'inherit',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

export function CheckField(props: {
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  label: ReactNode;
  'data-testid'?: string;
}) {
  const styles = useStyles();
  return (
    <label className={mergeClasses(styles.root, props.disabled && styles.disabled)}>
      <input
        type="checkbox"
        className={styles.input}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
        data-testid={props['data-testid']}
      />
      <span>{props.label}</span>
    </label>
  );
}
