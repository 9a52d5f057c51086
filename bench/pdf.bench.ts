// `npm run bench`: in-process verification of a ~6 MB signed PDF (median of many runs), poppler's
// pdfsig on the same file (process start included) side by side, and the memory used.
// Prints figures only; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { nodeHasher } from '../src/cli/verify-pdf';
import { incrementalHasher } from '../src/pdf/hash';
import { verifyPdf } from '../src/pdf/index';
import { runCliMeasured } from '../test/helpers/peak';
import { selfSigned } from '../test/helpers/self-signed';
import { hostileFiles, plainPdf } from '../test/pdf/attacks/hostile';
import { placeholderPdf, signPlaceholder } from '../test/pdf/signer';

if (process.argv[2] === '--memory-child') {
  // A child of the memory measurement: read the file, verify it or not, report the peak RSS.
  const [, , , file, anchor, mode] = process.argv;
  // The file's bytes as read, not copied (a copy here would raise the baseline's peak and hide
  // the verification's own copies).
  const buf = readFileSync(file as string);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  const trustAnchors = [new Uint8Array(readFileSync(anchor as string))];
  // 'verify': the panes' way (WebCrypto for the file, @noble/hashes for the ranges); 'verify-cli':
  // the command line's (node:crypto, incremental).
  if (mode === 'verify') await verifyPdf(bytes, { trustAnchors });
  if (mode === 'verify-cli') await verifyPdf(bytes, { trustAnchors, hasher: nodeHasher });
  console.log(readFileSync('/proc/self/status', 'utf8'));
  process.exit(0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
/**
 * Peak memory above a baseline, also as a multiple of the file. A peak at or below the baseline
 * (garbage collected at another moment) is said so, not printed as a negative amount.
 */
const above = (extra: number, file: number) =>
  extra <= 0 ? 'at or below the baseline' : `+${mb(extra)} = ${(extra / file).toFixed(2)} × the file`;

const { privateKey, cert } = await selfSigned('bench@univ.example.ac.jp');
const width = 1000;
const height = 2000;
const data = new Uint8Array(width * height * 3);
for (let i = 0; i < data.length; i += 65536) crypto.getRandomValues(data.subarray(i, Math.min(data.length, i + 65536)));
const pdf = await signPlaceholder(await placeholderPdf({ imageRgb: { width, height, data } }), {
  privateKey,
  cert,
  chain: [],
});
const anchors = [new Uint8Array(cert.toSchema().toBER())];
const dir = mkdtempSync(join(tmpdir(), 'upki-revoke-bench-'));
const file = join(dir, 'signed-6mb.pdf');
writeFileSync(file, pdf);

// In-process verification.
const first = await verifyPdf(pdf, { trustAnchors: anchors });
for (let i = 0; i < 3; i++) await verifyPdf(pdf, { trustAnchors: anchors });
const times: number[] = [];
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  await verifyPdf(pdf, { trustAnchors: anchors });
  times.push(performance.now() - t);
}
const ours = median(times);
// The same with the command line's hasher (node:crypto, incremental).
const cliTimes: number[] = [];
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  await verifyPdf(pdf, { trustAnchors: anchors, hasher: nodeHasher });
  cliTimes.push(performance.now() - t);
}
const oursCli = median(cliTimes);

// The unavoidable hashing: SHA-256 of the whole file (the report's hash) plus SHA-256 of the signed
// ranges, done the way each front end does it: the panes with WebCrypto for the file (beside) and
// @noble/hashes over the two ranges (no joined copy); the command line with node:crypto, both
// incremental. Also WebCrypto with the ranges joined, the fastest way in a browser, for reference.
const br = first.signatures[0]?.byteRange as [number, number, number, number];
const ranges = () => [pdf.subarray(0, br[1]), pdf.subarray(br[2], br[2] + br[3])];
const paneHashing = () =>
  Promise.all([crypto.subtle.digest('SHA-256', pdf as Uint8Array<ArrayBuffer>), incrementalHasher('SHA-256', ranges())]);
const subtle = async () => {
  await crypto.subtle.digest('SHA-256', pdf as Uint8Array<ArrayBuffer>);
  const joined = new Uint8Array(br[1] + br[3]);
  joined.set(pdf.subarray(0, br[1]), 0);
  joined.set(pdf.subarray(br[2], br[2] + br[3]), br[1]);
  await crypto.subtle.digest('SHA-256', joined);
};
const incremental = () => {
  createHash('sha256').update(pdf).digest();
  const h = createHash('sha256');
  for (const r of ranges()) h.update(r);
  h.digest();
};
const hashTimes: number[] = [];
const incTimes: number[] = [];
const paneTimes: number[] = [];
for (let i = 0; i < 30; i++) {
  let t = performance.now();
  await subtle();
  hashTimes.push(performance.now() - t);
  t = performance.now();
  incremental();
  incTimes.push(performance.now() - t);
  t = performance.now();
  await paneHashing();
  paneTimes.push(performance.now() - t);
}
const hashing = median(hashTimes);
const paneHash = median(paneTimes);
const cliHash = median(incTimes);

