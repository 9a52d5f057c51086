// The document catalog after signing: it may gain /AcroForm and /DSS, point /Metadata to a new
// stream, and carry /Extensions (direct values only: the extension level Acrobat declares for LTV).
// Every other key stays as signed. What the values of those keys may be is decided by the form,
// DSS and metadata rules.
import { PdfDict, PdfRef, refsIn, sameValue } from '../objects';
import { type DiffContext, type RuleResult, result } from './context';

const MAY_DIFFER = new Set(['AcroForm', 'DSS', 'Metadata', 'Extensions']);

export async function catalogRule(ctx: DiffContext): Promise<RuleResult> {
  const out = result();
  const root = ctx.curTrailer.get('Root');
  if (!(root instanceof PdfRef) || !ctx.touched.has(root.num)) return out;
  const before = ctx.oldCatalog;
  const after = ctx.curCatalog;
  if (!before || !after) {
    out.violations.push({ num: root.num, what: 'catalog', reason: 'the document catalog cannot be read' });
    return out;
  }
  const keys = new Set([...before.map.keys(), ...after.map.keys()]);
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    if (sameValue(b, a)) continue;
    let ok = MAY_DIFFER.has(key);
    if (key === 'AcroForm') {
      // Gained (a new dictionary), or the same reference (rewritten: the form rule judges it), or
      // a direct dictionary kept direct.
      ok =
        b === undefined
          ? a instanceof PdfRef || a instanceof PdfDict
          : b instanceof PdfDict && a instanceof PdfDict;
    }
    if (key === 'Extensions') ok = a instanceof PdfDict && refsIn(a).length === 0;
    if (key === 'DSS' || key === 'Metadata') ok = a !== undefined;
    if (!ok) {
      out.violations.push({
        num: root.num,
        what: 'catalog',
        reason: `the document catalog changed (${key})`,
      });
      return out;
    }
  }
  out.explained.set(root.num, 'catalog');
  return out;
}
