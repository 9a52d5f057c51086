// The injected hasher (the command line's node:crypto, incremental): the CMS messageDigest and a
// document timestamp's imprint are computed over exactly the two signed byte ranges, given as two
// views of the file (no joined copy), and every verdict is the same as with WebCrypto.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeHasher } from '../../src/cli/verify-pdf';
import {
  certificatesFromFile,
  type PdfDigestAlgorithm,
  type PdfHasher,
  type PdfReport,
  verifyPdf,
} from '../../src/pdf/index';
import { selfSigned } from '../helpers/self-signed';
import { type Fixture, type Fixtures, getFixtures, HAVE_OPENSSL } from './fixtures';
import { placeholderPdf, signPlaceholder } from './signer';

const fx: Fixtures | undefined = HAVE_OPENSSL ? await getFixtures() : undefined;
const list = fx?.list ?? [];
const fixture = (name: string) => list.find((f) => f.name === name) as Fixture;

function anchorsFor(f: Fixture): Uint8Array[] | undefined {
  if (f.trust?.length === 0) return undefined;
  const files = f.trust ?? [fx?.root as string];
  return files.flatMap((p) => certificatesFromFile(new Uint8Array(readFileSync(p))));
}

interface Call {
  algorithm: PdfDigestAlgorithm;
  parts: Uint8Array[];
}

/** nodeHasher, recording what it is given. */
function spy(): { hasher: PdfHasher; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    hasher: (algorithm, parts) => {
      calls.push({ algorithm, parts: [...parts] });
      return nodeHasher(algorithm, parts);
    },
  };
}

/** Whether `part` is the view bytes[start, start + length) of the file itself (not a copy). */
function isView(part: Uint8Array | undefined, bytes: Uint8Array, start: number, length: number): boolean {
  return (
    part !== undefined &&
    part.buffer === bytes.buffer &&
    part.byteOffset === bytes.byteOffset + start &&
    part.length === length
  );
}

/** The calls over exactly the two ranges of `byteRange`, as views of the file. */
function rangeCalls(calls: Call[], bytes: Uint8Array, byteRange: number[]): Call[] {
  const [a, b, c, d] = byteRange as [number, number, number, number];
  return calls.filter(
    (x) => x.parts.length === 2 && isView(x.parts[0], bytes, a, b) && isView(x.parts[1], bytes, c, d),
  );
}

const codes = (r: PdfReport) =>
  [...r.messages, ...r.signatures.flatMap((s) => s.problems)].map((m) => m.code).sort();

async function check(f: Fixture, hasher?: PdfHasher): Promise<{ bytes: Uint8Array; report: PdfReport }> {
  const bytes = new Uint8Array(readFileSync(f.file));
  const report = await verifyPdf(bytes, { file: f.name, trustAnchors: anchorsFor(f), hasher });
  return { bytes, report };
}

describe.skipIf(!HAVE_OPENSSL)('the hasher gets exactly the two signed ranges', () => {
  it.each([
    ['node-rsa', 'SHA-256'],
    ['node-sha512', 'SHA-512'],
  ] as const)('%s: the messageDigest over the two ranges (%s), valid', async (name, algorithm) => {
    const s = spy();
    const { bytes, report } = await check(fixture(name), s.hasher);
    expect(report.verdict).toBe('valid');
    const sig = report.signatures[0];
    expect(sig?.byteRange).toHaveLength(4);
    const ranges = rangeCalls(s.calls, bytes, sig?.byteRange as number[]);
    expect(ranges.map((x) => x.algorithm)).toEqual([algorithm]);
    // Besides it, only the file's hash for the report (the file itself, not a copy).
    const others = s.calls.filter((x) => !ranges.includes(x));
    expect(others).toHaveLength(1);
    expect(others[0]?.algorithm).toBe('SHA-256');
    expect(others[0]?.parts).toHaveLength(1);
    expect(isView(others[0]?.parts[0], bytes, 0, bytes.length)).toBe(true);
  });

  it('the hasher’s digest is the one compared: a wrong one over the ranges breaks the signature', async () => {
    const f = fixture('node-rsa');
    const bytes = new Uint8Array(readFileSync(f.file));
    const lying: PdfHasher = async (algorithm, parts) => {
      const h = await nodeHasher(algorithm, parts);
      if (parts.length === 2) h[0] = (h[0] as number) ^ 1;
      return h;
    };
    const r = await verifyPdf(bytes, { trustAnchors: anchorsFor(f), hasher: lying });
    expect(r.verdict).toBe('broken');
    expect(codes(r)).toContain('cms-digest-mismatch');
  });

  it('a document timestamp: its imprint over its two ranges, valid', async () => {
    const s = spy();
    const { bytes, report } = await check(fixture('node-doc-timestamp'), s.hasher);
    expect(report.verdict).toBe('valid');
    const ts = report.signatures.find((x) => x.kind === 'timestamp');
    const approval = report.signatures.find((x) => x.kind === 'approval');
    expect(rangeCalls(s.calls, bytes, ts?.byteRange as number[]).map((x) => x.algorithm)).toEqual([
      'SHA-256',
    ]);
    expect(rangeCalls(s.calls, bytes, approval?.byteRange as number[])).toHaveLength(1);
  });

  it('no signed attributes: the signature over the content itself, still valid, no range hashed', async () => {
    const s = spy();
    const { report } = await check(fixture('node-no-signed-attrs'), s.hasher);
    expect(report.verdict).toBe('valid');
    expect(s.calls.filter((x) => x.parts.length === 2)).toEqual([]);
  });

  it.each(list.map((f) => [f.name, f] as const))(
    '%s: the same report with and without the hasher',
    async (_, f) => {
      const plain = (await check(f)).report;
      const hashed = (await check(f, nodeHasher)).report;
      expect(hashed.verdict).toBe(plain.verdict);
      expect(codes(hashed)).toEqual(codes(plain));
      expect(hashed.sha256).toBe(plain.sha256);
      expect(hashed.signatures.map((x) => [x.intact, x.digestAlgorithm])).toEqual(
        plain.signatures.map((x) => [x.intact, x.digestAlgorithm]),
      );
    },
  );
});

describe('SHA-1 goes through the hasher and is reported as weak', () => {
  it('a SHA-1 signature: hashed as SHA-1 over two parts, sig.weak-digest, same report as WebCrypto', async () => {
    const { privateKey, cert } = await selfSigned('sha1@univ.example.ac.jp');
    const pdf = await signPlaceholder(
      await placeholderPdf(),
      { privateKey, cert, chain: [] },
      {
        hash: 'SHA-1',
      },
    );
    const trustAnchors = [new Uint8Array(cert.toSchema().toBER())];
    const s = spy();
    const hashed = await verifyPdf(pdf, { trustAnchors, hasher: s.hasher });
    const plain = await verifyPdf(pdf, { trustAnchors });
    const ranges = rangeCalls(s.calls, pdf, hashed.signatures[0]?.byteRange as number[]);
    expect(ranges.map((x) => x.algorithm)).toEqual(['SHA-1']);
    expect(hashed.signatures[0]?.intact).toBe(true);
    expect(codes(hashed)).toContain('sig.weak-digest');
    expect(hashed.verdict).toBe(plain.verdict);
    expect(codes(hashed)).toEqual(codes(plain));
  });
});