// Memory: the peak resident memory (the kernel's VmHWM) of a fresh process that reads the file and
// verifies it, minus that of one that only reads it: every copy counts, WebCrypto's native ones too.
const anchorFile = join(dir, 'anchor.der');
writeFileSync(anchorFile, anchors[0] as Uint8Array);
const peakOf = (mode: string) => {
  const r = spawnSync(process.execPath, [process.argv[1] as string, '--memory-child', file, anchorFile, mode], {
    encoding: 'utf8',
  });
  return Number(/VmHWM:\s*(\d+)/.exec(r.stdout)?.[1] ?? Number.NaN) * 1024;
};
const extras: number[] = [];
const cliExtras: number[] = [];
for (let i = 0; i < 5; i++) {
  const read = peakOf('read');
  extras.push(peakOf('verify') - read);
  cliExtras.push(peakOf('verify-cli') - read);
}
const extraRss = median(extras);
const cliExtraRss = median(cliExtras);

console.log(`file: ${mb(pdf.length)} (${pdf.length} bytes), verdict ${first.verdict}, signatures ${first.signatures.length}`);
console.log(
  `command line (node:crypto hasher): verifyPdf in-process median ${oursCli.toFixed(1)} ms over ${cliTimes.length} runs; unavoidable hashing (SHA-256 of the file + of the signed ranges, incremental) ${cliHash.toFixed(1)} ms; ratio ${(oursCli / cliHash).toFixed(2)}× (goal ≤ 1.5×)`,
);
console.log(
  `panes (WebCrypto for the file, @noble/hashes for the ranges): verifyPdf median ${ours.toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}); the same hashing alone ${paneHash.toFixed(1)} ms; ratio ${(ours / paneHash).toFixed(2)}×; for reference WebCrypto with the ranges joined ${hashing.toFixed(1)} ms`,
);
console.log(
  Number.isNaN(extraRss)
    ? 'memory: VmHWM not available on this system'
    : `memory: peak resident memory of verifying above reading the file: panes ${above(extraRss, pdf.length)} (goal ≤ 1 copy); command line ${above(cliExtraRss, pdf.length)} (goal ≤ ${mb(pdf.length + 8 * 1024 * 1024)}); median of 5 process triples`,
);

// pdfsig on the same file.
const probe = spawnSync('pdfsig', ['-v'], { stdio: 'ignore' });
if (probe.error) {
  console.log('pdfsig: not installed (apt-get install poppler-utils libnss3-tools): no comparison');
} else {
  const nss = join(dir, 'nss');
  mkdirSync(nss);
  const db = spawnSync('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password'], { stdio: 'ignore' });
  const args = db.error || db.status !== 0 ? [] : ['-nssdir', `sql:${nss}`];
  const ptimes: number[] = [];
  let out = '';
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    const r = spawnSync('pdfsig', [...args, '-no-ocsp', file], { encoding: 'utf8' });
    ptimes.push(performance.now() - t);
    out = r.stdout;
  }
  const theirs = median(ptimes);
  const validity = /Signature Validation: (.*)/.exec(out)?.[1] ?? '?';
  console.log(`pdfsig (process start included): median ${theirs.toFixed(1)} ms over ${ptimes.length} runs; it says: ${validity}`);
  console.log(`ratio verifyPdf in-process (command line hasher) / pdfsig: ${(oursCli / theirs).toFixed(2)}`);
  // The command line as a whole process (node start, bundle load, read, verify, print).
  const cli = join(process.cwd(), 'bin', 'upki-revoke.mjs');
  const ctimes: number[] = [];
  let status: number | null = null;
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [cli, 'verify-pdf', file, '--trust', anchorFile], { encoding: 'utf8' });
    ctimes.push(performance.now() - t);
    status = r.status;
  }
  const whole = median(ctimes);
  console.log(`upki-revoke verify-pdf (whole process): median ${whole.toFixed(1)} ms, exit ${status}; ratio to pdfsig: ${(whole / theirs).toFixed(2)}`);
}

// Hostile files (issue 9, "Bounded work"): each through the command line in its own process, wall
// time and peak memory above verifying a small plain file (goal ≤ 2 s and ≤ 4 × the file).
const plain = await plainPdf();
const plainFile = join(dir, 'plain.pdf');
writeFileSync(plainFile, plain);
const base = await runCliMeasured(['verify-pdf', plainFile, '--json']);
console.log(`hostile files (command line, one process each; baseline peak ${mb(base.peakKB * 1024)}):`);
for (const [i, h] of hostileFiles(plain).entries()) {
  const f = join(dir, `hostile-${i}.pdf`);
  const bytes = h.bytes();
  writeFileSync(f, bytes);
  const r = await runCliMeasured(['verify-pdf', f, '--json']);
  const extra = (r.peakKB - base.peakKB) * 1024;
  const verdict = (() => {
    try {
      return JSON.parse(r.stdout).verdict;
    } catch {
      return `exit ${r.code}`;
    }
  })();
  console.log(`  ${h.name}: ${mb(bytes.length)} file, ${r.ms.toFixed(0)} ms, peak ${above(extra, bytes.length)}, ${verdict}`);
}
rmSync(dir, { recursive: true, force: true });
