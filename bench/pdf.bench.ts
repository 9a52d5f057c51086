// `npm run bench`: in-process verification of a ~6 MB signed PDF (median of many runs), poppler's
// pdfsig on the same file (process start included) side by side, and the memory used.
// Prints figures only; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { verifyPdf } from '../src/pdf/index';
import { placeholderPdf, signPlaceholder } from '../test/pdf/signer';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function selfSigned(): Promise<{ privateKey: CryptoKey; cert: pkijs.Certificate }> {
  const alg = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
  const keys = (await crypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ value: 1 });
  const name = new pkijs.AttributeTypeAndValue({
    type: '2.5.4.3',
    value: new asn1js.Utf8String({ value: 'bench@univ.example.ac.jp' }),
  });
  cert.subject.typesAndValues.push(name);
  cert.issuer.typesAndValues.push(name);
  cert.notBefore.value = new Date(Date.now() - 86400_000);
  cert.notAfter.value = new Date(Date.now() + 365 * 86400_000);
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey);
  await cert.sign(keys.privateKey, 'SHA-256');
  return { privateKey: keys.privateKey, cert };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const { privateKey, cert } = await selfSigned();
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

// Memory: peak ArrayBuffer memory above the file itself while verifying (sampled between tasks).
// RSS also counts the copies WebCrypto makes natively.
gc();
const base = process.memoryUsage();
let peak = base.arrayBuffers;
let peakRss = base.rss;
let sampling = true;
const sample = () => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.arrayBuffers);
  peakRss = Math.max(peakRss, m.rss);
  if (sampling) setImmediate(sample);
};
sample();
await verifyPdf(pdf, { trustAnchors: anchors });
sample();
sampling = false;
const extra = peak - base.arrayBuffers;
const extraRss = peakRss - base.rss;

console.log(`file: ${mb(pdf.length)} (${pdf.length} bytes), verdict ${first.verdict}, signatures ${first.signatures.length}`);
console.log(`verifyPdf (in-process): median ${ours.toFixed(1)} ms over ${times.length} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
console.log(
  `memory: peak extra ArrayBuffer ${mb(extra)} = ${(extra / pdf.length).toFixed(2)} × the file; peak extra RSS ${mb(extraRss)} = ${(extraRss / pdf.length).toFixed(2)} × the file`,
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
  console.log(`ratio verifyPdf / pdfsig: ${(ours / theirs).toFixed(2)}`);
}
rmSync(dir, { recursive: true, force: true });
