// src/pdf/path.ts directly: the edges of each rule (what is just allowed, what is just refused),
// several candidate paths, anchors' own constraints, and the time a path is judged at.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnString } from '../../src/pdf/certs';
import { type PathResult, type Purpose, validatePath } from '../../src/pdf/path';
import { type Cert, parseCert } from '../../src/pdf/x509';
import { derOf, type Issued, TestPki } from './cert-pki';
import { HAVE_OPENSSL } from './fixtures';

const DAY = 86400_000;
let pki: TestPki;
const c = new Map<string, Cert>();
const issued = new Map<string, Issued>();
const cert = (name: string) => {
  const x = c.get(name);
  if (!x) throw new Error(`no certificate ${name}`);
  return x;
};

beforeAll(() => {
  if (!HAVE_OPENSSL) return;
  pki = new TestPki('path');
  const keep = (i: Issued) => {
    issued.set(i.name, i);
    c.set(i.name, parseCert(derOf(i)));
    return i;
  };
  const root = keep(pki.root('root', '/C=JP/O=Path Test/CN=Path Root'));
  const ca = { startDays: -1000 };
  const inter = keep(pki.issue('inter', '/C=JP/O=Path Test/CN=Path CA', root, { ext: 'inter', ...ca }));
  const ee = (name: string, issuer: Issued, o: Partial<Parameters<TestPki['issue']>[3]> = {}) =>
    keep(pki.issue(name, `/CN=${name}@univ.example.ac.jp`, issuer, { ext: 'ee', kind: 'ec', ...o }));
  ee('good', inter);
  ee('bare', inter, { ext: 'ee_bare' });
  ee('p384', inter, { curve: 'P-384' });
  ee('k1', inter, { curve: 'secp256k1' });
  ee('rsa-2040', inter, { kind: 'rsa', bits: 2040 });
  ee('sha384-cert', inter, { md: 'sha384' });
  ee('sha512-cert', inter, { md: 'sha512' });
  keep(pki.issue('tsa', '/C=JP/CN=Path TSA', inter, { ext: 'tsa', kind: 'ec' }));
  keep(pki.issue('tsa-nopurpose', '/C=JP/CN=Path Mail TSA', inter, { ext: 'tsa_nopurpose', kind: 'ec' }));
  // An intermediate that expired (its signer still valid) and one not yet valid.
  const old = keep(
    pki.issue('old-ca', '/C=JP/O=Path Test/CN=Old CA', root, { ext: 'inter', startDays: -900, endDays: -5 }),
  );
  ee('under-old', old, { startDays: -100 });
  const young = keep(
    pki.issue('young-ca', '/C=JP/O=Path Test/CN=Young CA', root, { ext: 'inter', startDays: 5 }),
  );
  ee('under-young', young);
  // A root that allows no intermediate, one directly under it and one through a CA.
  const tight = keep(pki.selfSigned('tight-root', '/C=JP/O=Path Test/CN=Tight Root', { ext: 'root_len0' }));
  ee('under-tight', tight);
  const tightCa = keep(
    pki.issue('tight-ca', '/C=JP/O=Path Test/CN=Tight CA', tight, { ext: 'inter_nolen', ...ca }),
  );
  ee('under-tight-ca', tightCa);
  // A root that has expired: anchors are trusted as configured (RFC 5280 §6.1.1).
  const expiredRoot = keep(
    pki.selfSigned('expired-root', '/C=JP/O=Path Test/CN=Expired Root', { startDays: -800, endDays: -10 }),
  );
  const underExpiredRoot = keep(
    pki.issue('ca-under-expired-root', '/C=JP/O=Path Test/CN=CA under Expired Root', expiredRoot, {
      ext: 'inter',
      ...ca,
    }),
  );
  ee('under-expired-root', underExpiredRoot);
  keep(pki.tamperSignature(inter, 'inter-tampered'));
  keep(pki.issue('other-root', '/C=JP/O=Other/CN=Other Root', root, { ext: 'root', ...ca }));
  ee('p521', inter, { curve: 'P-521' });
  ee('ed25519', inter, { kind: 'ed25519' });
  ee('bad-ku', inter, { ext: 'ee_badku' });
  ee('bad-bc', inter, { ext: 'ee_badbc' });
  ee('bad-eku', inter, { ext: 'ee_badeku' });
  ee('all-critical', inter, { ext: 'ee_allcrit' });
  // An anchor that is no proper CA certificate (no keyUsage): trusted as configured.
  const plainRoot = keep(
    pki.selfSigned('plain-root', '/C=JP/O=Path Test/CN=Plain Root', { ext: 'root_noku' }),
  );
  ee('under-plain-root', plainRoot);
  // Ten CAs with one name that issue each other: the search must stay bounded.
  for (let i = 0; i < 10; i++)
    keep(pki.selfSigned(`loop-${i}`, '/C=JP/O=Path Test/CN=Loop CA', { ext: 'inter_nolen', kind: 'ec' }));
  ee('under-loop', issued.get('loop-0') as Issued);
  // A second "Path CA" issued by a loop CA: the search behind it goes round the loop CAs.
  keep(
    pki.issue('loop-bridge', '/C=JP/O=Path Test/CN=Path CA', issued.get('loop-0') as Issued, {
      ext: 'inter_nolen',
      kind: 'ec',
    }),
  );
  // A CA whose basicConstraints cannot be read (a DER NULL), keyCertSign set.
  const badBcCa = keep(
    pki.issue('badbc-ca', '/C=JP/O=Path Test/CN=Unreadable BC CA', root, { ext: 'inter_badbc', ...ca }),
  );
  ee('under-badbc', badBcCa);
  // A root with pathLenConstraint 1: one intermediate below it is allowed, two are not.
  const len1 = keep(pki.selfSigned('len1-root', '/C=JP/O=Path Test/CN=Len1 Root', { ext: 'root_len1' }));
  const len1A = keep(
    pki.issue('len1-a', '/C=JP/O=Path Test/CN=Len1 CA A', len1, { ext: 'inter_nolen', kind: 'ec', ...ca }),
  );
  const len1B = keep(
    pki.issue('len1-b', '/C=JP/O=Path Test/CN=Len1 CA B', len1A, { ext: 'inter_nolen', kind: 'ec', ...ca }),
  );
  ee('under-len1-a', len1A);
  ee('under-len1-b', len1B);
  // Eight intermediates in a row under the root (deep-1 directly under it).
  let up = root;
  for (let i = 1; i <= 8; i++) {
    up = keep(
      pki.issue(`deep-${i}`, `/C=JP/O=Path Test/CN=Deep CA ${i}`, up, {
        ext: 'inter_nolen',
        kind: 'ec',
        ...ca,
      }),
    );
    if (i >= 7) ee(`under-deep-${i}`, up);
  }
  // Cross-certificates: Cross A (self-signed, and again issued by Cross B with the same key) and
  // Cross B issued by Cross A; no anchor above either.
  const crossA0 = keep(
    pki.selfSigned('cross-a0', '/C=JP/O=Path Test/CN=Cross A', { ext: 'inter_nolen', kind: 'ec' }),
  );
  const crossB = keep(
    pki.issue('cross-b', '/C=JP/O=Path Test/CN=Cross B', crossA0, { ext: 'inter_nolen', kind: 'ec', ...ca }),
  );
  keep(
    pki.issue('cross-a', '/C=JP/O=Path Test/CN=Cross A', crossB, {
      ext: 'inter_nolen',
      keyOf: crossA0,
      ...ca,
    }),
  );
  ee('under-cross', crossA0);
}, 120_000);

