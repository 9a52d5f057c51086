/** The Fluent theme that follows Office's theme (light or dark), or the browser's outside Office. */
import { type Theme, webLightTheme } from '@fluentui/react-components';
import { officeBodyBackground } from '../../office/office-context';

/** Relative luminance of `#RRGGBB` (0 = black, 1 = white). */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = Number.parseInt(h as string, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDarkOfficeTheme(bodyBackgroundColor: string | undefined): boolean {
  return bodyBackgroundColor ? luminance(bodyBackgroundColor) < 0.2 : false;
}

/** Whether the pane should be dark: Office's theme when Office gives one, else the browser's. */
export function prefersDark(): boolean {
  const bg = officeBodyBackground();
  if (bg) return isDarkOfficeTheme(bg);
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * The pane's Fluent theme. The dark theme's tokens (≈1.5 KB gzip) are loaded only when needed, keeping
 * them out of the first load of light panes.
 */
export async function loadPaneTheme(): Promise<Theme> {
  if (!prefersDark()) return webLightTheme;
  const { webDarkTheme: dark } = await import(
    /* webpackChunkName: "dark-theme" */ '@fluentui/react-components'
  );
  return dark;
}
