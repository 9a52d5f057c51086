// The certificate rules of spec/pdf.md ("The signer's certificate"), one requirement broken at a
// time: each signed PDF (made here with the test PKI and the Node CMS signer) must come out with
// its own reason, and the good cases must stay `valid`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PdfReport, type PdfVerdict, verifyPdf } from '../../src/pdf/index';
import { certOf, derOf, type Issued, keyOf, TestPki, tsaOf } from './cert-pki';
import { HAVE_OPENSSL } from './fixtures';
import {
  addDocumentTimestamp,
  latin1Text,
  patch,
  placeholderPdf,
  type SignerKey,
  type SignOptions,
  signPlaceholder,
} from './signer';

const DAY = 86400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

let pki: TestPki;
let root: Issued;
let inter: Issued;
let unsigned: Uint8Array;
const made = new Map<string, Issued>();

interface Case {
  name: string;
  /** The signer and the certificates the signature carries. */
  key: () => Promise<SignerKey>;
  sign?: () => Promise<SignOptions>;
  verdict: PdfVerdict;
  /** The reason code the report must carry (messages or the signature's problems). */
  code?: string;
  /** Codes that must not appear (no other rule fires). */
  checkDateSource?: 'timestamp' | 'now';
  /** The digest algorithm the report must name. */
  digestAlgorithm?: string;
}

const cert = (name: string) => made.get(name) as Issued;

beforeAll(() => {
  if (!HAVE_OPENSSL) return;
  pki = new TestPki('signer-cert');
  root = pki.root('root', '/C=JP/O=Rules Test/CN=Rules Root');
  // CAs and TSAs valid long before the signers, so a timestamp 100 days ago finds them valid.
  inter = pki.issue('inter', '/C=JP/O=Rules Test/CN=Rules SMIME CA', root, {
    ext: 'inter',
    startDays: -1000,
  });
  const add = (i: Issued) => made.set(i.name, i);
  const ee = (name: string, ext: string, issuer = inter, o: Partial<Parameters<TestPki['issue']>[3]> = {}) =>
    add(pki.issue(name, `/CN=${name}@univ.example.ac.jp`, issuer, { ext, kind: 'ec', ...o }));
  ee('good', 'ee');
  ee('good-rsa', 'ee', inter, { kind: 'rsa' });
  ee('ca-signer', 'ee_ca');
  ee('server-only', 'ee_server');
  ee('no-signing-ku', 'ee_noku');
  ee('rsa-1024', 'ee', inter, { kind: 'rsa', bits: 1024 });
  ee('sha1-cert', 'ee', inter, { md: 'sha1' });
  ee('crit-signer', 'ee_crit');
  ee('expired', 'ee', inter, { startDays: -400, endDays: -30 });
  ee('future', 'ee', inter, { startDays: 10, endDays: 400 });
  ee('nr-docsign', 'ee_nr');
  ee('adobe', 'ee_adobe');
  ee('ms', 'ee_ms');
  ee('any-eku', 'ee_any');
  ee('bare', 'ee_bare');
  const ca = (name: string, ext: string, issuer = root) =>
    add(pki.issue(name, `/C=JP/O=Rules Test/CN=${name}`, issuer, { ext, startDays: -1000 }));
  ca('inter-noksign', 'inter_noksign');
  ca('inter-noku', 'inter_noku');
  ca('inter-notca', 'inter_notca');
  ca('inter-crit', 'inter_crit');
  ca('sub-inter', 'inter_nolen', inter);
  ee('under-noksign', 'ee', cert('inter-noksign'));
  ee('under-noku', 'ee', cert('inter-noku'));
  ee('under-notca', 'ee', cert('inter-notca'));
  ee('under-crit', 'ee', cert('inter-crit'));
  ee('too-deep', 'ee', cert('sub-inter'));
  // The same CA key under another name: a signer whose issuer name names no certificate it carries.
  add(pki.issue('inter-alias', '/C=JP/O=Rules Test/CN=Rules Alias CA', root, { ext: 'inter', keyOf: inter }));
  ee('misnamed', 'ee', cert('inter-alias'));
  add(pki.tamperSignature(inter, 'inter-tampered'));
  add(
    pki.issue('tsa', '/C=JP/O=Rules Test/CN=Rules TSA', inter, { ext: 'tsa', kind: 'ec', startDays: -1000 }),
  );
  add(
    pki.issue('tsa-expired', '/C=JP/O=Rules Test/CN=Rules Old TSA', inter, {
      ext: 'tsa',
      kind: 'ec',
      startDays: -400,
      endDays: -30,
    }),
  );
  add(
    pki.issue('tsa-nopurpose', '/C=JP/O=Rules Test/CN=Rules Mail TSA', inter, {
      ext: 'tsa_nopurpose',
      kind: 'ec',
    }),
  );
}, 120_000);

