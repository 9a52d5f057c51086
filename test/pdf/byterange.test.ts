// Each byte-range rule of checkSignature, broken alone by a same-length edit of a signed file, gives
// `broken` with that rule's own reason on that signature. Verdict-level tests alone cannot tell the
// rules apart (a later digest check also breaks), so a deleted rule would go unnoticed: mutation
// testing found exactly that.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certificatesFromFile, verifyPdf } from '../../src/pdf/index';
import { getFixtures, HAVE_OPENSSL } from './fixtures';
import { latin1Text, patch } from './signer';

describe.skipIf(!HAVE_OPENSSL)('byte-range rules, one at a time', async () => {
  const fx = HAVE_OPENSSL ? await getFixtures() : undefined;
  const signed = () =>
    new Uint8Array(readFileSync(fx?.list.find((f) => f.name === 'node-rsa')?.file as string));
  const anchors = () => certificatesFromFile(new Uint8Array(readFileSync(fx?.root as string)));

  function edits() {
    const bytes = signed();
    const t = latin1Text(bytes);
    const m = /\/ByteRange \[0 (\d+) (\d+) (\d+)\s*\]/.exec(t);
    if (!m || m.index === undefined) throw new Error('no byte range');
    const [at, len] = [m.index, m[0].length];
    const [b, c, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const range = (s: string) => patch(bytes, at, s.padEnd(len, ' '));
    const sub = t.indexOf('/SubFilter /adbe.pkcs7.detached');
    return [
      ['sig.byterange-missing', range('/ByteRange null')],
      ['sig.byterange-malformed', range(`/ByteRange [1 ${b} ${c} ${d}]`)],
      ['sig.byterange-malformed', range(`/ByteRange [0 ${c} ${b} ${d}]`)],
      ['sig.byterange-malformed', range(`/ByteRange [0 ${b} ${c} ${d + 9}]`)],
      ['sig.hole-mismatch', range(`/ByteRange [0 ${b - 1} ${c} ${d}]`)],
      ['sig.hole-mismatch', range(`/ByteRange [0 ${b} ${c + 1} ${d - 1}]`)],
      ['sig.not-at-eof', range(`/ByteRange [0 ${b} ${c} ${d - 3}]`)],
      ['sig.unsupported-subfilter', patch(bytes, sub, '/SubFilter /adbe.pkcs7.sha1XXXXX')],
    ] as const;
  }

  it.each(edits().map(([code, bytes], i) => [i, code, bytes] as const))(
    'edit %i: broken with %s on the signature',
    async (_i, code, bytes) => {
      const r = await verifyPdf(bytes, { trustAnchors: anchors() });
      expect(r.verdict).toBe('broken');
      const sig = r.signatures.find((s) => !s.intact);
      expect(sig?.problems.map((p) => p.code)).toContain(code);
    },
  );

  it('the unedited file: intact, covering the whole file, no problem', async () => {
    const r = await verifyPdf(signed(), { trustAnchors: anchors() });
    expect(r.verdict).toBe('valid');
    expect(r.signatures[0]?.intact).toBe(true);
    expect(r.signatures[0]?.coversWholeFile).toBe(true);
    expect(r.signatures[0]?.problems).toEqual([]);
    expect(r.signatures[0]?.byteRange).toHaveLength(4);
  });
});
