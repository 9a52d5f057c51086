import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io';
import { type MailDeps, mailCommand } from '../../src/cli/mail';
import { ISSUER, type PdfReportLike, type PdfVerdict } from '../../src/mail';
import { cellRightOf, exampleForm, formWith, tinyPdf } from './fixtures';

const FORM = '失効申請書 （申請大学）.xlsx';
const PDF = '失効申請書 押印済み.pdf';

function memIO(files: Record<string, Uint8Array>) {
  const written = new Map<string, Uint8Array | string>();
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: async (p) => {
      const f = files[p];
      if (!f) throw new Error(`ENOENT: ${p}`);
      return f;
    },
    writeFile: async (p, b) => {
      written.set(p, b);
    },
    fileSize: async (p) => {
      const f = files[p];
      if (!f) throw new Error(`ENOENT: ${p}`);
      return f.length;
    },
    isTTY: false,
  };
  return { io, written, out: () => stdout, err: () => stderr };
}

const fakePdf = (verdict: PdfVerdict, email?: string): MailDeps => ({
  verifyPdf: async (_b, opts): Promise<PdfReportLike> => ({
    file: opts.file,
    verdict,
    signatures: email ? [{ signer: { email } }] : [],
    messages: [{ ja: `判定 ${verdict}`, en: `verdict ${verdict}` }],
  }),
  now: () => new Date(Date.UTC(2026, 10, 25, 1, 2, 3)),
});

let form: Uint8Array;
let badForm: Uint8Array;
const pdf = tinyPdf();
const base = ['--form', FORM, '--pdf', PDF, '--identity-checked', '--today', '2026-11-25'];

beforeAll(async () => {
  form = await exampleForm();
  badForm = await formWith({ [await cellRightOf('利用機関名')]: '(学)申請学園 申請大学' });
});

