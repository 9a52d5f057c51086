/**
 * `Button` and `Text` drawn as Fluent UI's are (the same tokens, sizes and states, light and dark,
 * high contrast), on a native `<button>` and `<span>`. Fluent's own carry every appearance, size,
 * shape and icon layout the library offers: about 6 KB gzip in each pane's first load for the
 * three appearances and two sizes the panes use. The props are the subset of Fluent's the panes
 * use, so a component reads the same with either.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ButtonHTMLAttributes, HTMLAttributes } from 'react';

/** makeStyles takes no `borderColor` shorthand: the four sides' colours. */
const borderColor = (c: string) => ({
  borderTopColor: c,
  borderRightColor: c,
  borderBottomColor: c,
  borderLeftColor: c,
});

const useButtonStyles = makeStyles({
  base: {
    alignItems: 'center',
    boxSizing: 'border-box',
    display: 'inline-flex',
    justifyContent: 'center',
    textDecorationLine: 'none',
    verticalAlign: 'middle',
    margin: 0,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyBase,
    outlineStyle: 'none',
    padding: `5px ${tokens.spacingHorizontalM}`,
    minWidth: '96px',
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    transitionDuration: tokens.durationFaster,
    transitionProperty: 'background, border, color',
    transitionTimingFunction: tokens.curveEasyEase,
    ':enabled:hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...borderColor(tokens.colorNeutralStroke1Hover),
      color: tokens.colorNeutralForeground1Hover,
      cursor: 'pointer',
    },
    ':enabled:hover:active': {
      backgroundColor: tokens.colorNeutralBackground1Pressed,
      ...borderColor(tokens.colorNeutralStroke1Pressed),
      color: tokens.colorNeutralForeground1Pressed,
    },
    ':focus-visible': {
      ...borderColor(tokens.colorStrokeFocus2),
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
      boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
      zIndex: 1,
    },
    ':disabled': {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...borderColor(tokens.colorNeutralStrokeDisabled),
      color: tokens.colorNeutralForegroundDisabled,
      cursor: 'not-allowed',
    },
    '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
    '@media (forced-colors: active)': {
      ':focus': { ...borderColor('ButtonText') },
      ':enabled:hover': {
        backgroundColor: 'HighlightText',
        ...borderColor('Highlight'),
        color: 'Highlight',
        forcedColorAdjust: 'none',
      },
      ':disabled': { backgroundColor: 'ButtonFace', ...borderColor('GrayText'), color: 'GrayText' },
    },
  },
  secondary: {},
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    ...borderColor('transparent'),
    color: tokens.colorNeutralForegroundOnBrand,
    ':enabled:hover': {
      backgroundColor: tokens.colorBrandBackgroundHover,
      ...borderColor('transparent'),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ':enabled:hover:active': {
      backgroundColor: tokens.colorBrandBackgroundPressed,
      ...borderColor('transparent'),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ':focus-visible': {
      ...borderColor(tokens.colorStrokeFocus2),
      boxShadow: `${tokens.shadow2}, 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralForegroundOnBrand} inset`,
    },
    ':disabled': { ...borderColor('transparent') },
    '@media (forced-colors: active)': {
      ':enabled': { backgroundColor: 'Highlight', ...borderColor('HighlightText'), color: 'HighlightText' },
    },
  },
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    ...borderColor('transparent'),
    color: tokens.colorNeutralForeground2,
    ':enabled:hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      ...borderColor('transparent'),
      color: tokens.colorNeutralForeground2Hover,
    },
    ':enabled:hover:active': {
      backgroundColor: tokens.colorSubtleBackgroundPressed,
      ...borderColor('transparent'),
      color: tokens.colorNeutralForeground2Pressed,
    },
    ':disabled': { backgroundColor: tokens.colorTransparentBackground, ...borderColor('transparent') },
  },
  medium: {},
  small: {
    minWidth: '64px',
    padding: `3px ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
});

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** As Fluent's: `secondary` (the default), `primary` (the one main action) or `subtle`. */
  appearance?: 'primary' | 'secondary' | 'subtle';
  size?: 'small' | 'medium';
  'data-testid'?: string;
}

export function Button({ appearance = 'secondary', size = 'medium', className, ...rest }: ButtonProps) {
  const styles = useButtonStyles();
  return (
    <button
      type="button"
      {...rest}
      className={mergeClasses(styles.base, styles[appearance], styles[size], className)}
    />
  );
}

const useTextStyles = makeStyles({
  root: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'start',
    display: 'inline',
    whiteSpace: 'normal',
  },
  200: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  semibold: { fontWeight: tokens.fontWeightSemibold },
});

export interface TextProps extends HTMLAttributes<HTMLSpanElement> {
  /** As Fluent's: 300 (the default) or 200. */
  size?: 200 | 300;
  weight?: 'regular' | 'semibold';
  'data-testid'?: string;
}

export function Text({ size = 300, weight = 'regular', className, ...rest }: TextProps) {
  const styles = useTextStyles();
  return (
    <span
      {...rest}
      className={mergeClasses(
        styles.root,
        size === 200 && styles[200],
        weight === 'semibold' && styles.semibold,
        className,
      )}
    />
  );
}