afterAll(() => pki?.remove());

async function check(
  end: string,
  pool: string[],
  anchors: string[] = ['root'],
  o: { date?: Date; purpose?: Purpose } = {},
): Promise<PathResult> {
  return validatePath(
    cert(end),
    pool.map(cert),
    anchors.map(cert),
    o.date ?? new Date(),
    o.purpose ?? 'signing',
  );
}

const names = (r: PathResult) => r.path.map((x) => dnString(x.subject));

describe.skipIf(!HAVE_OPENSSL)('path validation (RFC 5280, spec/pdf.md)', () => {
  it('trusts a good signer and returns the path signer → CA → anchor', async () => {
    const r = await check('good', ['inter']);
    expect(r).toMatchObject({ trusted: true });
    expect(r.failure).toBeUndefined();
    expect(names(r)).toEqual([
      'CN=good@univ.example.ac.jp',
      'CN=Path CA, O=Path Test, C=JP',
      'CN=Path Root, O=Path Test, C=JP',
    ]);
  });

  it('accepts the defaults: no keyUsage, no extKeyUsage, no basicConstraints', async () => {
    expect((await check('bare', ['inter'])).trusted).toBe(true);
  });

  it.each([
    ['p384', true, undefined],
    ['p521', true, undefined],
    ['k1', false, 'weak-key'],
    ['rsa-2040', false, 'weak-key'],
    // Neither RSA nor EC: no key the spec accepts.
    ['ed25519', false, 'weak-key'],
    ['sha384-cert', true, undefined],
    ['sha512-cert', true, undefined],
  ] as const)('%s: trusted %s (%s)', async (name, trusted, failure) => {
    const r = await check(name, ['inter']);
    expect(r.trusted).toBe(trusted);
    expect(r.failure).toBe(failure);
    if (failure) expect(r.failedCert && dnString(r.failedCert.subject)).toBe(`CN=${name}@univ.example.ac.jp`);
  });

  it('requires the timeStamping purpose of a TSA, and only of a TSA', async () => {
    expect((await check('tsa', ['inter'], ['root'], { purpose: 'timestamping' })).trusted).toBe(true);
    expect((await check('tsa-nopurpose', ['inter'], ['root'], { purpose: 'timestamping' })).failure).toBe(
      'tsa-purpose',
    );
    expect((await check('good', ['inter'], ['root'], { purpose: 'timestamping' })).failure).toBe(
      'tsa-purpose',
    );
    expect((await check('bare', ['inter'], ['root'], { purpose: 'timestamping' })).failure).toBe(
      'tsa-purpose',
    );
    // A TSA certificate (timeStamping only) is no document signer.
    expect((await check('tsa', ['inter'])).failure).toBe('ext-key-usage');
  });

  it('judges every certificate below the anchor at the date given', async () => {
    const old = await check('under-old', ['old-ca']);
    expect(old.failure).toBe('expired');
    expect(old.failedCert && dnString(old.failedCert.subject)).toBe('CN=Old CA, O=Path Test, C=JP');
    expect(
      (await check('under-old', ['old-ca'], ['root'], { date: new Date(Date.now() - 50 * DAY) })).trusted,
    ).toBe(true);
    const young = await check('under-young', ['young-ca']);
    expect(young.failure).toBe('not-yet-valid');
    expect(young.failedCert && dnString(young.failedCert.subject)).toBe('CN=Young CA, O=Path Test, C=JP');
    const good = cert('good');
    const oldCa = cert('old-ca');
    expect((await check('under-old', ['old-ca'], ['root'], { date: oldCa.notAfter })).trusted).toBe(true);
    expect(
      (await check('under-old', ['old-ca'], ['root'], { date: new Date(oldCa.notAfter.getTime() + 1000) }))
        .failure,
    ).toBe('expired');
    expect((await check('good', ['inter'], ['root'], { date: good.notBefore })).trusted).toBe(true);
    expect(
      (await check('good', ['inter'], ['root'], { date: new Date(good.notBefore.getTime() - 1000) })).failure,
    ).toBe('not-yet-valid');
  });

  it('does not judge the anchor itself (its validity, signature or key)', async () => {
    const r = await check('under-expired-root', ['ca-under-expired-root'], ['expired-root']);
    expect(r.trusted).toBe(true);
  });

  it('honours the anchor’s own pathLenConstraint', async () => {
    expect((await check('under-tight', [], ['tight-root'])).trusted).toBe(true);
    const r = await check('under-tight-ca', ['tight-ca'], ['tight-root']);
    expect(r.failure).toBe('path-length');
    expect(r.failedCert && dnString(r.failedCert.subject)).toBe('CN=Tight Root, O=Path Test, C=JP');
  });

  it('trusts a signer that is itself an anchor, within its validity', async () => {
    expect((await check('bare', [], ['bare'])).trusted).toBe(true);
    const late = new Date(cert('bare').notAfter.getTime() + DAY);
    expect((await check('bare', [], ['bare'], { date: late })).failure).toBe('expired');
  });

  it('tries every candidate issuer: a tampered copy before the good one does not hide it', async () => {
    expect((await check('good', ['inter-tampered', 'inter'])).trusted).toBe(true);
    expect((await check('good', ['inter', 'inter-tampered'])).trusted).toBe(true);
    const bad = await check('good', ['inter-tampered']);
    expect(bad.failure).toBe('bad-signature');
    expect(bad.failedCert && dnString(bad.failedCert.subject)).toBe('CN=Path CA, O=Path Test, C=JP');
  });

  it('treats a copy of the anchor among the signature’s certificates as the anchor', async () => {
    const r = await check('good', ['root', 'inter']);
    expect(r.trusted).toBe(true);
    expect(r.path).toHaveLength(3);
  });

  it('says no-path when nothing reaches an anchor, naming the furthest certificate reached', async () => {
    const r = await check('good', ['inter'], ['other-root']);
    expect(r.trusted).toBe(false);
    expect(r.failure).toBe('no-path');
    expect(names(r)).toEqual(['CN=good@univ.example.ac.jp', 'CN=Path CA, O=Path Test, C=JP']);
    expect((await check('good', [], ['other-root'])).failure).toBe('no-path');
  });

  it.each([
    ['bad-ku', 'key-usage'],
    ['bad-bc', 'signer-is-ca'],
    ['bad-eku', 'ext-key-usage'],
  ] as const)('refuses a signer whose extension cannot be read: %s gives %s', async (name, failure) => {
    expect((await check(name, ['inter'])).failure).toBe(failure);
  });

  it('processes the usual extensions even when marked critical', async () => {
    const r = await check('all-critical', ['inter']);
    expect(r.failure).toBeUndefined();
    expect(r.trusted).toBe(true);
    expect(cert('all-critical').extensions.size).toBeGreaterThanOrEqual(12);
    expect([...cert('all-critical').extensions.values()].every((e) => e.critical)).toBe(true);
  });

  it('does not hold an anchor to the CA rules (no keyUsage on the anchor)', async () => {
    expect((await check('under-plain-root', [], ['plain-root'])).trusted).toBe(true);
  });

  it('says no-path, not issuer-name, for a self-signed certificate that is no anchor', async () => {
    expect((await check('tight-root', ['tight-root'], ['root'])).failure).toBe('no-path');
  });

  it('stays bounded when CAs with one name issue each other (no anchor reachable)', async () => {
    const loops = Array.from({ length: 10 }, (_, i) => `loop-${i}`);
    const r = await check('under-loop', loops);
    expect(r.trusted).toBe(false);
    expect(r.failure).toBe('no-path');
  });

  it('stops the search after MAX_STEPS steps: a good path behind the loop of CAs is not reached', async () => {
    const loops = Array.from({ length: 10 }, (_, i) => `loop-${i}`);
    expect((await check('good', ['inter', 'loop-bridge', ...loops])).trusted).toBe(true);
    const r = await check('good', ['loop-bridge', ...loops, 'inter']);
    expect(r.trusted).toBe(false);
    expect(r.failure).toBe('no-path');
    expect(names(r).slice(0, 3)).toEqual([
      'CN=good@univ.example.ac.jp',
      'CN=Path CA, O=Path Test, C=JP',
      'CN=Loop CA, O=Path Test, C=JP',
    ]);
  });

  it('stays bounded on a hostile certificate set (many certificates with the same name)', async () => {
    const many = Array.from({ length: 200 }, () => 'inter-tampered');
    const r = await check('good', many);
    expect(r.failure).toBe('bad-signature');
  });

  it('refuses every certificate below a CA whose basicConstraints cannot be read', async () => {
    const r = await check('under-badbc', ['badbc-ca']);
    expect(r.trusted).toBe(false);
    expect(r.failure).toBe('path-length');
    expect(r.failedCert && dnString(r.failedCert.subject)).toBe('CN=Unreadable BC CA, O=Path Test, C=JP');
  });

  it('honours a positive pathLenConstraint: one intermediate below pathlen 1, not two', async () => {
    const one = await check('under-len1-a', ['len1-a'], ['len1-root']);
    expect(one.trusted).toBe(true);
    expect(one.path).toHaveLength(3);
    const two = await check('under-len1-b', ['len1-b', 'len1-a'], ['len1-root']);
    expect(two.trusted).toBe(false);
    expect(two.failure).toBe('path-length');
    expect(two.failedCert && dnString(two.failedCert.subject)).toBe('CN=Len1 Root, O=Path Test, C=JP');
  });

  it('builds paths with seven intermediates, not eight (MAX_DEPTH)', async () => {
    const deep = (n: number) => Array.from({ length: n }, (_, i) => `deep-${i + 1}`);
    const seven = await check('under-deep-7', deep(7));
    expect(seven.trusted).toBe(true);
    expect(seven.path).toHaveLength(9);
    const eight = await check('under-deep-8', deep(8));
    expect(eight.trusted).toBe(false);
    // The names chain all the way up: the path was cut short, the issuer's name is not wrong.
    expect(eight.failure).toBe('no-path');
    expect(eight.path).toHaveLength(9);
  });

  it('does not go round a cycle of cross-certificates, and says no-path (the names do chain)', async () => {
    const r = await check('under-cross', ['cross-a', 'cross-b', 'cross-a0']);
    expect(r.trusted).toBe(false);
    expect(r.failure).toBe('no-path');
    // The longest path tried, not the last one (under-cross → cross-a0 is tried after it).
    expect(names(r)).toEqual([
      'CN=under-cross@univ.example.ac.jp',
      'CN=Cross A, O=Path Test, C=JP',
      'CN=Cross B, O=Path Test, C=JP',
    ]);
    // Of two partial paths equally long, the first found (in the order of the signature's set).
    const tie = await check('good', ['inter', 'root', 'loop-bridge', 'loop-0'], ['other-root']);
    expect(tie.failure).toBe('no-path');
    expect(names(tie)).toEqual([
      'CN=good@univ.example.ac.jp',
      'CN=Path CA, O=Path Test, C=JP',
      'CN=Path Root, O=Path Test, C=JP',
    ]);
    const self = await check('tight-root', ['tight-root'], ['root']);
    expect(self.failure).toBe('no-path');
    expect(self.path).toHaveLength(1);
  });

  it('tries eight complete paths at most (MAX_PATHS): a good ninth is not reached', async () => {
    const tampered = (n: number) => Array.from({ length: n }, () => 'inter-tampered');
    expect((await check('good', [...tampered(7), 'inter'])).trusted).toBe(true);
    const r = await check('good', [...tampered(8), 'inter']);
    expect(r.trusted).toBe(false);
    expect(r.failure).toBe('bad-signature');
  });

  it('uses the first 64 certificates of the signature’s set only (MAX_POOL)', async () => {
    const unrelated = (n: number) => Array.from({ length: n }, () => 'p384');
    expect((await check('good', [...unrelated(63), 'inter'])).trusted).toBe(true);
    const r = await check('good', [...unrelated(64), 'inter']);
    expect(r.trusted).toBe(false);
    expect(r.failure).toBe('no-path');
    expect(r.path).toHaveLength(1);
  });

  it('reads its certificates from the files openssl wrote', () => {
    expect(readFileSync((issued.get('good') as Issued).cert, 'utf8')).toContain('BEGIN CERTIFICATE');
  });
});
