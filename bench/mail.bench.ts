/**
 * Base64 conversion of a 20 MB PDF, as the compose pane does before
 * `addFileAttachmentFromBase64Async`: in one go, and chunked with a yield between chunks (what the
 * pane uses, so it keeps painting). Prints total time and the longest stretch without a yield
 * (the longest the pane cannot answer), then the whole attach chain through the adapter and the
 * typed fake mailbox. Run: `npm run bench mail` (Node; Chromium has a native toBase64 and is faster).
 */
import { performance } from 'node:perf_hooks';
import { CHUNK_BYTES, toBase64, toBase64Chunked, yieldToPage } from '../src/bytes/base64';
import { createMailboxAdapter } from '../src/office/mailbox';
import { FakeOutlook } from '../test/fakes/fake-mailbox';

const MB = 1024 * 1024;
const size = 20 * MB;
const pdf = new Uint8Array(size);
for (let i = 0; i < size; i++) pdf[i] = (i * 2654435761) >>> 24;

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? 0, min: s[0] ?? 0, max: s.at(-1) ?? 0 };
}
const ms = (x: number) => `${x.toFixed(1)} ms`;
const RUNS = 5;

console.log(`20 MB PDF (${size} bytes), ${RUNS} runs each, Node ${process.version}`);
console.log(`native Uint8Array.prototype.toBase64: ${'toBase64' in Uint8Array.prototype ? 'yes' : 'no (btoa path)'}`);

const baseline: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  Buffer.from(pdf.buffer).toString('base64');
  baseline.push(performance.now() - t0);
}
console.log(`Buffer.toString('base64') (reference)    median ${ms(stats(baseline).median)}`);

const whole: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  toBase64(pdf);
  whole.push(performance.now() - t0);
}
console.log(`toBase64, one go (blocks throughout)     median ${ms(stats(whole).median)}  (min ${ms(stats(whole).min)}, max ${ms(stats(whole).max)})`);

for (const chunk of [CHUNK_BYTES, 3 * 256 * 1024]) {
  const totals: number[] = [];
  const longest: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let last = performance.now();
    let worst = 0;
    const t0 = last;
    await toBase64Chunked(pdf, {
      chunkBytes: chunk,
      yieldFn: () =>
        new Promise<void>((resolve) => {
          worst = Math.max(worst, performance.now() - last);
          void yieldToPage().then(() => {
            last = performance.now();
            resolve();
          });
        }),
    });
    worst = Math.max(worst, performance.now() - last);
    totals.push(performance.now() - t0);
    longest.push(worst);
  }
  console.log(
    `toBase64Chunked, ${String(chunk / 1024).padStart(4)} KB chunks            median ${ms(stats(totals).median)} total, longest block ${ms(stats(longest).median)} (${Math.ceil(size / chunk)} chunks)`,
  );
}

const chain: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const fake = new FakeOutlook({ latencyMs: 0 });
  const mb = createMailboxAdapter(fake.mailbox, fake.requirements);
  const t0 = performance.now();
  await mb.attachFile('申請書 押印済み.pdf', pdf);
  chain.push(performance.now() - t0);
}
console.log(`attachFile via adapter + fake mailbox    median ${ms(stats(chain).median)} (conversion + queue + fake call)`);

// The same conversion in Debian's Chromium (native Uint8Array.prototype.toBase64 where present).
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const { existsSync, mkdtempSync } = await import('node:fs');
if (existsSync(chromium)) {
  const { build } = await import('esbuild');
  const { chromium: pw } = await import('playwright-core');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const lib = await build({
    stdin: { contents: "export * from './src/bytes/base64';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'B64',
    write: false,
    logLevel: 'error',
  });
  const home = mkdtempSync(join(tmpdir(), 'upki-bench-'));
  const browser = await pw.launch({
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: lib.outputFiles[0]?.text ?? '' });
    const r = await page.evaluate(async (n) => {
      const w = globalThis as unknown as { B64: typeof import('../src/bytes/base64') };
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i++) bytes[i] = (i * 2654435761) >>> 24;
      const out: { version: string; native: boolean; whole: number[]; chunked: number[]; longest: number[] } = {
        version: navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? '?',
        native: 'toBase64' in Uint8Array.prototype,
        whole: [],
        chunked: [],
        longest: [],
      };
      for (let k = 0; k < 5; k++) {
        let t0 = performance.now();
        w.B64.toBase64(bytes);
        out.whole.push(performance.now() - t0);
        let last = performance.now();
        let worst = 0;
        t0 = last;
        await w.B64.toBase64Chunked(bytes, {
          yieldFn: async () => {
            worst = Math.max(worst, performance.now() - last);
            await w.B64.yieldToPage();
            last = performance.now();
          },
        });
        worst = Math.max(worst, performance.now() - last);
        out.chunked.push(performance.now() - t0);
        out.longest.push(worst);
      }
      return out;
    }, size);
    console.log(`\nChromium (${r.version}), native toBase64: ${r.native ? 'yes' : 'no'}`);
    console.log(`toBase64, one go                         median ${ms(stats(r.whole).median)}`);
    console.log(
      `toBase64Chunked, ${CHUNK_BYTES / 1024} KB chunks (pane)     median ${ms(stats(r.chunked).median)} total, longest block ${ms(stats(r.longest).median)}`,
    );
  } finally {
    await browser.close();
  }
}
