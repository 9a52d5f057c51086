// Allowed update 2, a further signature or document timestamp: a new field with /FT /Sig whose /V
// is a new signature dictionary that was itself found and verified, appended to AcroForm /Fields,
// its widget appended to a page's /Annots. An unsigned signature field (no /V) only when its
// widget cannot show anything ("invisible").
import { type PdfDict, PdfRef, type PdfValue, refsIn, sameValue } from '../objects';
import type { ObjectStore } from '../xref';
import { type DiffContext, explainNewReachable, isNew, type RuleResult, result } from './context';

/**
 * Invisible (spec/pdf.md): a /Rect of four numbers with zero width or height, or /F with Hidden
 * (bit 2). NoView without Hidden prints, so it is visible. A /Rect (or an element of it) that is a
 * reference is resolved first; a /Rect that is not four numbers is visible.
 */
export async function isInvisible(store: ObjectStore, widget: PdfDict): Promise<boolean> {
  const f = await store.resolve(widget.get('F'));
  if (Number.isInteger(f) && ((f as number) & 2) !== 0) return true;
  const rect = await store.resolve(widget.get('Rect'));
  if (!Array.isArray(rect) || rect.length !== 4) return false;
  const r: number[] = [];
  for (const x of rect) {
    const v = await store.resolve(x);
    if (!Number.isFinite(v)) return false;
    r.push(v as number);
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
    // An indirect /Kids array of the new field is new too (pyHanko's separate-annots-kids-indir.pdf).
    const kidsRef = field.get('Kids');
    if (kidsRef instanceof PdfRef && (await isNew(ctx, kidsRef.num)))
      out.explained.set(kidsRef.num, 'signature-field');
    for (const [wn, wd] of widgetDicts) {
      widgetsOfNewFields.add(wn);
      out.explained.set(wn, 'signature-field');
      await explainNewReachable(ctx, wd.get('AP'), 'appearance', out);
      await explainNewReachable(ctx, wd.get('MK'), 'appearance', out);
    }
  }
  await filledFields(ctx, usedSignatures, out);
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

/** Widget flag Locked (PDF 32000-1 §12.5.3): the widget's properties cannot be changed. */
const LOCKED = 128;

/**
 * Decision beyond the spec's wording (as pyHanko's SigFieldModificationRule): a signature field
 * that existed unsigned in the signed revision may be signed later, as Adobe Acrobat and Reader do
 * when a second person signs a prepared field. Its dictionary (the field merged with its widget, or
 * the field and its widget kids) may change in three ways only: /V becomes a new, verified
 * signature dictionary no other field uses, /AP names new appearance objects only, and /F may gain
 * the Locked flag. Any other key, an existing object under /AP, or a field that was already signed
 * stays `modified`.
 */
async function filledFields(ctx: DiffContext, usedSignatures: Set<number>, out: RuleResult): Promise<void> {
  const form = await ctx.old.dict(ctx.oldCatalog?.get('AcroForm'));
  const roots = await ctx.old.resolve(form?.get('Fields'));
  if (!Array.isArray(roots)) return;
  type Item = { ref: PdfValue; sig: boolean; signed: boolean; depth: number };
  const queue: Item[] = roots.map((ref) => ({ ref, sig: false, signed: false, depth: 0 }));
  const seen = new Set<number>();
  while (queue.length > 0) {
    const { ref, sig: inheritedSig, signed: inheritedSigned, depth } = queue.pop() as Item;
    if (!(ref instanceof PdfRef) || seen.has(ref.num) || depth > 16) continue;
    seen.add(ref.num);
    const before = await ctx.old.dict(ref);
    if (!before) continue;
    const sig = before.name('FT') === 'Sig' || (inheritedSig && !before.map.has('FT'));
    const signed = inheritedSigned || (before.get('V') !== undefined && before.get('V') !== null);
    const kids = await ctx.old.resolve(before.get('Kids'));
    if (Array.isArray(kids)) for (const k of kids) queue.push({ ref: k, sig, signed, depth: depth + 1 });
    if (!sig || signed || !ctx.touched.has(ref.num)) continue;
    const after = await ctx.cur.dict(ref);
    const deny = (reason: string) =>
      out.violations.push({ num: ref.num, what: 'signature-appearance', reason });
    if (!after) {
      deny('a signature field of the signed document cannot be read');
      continue;
    }
    let ok = true;
    for (const key of new Set([...before.map.keys(), ...after.map.keys()])) {
      const b = before.get(key);
      const a = after.get(key);
      if (sameValue(b, a)) continue;
      // An unsigned field's /V was absent or null (`signed` above).
      if (key === 'V' && a instanceof PdfRef) {
        if (ctx.signatures.has(a.num) && !usedSignatures.has(a.num) && (await isNew(ctx, a.num))) {
          usedSignatures.add(a.num);
          out.explained.set(a.num, 'signature');
          await explainNewReachable(ctx, (await ctx.cur.dict(a))?.get('Reference'), 'signature', out);
          continue;
        }
      } else if (key === 'AP' && a !== undefined) {
        let fresh = true;
        for (const r of refsIn(a)) if (!(await isNew(ctx, r.num))) fresh = false;
        if (fresh) {
          await explainNewReachable(ctx, a, 'appearance', out);
          continue;
        }
      } else if (key === 'F' && typeof a === 'number') {
        const fb = b === undefined ? 0 : b;
        if (typeof fb === 'number' && (fb | LOCKED) === a) continue;
      }
      deny(`a signature field of the signed document was changed (${key})`);
      ok = false;
      break;
    }
    if (ok) out.explained.set(ref.num, 'signature-field');
  }
}
