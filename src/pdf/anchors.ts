// The default trust anchors, generated at build time from a maintained root store
// (scripts/gen-anchors.mjs), and parsing of anchors given by the user.
import { fromBase64 } from '../bytes/base64';
import { parseCertificate } from './certs';
import { DEFAULT_ANCHORS } from './generated/anchors';
import type { Cert } from './x509';

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
