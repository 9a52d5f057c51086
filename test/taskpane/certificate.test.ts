import { readFileSync } from 'node:fs';
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
});
