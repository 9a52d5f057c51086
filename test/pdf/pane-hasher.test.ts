// The panes' way of hashing (no hasher injected): the signed ranges go, as two views of the file,
// through src/pdf/hash.ts's incremental hasher (@noble/hashes), never joined into a copy; the file's
// own hash is WebCrypto's (one copy, inside WebCrypto). `npm run bench pdf` prints the memory.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfDigestAlgorithm } from '../../src/pdf/index';

const calls: { algorithm: PdfDigestAlgorithm; parts: Uint8Array[] }[] = [];
vi.mock('../../src/pdf/hash', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pdf/hash')>();
  return {
    incrementalHasher: (algorithm: PdfDigestAlgorithm, parts: Uint8Array[]) => {
      calls.push({ algorithm, parts: [...parts] });
      return real.incrementalHasher(algorithm, parts);
    },
  };
});

const { incrementalHasher } = await import('../../src/pdf/hash');
const { certificatesFromFile, verifyPdf } = await import('../../src/pdf/index');
const { getFixtures, HAVE_OPENSSL } = await import('./fixtures');

beforeEach(() => {
  calls.length = 0;
});

describe('incrementalHasher: the digest of the parts joined, for every algorithm a CMS may name', () => {
  const data = new Uint8Array(300_001).map((_, i) => (i * 7919) & 255);
  const splits = [[], [0], [1], [64], [63, 65], [150_000], [0, 300_001], [5, 6, 7, 299_000]];
  it.each(
    (['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'] as const).flatMap((a) => splits.map((s) => [a, s] as const)),
  )('%s split at %j', async (algorithm, cuts) => {
    const bounds = [0, ...cuts, data.length];
    const parts = bounds.slice(1).map((end, i) => data.subarray(bounds[i], end));
    const expected = createHash(algorithm.replace('-', '').toLowerCase()).update(data).digest('hex');
    expect(Buffer.from(await incrementalHasher(algorithm, parts)).toString('hex')).toBe(expected);
  });
});

describe.skipIf(!HAVE_OPENSSL)('verifyPdf without a hasher (the panes)', () => {
  it('hashes the two signed ranges as views of the file through the incremental hasher', async () => {
    const fx = await getFixtures();
    const f = fx.list.find((x) => x.name === 'node-rsa');
    if (!f) throw new Error('fixture node-rsa missing');
    const bytes = new Uint8Array(readFileSync(f.file));
    const trustAnchors = certificatesFromFile(new Uint8Array(readFileSync(fx.root)));
    const report = await verifyPdf(bytes, { trustAnchors });
    expect(report.verdict).toBe('valid');
    const [a, b, c, d] = (report.signatures[0]?.byteRange ?? []) as [number, number, number, number];
    expect(calls).toHaveLength(1);
    const [first, second] = calls[0]?.parts ?? [];
    expect(calls[0]?.parts).toHaveLength(2);
    for (const [part, start, length] of [
      [first, a, b],
      [second, c, d],
    ] as const) {
      expect(part?.buffer).toBe(bytes.buffer);
      expect(part?.byteOffset).toBe(bytes.byteOffset + start);
      expect(part?.length).toBe(length);
    }
  });
});
