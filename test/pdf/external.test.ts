// PDFs we did not write: pyHanko's test files (test/fixtures/pyhanko/README.md), among them four
// signed twice by Adobe Reader and PAdES files with /DSS and document timestamps. Each row gives our
// verdict and, in words, what pyHanko's own test expects for the same file; where we differ on
// purpose, the row says why. Through the command line's verifier, with pyHanko's testing root as
// the trust anchor and the day its tests freeze time at, where a trusted verdict is expected.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeHasher } from '../../src/cli/verify-pdf';
import { certificatesFromFile, type PdfVerdict, verifyPdf } from '../../src/pdf/index';

const DIR = join(import.meta.dirname, '../fixtures/pyhanko');
const ROOT = certificatesFromFile(new Uint8Array(readFileSync(join(DIR, 'testing-ca-root.pem'))));
/** Noon in Japan on that day, as `--today` judges. */
const day = (d: string) => new Date(`${d}T03:00:00Z`);

interface Row {
  file: string;
  /** pyHanko's expectation, in words. */
  pyhanko: string;
  trust?: boolean;
  today?: string;
  verdict: PdfVerdict;
  /** Per signature, oldest first: I = intact, U = unmodified since (only allowed updates after it). */
  signatures: string;
  codes?: string[];
  absent?: string[];
}

const ROWS: Row[] = [
  // Adobe Reader, two signatures (freeze_time 2021-01-05 / 2021-01-12; self-signed, so untrusted in
  // pyHanko's test too). Reader rewrites the XMP stream and /Info in place, fills a prepared field
  // (/V, /AP, /F gains Locked) or creates one, and adds its font to /DR: allowed updates here.
  ...[
    'minimal-two-fields-signed-twice.pdf',
    'minimal-signed-twice-both-created.pdf',
    'minimal-signed-twice-second-created.pdf',
  ].map(
    (file): Row => ({
      file,
      pyhanko: 'first signature FORM_FILLING (allowed), docmdp ok; second untouched; both untrusted',
      today: '2021-01-12',
      verdict: 'untrusted',
      signatures: 'IU IU',
      codes: ['chain.no-path', 'mod.allowed-updates'],
      absent: ['mod.changed'],
    }),
  ),
  {
    file: 'minimal-signed-twice-no-sig-type.pdf',
    pyhanko: 'signed twice, /Type missing on the signature dictionaries: both intact',
    verdict: 'untrusted',
    signatures: 'IU IU',
    absent: ['mod.changed'],
  },
  {
    file: 'minimal-signed-twice-no-sig-type.pdf',
    pyhanko: '(signed by an earlier testing CA of the same names: its root key differs)',
    trust: true,
    today: '2021-01-12',
    verdict: 'untrusted',
    signatures: 'IU IU',
    codes: ['chain.bad-signature'],
  },
  // PAdES with /DSS (indirect arrays), signature timestamps and a second signature: val_trusted.
  {
    file: 'pades-lta-dss-indirect-arrs-test.pdf',
    pyhanko: 'val_trusted (extended), a second signature is added to it',
    trust: true,
    today: '2020-11-01',
    verdict: 'valid',
    signatures: 'IU IU',
    codes: ['mod.allowed-updates'],
  },
  {
    file: 'pades-lta-dss-indirect-arrs-test-2.pdf',
    pyhanko: 'both regular signatures val_trusted (extended) after a DSS update',
    trust: true,
    today: '2020-11-01',
    verdict: 'valid',
    signatures: 'IU IU IU',
  },
  ...['pades-with-old-style-signing-cert-attr.pdf', 'pades-with-old-style-signing-cert-attr-issser.pdf'].map(
    (file): Row => ({
      file,
      pyhanko: 'ESS signing-certificate v1 (with/without issuerSerial) matches: val_trusted',
      trust: true,
      today: '2021-08-19',
      verdict: 'valid',
      signatures: 'IU',
    }),
  ),
  {
    file: 'pades-with-old-style-signing-cert-attr.pdf',
    pyhanko: '(pyHanko freezes time at 2020-11-01, before the signing time: we say so)',
    trust: true,
    today: '2020-11-01',
    verdict: 'untrusted',
    signatures: 'IU',
    codes: ['sig.future-signing-time'],
  },
  {
    file: 'sig-no-signed-attrs.pdf',
    pyhanko: 'no signed attributes: intact (val_untrusted)',
    trust: true,
    today: '2020-11-01',
    verdict: 'valid',
    signatures: 'IU',
  },
  {
    file: 'sig-with-ski-sid.pdf',
    pyhanko: 'signer identified by subjectKeyIdentifier: intact (val_untrusted)',
    trust: true,
    today: '2021-08-19',
    verdict: 'valid',
    signatures: 'IU',
  },
  {
    file: 'pdf-sig-with-econtent.pdf',
    pyhanko: 'refused: detached signature with encapsulated content',
    verdict: 'broken',
    signatures: '-U',
    codes: ['cms-encapsulated-content'],
  },
  {
    file: 'certified-with-indirect-refs-in-dir.pdf',
    pyhanko: 'certification signature with indirect references in its /Reference: val_trusted',
    trust: true,
    today: '2020-11-01',
    verdict: 'valid',
    signatures: 'IU',
    codes: ['sig.certification'],
  },
  {
    file: 'separate-annots-kids-indir.pdf',
    pyhanko: 'fields with separate widgets under an indirect /Kids array: both val_trusted',
    trust: true,
    today: '2020-11-01',
    verdict: 'valid',
    signatures: 'IU IU',
  },
  // Appearance streams of the signed revision rewritten in place: pyHanko allows the plain case at
  // FORM_FILLING and refuses the sneaky one; we refuse both (spec/pdf.md: no existing object may be
  // rewritten).
  {
    file: 'form-update-override-appearance-stream.pdf',
    pyhanko: 'FORM_FILLING (allowed); we are stricter: an existing appearance stream rewritten',
    verdict: 'modified',
    signatures: 'I- IU',
    codes: ['mod.changed'],
  },
  {
    file: 'form-update-override-appearance-stream-sneaky.pdf',
    pyhanko: 'OTHER (refused): the stream is also used elsewhere',
    verdict: 'modified',
    signatures: 'I- IU',
    codes: ['mod.changed'],
  },
  // The prepared field's old /AP dictionary is also named by /FooBar in the trailer; the update gives
  // the field a new /AP and leaves the old dictionary as it was. pyHanko refuses (its reference
  // tracker will not vouch for an object used elsewhere); nothing shown changes but the filled
  // field's own appearance, so we allow it.
  {
    file: 'form-update-ap-indirect-sneaky-trailer.pdf',
    pyhanko: 'OTHER (refused); we allow: the old appearance object is not rewritten',
    verdict: 'untrusted',
    signatures: 'IU IU',
    codes: ['mod.allowed-updates'],
  },
  // Byte ranges that do not cover the file the standard way: pyHanko says intact but NONSTANDARD
  // coverage (never a bottom-line pass); we call them broken.
  ...(
    [
      ['coverage-one-byterange.pdf', 'sig.byterange-malformed'],
      ['coverage-signature-gap-too-big.pdf', 'sig.hole-mismatch'],
      ['coverage-tail-uncovered.pdf', 'sig.not-at-eof'],
      ['coverage-weird-byterange.pdf', 'sig.hole-mismatch'],
    ] as const
  ).map(
    ([file, code]): Row => ({
      file,
      pyhanko: 'intact, coverage UNCLEAR or not the whole file: bottom line false',
      verdict: 'broken',
      signatures: '-U',
      codes: [code],
    }),
  ),
];

