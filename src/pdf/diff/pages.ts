// A page after signing may only gain widgets of new signature fields at the end of its /Annots
// (existing entries and their order unchanged); the signature-field rule judges the new widgets.
import { type PdfDict, PdfRef, type PdfValue, sameValue } from '../objects';
import { appendedOnly, type DiffContext, isNew, type RuleResult, refNum, result } from './context';

const MAX_PAGES = 100_000;

/** The page objects of the page tree (object numbers), in order. */
export async function pageNumbers(
  store: DiffContext['cur'],
  catalog: PdfDict | undefined,
): Promise<number[]> {
  const out: number[] = [];
  const seen = new Set<number>();
  const visit = async (v: PdfValue | undefined, depth: number): Promise<void> => {
    if (!(v instanceof PdfRef) || seen.has(v.num) || depth > 64 || out.length > MAX_PAGES) return;
    seen.add(v.num);
    const d = await store.dict(v);
    if (!d) return;
    if (d.name('Type') === 'Page') {
      out.push(v.num);
      return;
    }
    const kids = await store.resolve(d.get('Kids'));
    if (Array.isArray(kids)) for (const k of kids) await visit(k, depth + 1);
  };
  await visit(catalog?.get('Pages'), 0);
  return out;
}

export async function pagesRule(ctx: DiffContext): Promise<RuleResult> {
  const out = result();
  for (const n of await pageNumbers(ctx.cur, ctx.curCatalog)) {
    const before = await ctx.old.dict(new PdfRef(n, 0));
    const after = await ctx.cur.dict(new PdfRef(n, 0));
    if (!before || !after || before.name('Type') !== 'Page') continue; // a new page: unexplained
    const annotsRef = after.get('Annots');
    const annotsNum = refNum(annotsRef);
    const pageTouched = ctx.touched.has(n);
    const annotsTouched = annotsNum !== undefined && ctx.touched.has(annotsNum);
    if (!pageTouched && !annotsTouched) continue;
    const keys = new Set([...before.map.keys(), ...after.map.keys()]);
    let bad: string | undefined;
    for (const key of keys) {
      if (key !== 'Annots' && !sameValue(before.get(key), after.get(key))) bad = key;
    }
    if (bad) {
      out.violations.push({ num: n, what: 'page', reason: `a page was changed (${bad})` });
      continue;
    }
    const oldAnnots = (await ctx.old.resolve(before.get('Annots'))) ?? [];
    const curAnnots = (await ctx.cur.resolve(annotsRef)) ?? [];
    if (!Array.isArray(oldAnnots) || !Array.isArray(curAnnots)) {
      out.violations.push({ num: n, what: 'annotation', reason: 'the annotations of a page cannot be read' });
      continue;
    }
    const added = appendedOnly(oldAnnots, curAnnots, sameValue);
    if (!added) {
      const sameSet =
        oldAnnots.length <= curAnnots.length &&
        oldAnnots.every((a) => curAnnots.some((b) => sameValue(a, b)));
      out.violations.push({
        num: n,
        what: sameSet ? 'annotation-order' : 'annotation',
        reason: sameSet ? 'the order of the annotations changed' : 'annotations were removed',
      });
      continue;
    }
    ctx.newWidgets.push(...added);
    if (pageTouched) out.explained.set(n, 'page-annotations');
    if (annotsTouched && annotsNum !== undefined) {
      const same = annotsNum === refNum(before.get('Annots'));
      if (same || (await isNew(ctx, annotsNum))) out.explained.set(annotsNum, 'annotation-list');
    }
  }
  return out;
}
