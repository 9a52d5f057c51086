// Allowed update 4, metadata: the catalog's /Metadata may point to a new stream of /Type /Metadata
// /Subtype /XML; the trailer's /Info may be replaced by a new dictionary of text entries.
// Decision (stricter than the spec's wording): the entries viewers show as the document's identity
// (/Title, /Author, /Subject, /Keywords) stay as signed; the dates, /Producer and /Creator may change.
//
// Decision (looser than the spec's wording, as pyHanko's MetadataUpdateRule and DocInfoRule): the
// same metadata stream or information dictionary may also be rewritten in place, because Adobe
// Acrobat and Reader do exactly that on every further signature (pyHanko's test files signed twice
// by Adobe Reader, test/pdf/external.test.ts). It is allowed only when nothing can show the object:
// as signed and now, the metadata stream is named by the catalog's /Metadata alone and the
// information dictionary by the trailer's /Info alone (referredOnlyBy), so the stream that is also
// a page's content ("metadata as content") is still refused.
import { PdfDict, PdfRef, PdfString, sameValue } from '../objects';
import { type DiffContext, isNew, type RuleResult, referredOnlyBy, result, TRAILER } from './context';

const SHOWN = ['Title', 'Author', 'Subject', 'Keywords'];

const isXmlMetadata = (d: unknown, stream: unknown) =>
  Boolean(stream) && d instanceof PdfDict && d.name('Type') === 'Metadata' && d.name('Subtype') === 'XML';

export async function metadataRule(ctx: DiffContext): Promise<RuleResult> {
  const out = result();
  const before = ctx.oldCatalog?.get('Metadata');
  const after = ctx.curCatalog?.get('Metadata');
  const catalogNum = ctx.oldTrailer.get('Root');
  if (after !== undefined && !sameValue(before, after)) {
    const o = after instanceof PdfRef ? await ctx.cur.get(after.num) : undefined;
    if (after instanceof PdfRef && (await isNew(ctx, after.num)) && isXmlMetadata(o?.value, o?.stream))
      out.explained.set(after.num, 'metadata');
    else
      out.violations.push({
        num: after instanceof PdfRef ? after.num : undefined,
        what: 'metadata',
        reason: 'the metadata entry names something other than a new XML metadata stream',
      });
  } else if (after instanceof PdfRef && ctx.touched.has(after.num)) {
    // The same stream rewritten in place.
    const was = await ctx.old.get(after.num);
    const now = await ctx.cur.get(after.num);
    if (
      isXmlMetadata(was?.value, was?.stream) &&
      isXmlMetadata(now?.value, now?.stream) &&
      catalogNum instanceof PdfRef &&
      (await referredOnlyBy(ctx, after.num, catalogNum.num, 'Metadata'))
    )
      out.explained.set(after.num, 'metadata');
    else
      out.violations.push({
        num: after.num,
        what: 'metadata',
        reason: 'the metadata stream was rewritten although something else uses it',
      });
  }
  const oldInfo = ctx.oldTrailer.get('Info');
  const curInfo = ctx.curTrailer.get('Info');
  const replaced = curInfo !== undefined && !sameValue(oldInfo, curInfo);
  const inPlace = !replaced && curInfo instanceof PdfRef && ctx.touched.has(curInfo.num);
  if (replaced || inPlace) {
    const num = curInfo instanceof PdfRef ? curInfo.num : undefined;
    const o = num !== undefined ? await ctx.cur.get(num) : undefined;
    const d = o?.value;
    const prev = await ctx.old.dict(oldInfo);
    let why: string | undefined;
    if (num === undefined || !(d instanceof PdfDict) || o?.stream)
      why = 'the document information is not a dictionary of its own';
    else if (replaced && !(await isNew(ctx, num))) why = 'the document information is not a new dictionary';
    else if (inPlace && !(prev instanceof PdfDict && (await referredOnlyBy(ctx, num, TRAILER))))
      why = 'the document information was rewritten although something else uses it';
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
