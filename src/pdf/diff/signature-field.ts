// Allowed update 2, a further signature or document timestamp: a new field with /FT /Sig whose /V
// is a new signature dictionary that was itself found and verified, appended to AcroForm /Fields,
// its widget appended to a page's /Annots. An unsigned signature field (no /V) only when its
// widget cannot show anything ("invisible").
import { type PdfDict, PdfRef, type PdfValue } from '../objects';
import type { ObjectStore } from '../xref';
import { type DiffContext, explainNewReachable, isNew, type RuleResult, result } from './context';

/**
 * Invisible (spec/pdf.md): a /Rect of four numbers with zero width or height, or /F with Hidden
 * (bit 2). NoView without Hidden prints, so it is visible. A /Rect (or an element of it) that is a
 * reference is resolved first; a /Rect that is not four numbers is visible.
 */
export async function isInvisible(store: ObjectStore, widget: PdfDict): Promise<boolean> {
  const f = await store.resolve(widget.get('F'));
  if (typeof f === 'number' && Number.isInteger(f) && (f & 2) !== 0) return true;
  const rect = await store.resolve(widget.get('Rect'));
  if (!Array.isArray(rect) || rect.length !== 4) return false;
  const r: number[] = [];
  for (const x of rect) {
    const v = await store.resolve(x);
    if (typeof v !== 'number' || !Number.isFinite(v)) return false;
    r.push(v);
  }
  const [x1, y1, x2, y2] = r as [number, number, number, number];
  return x1 === x2 || y1 === y2;
}

export async function signatureFieldRule(ctx: DiffContext): Promise<RuleResult> {
  const out = result();
  const widgetsOfNewFields = new Set<number>();
  const usedSignatures = new Set<number>();
  for (const f of ctx.newFields) {
    const num = f instanceof PdfRef ? f.num : undefined;
    const deny = (reason: string, what: 'signature-field' | 'form' = 'signature-field') =>
      out.violations.push({ num, what, reason });
    if (num === undefined || !(await isNew(ctx, num))) {
      deny('a form field that is not new was added to the form', 'form');
      continue;
    }
    const field = await ctx.cur.dict(f);
    if (field?.name('FT') !== 'Sig') {
      deny('a new form field that is not a signature field', 'form');
      continue;
    }
    // Its widgets: the field itself (merged) or its kids, all new.
    const kids = await ctx.cur.resolve(field.get('Kids'));
    const widgets: PdfValue[] = Array.isArray(kids) ? kids : [f];
    let ok = true;
    const widgetDicts: [number, PdfDict][] = [];
    for (const w of widgets) {
      const wd = await ctx.cur.dict(w);
      if (!(w instanceof PdfRef) || !wd || !(await isNew(ctx, w.num))) {
        ok = false;
        break;
      }
      widgetDicts.push([w.num, wd]);
    }
    if (!ok) {
      deny('a new signature field uses a widget that is not new');
      continue;
    }
    const v = field.get('V');
    if (v === undefined || v === null) {
      let visible = false;
      for (const [, wd] of widgetDicts) if (!(await isInvisible(ctx.cur, wd))) visible = true;
      if (visible) {
        deny('a visible signature field without a signature');
        continue;
      }
    } else {
      const sig = v instanceof PdfRef ? v.num : undefined;
      if (
        sig === undefined ||
        !ctx.signatures.has(sig) ||
        usedSignatures.has(sig) ||
        !(await isNew(ctx, sig))
      ) {
        deny('a new signature field whose value is not a new, verified signature');
        continue;
      }
      usedSignatures.add(sig);
      out.explained.set(sig, 'signature');
      const sd = await ctx.cur.dict(v);
      await explainNewReachable(ctx, sd?.get('Reference'), 'signature', out);
    }
    out.explained.set(num, 'signature-field');
    for (const [wn, wd] of widgetDicts) {
      widgetsOfNewFields.add(wn);
      out.explained.set(wn, 'signature-field');
      await explainNewReachable(ctx, wd.get('AP'), 'appearance', out);
      await explainNewReachable(ctx, wd.get('MK'), 'appearance', out);
    }
  }
  for (const w of ctx.newWidgets) {
    if (w instanceof PdfRef && widgetsOfNewFields.has(w.num)) continue;
    const wd = await ctx.cur.dict(w);
    const sigWidget = wd?.name('FT') === 'Sig';
    out.violations.push({
      num: w instanceof PdfRef ? w.num : undefined,
      what: sigWidget ? 'signature-field' : 'annotation',
      reason: sigWidget
        ? 'a signature widget on a page that is not a new field of the form'
        : 'a new annotation on a page',
    });
  }
  return out;
}
