// The default trust anchors: SECOM roots Mozilla trusts for e-mail, derived by
// scripts/gen-anchors.mjs from Debian's NSS built-in roots and committed with their provenance
// (anchors.data.ts); and parsing of anchors given by the user (`--trust`).
import { fromBase64 } from '../bytes/base64';
import { DEFAULT_ANCHORS, PROVENANCE } from './anchors.data';
import { parseCertificate } from './certs';
import type { Cert } from './x509';

/** DER of the default anchors (the SECOM roots). */
export function defaultAnchorsDer(): Uint8Array[] {
  return DEFAULT_ANCHORS.map((a) => fromBase64(a.der));
}

/** Names of the default anchors, for messages. */
export function defaultAnchorNames(): string[] {
  return DEFAULT_ANCHORS.map((a) => a.name);
}

/** Where the default anchors come from (package, version, date generated). */
export function defaultAnchorsProvenance(): typeof PROVENANCE {
  return PROVENANCE;
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
