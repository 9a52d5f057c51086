// Allowed update 4, metadata: the catalog's /Metadata may point to a new stream of /Type /Metadata
// /Subtype /XML (no object of the signed revision rewritten in place for it); the trailer's /Info
// may be replaced by a new dictionary of text entries. Decision (stricter than the spec's wording):
// the entries viewers show as the document's identity (/Title, /Author, /Subject, /Keywords) stay
// as signed; the dates, /Producer and /Creator may change.
import { PdfDict, PdfRef, PdfString, sameValue } from '../objects';
import { type DiffContext, isNew, type RuleResult, result } from './context';

const SHOWN = ['Title', 'Author', 'Subject', 'Keywords'];

export async function metadataRule(ctx: DiffContext): Promise<RuleResult> {
  const out = result();
  const before = ctx.oldCatalog?.get('Metadata');
  const after = ctx.curCatalog?.get('Metadata');
  if (after !== undefined && !sameValue(before, after)) {
    const o = after instanceof PdfRef ? await ctx.cur.get(after.num) : undefined;
    const d = o?.value;
    if (
      after instanceof PdfRef &&
      (await isNew(ctx, after.num)) &&
      o?.stream &&
      d instanceof PdfDict &&
      d.name('Type') === 'Metadata' &&
      d.name('Subtype') === 'XML'
    )
      out.explained.set(after.num, 'metadata');
    else
      out.violations.push({
        num: after instanceof PdfRef ? after.num : undefined,
        what: 'metadata',
        reason: 'the metadata entry names something other than a new XML metadata stream',
      });
  }
  const oldInfo = ctx.oldTrailer.get('Info');
  const curInfo = ctx.curTrailer.get('Info');
  if (curInfo !== undefined && !sameValue(oldInfo, curInfo)) {
    const num = curInfo instanceof PdfRef ? curInfo.num : undefined;
    const o = num !== undefined ? await ctx.cur.get(num) : undefined;
    const d = o?.value;
    const prev = await ctx.old.dict(oldInfo);
    let why: string | undefined;
    if (num === undefined || !(await isNew(ctx, num)) || !(d instanceof PdfDict) || o?.stream)
      why = 'the document information is not a new dictionary';
    else if (![...d.map.values()].every((v) => v instanceof PdfString))
      why = 'the document information holds more than text';
    else {
      const changed = SHOWN.find((k) => !sameValue(prev?.get(k), d.get(k)));
      if (changed) why = `the document information changed (${changed})`;
    }
    if (why) out.violations.push({ num, what: 'info', reason: why });
    else if (num !== undefined) out.explained.set(num, 'info');
  }
  return out;
}
