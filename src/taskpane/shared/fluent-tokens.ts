/**
 * Fluent's `tokens` (each design token's name → `var(--name)`), computed on access instead of
 * shipped as a 470-entry table (≈29 KB minified in every pane's first load). webpack.config.js
 * puts this module in place of @fluentui/tokens/lib/tokens.js; the values are the same strings.
 */
import type { Theme } from '@fluentui/react-components';

export const tokens = new Proxy({} as Record<keyof Theme, string>, {
  get: (_target, key) => (typeof key === 'string' ? `var(--${key})` : undefined),
});