afterAll(() => pki?.remove());

const by =
  (signer: string, chain: string[] = ['inter'], hash?: string) =>
  () =>
    keyOf(
      cert(signer),
      chain.map((c) => ({ inter, root })[c] ?? cert(c)),
      hash,
    );

const cases: Case[] = [
  { name: 'good signer (EC P-256, emailProtection)', key: by('good'), verdict: 'valid' },
  { name: 'good signer (RSA 2048)', key: by('good-rsa'), verdict: 'valid' },
  { name: 'nonRepudiation only, documentSigning EKU', key: by('nr-docsign'), verdict: 'valid' },
  { name: 'Adobe authentic documents EKU', key: by('adobe'), verdict: 'valid' },
  { name: 'Microsoft document signing EKU', key: by('ms'), verdict: 'valid' },
  { name: 'anyExtendedKeyUsage with serverAuth', key: by('any-eku'), verdict: 'valid' },
  { name: 'no keyUsage, no extKeyUsage, no basicConstraints', key: by('bare'), verdict: 'valid' },
  { name: 'root sent along with the chain', key: by('good', ['inter', 'root']), verdict: 'valid' },
  {
    name: 'CA without keyUsage (RFC 5280 allows; the spec needs keyCertSign)',
    key: by('under-noku', ['inter-noku']),
    verdict: 'untrusted',
    code: 'chain.ca-key-cert-sign',
  },
  { name: 'signer with CA:TRUE', key: by('ca-signer'), verdict: 'untrusted', code: 'chain.signer-is-ca' },
  {
    name: 'serverAuth-only extKeyUsage',
    key: by('server-only'),
    verdict: 'untrusted',
    code: 'chain.ext-key-usage',
  },
  {
    name: 'keyUsage without digitalSignature or nonRepudiation',
    key: by('no-signing-ku'),
    verdict: 'untrusted',
    code: 'chain.key-usage',
  },
  { name: 'RSA-1024 signer', key: by('rsa-1024'), verdict: 'untrusted', code: 'chain.weak-key' },
  {
    name: 'certificate signed with SHA-1',
    key: by('sha1-cert'),
    verdict: 'untrusted',
    code: 'chain.weak-signature-algorithm',
  },
  {
    name: 'SHA-1 CMS digest',
    key: by('good', ['inter'], 'SHA-1'),
    sign: async () => ({ hash: 'SHA-1' }),
    verdict: 'untrusted',
    code: 'sig.weak-digest',
  },
  {
    name: 'CA without keyCertSign',
    key: by('under-noksign', ['inter-noksign']),
    verdict: 'untrusted',
    code: 'chain.ca-key-cert-sign',
  },
  {
    name: 'CA with CA:FALSE',
    key: by('under-notca', ['inter-notca']),
    verdict: 'untrusted',
    code: 'chain.ca-not-ca',
  },
  {
    name: 'pathLenConstraint 0 exceeded',
    key: by('too-deep', ['sub-inter', 'inter']),
    verdict: 'untrusted',
    code: 'chain.path-length',
  },
  {
    name: 'issuer name not chaining (same CA key, other name)',
    key: by('misnamed', ['inter']),
    verdict: 'untrusted',
    code: 'chain.issuer-name',
  },
  {
    name: 'bad signature on the intermediate',
    key: by('good', ['inter-tampered']),
    verdict: 'untrusted',
    code: 'chain.bad-signature',
  },
  {
    name: 'unknown critical extension on the signer',
    key: by('crit-signer'),
    verdict: 'untrusted',
    code: 'chain.critical-extension',
  },
  {
    name: 'unknown critical extension on a CA',
    key: by('under-crit', ['inter-crit']),
    verdict: 'untrusted',
    code: 'chain.critical-extension',
  },
  {
    name: 'no path to the anchor (intermediate not sent)',
    key: by('good', []),
    verdict: 'untrusted',
    code: 'chain.no-path',
  },
  {
    name: 'expired now, signingTime backdated into its validity, no timestamp',
    key: by('expired'),
    sign: async () => ({ signingTime: daysAgo(100) }),
    verdict: 'untrusted',
    code: 'chain.expired',
    checkDateSource: 'now',
  },
  {
    name: 'not yet valid',
    key: by('future'),
    verdict: 'untrusted',
    code: 'chain.not-yet-valid',
    checkDateSource: 'now',
  },
  {
    name: 'expired now, valid at a trusted signature timestamp',
    key: by('expired'),
    sign: async () => ({ signingTime: daysAgo(100), tsa: await tsaOf(cert('tsa'), [inter], daysAgo(100)) }),
    verdict: 'valid',
    checkDateSource: 'timestamp',
  },
  {
    name: 'TSA without the timeStamping purpose: time falls back to now',
    key: by('expired'),
    sign: async () => ({
      signingTime: daysAgo(100),
      tsa: await tsaOf(cert('tsa-nopurpose'), [inter], daysAgo(100)),
    }),
    verdict: 'untrusted',
    code: 'sig.timestamp-untrusted',
    checkDateSource: 'now',
  },
  {
    name: 'ESS signingCertificateV2 naming the signer (hash and issuerSerial)',
    key: by('good'),
    sign: async () => ({ ess: { issuerSerialOf: certOf(cert('good')) } }),
    verdict: 'valid',
  },
  {
    name: 'ESS signingCertificate (v1) naming the signer',
    key: by('good'),
    sign: async () => ({ ess: { version: 1 } }),
    verdict: 'valid',
  },
  {
    name: 'ESS signingCertificateV2 hash of another certificate',
    key: by('good'),
    sign: async () => ({ ess: { hashOf: certOf(cert('good-rsa')) } }),
    verdict: 'broken',
    code: 'cms-signing-cert-mismatch',
  },
  {
    name: 'ESS signingCertificate (v1) hash of another certificate',
    key: by('good'),
    sign: async () => ({ ess: { version: 1, hashOf: certOf(inter) } }),
    verdict: 'broken',
    code: 'cms-signing-cert-mismatch',
  },
  {
    name: 'ESS signingCertificateV2 right hash, issuerSerial of another certificate',
    key: by('good'),
    sign: async () => ({ ess: { issuerSerialOf: certOf(cert('good-rsa')) } }),
    verdict: 'broken',
    code: 'cms-signing-cert-mismatch',
  },
  {
    name: 'ESS signingCertificateV2 with an explicit SHA-384 hash, issuerSerial after an rfc822Name',
    key: by('good'),
    sign: async () => ({
      ess: { hashAlgorithm: '2.16.840.1.101.3.4.2.2', issuerSerialOf: certOf(cert('good')), extraName: true },
    }),
    verdict: 'valid',
  },
  {
    name: 'ESS signingCertificateV2 right hash and serial, issuer name of another CA (after an rfc822Name)',
    key: by('good'),
    sign: async () => ({
      ess: { issuerSerialOf: certOf(cert('good')), issuerNameOf: certOf(inter), extraName: true },
    }),
    verdict: 'broken',
    code: 'cms-signing-cert-mismatch',
  },
  {
    name: 'signingTime claimed an hour ahead (clock skew within a day)',
    key: by('good'),
    sign: async () => ({ signingTime: new Date(Date.now() + 3600_000) }),
    verdict: 'valid',
  },
  {
    name: 'ESS signingCertificateV2 with an unknown hash algorithm',
    key: by('good'),
    sign: async () => ({ ess: { hashAlgorithm: '1.2.3.4' } }),
    verdict: 'broken',
    code: 'cms-signing-cert-mismatch',
  },
  {
    name: 'ESS signingCertificate (v1) written with a hashAlgorithm (v2’s layout)',
    key: by('good'),
    sign: async () => ({ ess: { version: 1, hashAlgorithm: '1.3.14.3.2.26' } }),
    verdict: 'broken',
    code: 'cms-signing-cert-mismatch',
  },
  {
    name: 'ESS signingCertificateV2 that is no SigningCertificate structure',
    key: by('good'),
    sign: async () => ({ ess: { garbage: true } }),
    verdict: 'broken',
    code: 'cms-signing-cert-mismatch',
  },
  {
    name: 'signature timestamp over other bytes: not used, time judged is now',
    key: by('expired'),
    sign: async () => ({
      signingTime: daysAgo(100),
      tsa: await tsaOf(cert('tsa'), [inter], daysAgo(100)),
      tsaWrongData: true,
    }),
    verdict: 'untrusted',
    code: 'sig.timestamp-invalid',
    checkDateSource: 'now',
  },
  {
    name: 'SHA-256 digest, signature algorithm ecdsa-with-SHA1',
    key: by('good'),
    sign: async () => ({ signatureHash: 'SHA-1' }),
    verdict: 'untrusted',
    code: 'sig.weak-digest',
    digestAlgorithm: 'SHA-256',
  },
  {
    name: 'signature timestamp attribute that is no token: not used, time judged is now',
    key: by('expired'),
    sign: async () => ({ signingTime: daysAgo(100), tsaGarbage: true }),
    verdict: 'untrusted',
    code: 'sig.timestamp-invalid',
    checkDateSource: 'now',
  },
  {
    name: 'non-zero bytes in the /Contents padding (a warning only)',
    key: by('good'),
    sign: async () => ({ paddingGarbage: true }),
    verdict: 'valid',
  },
  {
    name: 'digest algorithm unknown (MD5)',
    key: by('good'),
    sign: async () => ({ digestAlgorithmOid: '1.2.840.113549.2.5' }),
    verdict: 'broken',
    code: 'cms-digest-unsupported',
  },
  {
    name: 'digest algorithm unknown (MD5) and the signer’s certificate left out',
    key: by('good'),
    sign: async () => ({ digestAlgorithmOid: '1.2.840.113549.2.5', withoutSignerCert: true }),
    verdict: 'broken',
    code: 'cms-digest-unsupported',
  },
  {
    name: 'signingTime claimed ten days in the future',
    key: by('good'),
    sign: async () => ({ signingTime: new Date(Date.now() + 10 * DAY) }),
    verdict: 'untrusted',
    code: 'sig.future-signing-time',
    checkDateSource: 'now',
  },
];

