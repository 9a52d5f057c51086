// Hashing the signed byte ranges without copying them, where no faster hasher is injected (the
// panes). WebCrypto's digest() takes one buffer and copies it (WebCrypto spec: "get a copy of the
// bytes held by the data parameter"), so hashing the two ranges through it meant joining them
// (one copy of almost the whole file) and then WebCrypto copying that again: with the file's own
// hash running beside it, a pane held the file three more times. @noble/hashes (audited, no
// dependencies) hashes the ranges part by part over views of the file: no copy at all; slower
// than native (≈ 150 MB/s in V8 here against ≈ 300 MB/s) but the pane's peak stays at the file plus
// the one copy WebCrypto makes for the file's hash. The command line injects node:crypto instead
// (src/cli/verify-pdf.ts), which is both.
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import type { PdfDigestAlgorithm, PdfHasher } from './types';

const HASHES = { 'SHA-1': sha1, 'SHA-256': sha256, 'SHA-384': sha384, 'SHA-512': sha512 } as const;

/** Hashes the concatenation of `parts` incrementally, over the parts themselves. */
export const incrementalHasher: PdfHasher = async (algorithm: PdfDigestAlgorithm, parts: Uint8Array[]) => {
  const h = HASHES[algorithm].create();
  for (const p of parts) h.update(p);
  return h.digest();
};
