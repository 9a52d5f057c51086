// Every message code of the table is produced by some input of the suite (fixtures, attacks,
// hostile files and the crafted signatures below), so no message is dead text and no reason goes
// untested. Codes produced by the certificate and CMS rules (part B of issue 9: cms.ts, certs.ts,
// the signer-trust code) are listed apart; their own tests produce them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certificatesFromFile, type PdfReport, tooLargeReport, verifyPdf } from '../../src/pdf/index';
import { MESSAGE_CODES, msg, pdfWords } from '../../src/pdf/messages';
import { getAttacks, officerKey } from './attacks/build';
import { hostileFiles, plainPdf } from './attacks/hostile';
import { getFixtures, HAVE_OPENSSL } from './fixtures';
import { latin1Bytes, latin1Text, patch, placeholderPdf, signPlaceholder } from './signer';

/** Produced by the certificate/CMS rules (cms.ts, certs.ts, signer trust): tested there. */
const CERTIFICATE_RULES = new Set<string>([
  'cms-unparsable',
  'cms-not-signed-data',
  'cms-signer-count',
  'cms-no-signer-cert',
  'cms-digest-unsupported',
  'cms-signature-invalid',
  'cms-attributes',
  'cms-signing-cert-mismatch',
  'cms-encapsulated-content',
  'tst-imprint-mismatch',
  'sig.weak-digest',
  'sig.timestamp-invalid',
  'sig.cades-no-signing-cert',
  'sig.future-signing-time',
  'chain.not-yet-valid',
  'chain.no-certificate',
  'chain.revocation-embedded',
  // Path validation (src/pdf/path.ts, signer-trust.ts): test/pdf/signer-cert.test.ts produces each
  // of these from a PDF signed by a certificate that breaks that one rule (tsa-purpose via path.test.ts).
  'chain.bad-signature',
  'chain.ca-key-cert-sign',
  'chain.ca-not-ca',
  'chain.critical-extension',
  'chain.ext-key-usage',
  'chain.issuer-name',
  'chain.path-length',
  'chain.signer-is-ca',
  'chain.tsa-purpose',
  'chain.weak-key',
  'chain.weak-signature-algorithm',
  'sig.timestamp-untrusted',
]);
/** A safety net no known input reaches (an exception the reader did not expect). */
const SAFETY_NET = new Set<string>(['error.unreadable']);

/** Same-length edits of a signed file that break one byte-range rule each. */
function crafted(signed: Uint8Array): Uint8Array[] {
  const t = latin1Text(signed);
  const m = /\/ByteRange \[0 (\d+) (\d+) (\d+)\s*\]/.exec(t);
  if (!m || m.index === undefined) throw new Error('no byte range');
  const at = m.index;
  const len = m[0].length;
  const [b, c, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const range = (s: string) => patch(signed, at, s.padEnd(len, ' '));
  const sub = t.indexOf('/SubFilter /adbe.pkcs7.detached');
  return [
    range('/ByteRange null'), // sig.byterange-missing
    range(`/ByteRange [1 ${b} ${c} ${d}]`), // sig.byterange-malformed
    range(`/ByteRange [0 ${b} ${c} ${d - 3}]`), // sig.not-at-eof
    patch(signed, sub, '/SubFilter /adbe.pkcs7.sha1XXXXX'), // sig.unsupported-subfilter
  ];
}

describe.skipIf(!HAVE_OPENSSL)('message codes', () => {
  it('every code is produced by some input of the suite', async () => {
    const fx = await getFixtures();
    const anchors = certificatesFromFile(new Uint8Array(readFileSync(fx.root)));
    const produced = new Set<string>();
    const note = (r: PdfReport) => {
      for (const m of [...r.messages, ...r.signatures.flatMap((s) => s.problems)]) produced.add(m.code);
    };
    const inputs: Uint8Array[] = fx.list.map((f) => new Uint8Array(readFileSync(f.file)));
    inputs.push(...(await getAttacks(fx)).map((a) => a.bytes));
    inputs.push(...hostileFiles(await plainPdf()).map((h) => h.bytes()));
    const signed = new Uint8Array(readFileSync(fx.list.find((f) => f.name === 'node-rsa')?.file as string));
    inputs.push(...crafted(signed));
    // A signature that no field refers to (sig.not-in-form): the field removed before signing.
    const orphan = latin1Text(await placeholderPdf())
      .replace(/\/Fields \[[^\]]*\]/, (x) => '/Fields []'.padEnd(x.length, ' '))
      .replace(/\/Annots \[[^\]]*\]/, (x) => '/Annots []'.padEnd(x.length, ' '));
    inputs.push(await signPlaceholder(latin1Bytes(orphan), await officerKey(fx)));
    for (const bytes of inputs) note(await verifyPdf(bytes, { trustAnchors: anchors }));
    note(tooLargeReport('big.pdf', 30_000_000));
    const unused = MESSAGE_CODES.filter(
      (c) => !produced.has(c) && !CERTIFICATE_RULES.has(c) && !SAFETY_NET.has(c),
    );
    expect(unused).toEqual([]);
  }, 120_000);

  it('every word the messages take (kinds of change, certification levels, times) is in both languages', () => {
    for (const w of Object.values(pdfWords.messages)) {
      expect(w.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(w.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('the Japanese text holds no PDF syntax and no English words', () => {
    for (const code of MESSAGE_CODES) {
      const m = msg(code, { field: '署名1', detail: { ja: '詳細', en: 'detail' } });
      // Product and algorithm names are names, not English.
      // Names of algorithms, products and formats are not English words.
      const ja = m.ja.replace(/SHA-\d+|RSA|P-\d+|CAdES|Acrobat|Outlook|UPKI|S\/MIME|PDF|MB/g, '');
      expect(ja, code).not.toMatch(/\/[A-Za-z]|ByteRange|dictionaryM|\b\d+ \d+ R\b/);
      expect(ja, code).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
