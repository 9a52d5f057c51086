// A test PKI for the certificate rules (spec/pdf.md, "The signer's certificate"), made with openssl
// in a temporary directory: one root, intermediates that each break one CA rule, and signers that
// each break one end-entity rule. Every certificate is made fresh; nothing is typed in by hand.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as pkijs from 'pkijs';
import { importKey, parseCert, pemToDer, type SignerKey, type Tsa } from './signer';

const EMAIL = 'officer@univ.example.ac.jp';
const UNKNOWN_CRITICAL = '1.3.6.1.4.1.99999.1=critical,ASN1:NULL';

/** Extension sections: each breaks at most one rule. */
const EXT = `
[req]
distinguished_name=dn
[dn]
[root]
basicConstraints=critical,CA:TRUE
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
[root_len0]
basicConstraints=critical,CA:TRUE,pathlen:0
keyUsage=critical,keyCertSign,cRLSign
[root_noku]
basicConstraints=critical,CA:TRUE
[root_len1]
basicConstraints=critical,CA:TRUE,pathlen:1
keyUsage=critical,keyCertSign,cRLSign
[inter]
basicConstraints=critical,CA:TRUE,pathlen:0
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
[inter_nolen]
basicConstraints=critical,CA:TRUE
keyUsage=critical,keyCertSign,cRLSign
[inter_noksign]
basicConstraints=critical,CA:TRUE
keyUsage=critical,cRLSign
[inter_noku]
basicConstraints=critical,CA:TRUE
[inter_badbc]
2.5.29.19=critical,DER:0500
keyUsage=critical,keyCertSign,cRLSign
[inter_notca]
basicConstraints=critical,CA:FALSE
keyUsage=critical,keyCertSign,cRLSign
[inter_crit]
basicConstraints=critical,CA:TRUE
keyUsage=critical,keyCertSign,cRLSign
${UNKNOWN_CRITICAL}
[ee]
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation,keyEncipherment
extendedKeyUsage=emailProtection,clientAuth
subjectAltName=email:${EMAIL}
certificatePolicies=1.2.392.200091.100.901.1
[ee_ca]
basicConstraints=critical,CA:TRUE
keyUsage=critical,digitalSignature,nonRepudiation
extendedKeyUsage=emailProtection
[ee_server]
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
[ee_noku]
basicConstraints=CA:FALSE
keyUsage=critical,keyEncipherment,dataEncipherment
extendedKeyUsage=emailProtection
[ee_nr]
keyUsage=critical,nonRepudiation
extendedKeyUsage=1.3.6.1.5.5.7.3.36
[ee_adobe]
keyUsage=critical,digitalSignature
extendedKeyUsage=1.2.840.113583.1.1.5
[ee_ms]
extendedKeyUsage=1.3.6.1.4.1.311.10.3.12
[ee_any]
extendedKeyUsage=anyExtendedKeyUsage,serverAuth
[ee_bare]
subjectKeyIdentifier=hash
[ee_allcrit]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=critical,emailProtection
subjectKeyIdentifier=critical,hash
authorityKeyIdentifier=critical,keyid
subjectAltName=critical,email:${EMAIL}
issuerAltName=critical,email:ca@example.jp
certificatePolicies=critical,1.2.392.200091.100.901.1
crlDistributionPoints=critical,URI:http://crl.example.jp/ca.crl
freshestCRL=critical,URI:http://crl.example.jp/delta.crl
authorityInfoAccess=critical,OCSP;URI:http://ocsp.example.jp/
2.5.29.9=critical,DER:300D300B060355040C310413024142
[ee_badku]
2.5.29.15=critical,DER:0500
[ee_badbc]
2.5.29.19=critical,DER:0500
[ee_badeku]
2.5.29.37=DER:0500
[ee_crit]
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation
extendedKeyUsage=emailProtection
${UNKNOWN_CRITICAL}
[tsa]
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=critical,timeStamping
[tsa_nopurpose]
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=emailProtection
`;

/** The key's kind (Ed25519: a key the spec does not accept). */
export type KeyKind = 'rsa' | 'ec' | 'ed25519';