describe('pyHanko’s signed PDFs, including Adobe Reader’s', () => {
  it.each(
    ROWS.map((r) => [`${r.file}${r.trust ? ` (trusted root, ${r.today})` : ''} → ${r.verdict}`, r] as const),
  )('%s', async (_, row) => {
    const bytes = new Uint8Array(readFileSync(join(DIR, row.file)));
    const before = Buffer.from(bytes).toString('base64');
    const r = await verifyPdf(bytes, {
      file: row.file,
      hasher: nodeHasher,
      ...(row.trust ? { trustAnchors: ROOT } : {}),
      ...(row.today ? { now: day(row.today) } : {}),
    });
    const codes = [
      ...r.messages.map((m) => m.code),
      ...r.signatures.flatMap((s) => s.problems.map((p) => p.code)),
    ];
    expect(
      r.verdict,
      `${row.pyhanko}\n${JSON.stringify(
        r.messages.map((m) => m.en),
        null,
        1,
      )}`,
    ).toBe(row.verdict);
    expect(r.signatures.map((s) => `${s.intact ? 'I' : '-'}${s.unmodifiedSince ? 'U' : '-'}`).join(' ')).toBe(
      row.signatures,
    );
    for (const c of row.codes ?? []) expect(codes).toContain(c);
    for (const c of row.absent ?? []) expect(codes).not.toContain(c);
    expect(Buffer.from(bytes).toString('base64')).toBe(before);
  });
});
