/**
 * The shipped send handler, dist/outlook-onsend.js from the production build (`npm run build`),
 * as classic Outlook on Windows runs it: builds before Version 2403 parse the file as ES2016
 * (learn.microsoft.com/office/dev/add-ins/outlook/troubleshoot-event-based-and-spam-reporting-add-ins),
 * in a JavaScript-only runtime: one file, no imports, no DOM. The file is parsed with acorn at
 * ecmaVersion 2016 and run in a bare node:vm context that has only `Office` and timers.
 *
 * The build runs when dist/outlook-onsend.js is missing or older than the sources it bundles.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { parse } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSubject, formCheck, ISSUER } from '../../src/mail';
import { STATE_KEY } from '../../src/office/mailbox';
import { FakeOutlook, type FakeSendResult } from '../fakes/fake-mailbox';
import { makeReport } from '../mail/report';

const root = new URL('../..', import.meta.url).pathname;
const SHIPPED = join(root, 'dist/outlook-onsend.js');

function newestSource(): number {
  let newest = statSync(join(root, 'webpack.config.js')).mtimeMs;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['commands', 'mail', 'office', 'bytes', 'form', 'pdf']) walk(join(root, 'src', d));
  return newest;
}

let js = '';

beforeAll(() => {
  if (!existsSync(SHIPPED) || statSync(SHIPPED).mtimeMs < newestSource())
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production'],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
  js = readFileSync(SHIPPED, 'utf8');
}, 240_000);

/** Library functions newer than ES2016 that an ES2016 engine does not have. */
const AFTER_ES2016 = [
  'Object.entries',
  'Object.values',
  'Object.fromEntries',
  'Object.getOwnPropertyDescriptors',
  'String.prototype.padStart',
  'String.prototype.padEnd',
  'String.prototype.trimStart',
  'String.prototype.trimEnd',
  'String.prototype.matchAll',
  'String.prototype.replaceAll',
  'Array.prototype.flat',
  'Array.prototype.flatMap',
  'Array.prototype.at',
  'Promise.prototype.finally',
  'Promise.allSettled',
  'Promise.any',
];

/**
 * Loads the shipped file into a fresh bare context whose built-ins stop at ES2016; returns the
 * registered handler.
 */
function load(fake: FakeOutlook): (event: { completed(o?: FakeSendResult): void }) => void {
  const handlers = new Map<string, (e: unknown) => void>();
  const Office = {
    actions: { associate: (name: string, fn: (e: unknown) => void) => handlers.set(name, fn) },
    context: { mailbox: fake.mailbox, requirements: fake.requirements },
  };
  // Nothing of the browser or Node: no window, document, localStorage, require, process.
  const context = createContext({ Office, setTimeout, clearTimeout });
  runInContext(AFTER_ES2016.map((n) => `delete ${n};`).join('\n'), context);
  expect(runInContext('typeof String.prototype.trimStart', context)).toBe('undefined');
  runInContext(js, context);
  const handler = handlers.get('onMessageSendHandler');
  if (!handler) throw new Error('onMessageSendHandler was not registered');
  return handler;
}

const report = makeReport();

function submission(opts: { identity: boolean; version?: string }) {
  const fake = new FakeOutlook({
    platform: 'classic',
    mailboxVersion: opts.version ?? '1.14',
    to: [ISSUER],
    subject: buildSubject(report),
    attachments: [
      { name: 'f.xlsx', bytes: new Uint8Array([1]) },
      { name: 'f.pdf', bytes: new Uint8Array([2, 3]) },
    ],
  });
  fake.sessionData.set(
    STATE_KEY,
    JSON.stringify({
      v: 1,
      form: formCheck(report, { name: 'f.xlsx', size: 1 }),
      pdf: { name: 'f.pdf', size: 2, verdict: 'valid' },
      identityConfirmed: opts.identity,
      pdfConfirmed: false,
    }),
  );
  return fake;
}

describe('dist/outlook-onsend.js as shipped', () => {
  it('parses as ES2016 (no async/await, ?., ??, object spread, class fields)', () => {
    expect(() => parse(js, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
    expect(js.length).toBeGreaterThan(1000);
    expect(js.length).toBeLessThan(60_000);
  });

  it('is one script without imports, requires or DOM access', () => {
    expect(js).not.toMatch(/\bimport\s*\(|\bimport\s+[\w{*]|\brequire\s*\(|export\s*\{/);
    expect(js).not.toMatch(/\b(document|window|localStorage|navigator)\./);
  });

  it('a ready submission goes (in a runtime without ES2017+ built-ins)', async () => {
    const fake = submission({ identity: true });
    expect(await fake.send(load(fake))).toEqual({ allowEvent: true });
    expect(fake.sendViolations).toEqual([]);
  });

  it('a submission not ready is held, naming what is missing', async () => {
    const fake = submission({ identity: false });
    const r = await fake.send(load(fake));
    expect(r.allowEvent).toBe(false);
    expect(r.errorMessage).toContain('利用管理者の本人確認');
    expect(r.errorMessageMarkdown).toBeUndefined();
    expect(fake.sendViolations).toEqual([]);
  });

  it('Mailbox 1.15: the Markdown message too', async () => {
    const fake = submission({ identity: false, version: '1.15' });
    const r = await fake.send(load(fake));
    expect(r.errorMessageMarkdown).toMatch(/\n- /);
    expect(fake.sendViolations).toEqual([]);
  });

  it('a reply to the issuer goes at once', async () => {
    const fake = new FakeOutlook({ platform: 'classic', to: [ISSUER], subject: 'RE: ご質問' });
    expect(await fake.send(load(fake))).toEqual({ allowEvent: true });
    expect(fake.log).not.toContain('sessionData.getAsync');
  });
});
