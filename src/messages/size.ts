/** A file size in words, for both languages: 1 byte, 12 bytes (12 バイト), 340 KB, 1.2 MB. */
import type { Bilingual } from './define';
import { unitMessages } from './units';

const KB = 1024;
const MB = 1024 * 1024;

/**
 * Bytes below 1 KB, whole KB below 1 MB, MB with one decimal above (a whole number without it).
 * MB are rounded up, so a file over a limit never reads as the limit itself (25.1 MB, not 25 MB).
 */
export function formatSize(n: number): Bilingual {
  const t = unitMessages.t;
  if (n < KB) return t(n === 1 ? 'size.byte' : 'size.bytes', { n });
  const kb = Math.round(n / KB);
  if (kb < KB) return t('size.kb', { n: kb });
  const tenths = Math.ceil((n / MB) * 10);
  return t('size.mb', { n: tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1) });
}
