/**
 * Serial numbers as the form writes them (spec/form.md §3.7): read as Windows shows them, kept as
 * upper-case hex without leading zeros. A module of its own so that the completion-notice reader
 * and the PDF comparison use it without the certificate rules and their messages.
 */

export type SerialReading = { ok: true; hex: string; digitsOnly: boolean; digits: number } | { ok: false };

/** Reads a serial as Windows shows it: separators (space, colon) allowed, optional 0x, any case. */
export function readSerial(text: string): SerialReading {
  let s = text
    .normalize('NFKC')
    .trim()
    .replace(/[\s:]+/g, '');
  if (/^0x/i.test(s)) s = s.slice(2);
  if (s === '' || !/^[0-9A-Fa-f]+$/.test(s)) return { ok: false };
  const hex = s.replace(/^0+(?=.)/, '').toUpperCase();
  return { ok: true, hex, digitsOnly: /^[0-9]+$/.test(s), digits: hex.length };
}

/** The normalised serial, or undefined when the text is not a serial. */
export function normaliseSerial(text: string): string | undefined {
  const r = readSerial(text);
  return r.ok ? r.hex : undefined;
}
