// The default trust anchors, generated at build time from a maintained root store
// (scripts/gen-anchors.mjs), and parsing of anchors given by the user.
import { parseCertificate } from './certs';
import { DEFAULT_ANCHORS } from './generated/anchors';
import type { Cert } from './x509';

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** DER of the default anchors (the SECOM roots). */
export function defaultAnchorsDer(): Uint8Array[] {
  return DEFAULT_ANCHORS.map((a) => fromBase64(a.der));
}

/** Names of the default anchors, for messages. */
export function defaultAnchorNames(): string[] {
  return DEFAULT_ANCHORS.map((a) => a.name);
}

let defaults: Cert[] | undefined;

export function parseAnchors(ders: Uint8Array[] | undefined): Cert[] {
  if (!ders) {
    defaults ??= defaultAnchorsDer()
      .map(parseCertificate)
      .filter((c): c is Cert => c !== undefined);
    return defaults;
  }
  return ders.map(parseCertificate).filter((c): c is Cert => c !== undefined);
}

/** DER certificates from PEM text (every CERTIFICATE block) or DER bytes. */
export function certificatesFromFile(bytes: Uint8Array): Uint8Array[] {
  let text = '';
  for (let i = 0; i < Math.min(bytes.length, 1 << 20); i++) text += String.fromCharCode(bytes[i] as number);
  const blocks = [
    ...text.matchAll(
      /-----BEGIN (?:TRUSTED )?CERTIFICATE-----([\s\S]*?)-----END (?:TRUSTED )?CERTIFICATE-----/g,
    ),
  ];
  if (blocks.length > 0) return blocks.map((m) => fromBase64((m[1] ?? '').replace(/\s+/g, '')));
  return bytes[0] === 0x30 ? [bytes] : [];
}
