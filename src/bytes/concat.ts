/**
 * The concatenation of byte arrays: the one part itself when there is one (no copy), otherwise one
 * new array. The one joiner for the readers (the capped file reader, the zip reader, the PDF's
 * inflated streams, DER pieces, a CMS signed without attributes).
 */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
