/**
 * The classic Windows JavaScript-only runtime: one file, no imports, no DOM. Builds the handler
 * the way the production build does and runs it in a bare VM context with only `Office`.
 */
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildSubject, formCheck, ISSUER } from '../../src/mail';
import { STATE_KEY } from '../../src/office/mailbox';
import { FakeOutlook } from '../fakes/fake-mailbox';
import { makeReport } from '../mail/report';

const root = new URL('../..', import.meta.url).pathname;

/** As webpack's isolated entry does (webpack.config.js): one IIFE, nothing external. */
async function bundle(): Promise<string> {
  const r = await build({
    entryPoints: [`${root}src/commands/onsend.ts`],
    bundle: true,
    format: 'iife',
    platform: 'neutral',
    target: 'es2017',
    write: false,
    minify: true,
    logLevel: 'warning',
  });
  return r.outputFiles?.[0]?.text ?? '';
}

describe('onsend bundle', () => {
  it('is one script without imports, requires or DOM access', async () => {
    const js = await bundle();
    expect(js.length).toBeGreaterThan(1000);
    expect(js).not.toMatch(/\bimport\s*\(|\bimport\s+[\w{*]|\brequire\s*\(|export\s*\{/);
    expect(js).not.toMatch(/\b(document|window|localStorage|navigator)\./);
    expect(js.length).toBeLessThan(60_000);
  });

  it('registers onMessageSendHandler and completes in a bare runtime', async () => {
    const js = await bundle();
    const report = makeReport();
    const fake = new FakeOutlook({
      to: [ISSUER],
      subject: buildSubject(report),
      attachments: [{ name: 'f.xlsx', bytes: new Uint8Array([1]) }],
    });
    fake.sessionData.set(
      STATE_KEY,
      JSON.stringify({
        v: 1,
        form: formCheck(report, { name: 'f.xlsx' }),
        identityConfirmed: true,
        pdfConfirmed: false,
      }),
    );
    const handlers = new Map<string, (e: unknown) => void>();
    const Office = {
      actions: { associate: (name: string, fn: (e: unknown) => void) => handlers.set(name, fn) },
      context: { mailbox: fake.mailbox, requirements: fake.requirements },
    };
    runInNewContext(js, { Office, setTimeout, clearTimeout, console, JSON, Promise });
    const handler = handlers.get('onMessageSendHandler');
    expect(handler).toBeTypeOf('function');
    const result = await new Promise((resolve) => handler?.({ completed: resolve }));
    expect(result).toMatchObject({ allowEvent: false });
    expect((result as { errorMessage: string }).errorMessage).toContain('PDF');
  });
});
