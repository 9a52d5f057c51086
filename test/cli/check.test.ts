/** `upki-revoke check` and `template` end to end: the real bin, real files. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/workbook/template';
import { cliIn, sha } from '../helpers/cli-run';

const dir = mkdtempSync(join(tmpdir(), 'upki-cli-'));
const cli = cliIn(dir);
const example = join(dir, 'example.xlsx');
const broken = join(dir, '申請書 エラーあり.xlsx');

beforeAll(async () => {
  writeFileSync(example, await buildTemplate({ example: true }));
  // A form with known errors, written by exceljs from the example (another program's save).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(example) as never);
  const ws = wb.getWorksheet('失効申請書');
  if (!ws) throw new Error('no sheet');
  ws.getCell('B7').value = '(学)申請学園 申請大学';
  ws.getCell('B13').value = '髙橋 一郎';
  ws.getCell('B15').value = '０３－１２３４－５６７８';
  ws.getCell('A27').value = ws.getCell('A26').value; // duplicate serial
  writeFileSync(broken, new Uint8Array(await wb.xlsx.writeBuffer()));
});

describe('upki-revoke check', () => {
  it('passes the example form (exit 0, no finding)', async () => {
    const r = await cli('check', example, '--today', '2026-11-25', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ errors: 0, warnings: 0 });
    expect(report.file).toBe('example.xlsx');
    expect(report.fields.applicationDate.value).toBe('2026-11-25');
    expect(report.certificates).toHaveLength(2);
  });

  it('finds the errors of a broken form (exit 1) and never changes the file', async () => {
    const before = sha(broken);
    const r = await cli('check', broken, '--today', '2026-11-25', '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const rules = report.findings.map((f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'institution.abbreviation@失効申請書!B7',
        'charset.machine-dependent@失効申請書!B13',
        'charset.not-ascii@失効申請書!B15',
        'serial.duplicate@失効申請書!A27',
      ]),
    );
    expect(sha(broken)).toBe(before);
  });

  it('prints a readable bilingual report without --json', async () => {
    const r = await cli('check', broken, '--today', '2026-11-25');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('機種依存文字');
    expect(r.stdout).toContain('vendor-specific');
    expect(r.stdout).toContain('修正案 / fix: 「高橋 一郎」');
  });

  it('applies the profile', async () => {
    const profile = join(dir, 'profile.json');
    writeFileSync(
      profile,
      JSON.stringify({ organization: 'Other University', officer: { email: 'x@example.jp' } }),
    );
    const r = await cli('check', example, '--today', '2026-11-25', '--profile', profile, '--json');
    expect(r.code).toBe(1);
    const rules = JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(['officer.profile-mismatch', 'dn.profile-mismatch', 'dn.profile-mismatch']);
  });

  it.each([
    ['a text file', 'notes.txt', 'hello', 'input.not-xlsx'],
    [
      'a legacy .xls',
      'old.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'input.legacy-xls',
    ],
  ])('exits 2 with an error code for %s', async (_n, name, content, code) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    const before = sha(p);
    const r = await cli('check', p, '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe(code);
    expect(r.stderr).toMatch(/エラー: .+\nError: /);
    expect(sha(p)).toBe(before);
  });

  it('exits 2 on usage errors: missing file, bad --today, bad profile, unknown option', async () => {
    expect((await cli('check', join(dir, 'missing.xlsx'))).code).toBe(2);
    expect((await cli('check', example, '--today', '2026/11/25')).code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"officer": 3}');
    const r = await cli('check', example, '--profile', bad, '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('input.profile');
    expect((await cli('check', example, '--frobnicate')).code).toBe(2);
    expect((await cli('nonsense')).code).toBe(2);
  });
});

describe('upki-revoke template', () => {
  it('writes the template, whose check gives only required findings', async () => {
    const out = join(dir, 'template.xlsx');
    const w = await cli('template', out);
    expect(w.code).toBe(0);
    const r = await cli('check', out, '--json');
    expect(r.code).toBe(1);
    const rules = new Set(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule));
    expect(rules).toEqual(new Set(['text.required', 'form.no-certificates']));
  });

  it('exits 2 when it cannot write', async () => {
    expect((await cli('template', join(dir, 'no/such/dir/t.xlsx'))).code).toBe(2);
  });
});
