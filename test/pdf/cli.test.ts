// `upki-revoke verify-pdf` through a fake CliIO: exit codes, one JSON document with --json,
// --trust replacing the anchors, the size limit checked before reading.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io';
import { nodeHasher, verifyPdfCommand } from '../../src/cli/verify-pdf';
import { PDF_SIZE_LIMIT } from '../../src/pdf/index';
import { type Fixtures, getFixtures, HAVE_OPENSSL } from './fixtures';

interface FakeIO extends CliIO {
  out: string;
  err: string;
  reads: string[];
}

function fakeIO(files: Record<string, Uint8Array | number>): FakeIO {
  const io: FakeIO = {
    out: '',
    err: '',
    reads: [],
    isTTY: false,
    stdout: (t) => {
      io.out += t;
    },
    stderr: (t) => {
      io.err += t;
    },
    readFile: async (p) => {
      io.reads.push(p);
      const f = files[p];
      if (f === undefined) throw new Error(`ENOENT: ${p}`);
      if (typeof f === 'number') throw new Error('a file this large must not be read');
      return f;
    },
    writeFile: async () => {
      throw new Error('verify-pdf never writes');
    },
    fileSize: async (p) => {
      const f = files[p];
      if (f === undefined) throw new Error(`ENOENT: ${p}`);
      return typeof f === 'number' ? f : f.length;
    },
  };
  return io;
}

const fx: Fixtures | undefined = HAVE_OPENSSL ? await getFixtures() : undefined;
const read = (name: string) =>
  new Uint8Array(readFileSync(fx?.list.find((f) => f.name === name)?.file as string));

describe('verify-pdf without fixtures', () => {
  it('exit 2 and a usage message without a file', async () => {
    const io = fakeIO({});
    expect(await verifyPdfCommand([], io)).toBe(2);
    expect(io.err).toContain('使い方');
    expect(io.err).toContain('Usage');
  });

  it('exit 2 with an error document for a missing file (--json)', async () => {
    const io = fakeIO({});
    expect(await verifyPdfCommand(['nope.pdf', '--json'], io)).toBe(2);
    const doc = JSON.parse(io.out);
    expect(doc.error.code).toBe('input.unreadable');
    expect(doc.error.message.ja).toBeTruthy();
    expect(doc.error.message.en).toBeTruthy();
  });

  it('over 25 MB: verdict error without reading the file', async () => {
    const io = fakeIO({ 'big.pdf': PDF_SIZE_LIMIT + 1 });
    expect(await verifyPdfCommand(['big.pdf', '--json'], io)).toBe(2);
    expect(io.reads).toEqual([]);
    const r = JSON.parse(io.out);
    expect(r.verdict).toBe('error');
    expect(r.bytes).toBe(PDF_SIZE_LIMIT + 1);
    expect(r.messages.map((m: { code: string }) => m.code)).toContain('error.too-large');
  });

  it('exit 2 for a file that is not a PDF; the text report has both languages', async () => {
    const io = fakeIO({ 'x.pdf': new TextEncoder().encode('hello') });
    expect(await verifyPdfCommand(['x.pdf'], io)).toBe(2);
    expect(io.out).toContain('判定: 読めない / Verdict: unreadable');
    expect(io.out).toContain('(5 バイト / bytes');
    // No English verdict code inside the Japanese text.
    expect(io.out).not.toMatch(/判定: [a-z]/);
    expect(io.out).toContain('PDF ファイルではありません');
    expect(io.out).toContain('This is not a PDF file');
  });

  it('exit 2 for an unreadable --trust file', async () => {
    const io = fakeIO({
      'a.pdf': new TextEncoder().encode('%PDF-1.7\n'),
      'root.pem': new TextEncoder().encode('nope'),
    });
    expect(await verifyPdfCommand(['a.pdf', '--trust', 'root.pem', '--json'], io)).toBe(2);
    expect(JSON.parse(io.out).error.code).toBe('input.bad-trust');
  });
});

