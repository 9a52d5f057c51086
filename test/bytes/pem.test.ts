import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../src/bytes/base64';
import { certificatesFromFile } from '../../src/bytes/pem';

const dir = join(import.meta.dirname, '../taskpane/fixtures');
const pemText = readFileSync(join(dir, 'code-signing.pem'), 'latin1');
const b64 =
  /-----BEGIN [A-Z ]*CERTIFICATE-----([\s\S]*?)-----END/.exec(pemText)?.[1]?.replace(/\s+/g, '') ?? '';
const der = new Uint8Array(Buffer.from(b64, 'base64'));
const text = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const armour = (label: string) =>
  `-----BEGIN ${label}-----\n${b64.replace(/(.{64})/g, '$1\n')}\n-----END ${label}-----\n`;

describe('certificatesFromFile', () => {
  it('reads DER, every PEM block (CERTIFICATE, X509 and TRUSTED labels) and bare base64', () => {
    expect(der[0]).toBe(0x30);
    expect(certificatesFromFile(der)).toEqual([der]);
    expect(certificatesFromFile(text(armour('CERTIFICATE') + armour('X509 CERTIFICATE')))).toEqual([
      der,
      der,
    ]);
    expect(certificatesFromFile(text(`junk before\n${armour('TRUSTED CERTIFICATE')}`))).toEqual([der]);
    expect(certificatesFromFile(text(toBase64(der)))).toEqual([der]);
  });

  it('finds nothing in text that is not a certificate', () => {
    expect(certificatesFromFile(text('hello'))).toEqual([]);
    expect(certificatesFromFile(text('QUJD'.repeat(40)))).toEqual([]);
  });
});
