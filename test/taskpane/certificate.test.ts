import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CertificateFileError, readCertificate } from '../../src/taskpane/excel/certificate';

const fixture = (f: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${f}`, import.meta.url)));

describe('readCertificate', () => {
  it.each(['code-signing.pem', 'code-signing.cer'])(
    'reads serial, subject and end of validity from %s',
    (f) => {
      const c = readCertificate(fixture(f));
      expect(c).toMatchObject({
        serial: 'A1B2C3D4E5F60718',
        cn: 'Shinsei University',
        o: 'Shinsei University',
        l: 'Chiyoda-ku',
        st: 'Tokyo',
        c: 'JP',
      });
      expect(c.notAfter).toMatch(/^2036\/11\/2[23]$/);
    },
  );

  it('refuses a file holding a private key', () => {
    const pem = new TextEncoder().encode('-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n');
    expect(() => readCertificate(pem)).toThrow(CertificateFileError);
    try {
      readCertificate(pem);
    } catch (e) {
      expect((e as CertificateFileError).code).toBe('private-key');
    }
  });

  it('says when a file is not a certificate', () => {
    expect(() => readCertificate(new TextEncoder().encode('hello'))).toThrow(CertificateFileError);
  });

  it('refuses a PKCS#12 file (SEQUENCE { INTEGER 3, … }) as holding a private key', () => {
    const p12 = new Uint8Array([0x30, 0x05, 0x02, 0x01, 0x03, 0x30, 0x00]);
    expect(() => readCertificate(p12)).toThrow(expect.objectContaining({ code: 'private-key' }));
  });
});

describe('shipped code', () => {
  it('imports neither pkijs nor asn1js (dev dependencies only)', () => {
    const files = readdirSync(join(import.meta.dirname, '../../src'), {
      recursive: true,
      encoding: 'utf8',
    }).filter((f) => /\.tsx?$/.test(f));
    const offenders = files.filter((f) =>
      /from '(pkijs|asn1js)'|import\('(pkijs|asn1js)'\)/.test(
        readFileSync(join(import.meta.dirname, '../../src', f), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
