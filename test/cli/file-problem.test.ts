/**
 * A file that cannot be read or written is named with the reason in words (not found, a folder, no
 * permission), in Japanese and English, never as Node's ENOENT/EBUSY text with a temporary name.
 */
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileProblem } from '../../src/cli/file-problem';
import type { CliIO } from '../../src/cli/io';
import { main, nodeIO } from '../../src/cli/main';

function capture(): CliIO & { err: string } {
  const io = {
    ...nodeIO,
    isTTY: false,
    err: '',
    stdout: () => {},
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'upki-file-problem-'));
  mkdirSync(join(dir, 'folder'));
});

describe('fileProblem', () => {
  it('reads the code of a Node error, or its message as a test double writes it', () => {
    const err = Object.assign(new Error("ENOENT: no such file or directory, stat 'x'"), { code: 'ENOENT' });
    expect(fileProblem(err, 'read').ja).toBe('ファイルが見つかりません');
    expect(fileProblem(new Error('ENOENT: x'), 'read').en).toBe('no such file');
    expect(fileProblem(err, 'write').ja).toBe('保存先のフォルダーがありません');
    expect(fileProblem(Object.assign(new Error('x'), { code: 'EACCES' }), 'read').en).toBe(
      'permission denied',
    );
    expect(fileProblem(new Error('odd'), 'read')).toEqual({
      ja: '読み取りに失敗しました',
      en: 'reading failed',
    });
  });
});

describe('the commands say why in words', () => {
  it('check of a missing file', async () => {
    const io = capture();
    expect(await main(['check', join(dir, 'nofile.xlsx')], io)).toBe(2);
    expect(io.err).toContain('を読めません: ファイルが見つかりません');
    expect(io.err).toContain(': no such file');
    expect(io.err).not.toContain('ENOENT');
  });

  it('check of a folder', async () => {
    const io = capture();
    expect(await main(['check', join(dir, 'folder')], io)).toBe(2);
    expect(io.err).toContain('フォルダーです');
    expect(io.err).not.toMatch(/EISDIR|ENOENT/);
  });

  it('template into a folder, or into a folder that does not exist', async () => {
    const io = capture();
    expect(await main(['template', join(dir, 'folder')], io)).toBe(2);
    expect(io.err).toContain('フォルダーです。ファイル名まで指定してください');
    expect(io.err).not.toMatch(/EBUSY|EISDIR|\.tmp/);
    const io2 = capture();
    expect(await main(['template', join(dir, 'nodir', 'x.xlsx')], io2)).toBe(2);
    expect(io2.err).toContain('保存先のフォルダーがありません');
    expect(io2.err).not.toMatch(/ENOENT|\.tmp/);
    expect(readdirSync(join(dir, 'folder'))).toEqual([]);
  });
});
