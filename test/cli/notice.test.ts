// `upki-revoke notice MAIL.eml [--form FORM.xlsx] [--json]`: exit codes, the JSON of docs/notice.md,
// the form marked revoked / missing; one run through the real bin.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { NoticeReport } from '../../src/cli/notice';
import { buildTemplate } from '../../src/workbook/template';
import { memIO } from '../helpers/cli-io';
import { decimalOf, EXAMPLE_HEX, exampleCerts, noticeMail } from '../mail/notice-fixtures';

const [HEX1, HEX2] = EXAMPLE_HEX as [string, string];

let form: Uint8Array;
beforeAll(async () => {
  form = await buildTemplate({ example: true });
});

const files = () => ({
  'both.eml': noticeMail({ certs: exampleCerts(2), signed: true }),
  'one.eml': noticeMail({ certs: exampleCerts(1), enc: 'utf8-base64' }),
  'hex.eml': noticeMail({ certs: exampleCerts(2, 'hex'), enc: 'utf8-qp' }),
  'none.eml': noticeMail({ body: '失効しました。' }),
  'form.xlsx': form,
  'notmail.eml': new TextEncoder().encode('\u0000\u0001 binary junk'),
});

async function run(...args: string[]) {
  const io = memIO(files());
  const code = await main(['notice', ...args], io);
  return { code, ...io };
}

describe('upki-revoke notice', () => {
  it('without --form: lists the certificates (hex and decimal, CN); exit 0', async () => {
    const r = await run('both.eml');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${HEX1}  (10進 / decimal ${decimalOf(HEX1)})  CN=Shinsei University`);
    expect(r.out).toContain(HEX2);
    expect(r.out).toMatch(/S\/MIME 署名 \/ signed: あり/);
  });

  it('shows the mail date in Japan time, as the officer reads it (the JSON keeps the instant)', async () => {
    const r = await run('both.eml'); // Date: Fri, 04 Dec 2026 10:15:00 +0900
    expect(r.out).toContain('日付 / Date: 2026-12-04 10:15（日本時間 / JST）');
    const j = await run('both.eml', '--json');
    expect(JSON.parse(j.out).notice.date).toBe('2026-12-04T01:15:00.000Z');
  });

  it('--form with every certificate revoked: exit 0, JSON marks both revoked', async () => {
    const r = await run('both.eml', '--form', 'form.xlsx', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as NoticeReport;
    expect(j.result).toBe('complete');
    expect(j.notice).toMatchObject({ signed: true, senderKnown: true, subjectKnown: true });
    expect(j.form?.certificates.map((c) => [c.serial, c.status])).toEqual([
      [HEX1, 'revoked'],
      [HEX2, 'revoked'],
    ]);
    expect(j.certificates[0]).toMatchObject({
      serial: HEX1,
      decimal: decimalOf(HEX1),
      cn: 'Shinsei University',
    });
  });

  it('--form with one certificate still missing: exit 1, named', async () => {
    const r = await run('one.eml', '--form', 'form.xlsx', '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as NoticeReport;
    expect(j.result).toBe('incomplete');
    expect(j.form?.certificates.find((c) => c.serial === HEX2)?.status).toBe('missing');
    expect(j.messages.map((m) => m.en).join('\n')).toContain(HEX2);
    const text = await run('one.eml', '--form', 'form.xlsx');
    expect(text.out).toContain(`✗ 未失効 / missing  ${HEX2}`);
  });

  it('serials written in hex are read the same', async () => {
    const r = await run('hex.eml', '--form', 'form.xlsx', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as NoticeReport).certificates.map((c) => c.written)).toEqual(['hex', 'hex']);
  });

  it('no serial found: exit 1 with a clear message', async () => {
    const r = await run('none.eml', '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as NoticeReport;
    expect(j.result).toBe('no-serials');
    expect(j.messages[0]?.en).toMatch(/Could not find serials/);
  });

  it('unreadable input: exit 2 with a code (not a mail, missing file, bad form)', async () => {
    const a = await run('notmail.eml', '--json');
    expect(a.code).toBe(2);
    expect(JSON.parse(a.out).error.code).toBe('input.not-mail');
    const b = await run('missing.eml');
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/Cannot read the mail missing\.eml/);
    const c = await run('both.eml', '--form', 'both.eml', '--json');
    expect(c.code).toBe(2);
    expect(JSON.parse(c.out).error.code).toBe('input.not-xlsx');
    const d = await run('both.eml', '--unknown');
    expect(d.code).toBe(2);
  });
});

describe('upki-revoke notice through the bin', () => {
  it('exit codes 0 / 1 from real files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upki-notice-'));
    writeFileSync(join(dir, 'n.eml'), noticeMail({ certs: exampleCerts(1), signed: true }));
    writeFileSync(join(dir, 'f.xlsx'), form);
    const bin = join(import.meta.dirname, '../../bin/upki-revoke.mjs');
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, [bin, 'notice', 'n.eml'], { cwd: dir });
    expect(ok.stdout).toContain(HEX1);
    const bad = await exec(process.execPath, [bin, 'notice', 'n.eml', '--form', 'f.xlsx'], {
      cwd: dir,
    }).catch((e: { code: number; stdout: string }) => e);
    expect((bad as { code: number }).code).toBe(1);
  });
});