async function signed(c: Case): Promise<Uint8Array> {
  unsigned ??= await placeholderPdf({ contentsBytes: 12000 });
  return signPlaceholder(unsigned, await c.key(), (await c.sign?.()) ?? {});
}

function codes(r: PdfReport): string[] {
  return [...r.messages, ...r.signatures.flatMap((s) => s.problems)].map((m) => m.code);
}

const CHAIN_CODES = /^(chain\.(?!signed-by|revocation)|sig\.weak|sig\.future|sig\.timestamp|cms-)/;

describe.skipIf(!HAVE_OPENSSL)('the signer certificate rules, one broken at a time', () => {
  it.each(cases.map((c) => [`${c.name} → ${c.verdict}${c.code ? ` (${c.code})` : ''}`, c] as const))(
    '%s',
    async (_, c) => {
      const r = await verifyPdf(await signed(c), { trustAnchors: [derOf(root)] });
      const why = r.messages.map((m) => `${m.code}: ${m.en}`).join('\n');
      expect(r.verdict, why).toBe(c.verdict);
      // Exactly the one reason: no other certificate rule fires.
      const reasons = [...new Set(codes(r).filter((x) => CHAIN_CODES.test(x)))];
      if (c.code === 'sig.timestamp-untrusted' || c.code === 'sig.timestamp-invalid')
        expect(reasons.sort(), why).toEqual(['chain.expired', c.code]);
      else expect(reasons, why).toEqual(c.code ? [c.code] : []);
      if (c.checkDateSource) expect(r.signatures[0]?.chain?.checkDateSource).toBe(c.checkDateSource);
      if (c.digestAlgorithm) expect(r.signatures[0]?.digestAlgorithm).toBe(c.digestAlgorithm);
      if (c.code === 'sig.timestamp-untrusted') {
        // The reason is the TSA's own path failure: no timeStamping purpose.
        const m = r.messages.find((x) => x.code === c.code);
        expect(m?.en).toContain('is not a timestamping certificate');
        expect(m?.ja).toContain('時刻認証（タイムスタンプ）用の証明書ではありません');
      }
      for (const m of r.messages) {
        // A message about the signature names its field.
        if (/^(sig\.|cms-|tst-)/.test(m.code)) {
          expect(m.en, m.code).toContain('"Signature1"');
          expect(m.ja, m.code).toContain('「Signature1」');
        }
        expect(m.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        expect(m.ja).not.toMatch(/\{\w+\}/);
        expect(m.en).not.toMatch(/\{\w+\}/);
      }
    },
  );

  it('reports the backdated signingTime as the signer’s claim, and judges at now', async () => {
    const c = cases.find((x) => x.name.startsWith('expired now, signingTime')) as Case;
    const now = new Date();
    const r = await verifyPdf(await signed(c), { trustAnchors: [derOf(root)], now });
    const s = r.signatures[0];
    expect(s?.signingTime?.slice(0, 10)).toBe(daysAgo(100).toISOString().slice(0, 10));
    expect(s?.chain?.checkDate).toBe(now.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    const by = r.messages.find((m) => m.code === 'chain.signed-by');
    expect(by?.ja).toContain('署名者の申告');
    expect(by?.ja).toContain('検証した時刻');
  });

  it('judges at --today: the good signer is expired a year and a half from now', async () => {
    const c = cases[0] as Case;
    const later = new Date(Date.now() + 540 * DAY);
    const r = await verifyPdf(await signed(c), { trustAnchors: [derOf(root)], now: later });
    expect(r.verdict).toBe('untrusted');
    expect(codes(r)).toContain('chain.expired');
    expect(r.signatures[0]?.chain?.checkDate).toBe(later.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  });

  it('names the path, the signer and the certificate at fault in the report and its messages', async () => {
    const good = await verifyPdf(await signed(cases[0] as Case), { trustAnchors: [derOf(root)] });
    expect(good.signatures[0]?.chain).toMatchObject({
      trusted: true,
      path: [
        'CN=good@univ.example.ac.jp',
        'CN=Rules SMIME CA, O=Rules Test, C=JP',
        'CN=Rules Root, O=Rules Test, C=JP',
      ],
      revocation: 'not-checked',
      revocationDataEmbedded: false,
    });
    expect(good.messages.find((m) => m.code === 'chain.signed-by')?.en).toContain('good@univ.example.ac.jp');
    const noPath = await verifyPdf(await signed(cases.find((x) => x.code === 'chain.no-path') as Case), {
      trustAnchors: [derOf(root)],
    });
    const np = noPath.messages.find((m) => m.code === 'chain.no-path');
    expect(np?.en).toContain('CN=Rules Root, O=Rules Test, C=JP');
    expect(np?.en).toContain('good@univ.example.ac.jp');
    const badSig = await verifyPdf(
      await signed(cases.find((x) => x.code === 'chain.bad-signature') as Case),
      {
        trustAnchors: [derOf(root)],
      },
    );
    expect(badSig.messages.find((m) => m.code === 'chain.bad-signature')?.en).toContain('CN=Rules SMIME CA');
    const expired = await verifyPdf(await signed(cases.find((x) => x.code === 'chain.expired') as Case), {
      trustAnchors: [derOf(root)],
    });
    const ex = expired.messages.find((m) => m.code === 'chain.expired');
    expect(ex?.en).toContain('CN=expired@univ.example.ac.jp');
    expect(ex?.en).toContain(certOf(cert('expired')).notAfter.value.toISOString().slice(0, 10));
  });

  it('judges a document timestamp’s TSA for the timeStamping purpose (the approval stays valid)', async () => {
    const base = await signed(cases[0] as Case);
    const good = await verifyPdf(
      await addDocumentTimestamp(base, await tsaOf(cert('tsa'), [inter], new Date())),
      {
        trustAnchors: [derOf(root)],
      },
    );
    expect(good.verdict).toBe('valid');
    expect(good.signatures[1]?.digestAlgorithm).toBe('SHA-256');
    expect(good.signatures.map((s) => s.problems)).toEqual([[], []]);
    expect(good.signatures.map((s) => [s.kind, s.chain?.trusted])).toEqual([
      ['approval', true],
      ['timestamp', true],
    ]);
    const bad = await verifyPdf(
      await addDocumentTimestamp(base, await tsaOf(cert('tsa-nopurpose'), [inter], new Date())),
      { trustAnchors: [derOf(root)] },
    );
    expect(bad.signatures[1]?.chain?.trusted).toBe(false);
    expect(bad.signatures[1]?.chain?.revocationDataEmbedded).toBe(false);
    // A document signer's certificate is no TSA certificate either.
    const signerAsTsa = await verifyPdf(
      await addDocumentTimestamp(base, await tsaOf(cert('good'), [inter], new Date())),
      {
        trustAnchors: [derOf(root)],
      },
    );
    expect(signerAsTsa.signatures[1]?.chain?.trusted).toBe(false);
  });

  it('flags a claimed signing time more than a day after the time of verification, not one at a day', async () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const at = async (t: Date) => {
      const c: Case = {
        name: 'future',
        key: by('good'),
        sign: async () => ({ signingTime: t }),
        verdict: 'valid',
      };
      return verifyPdf(await signed(c), { trustAnchors: [derOf(root)], now });
    };
    const atMargin = await at(new Date(now.getTime() + DAY));
    expect(atMargin.verdict).toBe('valid');
    expect(codes(atMargin)).not.toContain('sig.future-signing-time');
    const later = new Date(now.getTime() + DAY + 1000);
    const past = await at(later);
    expect(past.verdict).toBe('untrusted');
    const m = past.messages.find((x) => x.code === 'sig.future-signing-time');
    expect(m?.en).toBe(
      `The signing time ${later.toISOString().replace(/\.\d{3}Z$/, 'Z')} of "Signature1" is in the future.`,
    );
    expect(m?.ja).toContain(later.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    expect(m?.ja).toContain('Signature1');
  });

  it('warns of a CAdES signature (ETSI.CAdES.detached) without a signing-certificate attribute', async () => {
    const pdf = await placeholderPdf({ contentsBytes: 12000, subFilter: 'ETSI.CAdES.detached' });
    const key = await by('good')();
    const without = await verifyPdf(await signPlaceholder(pdf, key, {}), { trustAnchors: [derOf(root)] });
    expect(codes(without)).toContain('sig.cades-no-signing-cert');
    expect(without.signatures[0]?.problems.map((p) => p.code)).toEqual(['sig.cades-no-signing-cert']);
    expect(without.messages.find((m) => m.code === 'sig.cades-no-signing-cert')?.en).toBe(
      'Signature "Signature1" is CAdES but lacks the signing-certificate attribute.',
    );
    // With signingCertificateV2 (cades), or with signingCertificate v1: no warning.
    for (const o of [{ cades: true }, { ess: { version: 1 as const } }]) {
      const r = await verifyPdf(await signPlaceholder(pdf, key, o), { trustAnchors: [derOf(root)] });
      expect(r.verdict).toBe('valid');
      expect(codes(r)).not.toContain('sig.cades-no-signing-cert');
    }
    // The same signature under adbe.pkcs7.detached needs no such attribute.
    const adbe = await verifyPdf(await signed({ name: 'adbe', key: by('good'), verdict: 'valid' }), {
      trustAnchors: [derOf(root)],
    });
    expect(codes(adbe)).not.toContain('sig.cades-no-signing-cert');
  });

  it('warns of padding garbage after a document timestamp’s token, on that signature only', async () => {
    const base = await signed(cases[0] as Case);
    const r = await verifyPdf(
      await addDocumentTimestamp(base, await tsaOf(cert('tsa'), [inter], new Date()), {
        paddingGarbage: true,
      }),
      { trustAnchors: [derOf(root)] },
    );
    expect(r.verdict).toBe('valid');
    expect(r.signatures.map((x) => x.problems.map((p) => p.code))).toEqual([[], ['sig.padding-garbage']]);
    expect(r.messages.find((m) => m.code === 'sig.padding-garbage')?.en).toContain('"DocTimeStamp1"');
  });

  it('calls a document timestamp over other bytes broken, with the imprint as the reason', async () => {
    const base = await signed(cases[0] as Case);
    const r = await verifyPdf(
      await addDocumentTimestamp(base, await tsaOf(cert('tsa'), [inter], new Date()), { wrongData: true }),
      { trustAnchors: [derOf(root)] },
    );
    expect(r.verdict).toBe('broken');
    expect(r.signatures[1]?.problems.map((p) => p.code)).toEqual(['tst-imprint-mismatch']);
  });

  it('judges a signature timestamp’s TSA at the time of verification (an expired TSA is not used)', async () => {
    const c: Case = {
      name: 'old tsa',
      key: by('good'),
      sign: async () => ({ tsa: await tsaOf(cert('tsa-expired'), [inter], daysAgo(100)) }),
      verdict: 'valid',
    };
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const r = await verifyPdf(await signed(c), { trustAnchors: [derOf(root)], now });
    // The signer is valid now: the unused timestamp is reported, the verdict stays valid.
    expect(r.verdict).toBe('valid');
    expect(r.signatures[0]?.chain?.checkDateSource).toBe('now');
    expect(r.signatures[0]?.problems.map((p) => p.code)).toEqual(['sig.timestamp-untrusted']);
    const m = r.messages.find((x) => x.code === 'sig.timestamp-untrusted');
    const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const notAfter = iso(certOf(cert('tsa-expired')).notAfter.value);
    expect(m?.en).toBe(
      'The timestamp on signature "Signature1" was not used because its issuer cannot be trusted; the certificate is judged at the time of verification. ' +
        `Reason: Certificate "CN=Rules Old TSA, O=Rules Test, C=JP" had expired (${notAfter}) at ${iso(now)} (the time of verification; no trusted timestamp). Ask the signer to sign again with a valid certificate.`,
    );
  });

  it('names every anchor, the time judged and its source in the chain messages', async () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const noPath = await verifyPdf(await signed(cases.find((x) => x.code === 'chain.no-path') as Case), {
      trustAnchors: [derOf(root), derOf(cert('tsa'))],
      now,
    });
    expect(noPath.messages.find((m) => m.code === 'chain.no-path')?.en).toBe(
      'The certificate of good@univ.example.ac.jp does not chain to a trusted CA (CN=Rules Root, O=Rules Test, C=JP / CN=Rules TSA, O=Rules Test, C=JP). Check that it was signed with a UPKI S/MIME certificate.',
    );
    const future = await verifyPdf(
      await signed(cases.find((x) => x.code === 'chain.not-yet-valid') as Case),
      {
        trustAnchors: [derOf(root)],
        now,
      },
    );
    const notBefore = iso(certOf(cert('future')).notBefore.value);
    expect(future.messages.find((m) => m.code === 'chain.not-yet-valid')?.en).toBe(
      `Certificate "CN=future@univ.example.ac.jp" was not yet valid at ${iso(now)} (the time of verification; no trusted timestamp); it is valid from ${notBefore}.`,
    );
    const signedBy = future.messages.find((m) => m.code === 'chain.signed-by');
    expect(signedBy?.en).toContain(
      `The certificate was judged at ${iso(now)} (the time of verification; no trusted timestamp).`,
    );
  });

  it('calls a signature whose CMS cannot be read broken, with that reason', async () => {
    const pdf = await signed(cases[0] as Case);
    const at = latin1Text(pdf).indexOf('/Contents <') + '/Contents <'.length;
    expect(latin1Text(pdf).slice(at, at + 2)).toBe('30');
    // A SET where the ContentInfo SEQUENCE must be.
    const r = await verifyPdf(patch(pdf, at, '31'), { trustAnchors: [derOf(root)] });
    expect(r.verdict).toBe('broken');
    expect(r.signatures[0]?.problems.map((p) => p.code)).toEqual(['cms-unparsable']);
  });

  it('reports no claimed signing time when the signer claims none (no signingTime, no /M)', async () => {
    const pdf = await placeholderPdf({ contentsBytes: 12000, withoutM: true });
    const r = await verifyPdf(await signPlaceholder(pdf, await by('good')(), { signedAttrs: false }), {
      trustAnchors: [derOf(root)],
    });
    expect(r.verdict).toBe('valid');
    expect(r.signatures[0]?.signingTime).toBeNull();
    const signedBy = r.messages.find((m) => m.code === 'chain.signed-by');
    expect(signedBy?.en).toContain('(signing time claimed by the signer: none)');
    expect(signedBy?.ja).toContain('署名者の申告する署名時刻: 記載なし');
  });

  it('uses the trusted timestamp time as the time judged', async () => {
    const c = cases.find((x) => x.name.startsWith('expired now, valid at')) as Case;
    const r = await verifyPdf(await signed(c), { trustAnchors: [derOf(root)] });
    expect(r.signatures[0]?.chain?.checkDate.slice(0, 10)).toBe(daysAgo(100).toISOString().slice(0, 10));
    expect(r.signatures[0]?.timestampTime).toBe(r.signatures[0]?.chain?.checkDate);
  });
});
