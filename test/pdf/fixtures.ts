// The PDF test fixtures, generated once per day and fixture-code version into the OS temp dir
// (shared by the test files of a run through a lock directory): a test PKI made with openssl,
// PDFs signed with poppler's pdfsig (NSS database) and with the Node signer, and attacked variants.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import type { PdfVerdict } from '../../src/pdf/index';
import {
  addDocumentTimestamp,
  appendUpdate,
  importKey,
  latin1Bytes,
  latin1Text,
  objectText,
  pageNum,
  parseCert,
  patch,
  placeholderPdf,
  type SignerKey,
  type SignOptions,
  signPlaceholder,
  stream,
  type Tsa,
  trailerInfo,
} from './signer';

export function has(cmd: string, args: string[] = ['-v']): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error;
}

export const HAVE_OPENSSL = has('openssl', ['version']);
export const HAVE_PDFSIG = has('pdfsig', ['-v']) && has('certutil', ['-H']) && has('pk12util', ['-h']);

export interface Fixture {
  name: string;
  file: string;
  verdict: PdfVerdict;
  /** What the fixture is, for test names. */
  what: string;
  /** Trust anchors (PEM files) for the check; default: the test root. */
  trust?: string[];
  /** A problem or message code the report must carry. */
  code?: string;
  /** pdfsig's signature validity is expected to differ from ours (why). */
  pdfsigDiffers?: string;
}

export interface Fixtures {
  dir: string;
  root: string;
  otherRoot: string;
  /** NSS database that trusts the test root (for pdfsig's comparison). */
  nss?: string;
  list: Fixture[];
}

const here = fileURLToPath(new URL('.', import.meta.url));

function cacheKey(): string {
  const h = createHash('sha256');
  for (const f of ['fixtures.ts', 'signer.ts']) h.update(readFileSync(join(here, f)));
  h.update(new Date().toISOString().slice(0, 10));
  h.update(String(HAVE_PDFSIG));
  return h.digest('hex').slice(0, 16);
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

/** Removes fixture sets of other days or fixture versions (older than an hour). */
function removeStale(keep: string) {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('upki-revoke-pdf-') || name === keep) continue;
    const path = join(tmpdir(), name);
    try {
      if (Date.now() - statSync(path).mtimeMs > 3600_000) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another run may be removing it too.
    }
  }
}

/** The fixtures of this run, generating them when needed (one process generates, others wait). */
export async function getFixtures(): Promise<Fixtures> {
  const dir = join(tmpdir(), `upki-revoke-pdf-${cacheKey()}`);
  const done = join(dir, 'fixtures.json');
  const lock = `${dir}.lock`;
  for (let i = 0; i < 1200; i++) {
    if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8')) as Fixtures;
    try {
      mkdirSync(lock);
    } catch {
      await sleep(100);
      continue;
    }
    const work = `${dir}.tmp-${process.pid}`;
    try {
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work, { recursive: true });
      removeStale(`upki-revoke-pdf-${cacheKey()}`);
      const f = await generate(work);
      rmSync(dir, { recursive: true, force: true });
      renameSync(work, dir);
      const fixed = JSON.stringify(f).split(work).join(dir);
      writeFileSync(done, fixed);
      return JSON.parse(fixed) as Fixtures;
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error('timed out waiting for the PDF fixtures');
}

// ---------------------------------------------------------------- test PKI (openssl)

function run(cmd: string, args: string[], cwd: string) {
  execFileSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, EMAIL: 'ca@example.jp' },
  });
}

const EXT = `
[req]
distinguished_name=dn
[dn]
[root]
basicConstraints=critical,CA:TRUE
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
[inter]
basicConstraints=critical,CA:TRUE,pathlen:0
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
[ee]
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation,keyEncipherment
extendedKeyUsage=emailProtection,clientAuth
subjectAltName=email:$ENV::EMAIL
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
[tsa]
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=critical,timeStamping
[ee_noku]
basicConstraints=CA:FALSE
keyUsage=critical,keyEncipherment
subjectAltName=email:$ENV::EMAIL
`;

interface Issued {
  cert: string;
  key: string;
  pkcs8: string;
}