describe.skipIf(!HAVE_OPENSSL)('verify-pdf on signed files', () => {
  const root = () => new Uint8Array(readFileSync(fx?.root as string));
  const other = () => new Uint8Array(readFileSync(fx?.otherRoot as string));

  it('exit 0 for a valid signature with --trust; stdout is exactly one JSON document', async () => {
    const io = fakeIO({ 's.pdf': read('node-rsa'), 'root.pem': root() });
    expect(await verifyPdfCommand(['s.pdf', '--trust', 'root.pem', '--json'], io)).toBe(0);
    const r = JSON.parse(io.out);
    expect(Object.keys(r)).toEqual([
      'file',
      'bytes',
      'sha256',
      'verdict',
      'certification',
      'signatures',
      'appended',
      'messages',
    ]);
    expect(r.file).toBe('s.pdf');
    expect(r.verdict).toBe('valid');
    expect(r.signatures[0].signer.email).toBe('officer@univ.example.ac.jp');
    expect(io.err).toContain('有効');
  });

  it('--today pins the time the certificate is judged at (noon in Japan of that day)', async () => {
    const io = fakeIO({ 's.pdf': read('node-rsa'), 'root.pem': root() });
    expect(
      await verifyPdfCommand(['s.pdf', '--trust', 'root.pem', '--today', '2199-01-01', '--json'], io),
    ).toBe(1);
    const r = JSON.parse(io.out);
    expect(r.verdict).toBe('untrusted');
    expect(r.signatures[0].chain.checkDate).toBe('2199-01-01T03:00:00Z');
    expect(r.signatures[0].chain.checkDateSource).toBe('now');
    expect(r.messages.map((m: { code: string }) => m.code)).toContain('chain.expired');
  });

  it('exit 2 for a --today that is not a date', async () => {
    const io = fakeIO({ 's.pdf': read('node-rsa') });
    expect(await verifyPdfCommand(['s.pdf', '--today', '2026-02-30'], io)).toBe(2);
    expect(io.err).toContain('--today');
  });

  it('exit 1 with the default anchors (the test root is not SECOM)', async () => {
    const io = fakeIO({ 's.pdf': read('node-rsa') });
    expect(await verifyPdfCommand(['s.pdf'], io)).toBe(1);
    expect(io.out).toContain('untrusted');
    expect(io.out).toContain('Security Communication RootCA2');
  });

  it('--trust is repeatable and replaces the defaults', async () => {
    const io = fakeIO({ 's.pdf': read('node-rsa'), 'a.pem': other(), 'b.pem': root() });
    expect(await verifyPdfCommand(['--trust', 'a.pem', 's.pdf', '--trust=b.pem'], io)).toBe(0);
    const io2 = fakeIO({ 's.pdf': read('node-rsa'), 'a.pem': other() });
    expect(await verifyPdfCommand(['s.pdf', '--trust', 'a.pem'], io2)).toBe(1);
  });

  it.each([
    ['node-page-update', 1, 'modified'],
    ['node-byte-changed', 1, 'broken'],
    ['plain', 1, 'unsigned'],
    ['encrypted', 2, 'error'],
  ])('%s → exit %i (%s)', async (name, code, verdict) => {
    const io = fakeIO({ 'f.pdf': read(name), 'root.pem': root() });
    expect(await verifyPdfCommand(['f.pdf', '--trust', 'root.pem', '--json'], io)).toBe(code);
    expect(JSON.parse(io.out).verdict).toBe(verdict);
  });

  it('the text report shows the signer and the chain', async () => {
    const io = fakeIO({ 's.pdf': read('node-rsa'), 'root.pem': root() });
    await verifyPdfCommand(['s.pdf', '--trust', 'root.pem'], io);
    expect(io.out).toContain('署名者 / signer: officer@univ.example.ac.jp');
    expect(io.out).toContain('→ CN=Test Root CA');
    expect(io.err).toBe('');
  });
});

describe('the injected hasher', () => {
  it('hashes the parts as one, like WebCrypto, without joining them', async () => {
    const a = new TextEncoder().encode('hello ');
    const b = new TextEncoder().encode('world');
    const joined = new Uint8Array([...a, ...b]);
    const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
    expect(await nodeHasher('SHA-256', [a, b])).toEqual(expected);
  });
});
