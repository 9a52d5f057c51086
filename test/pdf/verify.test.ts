// Verdicts on real signed PDFs (pdfsig and the Node signer) and on attacked variants, compared
// with poppler's pdfsig where it is installed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certificatesFromFile, type PdfReport, pdfVerdictAcceptable, verifyPdf } from '../../src/pdf/index';
import { type Fixture, type Fixtures, getFixtures, HAVE_OPENSSL, HAVE_PDFSIG } from './fixtures';

const fx: Fixtures | undefined = HAVE_OPENSSL ? await getFixtures() : undefined;
const list = fx?.list ?? [];

function anchorsFor(f: Fixture): Uint8Array[] {
  const files = f.trust ?? [fx?.root as string];
  return files.flatMap((p) => certificatesFromFile(new Uint8Array(readFileSync(p))));
}

// Each fixture is verified once, by its verdict test; the pdfsig comparison reuses that report. Tests
// that look further into a report verify afresh (`own`): Stryker's per-test coverage credits the
// code a report runs to the test that ran it, so a reused report would leave those tests out of
// every mutant's run (mutation testing found exactly that).
const reports = new Map<string, Promise<PdfReport>>();
function check(f: Fixture, own = false): Promise<PdfReport> {
  let r = own ? undefined : reports.get(f.name);
  if (!r) {
    const bytes = new Uint8Array(readFileSync(f.file));
    r = verifyPdf(bytes, { file: f.name, trustAnchors: f.trust?.length === 0 ? undefined : anchorsFor(f) });
    reports.set(f.name, r);
  }
  return r;
}

describe.skipIf(!HAVE_OPENSSL)('verdicts (test PKI made with openssl)', () => {
  it.each(list.map((f) => [`${f.name}: ${f.what} → ${f.verdict}`, f] as const))('%s', async (_, f) => {
    const bytes = new Uint8Array(readFileSync(f.file));
    const copy = bytes.slice();
    const r = await check(f);
    const why = r.messages.map((m) => `${m.code}: ${m.en}`).join('\n');
    expect(r.verdict, why).toBe(f.verdict);
    expect(Buffer.compare(bytes, copy)).toBe(0); // never modifies the bytes
    expect(r.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(r.bytes).toBe(bytes.length);
    if (f.code) {
      const codes = [...r.messages, ...r.signatures.flatMap((s) => s.problems)].map((m) => m.code);
      expect(codes, why).toContain(f.code);
    }
    for (const m of r.messages) {
      expect(m.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(m.en).toMatch(/[A-Za-z]/);
    }
  });

  it('reports the signer identity of a valid signature', async () => {
    const r = await check(list.find((f) => f.name === 'node-rsa') as Fixture, true);
    const s = r.signatures[0];
    expect(r.signatures).toHaveLength(1);
    expect(s?.field).toBe('Signature1');
    expect(s?.subFilter).toBe('adbe.pkcs7.detached');
    expect(s?.coversWholeFile).toBe(true);
    expect(s?.intact).toBe(true);
    expect(s?.digestAlgorithm).toBe('SHA-256');
    expect(s?.signer?.email).toBe('officer@univ.example.ac.jp');
    expect(s?.signer?.subject).toBe('CN=officer@univ.example.ac.jp');
    expect(s?.signer?.issuer).toBe('CN=Test SMIME CA, O=Test Trust, C=JP');
    expect(s?.signer?.serial).toMatch(/^[0-9A-F]+$/);
    expect(s?.signer?.sha256).toMatch(/^[0-9A-F]{64}$/);
    expect(s?.signer?.keyUsage).toEqual(expect.arrayContaining(['digitalSignature', 'nonRepudiation']));
    expect(s?.chain?.trusted).toBe(true);
    expect(s?.chain?.path).toEqual([
      'CN=officer@univ.example.ac.jp',
      'CN=Test SMIME CA, O=Test Trust, C=JP',
      'CN=Test Root CA, O=Test Trust, C=JP',
    ]);
    expect(s?.chain?.checkDateSource).toBe('now');
    expect(s?.chain?.revocation).toBe('not-checked');
    expect(r.appended).toEqual({ bytes: 0, objects: [] });
    expect(r.messages.map((m) => m.code)).toContain('chain.revocation-not-checked');
    expect(pdfVerdictAcceptable(r, false)).toBe(true);
  });

  it('lists the allowed objects of an appended /DSS update', async () => {
    const r = await check(list.find((f) => f.name === 'node-dss') as Fixture, true);
    expect(r.signatures[0]?.coversWholeFile).toBe(false);
    expect(r.appended.bytes).toBeGreaterThan(0);
    expect(r.appended.objects.map((o) => o.kind).sort()).toEqual(['catalog', 'dss', 'dss', 'dss']);
    expect(r.appended.objects.every((o) => o.allowed)).toBe(true);
  });

  it('names what was added after signing', async () => {
    const r = await check(list.find((f) => f.name === 'node-page-update') as Fixture, true);
    expect(r.signatures[0]?.intact).toBe(true);
    expect(r.signatures[0]?.unmodifiedSince).toBe(false);
    expect(r.appended.objects.filter((o) => !o.allowed).map((o) => o.kind)).toContain('page');
    expect(r.messages[0]?.ja).toContain('署名し直してもらってください');
    expect(pdfVerdictAcceptable(r, true)).toBe(false);
  });

  it('reads ECDSA and CAdES signatures', async () => {
    const ec = await check(list.find((f) => f.name === 'node-ecdsa') as Fixture, true);
    expect(ec.signatures[0]?.digestAlgorithm).toBe('SHA-384');
    expect(ec.signatures[0]?.signer?.email).toBe('ec.officer@univ.example.ac.jp');
    const cades = await check(list.find((f) => f.name === 'node-cades') as Fixture, true);
    expect(cades.signatures[0]?.subFilter).toBe('ETSI.CAdES.detached');
    expect(cades.signatures[0]?.chain?.checkDateSource).toBe('now');
  });
});

function pdfsigValidity(file: string): string[] {
  const r = spawnSync('pdfsig', ['-nssdir', `sql:${fx?.nss}`, '-no-ocsp', file], { encoding: 'utf8' });
  return [...(r.stdout ?? '').matchAll(/Signature Validation: (.*)/g)].map((m) => (m[1] ?? '').trim());
}

describe.skipIf(!HAVE_PDFSIG || !HAVE_OPENSSL)('agrees with poppler pdfsig on signature validity', () => {
  it.each(list.map((f) => [f.name, f] as const))('%s', async (_, f) => {
    const theirs = pdfsigValidity(f.file);
    const r = await check(f);
    const pdfsigValid = theirs.length > 0 && theirs.every((v) => v === 'Signature is Valid.');
    const oursValid = r.signatures.length > 0 && r.signatures.every((s) => s.intact);
    if (f.pdfsigDiffers) return; // documented in the fixture
    expect(oursValid, `pdfsig: ${theirs.join(' | ') || '(no signature)'}`).toBe(pdfsigValid);
  });
});

if (!HAVE_OPENSSL) {
  describe('signed-PDF fixtures', () => {
    it.skip('openssl is not installed: the test PKI cannot be made (apt-get install openssl)', () => {});
  });
}
if (!HAVE_PDFSIG) {
  describe('comparison with pdfsig', () => {
    it.skip('poppler pdfsig / NSS tools are not installed (apt-get install poppler-utils libnss3-tools)', () => {});
  });
}