class Pki {
  constructor(readonly dir: string) {
    writeFileSync(join(dir, 'ext.cnf'), EXT);
    writeFileSync(join(dir, 'ca.cnf'), caConfig(dir));
    mkdirSync(join(dir, 'newcerts'), { recursive: true });
    writeFileSync(join(dir, 'index.txt'), '');
    writeFileSync(join(dir, 'serial'), '1000\n');
  }

  private key(name: string, kind: 'rsa' | 'ec') {
    const key = join(this.dir, `${name}.key`);
    if (kind === 'rsa')
      run(
        'openssl',
        ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', key],
        this.dir,
      );
    else
      run(
        'openssl',
        ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key],
        this.dir,
      );
    const pkcs8 = join(this.dir, `${name}.p8`);
    run('openssl', ['pkcs8', '-topk8', '-nocrypt', '-in', key, '-outform', 'DER', '-out', pkcs8], this.dir);
    return { key, pkcs8 };
  }

  root(name: string, subj: string): Issued {
    const { key, pkcs8 } = this.key(name, 'rsa');
    const cert = join(this.dir, `${name}.pem`);
    run(
      'openssl',
      [
        'req',
        '-x509',
        '-new',
        '-key',
        key,
        '-out',
        cert,
        '-subj',
        subj,
        '-days',
        '3650',
        '-config',
        join(this.dir, 'ext.cnf'),
        '-extensions',
        'root',
      ],
      this.dir,
    );
    return { cert, key, pkcs8 };
  }

  issue(
    name: string,
    subj: string,
    issuer: Issued,
    o: { ext: string; kind?: 'rsa' | 'ec'; email?: string; start?: string; end?: string },
  ): Issued {
    const { key, pkcs8 } = this.key(name, o.kind ?? 'rsa');
    const csr = join(this.dir, `${name}.csr`);
    const cert = join(this.dir, `${name}.pem`);
    run(
      'openssl',
      ['req', '-new', '-key', key, '-out', csr, '-subj', subj, '-config', join(this.dir, 'ext.cnf')],
      this.dir,
    );
    const start =
      o.start ?? `${new Date(Date.now() - 86400_000).toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
    const end =
      o.end ?? `${new Date(Date.now() + 365 * 86400_000).toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
    execFileSync(
      'openssl',
      [
        'ca',
        '-batch',
        '-notext',
        '-preserveDN',
        '-config',
        join(this.dir, 'ca.cnf'),
        '-cert',
        issuer.cert,
        '-keyfile',
        issuer.key,
        '-in',
        csr,
        '-out',
        cert,
        '-startdate',
        start,
        '-enddate',
        end,
        '-extfile',
        join(this.dir, 'ext.cnf'),
        '-extensions',
        o.ext,
      ],
      {
        cwd: this.dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, EMAIL: o.email ?? 'ca@example.jp' },
      },
    );
    return { cert, key, pkcs8 };
  }
}

function caConfig(dir: string): string {
  return `[ca]
default_ca = CA_default
[CA_default]
dir = ${dir}
database = ${dir}/index.txt
new_certs_dir = ${dir}/newcerts
serial = ${dir}/serial
default_md = sha256
policy = policy_any
unique_subject = no
preserve = yes
email_in_dn = yes
[policy_any]
commonName = supplied
countryName = optional
organizationName = optional
[req]
distinguished_name = dn
[dn]
`;
}

async function signerKey(i: Issued, chain: Issued[], kind: 'rsa' | 'ec', hash: string): Promise<SignerKey> {
  return {
    privateKey: await importKey(new Uint8Array(readFileSync(i.pkcs8)), kind, hash),
    cert: parseCert(readFileSync(i.cert, 'utf8')),
    chain: chain.map((c) => parseCert(readFileSync(c.cert, 'utf8'))),
  };
}

// ---------------------------------------------------------------- attacks

function replaceSame(
  pdf: Uint8Array,
  re: RegExp,
  f: (m: string) => string,
  occurrence: 'first' | 'last' = 'last',
): Uint8Array {
  const t = latin1Text(pdf);
  const all = [...t.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))];
  const m = occurrence === 'last' ? all[all.length - 1] : all[0];
  if (!m || m.index === undefined) throw new Error(`pattern ${re} not found`);
  const r = f(m[0]);
  if (r.length !== m[0].length) throw new Error('replacement changes the length');
  return patch(pdf, m.index, r);
}

