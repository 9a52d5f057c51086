/** Certificates from a file: PEM (every CERTIFICATE block), bare base64, or DER. */
import { fromBase64 } from './base64';

const PEM_CERTIFICATE =
  /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----([\s\S]*?)-----END (?:X509 |TRUSTED )?CERTIFICATE-----/g;

/** Latin-1 text of the first `max` bytes (PEM is ASCII; a DER file stays binary). */
export function latin1Head(bytes: Uint8Array, max = 1 << 20): string {
  let text = '';
  const end = Math.min(bytes.length, max);
  for (let i = 0; i < end; i += 4096) {
    text += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 4096)));
  }
  return text;
}

/** The DER of every certificate in the file; [] when it holds none. */
export function certificatesFromFile(bytes: Uint8Array): Uint8Array[] {
  const text = latin1Head(bytes);
  const blocks = [...text.matchAll(PEM_CERTIFICATE)];
  if (blocks.length > 0) return blocks.map((m) => fromBase64(m[1] ?? ''));
  // Bare base64 without PEM armour (as some tools export a .cer).
  if (/^\s*[A-Za-z0-9+/=\s]+$/.test(text) && text.trim().length > 100) {
    const der = fromBase64(text);
    return der[0] === 0x30 ? [der] : [];
  }
  return bytes[0] === 0x30 ? [bytes] : [];
}
