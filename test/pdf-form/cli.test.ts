// `verify-pdf --form` (the `form` JSON member, findings in `messages`, exit 1 on mismatch or no text
// even when the verdict is valid) and `mail` (a mismatch: not ready, nothing written, exit 1).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailCommand } from '../../src/cli/mail';
import { main } from '../../src/cli/main';
import { buildTemplate } from '../../src/workbook/template';
import { memIO } from '../helpers/cli-io';
import { type Fixtures, getFixtures, HAVE_OPENSSL } from '../pdf/fixtures';
import { formPdf, scanPdf } from './make-pdf';

const NAME = '学校法人申請学園 申請大学';
const SERIALS = ['4B3A21F0C9D8E7F6A5B4C3D2E1F00123', '0A1B2C3D4E5F60718293A4B5C6D7E8F9'];

const fx: Fixtures | undefined = HAVE_OPENSSL ? await getFixtures() : undefined;
const files: Record<string, Uint8Array> = {};
beforeAll(async () => {
  files['form.xlsx'] = await buildTemplate({ example: true });
  files['same.pdf'] = await formPdf({ institutionName: NAME, serials: SERIALS });
  files['other.pdf'] = await formPdf({
    institutionName: '国立大学法人別大学',
    serials: ['7F6E5D4C3B2A1908'],
  });
  files['scan.pdf'] = await scanPdf();
});

describe('verify-pdf --form', () => {
  it('the same form: form.match same; the verdict (unsigned) alone decides the exit', async () => {
    const io = memIO(files);
    expect(await main(['verify-pdf', 'same.pdf', '--form', 'form.xlsx', '--json'], io)).toBe(1);
    const j = JSON.parse(io.out);
    expect(j.verdict).toBe('unsigned');
    expect(j.form).toEqual({ file: 'form.xlsx', match: 'same', missing: [], extra: [] });
  });

  it('another form: mismatch with the missing entries and the finding in messages', async () => {
    const io = memIO(files);
    expect(await main(['verify-pdf', 'other.pdf', '--form=form.xlsx', '--json'], io)).toBe(1);
    const j = JSON.parse(io.out);
    expect(j.form.match).toBe('mismatch');
    expect(j.form.missing).toEqual([
      `serial:${SERIALS[0]}`,
      'serial:A1B2C3D4E5F60718293A4B5C6D7E8F9',
      'institutionName',
    ]);
    expect(j.form.extra).toEqual(['serial:7F6E5D4C3B2A1908']);
    expect(j.messages.map((m: { code: string }) => m.code)).toEqual(
      expect.arrayContaining(['pdf.form-mismatch', 'pdf.form-extra']),
    );
  });

  it('the readable report names each finding once', async () => {
    const io = memIO(files);
    expect(await main(['verify-pdf', 'other.pdf', '--form', 'form.xlsx'], io)).toBe(1);
    const j = memIO(files);
    await main(['verify-pdf', 'other.pdf', '--form', 'form.xlsx', '--json'], j);
    const mismatch = JSON.parse(j.out).messages.find((m: { code: string }) => m.code === 'pdf.form-mismatch');
    expect(io.out.split(mismatch.ja).length - 1).toBe(1);
  });

  it('a scan: no-text, and the readable report says so', async () => {
    const io = memIO(files);
    expect(await main(['verify-pdf', 'scan.pdf', '--form', 'form.xlsx'], io)).toBe(1);
    expect(io.out).toContain(
      '申請書との照合 / Form cross-check (form.xlsx): 文字なし（目で確認） / no text (compare by eye) (no-text)',
    );
    expect(io.out).toContain('[pdf.no-text]');
  });

  it('an unreadable form: exit 2 with the workbook error code', async () => {
    const io = memIO(files);
    expect(await main(['verify-pdf', 'same.pdf', '--form', 'same.pdf', '--json'], io)).toBe(2);
    expect(JSON.parse(io.out).error.code).toBe('input.not-xlsx');
    const io2 = memIO(files);
    expect(await main(['verify-pdf', 'same.pdf', '--form'], io2)).toBe(2);
  });

  it.skipIf(!HAVE_OPENSSL)(
    'a validly signed PDF of another form: verdict valid, exit 1 because of the form',
    async () => {
      const signed = new Uint8Array(
        readFileSync(fx?.list.find((f) => f.name === 'node-rsa')?.file as string),
      );
      const root = new Uint8Array(readFileSync(fx?.root as string));
      const io = memIO({ ...files, 's.pdf': signed, 'root.pem': root });
      expect(await main(['verify-pdf', 's.pdf', '--trust', 'root.pem', '--json'], io)).toBe(0);
      const io2 = memIO({ ...files, 's.pdf': signed, 'root.pem': root });
      expect(
        await main(['verify-pdf', 's.pdf', '--trust', 'root.pem', '--form', 'form.xlsx', '--json'], io2),
      ).toBe(1);
      const j = JSON.parse(io2.out);
      expect(j.verdict).toBe('valid');
      expect(j.form.match).toBe('mismatch');
    },
  );
});

describe('mail and the PDF text', () => {
  const base = [
    '--form',
    'form.xlsx',
    '--identity-checked',
    '--accept-unsigned',
    '--today',
    '2026-11-25',
    '--out',
    'd.eml',
  ];
  it('a PDF of another form: not ready, nothing written, exit 1, the item named', async () => {
    const io = memIO(files);
    expect(await mailCommand([...base, '--pdf', 'other.pdf'], io)).toBe(1);
    expect(io.written.size).toBe(0);
    expect(io.err).toContain('PDFが申請書と同じ内容');
    expect(io.err).toContain('pdf.form-mismatch');
  });
  it('the PDF of this form: the draft is written', async () => {
    const io = memIO(files);
    expect(await mailCommand([...base, '--pdf', 'same.pdf'], io)).toBe(0);
    expect(io.written.has('d.eml')).toBe(true);
  });
  it('a scan: written (compare by eye), with the info line', async () => {
    const io = memIO(files);
    expect(await mailCommand([...base, '--pdf', 'scan.pdf'], io)).toBe(0);
    expect(io.err).toContain('pdf.no-text');
  });
});