function byteRangeOf(pdf: Uint8Array): { at: number; text: string; br: number[] } {
  const t = latin1Text(pdf);
  const re = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  let last: RegExpExecArray | undefined;
  for (const m of t.matchAll(re)) last = m as RegExpExecArray;
  if (!last) throw new Error('no ByteRange');
  return { at: last.index, text: last[0], br: last.slice(1, 5).map(Number) };
}

const attacks: Record<
  string,
  { what: string; verdict: PdfVerdict; code?: string; make: (pdf: Uint8Array) => Uint8Array }
> = {
  'byte-changed': {
    what: 'one byte changed under the signature',
    verdict: 'broken',
    code: 'cms-digest-mismatch',
    make: (pdf) => {
      const { br } = byteRangeOf(pdf);
      const t = latin1Text(pdf);
      const at = t.indexOf('/Type /Catalog');
      if (at < 0 || at > (br[1] as number)) throw new Error('no catalog in the first range');
      return patch(pdf, at + 1, 't'); // /Type → /type
    },
  },
  'page-update': {
    what: 'incremental update replacing the page content after signing',
    verdict: 'modified',
    code: 'mod.changed',
    make: (pdf) => {
      const page = pageNum(pdf);
      const { size } = trailerInfo(pdf);
      const body = objectText(pdf, page).replace(
        /\/Contents\s*(\[[^\]]*\]|\d+ \d+ R)/,
        `/Contents ${size} 0 R`,
      );
      return appendUpdate(pdf, [
        { num: size, body: stream('', 'BT /F1 36 Tf 50 700 Td (APPROVED 1,000,000 JPY) Tj ET') },
        { num: page, body },
      ]);
    },
  },
  'annotation-added': {
    what: 'incremental update adding an annotation to the page',
    verdict: 'modified',
    make: (pdf) => {
      const page = pageNum(pdf);
      const { size } = trailerInfo(pdf);
      let body = objectText(pdf, page);
      body = /\/Annots\s*\[/.test(body)
        ? body.replace(/\/Annots\s*\[/, `/Annots [ ${size} 0 R `)
        : body.replace(/>>\s*$/, `/Annots [ ${size} 0 R ] >>`);
      return appendUpdate(pdf, [
        {
          num: size,
          body: '<< /Type /Annot /Subtype /FreeText /Rect [50 600 400 650] /Contents (Paid) /DA (/Helv 24 Tf) >>',
        },
        { num: page, body },
      ]);
    },
  },
  'visible-unsigned-field': {
    what: 'incremental update adding a visible signature field with an appearance but no signature',
    verdict: 'modified',
    make: (pdf) => {
      const page = pageNum(pdf);
      const { size } = trailerInfo(pdf);
      let body = objectText(pdf, page);
      body = /\/Annots\s*\[/.test(body)
        ? body.replace(/\/Annots\s*\[/, `/Annots [ ${size} 0 R `)
        : body.replace(/>>\s*$/, `/Annots [ ${size} 0 R ] >>`);
      return appendUpdate(pdf, [
        {
          num: size,
          body: `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Fake) /Rect [0 0 595 842] /F 4 /AP << /N ${size + 1} 0 R >> >>`,
        },
        {
          num: size + 1,
          body: stream('/Type /XObject /Subtype /Form /BBox [0 0 595 842]', '1 1 1 rg 0 0 595 842 re f'),
        },
        { num: page, body },
      ]);
    },
  },
  'zeroed-contents': {
    what: 'universal signature forgery: /Contents zeroed',
    verdict: 'broken',
    code: 'sig.contents-missing',
    make: (pdf) =>
      replaceSame(pdf, /\/Contents\s*<[0-9a-fA-F]+>/, (m) =>
        m.replace(/<[0-9a-fA-F]+>/, (h) => `<${'0'.repeat(h.length - 2)}>`),
      ),
  },
  'no-byterange': {
    what: 'universal signature forgery: /ByteRange removed',
    verdict: 'broken',
    code: 'sig.field-without-dictionary',
    make: (pdf) => {
      const { at, text } = byteRangeOf(pdf);
      return patch(pdf, at, ' '.repeat(text.length));
    },
  },
  'byterange-mismatch': {
    what: 'a byte range that does not match its own /Contents',
    verdict: 'broken',
    code: 'sig.hole-mismatch',
    make: (pdf) => {
      const { at, text, br } = byteRangeOf(pdf);
      const [a, b, c, d] = br as [number, number, number, number];
      const r = `/ByteRange [${a} ${b - 10} ${c} ${d}]`.padEnd(text.length, ' ');
      return patch(pdf, at, r);
    },
  },
  'trailing-bytes': {
    what: 'bytes after the signed %%EOF',
    verdict: 'modified',
    code: 'mod.trailing-bytes',
    make: (pdf) => {
      const extra = latin1Bytes('\n% appended after signing\nBT (hidden) Tj ET\n');
      const out = new Uint8Array(pdf.length + extra.length);
      out.set(pdf);
      out.set(extra, pdf.length);
      return out;
    },
  },
  'objects-without-xref': {
    what: 'objects appended after signing without a cross-reference section',
    verdict: 'modified',
    make: (pdf) => {
      const { size } = trailerInfo(pdf);
      const extra = latin1Bytes(
        `\n${size} 0 obj\n<< /Type /Annot /Subtype /Text /Rect [0 0 10 10] >>\nendobj\n`,
      );
      const out = new Uint8Array(pdf.length + extra.length);
      out.set(pdf);
      out.set(extra, pdf.length);
      return out;
    },
  },
  'open-action': {
    what: 'incremental update giving the catalog an /OpenAction',
    verdict: 'modified',
    make: (pdf) => {
      const { root } = trailerInfo(pdf);
      const catalog = objectText(pdf, root).replace(
        /^<</,
        '<< /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>',
      );
      return appendUpdate(pdf, [{ num: root, body: catalog }]);
    },
  },
  'title-changed': {
    what: 'incremental update changing the document title shown by viewers',
    verdict: 'modified',
    make: (pdf) => {
      const { size } = trailerInfo(pdf);
      return appendUpdate(
        pdf,
        [{ num: size, body: '<< /Title (Approved) /ModDate (D:20300101000000Z) >>' }],
        `/Info ${size} 0 R `,
      );
    },
  },
  'double-eol': {
    what: 'two end-of-line bytes after the signed %%EOF',
    verdict: 'modified',
    make: (pdf) => {
      const out = new Uint8Array(pdf.length + 2);
      out.set(pdf);
      out.set([0x0a, 0x0a], pdf.length);
      return out;
    },
  },
  truncated: {
    what: 'truncated file',
    verdict: 'error',
    code: 'error.truncated',
    make: (pdf) => pdf.slice(0, Math.floor(pdf.length * 0.6)),
  },
};

/** An allowed update: a /DSS with the signer's certificates (what Acrobat adds for LTV). */
function dssUpdate(pdf: Uint8Array, certDers: Uint8Array[]): Uint8Array {
  const { root, size } = trailerInfo(pdf);
  const catalog = objectText(pdf, root).replace(/^<</, `<< /DSS ${size} 0 R`);
  const certObjs = certDers.map((der, i) => ({ num: size + 1 + i, body: stream('', der) }));
  return appendUpdate(pdf, [
    { num: size, body: `<< /Type /DSS /Certs [ ${certObjs.map((o) => `${o.num} 0 R`).join(' ')} ] >>` },
    ...certObjs,
    { num: root, body: catalog },
  ]);
}

// ---------------------------------------------------------------- generation

async function generate(dir: string): Promise<Fixtures> {
  const list: Fixture[] = [];
  const add = (name: string, bytes: Uint8Array, f: Omit<Fixture, 'name' | 'file'>) => {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, bytes);
    list.push({ name, file, ...f });
  };
  const pkiDir = join(dir, 'pki');
  mkdirSync(pkiDir);
  const pki = new Pki(pkiDir);
  const root = pki.root('root', '/C=JP/O=Test Trust/CN=Test Root CA');
  const inter = pki.issue('inter', '/C=JP/O=Test Trust/CN=Test SMIME CA', root, {
    ext: 'inter',
    start: '20190101000000Z',
  });
  const officer = pki.issue('officer', '/CN=officer@univ.example.ac.jp', inter, {
    ext: 'ee',
    email: 'officer@univ.example.ac.jp',
  });
  const officerEc = pki.issue('officer-ec', '/CN=ec.officer@univ.example.ac.jp', inter, {
    ext: 'ee',
    kind: 'ec',
    email: 'ec.officer@univ.example.ac.jp',
  });
  const expired = pki.issue('expired', '/CN=expired@univ.example.ac.jp', inter, {
    ext: 'ee',
    email: 'expired@univ.example.ac.jp',
    start: '20200101000000Z',
    end: '20210101000000Z',
  });
  const noKu = pki.issue('noku', '/CN=noku@univ.example.ac.jp', inter, {
    ext: 'ee_noku',
    email: 'noku@univ.example.ac.jp',
  });
  const tsaCert = pki.issue('tsa', '/C=JP/O=Test Trust/CN=Test TSA', root, {
    ext: 'tsa',
    start: '20190101000000Z',
  });
  const other = pki.root('other-root', '/C=JP/O=Other Trust/CN=Other Root CA');
  const otherSigner = pki.issue('other-signer', '/CN=someone@other.example.jp', other, {
    ext: 'ee',
    email: 'someone@other.example.jp',
  });

  // Plain, unsigned, not a PDF, encrypted.
  const plainDoc = await PDFDocument.create();
  plainDoc.addPage([595, 842]).drawText('Sealed form (scan)', { x: 50, y: 780 });
  const plain = await plainDoc.save({ useObjectStreams: false });
  add('plain', plain, {
    verdict: 'unsigned',
    what: 'a PDF without signature (scanned seal)',
    code: 'verdict.unsigned',
  });
  const plainObjStm = await plainDoc.save({ useObjectStreams: true });
  add('plain-objstm', plainObjStm, {
    verdict: 'unsigned',
    what: 'an unsigned PDF with object and xref streams',
  });
  add('not-pdf', latin1Bytes('\x89PNG\r\n\x1a\n this is not a PDF at all'), {
    verdict: 'error',
    what: 'not a PDF',
    code: 'error.not-pdf',
  });
  add(
    'encrypted',
    appendUpdate(
      plain,
      [{ num: 90, body: '<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >>' }],
      '/Encrypt 90 0 R ',
    ),
    {
      verdict: 'error',
      what: 'an encrypted PDF',
      code: 'error.encrypted',
      pdfsigDiffers: 'not a real encryption: pdfsig only fails to open it',
    },
  );

  // Node signer.
  const chain = [inter];
  const sign = async (
    i: Issued,
    kind: 'rsa' | 'ec',
    o: SignOptions & { subFilter?: string } = {},
    ch = chain,
  ) => {
    const key = await signerKey(i, ch, kind, o.hash ?? 'SHA-256');
    return signPlaceholder(await placeholderPdf({ subFilter: o.subFilter }), key, o);
  };
  const nodeRsa = await sign(officer, 'rsa');
  add('node-rsa', nodeRsa, {
    verdict: 'valid',
    what: 'Node signer, RSA, SHA-256, adbe.pkcs7.detached',
    code: 'verdict.valid',
  });
  add('node-cades', await sign(officer, 'rsa', { subFilter: 'ETSI.CAdES.detached', cades: true }), {
    verdict: 'valid',
    what: 'Node signer, ETSI.CAdES.detached with signingCertificateV2',
  });
  add('node-ecdsa', await sign(officerEc, 'ec', { hash: 'SHA-384' }), {
    verdict: 'valid',
    what: 'Node signer, ECDSA P-256, SHA-384',
  });
  add('node-sha512', await sign(officer, 'rsa', { hash: 'SHA-512' }), {
    verdict: 'valid',
    what: 'Node signer, RSA, SHA-512',
  });
  add('node-no-signed-attrs', await sign(officer, 'rsa', { signedAttrs: false }), {
    verdict: 'valid',
    what: 'Node signer, no signed attributes',
  });
  add('node-padding-garbage', await sign(officer, 'rsa', { paddingGarbage: true }), {
    verdict: 'valid',
    what: 'non-zero bytes in the /Contents padding (warned)',
    code: 'sig.padding-garbage',
  });
  add('node-expired', await sign(expired, 'rsa'), {
    verdict: 'untrusted',
    what: 'signer certificate expired at signing time',
    code: 'chain.expired',
  });
  add('node-key-usage', await sign(noKu, 'rsa'), {
    verdict: 'untrusted',
    what: 'signer certificate without digitalSignature/nonRepudiation',
    code: 'chain.key-usage',
  });
  add('node-other-root', await sign(otherSigner, 'rsa', {}, []), {
    verdict: 'untrusted',
    what: 'signer from another root',
    code: 'chain.no-path',
  });
  add('node-rsa-default-anchors', nodeRsa, {
    verdict: 'untrusted',
    what: 'test signer checked against the default (SECOM) anchors',
    trust: [],
    code: 'chain.no-path',
  });
  add('node-rsa-other-trust', nodeRsa, {
    verdict: 'untrusted',
    what: '--trust replaces the anchors: the other root only',
    trust: [other.cert],
  });
  const tsaAt = async (genTime: Date): Promise<Tsa> => ({
    ...(await signerKey(tsaCert, [], 'rsa', 'SHA-256')),
    genTime,
  });
  add('node-signature-timestamp', await sign(officer, 'rsa', { tsa: await tsaAt(new Date()) }), {
    verdict: 'valid',
    what: 'a signature timestamp from a trusted TSA sets the check date',
  });
  add(
    'node-expired-timestamped',
    await sign(expired, 'rsa', {
      tsa: await tsaAt(new Date('2020-06-01T00:00:00Z')),
      signingTime: new Date('2020-06-01T00:00:00Z'),
    }),
    { verdict: 'valid', what: 'a signer expired now, but timestamped while valid (long-term validation)' },
  );
  add('node-doc-timestamp', await addDocumentTimestamp(nodeRsa, await tsaAt(new Date())), {
    verdict: 'valid',
    what: 'an appended document timestamp (allowed update)',
    code: 'mod.allowed-updates',
    pdfsigDiffers: 'pdfsig 22.12 cannot validate ETSI.RFC3161 document timestamps ("not yet verified")',
  });
  add('node-timestamp-only', await addDocumentTimestamp(plain, await tsaAt(new Date())), {
    verdict: 'untrusted',
    what: 'a document timestamp but no signature',
    code: 'chain.timestamp-only',
    pdfsigDiffers: 'pdfsig 22.12 cannot validate ETSI.RFC3161 document timestamps',
  });
  const certDers = [officer, inter].map(
    (i) =>
      new Uint8Array(Buffer.from(readFileSync(i.cert, 'utf8').replace(/-----[^-]+-----|\s/g, ''), 'base64')),
  );
  const withDss = dssUpdate(nodeRsa, certDers);
  add('node-dss', withDss, {
    verdict: 'valid',
    what: 'an appended /DSS update (allowed)',
    code: 'mod.allowed-updates',
  });
  add('node-dss-then-page', attacks['page-update']?.make(withDss) as Uint8Array, {
    verdict: 'modified',
    what: 'a /DSS update, then a page change',
  });
  const resaved = await (await PDFDocument.load(nodeRsa)).save();
  add('node-resaved', resaved, {
    verdict: 'broken',
    what: 're-saved by pdf-lib (signature dictionary moved into an object stream)',
    code: 'sig.field-without-dictionary',
    pdfsigDiffers: 'pdfsig cannot find the dictionary either and lists no signature',
  });
  for (const [name, a] of Object.entries(attacks)) {
    add(`node-${name}`, a.make(nodeRsa), { verdict: a.verdict, what: a.what, code: a.code });
  }

  // pdfsig (poppler) with an NSS database.
  let nss: string | undefined;
  if (HAVE_PDFSIG) {
    const db = join(dir, 'nss');
    const vdb = join(dir, 'nss-verify');
    mkdirSync(db);
    mkdirSync(vdb);
    run('certutil', ['-N', '-d', `sql:${db}`, '--empty-password'], dir);
    run('certutil', ['-N', '-d', `sql:${vdb}`, '--empty-password'], dir);
    run('certutil', ['-A', '-d', `sql:${vdb}`, '-n', 'test-root', '-t', 'CT,C,C', '-i', root.cert], dir);
    for (const [nick, i, ca] of [
      ['officer', officer, inter],
      ['expired', expired, inter],
      ['other', otherSigner, other],
    ] as const) {
      const p12 = join(pkiDir, `${nick}.p12`);
      run(
        'openssl',
        [
          'pkcs12',
          '-export',
          '-inkey',
          i.key,
          '-in',
          i.cert,
          '-certfile',
          ca.cert,
          '-out',
          p12,
          '-passout',
          'pass:pw',
          '-name',
          nick,
        ],
        dir,
      );
      run('pk12util', ['-i', p12, '-d', `sql:${db}`, '-W', 'pw'], dir);
    }
    const plainFile = join(dir, 'plain.pdf');
    const pdfsig = (input: string, out: string, nick: string, extra: string[] = []) => {
      run('pdfsig', ['-nssdir', `sql:${db}`, '-add-signature', '-nick', nick, ...extra, input, out], dir);
      return new Uint8Array(readFileSync(out));
    };
    const ps = pdfsig(plainFile, join(dir, 'pdfsig-rsa.pdf'), 'officer', [
      '-new-signature-field-name',
      'Signature1',
    ]);
    list.push({
      name: 'pdfsig-rsa',
      file: join(dir, 'pdfsig-rsa.pdf'),
      verdict: 'valid',
      what: 'pdfsig, adbe.pkcs7.detached',
    });
    // pdfsig 22.12 signs only adbe.pkcs7.detached with SHA-256 (-etsi and -digest are refused with
    // -add-signature): the Node signer makes CAdES and the other digests.
    pdfsig(join(dir, 'pdfsig-rsa.pdf'), join(dir, 'pdfsig-two.pdf'), 'officer', [
      '-new-signature-field-name',
      'Signature2',
    ]);
    list.push({
      name: 'pdfsig-two',
      file: join(dir, 'pdfsig-two.pdf'),
      verdict: 'valid',
      what: 'two signatures (pdfsig twice)',
      code: 'mod.multiple-signatures',
    });
    pdfsig(plainFile, join(dir, 'pdfsig-other.pdf'), 'other');
    list.push({
      name: 'pdfsig-other',
      file: join(dir, 'pdfsig-other.pdf'),
      verdict: 'untrusted',
      what: 'pdfsig, signer from another root',
      code: 'chain.no-path',
    });
    try {
      pdfsig(plainFile, join(dir, 'pdfsig-expired.pdf'), 'expired');
      list.push({
        name: 'pdfsig-expired',
        file: join(dir, 'pdfsig-expired.pdf'),
        verdict: 'untrusted',
        what: 'pdfsig, expired signer',
        code: 'chain.expired',
      });
    } catch {
      // NSS may refuse to sign with an expired certificate; the Node signer covers the case.
    }
    // Other signed, then signed again by the officer: the first signature is untrusted.
    pdfsig(join(dir, 'pdfsig-other.pdf'), join(dir, 'pdfsig-other-then-officer.pdf'), 'officer', [
      '-new-signature-field-name',
      'Signature2',
    ]);
    list.push({
      name: 'pdfsig-other-then-officer',
      file: join(dir, 'pdfsig-other-then-officer.pdf'),
      verdict: 'untrusted',
      what: 'two signatures, the first by an untrusted signer',
    });
    for (const [name, a] of Object.entries(attacks)) {
      add(`pdfsig-${name}`, a.make(ps), { verdict: a.verdict, what: `pdfsig file: ${a.what}`, code: a.code });
    }
    nss = vdb;
  }
  return { dir, root: root.cert, otherRoot: other.cert, nss, list };
}
