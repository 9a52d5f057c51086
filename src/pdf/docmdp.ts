// Certification signatures (spec/pdf.md "Certification signatures (DocMDP)"): the catalog's
// /Perms /DocMDP names the signature, or the signature's /Reference has /TransformMethod /DocMDP.
// P=1: no change at all after it; P=2 and P=3: the allowed updates (this contract allows no
// annotations even for P=3).
import { PdfDict, PdfRef } from './objects';
import type { ObjectStore } from './xref';

export type CertificationLevel = 1 | 2 | 3;

/** The certification level a signature dictionary sets, or undefined for an approval signature. */
export async function certificationLevel(
  store: ObjectStore,
  catalog: PdfDict | undefined,
  sig: PdfDict,
  sigNum: number | undefined,
): Promise<CertificationLevel | undefined> {
  let level: CertificationLevel | undefined;
  const refs = await store.resolve(sig.get('Reference'));
  if (Array.isArray(refs)) {
    for (const r of refs) {
      const d = await store.dict(r);
      if (d?.name('TransformMethod') !== 'DocMDP') continue;
      const params = await store.dict(d.get('TransformParams'));
      // Several DocMDP entries (only one is allowed): the strictest counts.
      const p = toLevel(await store.resolve(params?.get('P')));
      level = level === undefined ? p : (Math.min(level, p) as CertificationLevel);
    }
  }
  const perms = await store.dict(catalog?.get('Perms'));
  const docMdp = perms?.get('DocMDP');
  const named =
    (docMdp instanceof PdfRef && sigNum !== undefined && docMdp.num === sigNum) ||
    (docMdp instanceof PdfDict && docMdp === sig);
  if (named) level ??= 2;
  return level;
}

/** Absent: 2 (ISO 32000-1, 12.8.2.2); a value other than 1, 2 or 3: the strictest, 1. */
function toLevel(p: unknown): CertificationLevel {
  if (p === undefined) return 2;
  return p === 2 || p === 3 ? p : 1;
}