describe('upki-revoke mail', () => {
  it('writes a draft that parses back into exactly the mail of mail.md', async () => {
    const m = memIO({ [FORM]: form, [PDF]: pdf });
    const code = await mailCommand(
      [...base, '--out', 'draft.eml'],
      m.io,
      fakePdf('valid', 'taro.shinsei@univ.example.ac.jp'),
    );
    expect(m.err()).toContain('draft.eml');
    expect(code).toBe(0);
    const eml = m.written.get('draft.eml') as Uint8Array;
    const raw = Buffer.from(eml).toString('latin1');
    expect(raw).toMatch(/^X-Unsent: 1\r$/m);
    expect(raw).toMatch(/^Content-Type: multipart\/mixed;/m);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(raw).toMatch(/filename\*0\*=utf-8''|filename\*=utf-8''/i);
    expect([...raw].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    const mail = await simpleParser(Buffer.from(eml));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : null).toEqual([ISSUER]);
    expect(mail.cc).toBeUndefined();
    expect(mail.subject).toBe(
      '【コード署名証明書】失効申請／学校法人申請学園 申請大学／S/N 4B3A21F0C9D8E7F6A5B4C3D2E1F00123 ほか1件',
    );
    expect(mail.from?.value[0]?.address).toBe('taro.shinsei@univ.example.ac.jp');
    expect(mail.text).toContain('シリアル番号: 4B3A21F0C9D8E7F6A5B4C3D2E1F00123');
    expect(mail.text).toContain('失効理由: 秘密鍵の危殆化');
    expect(mail.text).toContain(`1. 失効申請書（Excel）: ${FORM}`);
    expect(mail.text).toContain('利用管理者の本人確認を行ったことを確認しました');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.attachments.map((a) => a.filename)).toEqual([FORM, PDF]);
    expect(mail.attachments.map((a) => a.contentType)).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/pdf',
    ]);
    expect(new Uint8Array(mail.attachments[0]?.content as Buffer)).toEqual(form);
    expect(new Uint8Array(mail.attachments[1]?.content as Buffer)).toEqual(pdf);
  });

  it('--cc-admin adds the usage administrator as Cc; --out - writes to stdout', async () => {
    const m = memIO({ [FORM]: form, [PDF]: pdf });
    const code = await mailCommand([...base, '--cc-admin', '--out', '-'], m.io, fakePdf('valid'));
    expect(code).toBe(0);
    expect(m.written.size).toBe(0);
    const mail = await simpleParser(m.out());
    expect(mail.cc && !Array.isArray(mail.cc) ? mail.cc.value.map((a) => a.address) : null).toEqual([
      'hanako.kanri@univ.example.ac.jp',
    ]);
    expect(new Uint8Array(mail.attachments[1]?.content as Buffer)).toEqual(pdf);
  });

  it('default output name is the form name with .eml', async () => {
    const m = memIO({ [FORM]: form, [PDF]: pdf });
    expect(await mailCommand(base, m.io, fakePdf('valid'))).toBe(0);
    expect([...m.written.keys()]).toEqual(['失効申請書 （申請大学）.eml']);
  });

  it.each<[string, string[], PdfVerdict, number, RegExp]>([
    [
      'no --identity-checked: refuses',
      ['--form', FORM, '--pdf', PDF, '--today', '2026-11-25'],
      'valid',
      2,
      /--identity-checked/,
    ],
    ['unsigned PDF without --accept-unverified-pdf', base, 'unsigned', 1, /--accept-unverified-pdf/],
    [
      'untrusted PDF: the option says it accepts untrusted signers',
      base,
      'untrusted',
      1,
      /--accept-unverified-pdf を付けてください（信頼できない署名者の署名を受け入れます）/,
    ],
    [
      'modified PDF even with --accept-unsigned',
      [...base, '--accept-unsigned'],
      'modified',
      1,
      /判定「署名後に変更あり」— 署名後に内容が追加または変更されています。/,
    ],
    ['broken PDF', base, 'broken', 1, /判定「署名が壊れている」— 電子署名が壊れているか、検証できません。/],
    ['PDF verdict error: unreadable input', base, 'error', 2, /PDF/],
    ['missing --pdf', ['--form', FORM, '--identity-checked'], 'valid', 2, /Usage/],
    ['unknown option', [...base, '--send'], 'valid', 2, /--send/],
    ['--out onto an input file', [...base, '--out', FORM], 'valid', 2, /--out/],
    ['bad --today', [...base, '--today', '25.11.2026'], 'valid', 2, /--today/],
    [
      'missing form file',
      ['--form', 'nope.xlsx', '--pdf', PDF, '--identity-checked'],
      'valid',
      2,
      /nope\.xlsx/,
    ],
  ])('%s → exit %i, nothing written', async (_n, argv, verdict, exit, message) => {
    const m = memIO({ [FORM]: form, [PDF]: pdf });
    expect(await mailCommand(argv, m.io, fakePdf(verdict))).toBe(exit);
    expect(m.written.size).toBe(0);
    expect(m.out()).toBe('');
    expect(m.err()).toMatch(message);
  });

  it.each<[PdfVerdict]>([['unsigned'], ['untrusted']])(
    '%s PDF with --accept-unsigned (the old name of --accept-unverified-pdf) → written',
    async (v) => {
      const m = memIO({ [FORM]: form, [PDF]: pdf });
      expect(await mailCommand([...base, '--accept-unsigned', '--out', 'd.eml'], m.io, fakePdf(v))).toBe(0);
      expect(m.written.has('d.eml')).toBe(true);
    },
  );

  it('a form with errors → exit 1, findings on stderr, nothing written', async () => {
    const m = memIO({ [FORM]: badForm, [PDF]: pdf });
    expect(await mailCommand([...base, '--out', 'd.eml'], m.io, fakePdf('valid'))).toBe(1);
    expect(m.written.size).toBe(0);
    expect(m.err()).toContain('institution.abbreviation');
    expect(m.err()).toContain('下書きは作成していません');
  });

  it('not a workbook → exit 2 with the code message', async () => {
    const m = memIO({ [FORM]: pdf, [PDF]: pdf });
    expect(await mailCommand(base, m.io, fakePdf('valid'))).toBe(2);
    expect(m.err()).toMatch(/Excelブック/);
    expect(m.written.size).toBe(0);
  });

  it('over 25 MB PDF → exit 2 without reading it', async () => {
    const m = memIO({ [FORM]: form, [PDF]: pdf });
    const size = m.io.fileSize;
    m.io.fileSize = async (p) => (p === PDF ? 26 * 1024 * 1024 : size(p));
    let read = false;
    const deps = fakePdf('valid');
    const verify = deps.verifyPdf;
    deps.verifyPdf = async (b, o) => {
      read = true;
      return verify(b, o);
    };
    expect(await mailCommand(base, m.io, deps)).toBe(2);
    expect(read).toBe(false);
    expect(m.err()).toMatch(/上限の 25 MB を超えています/);
  });

  it('an unknown PDF signer is a warning, the draft is still written', async () => {
    const m = memIO({ [FORM]: form, [PDF]: pdf });
    expect(
      await mailCommand([...base, '--out', 'd.eml'], m.io, fakePdf('valid', 'stranger@example.jp')),
    ).toBe(0);
    expect(m.err()).toContain('pdf.signer-unknown');
  });

  it('passes --trust files to the PDF checker', async () => {
    const pem = new TextEncoder().encode('-----BEGIN CERTIFICATE-----\nMAEC\n-----END CERTIFICATE-----\n');
    const m = memIO({ [FORM]: form, [PDF]: pdf, 'root.pem': pem });
    let anchors: Uint8Array[] | undefined;
    const deps = fakePdf('valid');
    const verify = deps.verifyPdf;
    deps.verifyPdf = async (b, o) => {
      anchors = o.trustAnchors;
      return verify(b, o);
    };
    expect(await mailCommand([...base, '--trust', 'root.pem'], m.io, deps)).toBe(0);
    expect(anchors).toEqual([new Uint8Array([0x30, 0x01, 0x02])]);
  });

  it('a --trust file without a certificate → exit 2', async () => {
    const m = memIO({ [FORM]: form, [PDF]: pdf, 'root.pem': new TextEncoder().encode('hello') });
    expect(await mailCommand([...base, '--trust', 'root.pem'], m.io, fakePdf('valid'))).toBe(2);
    expect(m.err()).toContain('root.pem');
  });

  it('with the real PDF checker: an unsigned scan needs --accept-unverified-pdf', async () => {
    const m = memIO({ [FORM]: form, [PDF]: pdf });
    expect(await mailCommand([...base, '--out', 'd.eml'], m.io)).toBe(1);
    expect(m.err()).toMatch(/unsigned/);
    expect(m.written.size).toBe(0);
    const m2 = memIO({ [FORM]: form, [PDF]: pdf });
    expect(await mailCommand([...base, '--accept-unverified-pdf', '--out', 'd.eml'], m2.io)).toBe(0);
    const mail = await simpleParser(Buffer.from(m2.written.get('d.eml') as Uint8Array));
    expect(new Uint8Array(mail.attachments[1]?.content as Buffer)).toEqual(pdf);
  });

  it('with the real PDF checker: not a PDF → exit 2', async () => {
    const m = memIO({ [FORM]: form, [PDF]: new TextEncoder().encode('hello, not a pdf') });
    expect(await mailCommand(base, m.io)).toBe(2);
    expect(m.written.size).toBe(0);
  });
});