export interface Issued {
  name: string;
  cert: string;
  key: string;
  pkcs8: string;
  kind: KeyKind;
}

export interface IssueOptions {
  ext: string;
  kind?: KeyKind;
  bits?: number;
  /** EC curve (default P-256). */
  curve?: string;
  /** Days from now (negative: in the past). */
  startDays?: number;
  endDays?: number;
  md?: string;
  /** Reuse the key of another certificate (a second certificate for the same CA key). */
  keyOf?: Issued;
}

function stamp(days: number): string {
  return `${new Date(Date.now() + days * 86400_000).toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

export class TestPki {
  readonly dir: string;

  /**
   * `cache`: a name for a directory kept for the day and reused by later runs (mutation testing runs
   * the suite hundreds of times), keyed by this file and the date; a certificate already made there
   * is not made again. Without it, a fresh directory that `remove()` deletes.
   */
  constructor(readonly cache?: string) {
    if (cache) {
      const key = createHash('sha256')
        .update(readFileSync(fileURLToPath(import.meta.url)))
        .update(new Date().toISOString().slice(0, 10))
        .digest('hex')
        .slice(0, 12);
      this.dir = join(tmpdir(), `upki-revoke-certrules-${cache}-${key}`);
      if (existsSync(join(this.dir, 'ca.cnf'))) return;
      mkdirSync(this.dir, { recursive: true });
    } else {
      this.dir = mkdtempSync(join(tmpdir(), 'upki-revoke-certrules-'));
    }
    writeFileSync(join(this.dir, 'ext.cnf'), EXT);
    mkdirSync(join(this.dir, 'newcerts'), { recursive: true });
    writeFileSync(join(this.dir, 'index.txt'), '');
    writeFileSync(join(this.dir, 'serial'), '2000\n');
    writeFileSync(
      join(this.dir, 'ca.cnf'),
      `[ca]\ndefault_ca=d\n[d]\ndir=${this.dir}\ndatabase=${this.dir}/index.txt\nnew_certs_dir=${this.dir}/newcerts\nserial=${this.dir}/serial\ndefault_md=sha256\npolicy=p\nunique_subject=no\npreserve=yes\nemail_in_dn=no\n[p]\ncommonName=supplied\ncountryName=optional\norganizationName=optional\n`,
    );
  }

  remove() {
    if (!this.cache) rmSync(this.dir, { recursive: true, force: true });
  }

  /** The certificate made earlier under this name (cached directory), if any. */
  private made(name: string, kind: KeyKind): Issued | undefined {
    const i = {
      name,
      cert: join(this.dir, `${name}.pem`),
      key: join(this.dir, `${name}.key`),
      pkcs8: join(this.dir, `${name}.p8`),
      kind,
    };
    return this.cache && existsSync(i.cert) && statSync(i.cert).size > 0 ? i : undefined;
  }

  private openssl(args: string[]) {
    execFileSync('openssl', args, { cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  private newKey(name: string, kind: KeyKind, bits: number, curve = 'P-256'): { key: string; pkcs8: string } {
    const key = join(this.dir, `${name}.key`);
    this.openssl(
      kind === 'rsa'
        ? ['genpkey', '-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${bits}`, '-out', key]
        : kind === 'ed25519'
          ? ['genpkey', '-algorithm', 'ED25519', '-out', key]
          : ['genpkey', '-algorithm', 'EC', '-pkeyopt', `ec_paramgen_curve:${curve}`, '-out', key],
    );
    const pkcs8 = join(this.dir, `${name}.p8`);
    this.openssl(['pkcs8', '-topk8', '-nocrypt', '-in', key, '-outform', 'DER', '-out', pkcs8]);
    return { key, pkcs8 };
  }

  /** A self-signed root with its own validity (days from now) and extension section. */
  selfSigned(
    name: string,
    subj: string,
    o: { ext?: string; startDays?: number; endDays?: number; kind?: KeyKind } = {},
  ): Issued {
    const kind = o.kind ?? 'rsa';
    const done = this.made(name, kind);
    if (done) return done;
    const { key, pkcs8 } = this.newKey(name, kind, 2048);
    const csr = join(this.dir, `${name}.csr`);
    const cert = join(this.dir, `${name}.pem`);
    this.openssl(['req', '-new', '-key', key, '-out', csr, '-subj', subj, '-config', 'ext.cnf']);
    this.openssl([
      'ca',
      '-batch',
      '-notext',
      '-selfsign',
      '-preserveDN',
      '-config',
      'ca.cnf',
      '-keyfile',
      key,
      '-in',
      csr,
      '-out',
      cert,
      '-startdate',
      stamp(o.startDays ?? -1),
      '-enddate',
      stamp(o.endDays ?? 3650),
      '-extfile',
      'ext.cnf',
      '-extensions',
      o.ext ?? 'root',
    ]);
    return { name, cert, key, pkcs8, kind };
  }

  root(name: string, subj: string): Issued {
    const done = this.made(name, 'rsa');
    if (done) return done;
    const { key, pkcs8 } = this.newKey(name, 'rsa', 2048);
    const cert = join(this.dir, `${name}.pem`);
    this.openssl([
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
      'ext.cnf',
      '-extensions',
      'root',
    ]);
    return { name, cert, key, pkcs8, kind: 'rsa' };
  }

  issue(name: string, subj: string, issuer: Issued, o: IssueOptions): Issued {
    const kind = o.keyOf?.kind ?? o.kind ?? 'rsa';
    const done = this.made(name, kind);
    if (done) return o.keyOf ? { ...done, key: o.keyOf.key, pkcs8: o.keyOf.pkcs8 } : done;
    const { key, pkcs8 } = o.keyOf ?? this.newKey(name, kind, o.bits ?? 2048, o.curve);
    const csr = join(this.dir, `${name}.csr`);
    const cert = join(this.dir, `${name}.pem`);
    this.openssl(['req', '-new', '-key', key, '-out', csr, '-subj', subj, '-config', 'ext.cnf']);
    this.openssl([
      'ca',
      '-batch',
      '-notext',
      '-preserveDN',
      '-config',
      'ca.cnf',
      '-cert',
      issuer.cert,
      '-keyfile',
      issuer.key,
      '-in',
      csr,
      '-out',
      cert,
      '-md',
      o.md ?? 'sha256',
      '-startdate',
      stamp(o.startDays ?? -1),
      '-enddate',
      stamp(o.endDays ?? 365),
      '-extfile',
      'ext.cnf',
      '-extensions',
      o.ext,
    ]);
    return { name, cert, key, pkcs8, kind };
  }

  /** A copy of `c` whose signature has one byte changed (the issuer's signature no longer verifies). */
  tamperSignature(c: Issued, name: string): Issued {
    const done = this.made(name, c.kind);
    if (done) return { ...c, name, cert: done.cert };
    const der = pemToDer(readFileSync(c.cert, 'utf8'));
    der[der.length - 8] = (der[der.length - 8] as number) ^ 0x01;
    const cert = join(this.dir, `${name}.pem`);
    writeFileSync(
      cert,
      `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`,
    );
    return { ...c, name, cert };
  }
}

export function certOf(i: Issued): pkijs.Certificate {
  return parseCert(readFileSync(i.cert, 'utf8'));
}

export function derOf(i: Issued): Uint8Array {
  return pemToDer(readFileSync(i.cert, 'utf8'));
}

/** The signing key of `signer`, sending `chain` as the signature's other certificates. */
export async function keyOf(signer: Issued, chain: Issued[], hash = 'SHA-256'): Promise<SignerKey> {
  return {
    privateKey: await importKey(new Uint8Array(readFileSync(signer.pkcs8)), signer.kind, hash),
    cert: certOf(signer),
    chain: chain.map(certOf),
  };
}

export async function tsaOf(tsa: Issued, chain: Issued[], genTime: Date): Promise<Tsa> {
  return { ...(await keyOf(tsa, chain)), genTime };
}
