/**
 * Browser-test helpers shared by the panes' specs: no network but the local server, office.js
 * from the npm package (optionally followed by a fake host), axe-core, request log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { buildSync } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const officeDist = join(root, 'node_modules/@microsoft/office-js/dist');

/** Bundles a TypeScript file (and its imports) into one script for the page. */
export function bundleForPage(entry: string): string {
  const out = buildSync({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** Every request the page makes, for the "no other network" assertion. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

export function isLocal(url: string): boolean {
  return /^(http:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(url);
}

/**
 * Blocks every off-machine request, then serves Office's CDN from @microsoft/office-js
 * (registered last: the newest route wins). `appendToOfficeJs` is appended to office.js.
 */
export async function offlineOffice(context: BrowserContext, appendToOfficeJs = ''): Promise<void> {
  await context.route('**/*', (route) =>
    isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  await context.route(`${OFFICE_CDN}**`, (route) => {
    const rel = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
    let body: Buffer;
    try {
      body = readFileSync(join(officeDist, rel));
    } catch {
      return route.fulfill({ status: 404, body: 'not in @microsoft/office-js' });
    }
    if (rel === 'office.js' && appendToOfficeJs)
      body = Buffer.concat([body, Buffer.from(`\n;${appendToOfficeJs}\n`)]);
    return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
  });
}

/** Runs axe-core in the page (evaluated through the debugger, so the page's CSP stays on). */
export async function runAxe(
  page: Page,
): Promise<Array<{ id: string; impact: string | null; help: string; nodes: string[] }>> {
  const axe = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axe);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          opts: unknown,
        ) => Promise<{
          violations: Array<{
            id: string;
            impact: string | null;
            help: string;
            nodes: Array<{ target: string[] }>;
          }>;
        }>;
      };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
