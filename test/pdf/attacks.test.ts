// Attack fixtures (issue 9) and the allowed updates that must stay valid, each with its verdict and
// message; pdftoppm confirms the attacker's content actually renders, so the fixtures are real
// attacks; pdfsig (poppler) cross-checks the signatures' own validity.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChangeKind } from '../../src/pdf/diff/context';
import { certificatesFromFile, type PdfReport, verifyPdf } from '../../src/pdf/index';
import { pdfWords } from '../../src/pdf/messages';
import { type Attack, getAttacks } from './attacks/build';
import { getFixtures, HAVE_OPENSSL, HAVE_PDFSIG, has } from './fixtures';

const HAVE_PDFTOPPM = has('pdftoppm', ['-v']);
const fx = HAVE_OPENSSL ? await getFixtures() : undefined;
const attacks: Attack[] = fx ? await getAttacks(fx) : [];
const anchors = fx ? certificatesFromFile(new Uint8Array(readFileSync(fx.root))) : [];
const dir = mkdtempSync(join(tmpdir(), 'upki-attacks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each attack is verified once, by its verdict test; the pdfsig comparison reuses that report. Tests
// that look further into a report verify afresh (`own`): Stryker's per-test coverage credits the
// code a report runs to the test that ran it, so a reused report would leave those tests out of
// every mutant's run.
const reports = new Map<string, Promise<PdfReport>>();
function check(a: Attack, own = false): Promise<PdfReport> {
  let r = own ? undefined : reports.get(a.name);
  if (!r) {
    r = verifyPdf(a.bytes, { file: `${a.name}.pdf`, trustAnchors: anchors });
    reports.set(a.name, r);
  }
  return r;
}

function render(name: string, bytes: Uint8Array): Buffer {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const r = spawnSync('pdftoppm', ['-r', '24', '-gray', '-f', '1', '-l', '1', file], { maxBuffer: 1 << 24 });
  return r.stdout;
}

describe.skipIf(!HAVE_OPENSSL)('attacks and allowed updates', () => {
  it.each(attacks.map((a) => [`${a.name}: ${a.what} → ${a.verdict}`, a] as const))('%s', async (_, a) => {
    const r = await check(a);
    const why = r.messages.map((m) => `${m.code}: ${m.en}`).join('\n') + JSON.stringify(r.appended.objects);
    expect(r.verdict, why).toBe(a.verdict);
    const codes = [...r.messages, ...r.signatures.flatMap((s) => s.problems)].map((m) => m.code);
    if (a.code) expect(codes, why).toContain(a.code);
    if (a.kind) {
      const words = pdfWords.t(`change.${a.kind as ChangeKind}`);
      const changed = r.messages.find((m) => m.code === 'mod.changed');
      expect(changed?.ja, why).toContain(words.ja);
      expect(changed?.en, why).toContain(words.en);
    }
    // Plain words: no PDF syntax or object numbers inside the Japanese sentences.
    for (const m of r.messages) {
      expect(m.ja).not.toMatch(/\/[A-Z][A-Za-z]+|ByteRange|dictionaryM|\b\d+ \d+:/);
    }
  });

  it('names the certification level in the report', async () => {
    const a = attacks.find((x) => x.name === 'allowed-certified-p2-second-signature') as Attack;
    const r = await check(a, true);
    expect(r.certification).toEqual({ level: 2 });
    expect(r.signatures[0]?.certification).toEqual({ level: 2 });
    expect(r.signatures[1]?.certification).toBeNull();
    const p1 = await check(attacks.find((x) => x.name === 'certified-p1-alone') as Attack, true);
    expect(p1.certification).toEqual({ level: 1 });
  });

  it('prints each signer once', async () => {
    const r = await check(attacks.find((x) => x.name === 'allowed-second-signature') as Attack, true);
    expect(r.signatures).toHaveLength(2);
    expect(r.messages.filter((m) => m.code === 'chain.signed-by')).toHaveLength(1);
  });

  it.skipIf(!HAVE_PDFTOPPM).each(attacks.filter((a) => a.renders).map((a) => [a.name, a] as const))(
    'the attack renders: %s',
    (name, a) => {
      const before = render(`${name}-signed`, a.signed as Uint8Array);
      const after = render(name, a.bytes);
      expect(before.length).toBeGreaterThan(100);
      expect(after.equals(before)).toBe(false);
    },
  );
});

/** pdfsig's own word on each signature's validity (it does not judge what follows a signature). */
function pdfsigValidity(name: string, bytes: Uint8Array): string[] {
  const file = join(dir, `${name}-pdfsig.pdf`);
  writeFileSync(file, bytes);
  const r = spawnSync('pdfsig', ['-nssdir', `sql:${fx?.nss}`, '-no-ocsp', file], { encoding: 'utf8' });
  return [...(r.stdout ?? '').matchAll(/Signature Validation: (.*)/g)].map((m) => (m[1] ?? '').trim());
}

/** Where pdfsig cannot agree, and why. */
const PDFSIG_DIFFERS: Record<string, string> = {
  'escaped-byterange': 'pdfsig reads the bogus dictionary as a signature without a byte range and skips it',
  'widget-reusing-signature': 'pdfsig lists the one signature twice, once per widget, both valid',
  'signature-hidden-by-alias': 'pdfsig finds signatures through the form only, which the update dropped',
};

describe.skipIf(!HAVE_PDFSIG || !HAVE_OPENSSL)('each signature’s validity agrees with poppler pdfsig', () => {
  it.each(attacks.map((a) => [a.name, a] as const))('%s', async (name, a) => {
    const r = await check(a);
    if (r.signatures.some((x) => x.kind === 'timestamp') || PDFSIG_DIFFERS[name]) return; // pdfsig 22.12 cannot validate RFC 3161 document timestamps
    const theirs = pdfsigValidity(name, a.bytes).map((v) => v === 'Signature is Valid.');
    expect(theirs, name).toEqual(r.signatures.map((x) => x.intact));
  });
});
