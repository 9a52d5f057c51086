// Allowed update 1, LTV data: the catalog's /DSS is a dictionary that is new (or the previous DSS
// dictionary) holding only /Type, /Certs, /CRLs, /OCSPs, /VRI; their entries are new streams or
// the previous DSS's own streams, unchanged. A /DSS that names any other object of the signed
// revision is a change.
import { PdfDict, PdfName, PdfRef, type PdfValue } from '../objects';
import type { ObjectStore } from '../xref';
import { type DiffContext, isNew, type RuleResult, refNum, result, type Violation } from './context';

const DSS_KEYS = new Set(['Type', 'Certs', 'CRLs', 'OCSPs', 'VRI']);
const VRI_KEYS = new Set(['Type', 'Cert', 'CRL', 'OCSP', 'TU', 'TS']);
const STREAM_LISTS = ['Certs', 'CRLs', 'OCSPs'];
const VRI_LISTS = ['Cert', 'CRL', 'OCSP'];
const MAX_VRI = 10_000;

/** The streams a DSS dictionary names (object numbers), as far as it is well-formed. */
async function dssStreams(store: ObjectStore, dss: PdfDict | undefined): Promise<Set<number>> {
  const out = new Set<number>();
  if (!dss) return out;
  const add = async (v: PdfValue | undefined) => {
    const arr = await store.resolve(v);
    if (Array.isArray(arr)) for (const x of arr) if (x instanceof PdfRef) out.add(x.num);
  };
  for (const k of STREAM_LISTS) await add(dss.get(k));
  const vri = await store.dict(dss.get('VRI'));
  let count = 0;
  for (const e of vri?.map.values() ?? []) {
    if (++count > MAX_VRI) break;
    const d = await store.dict(e);
    for (const k of VRI_LISTS) await add(d?.get(k));
    const ts = d?.get('TS');
    if (ts instanceof PdfRef) out.add(ts.num);
  }
  return out;
}

export async function dssRule(ctx: DiffContext): Promise<RuleResult> {
  const out = result();
  const oldValue = ctx.oldCatalog?.get('DSS');
  const curValue = ctx.curCatalog?.get('DSS');
  if (curValue === undefined) return out;
  const oldDss = await ctx.old.dict(oldValue);
  const oldStreams = await dssStreams(ctx.old, oldDss);
  const violations: Violation[] = [];
  const deny = (num: number | undefined, reason: string) => violations.push({ num, what: 'dss', reason });
  const explained = new Map<number, string>();

  // A container (the DSS, an array, a VRI entry): direct, or a new object, or (the DSS itself) the
  // previous DSS dictionary.
  const container = async (
    v: PdfValue | undefined,
    mayBePrevious: boolean,
  ): Promise<PdfValue | undefined> => {
    if (!(v instanceof PdfRef)) return v;
    if (await isNew(ctx, v.num)) {
      explained.set(v.num, 'dss');
      return (await ctx.cur.get(v.num))?.value;
    }
    if (mayBePrevious && v.num === refNum(oldValue)) {
      if (ctx.touched.has(v.num)) explained.set(v.num, 'dss');
      return (await ctx.cur.get(v.num))?.value;
    }
    if (!ctx.touched.has(v.num) && (await ctx.old.get(v.num)) !== undefined) {
      // An unchanged container of the previous DSS.
      const prev = await dssContainers(ctx.old, oldDss);
      if (prev.has(v.num)) return (await ctx.cur.get(v.num))?.value;
    }
    deny(v.num, 'the validation data names an object of the signed document');
    return undefined;
  };
  const stream = async (v: PdfValue) => {
    if (!(v instanceof PdfRef)) return deny(undefined, 'validation data that is not a stream');
    const o = await ctx.cur.get(v.num);
    if (!o?.stream) return deny(v.num, 'validation data that is not a stream');
    if (await isNew(ctx, v.num)) explained.set(v.num, 'dss');
    else if (!(oldStreams.has(v.num) && !ctx.touched.has(v.num)))
      deny(v.num, 'the validation data names an object of the signed document');
  };
  const list = async (v: PdfValue | undefined) => {
    if (v === undefined) return;
    const arr = await container(v, false);
    if (!Array.isArray(arr)) return deny(refNum(v), 'malformed validation data');
    for (const x of arr) await stream(x);
  };

  const dss = await container(curValue, true);
  if (!(dss instanceof PdfDict)) {
    deny(refNum(curValue), 'the /DSS entry is not a validation-data dictionary');
  } else {
    for (const k of dss.map.keys())
      if (!DSS_KEYS.has(k)) deny(refNum(curValue), `the validation data holds ${k}`);
    const type = dss.get('Type');
    if (type !== undefined && dss.name('Type') !== 'DSS')
      deny(refNum(curValue), 'the validation data has another /Type');
    if (
      oldDss &&
      refNum(curValue) === refNum(oldValue) &&
      [...oldDss.map.keys()].some((k) => !DSS_KEYS.has(k))
    )
      deny(refNum(curValue), 'the previous validation data was not only validation data');
    for (const k of STREAM_LISTS) await list(dss.get(k));
    const vriValue = dss.get('VRI');
    if (vriValue !== undefined) {
      const vri = await container(vriValue, false);
      if (!(vri instanceof PdfDict)) deny(refNum(vriValue), 'malformed validation data');
      else {
        let count = 0;
        for (const [hash, e] of vri.map) {
          // Adobe Acrobat writes /Type /VRI into the map itself (ISO 32000-2 puts it in each entry);
          // EU DSS's adbe_crl_signed.pdf, test/fixtures/eu-dss.
          if (hash === 'Type' && e instanceof PdfName && e.name === 'VRI') continue;
          if (++count > MAX_VRI) {
            deny(refNum(vriValue), 'too many validation-data entries');
            break;
          }
          const d = await container(e, false);
          if (!(d instanceof PdfDict)) {
            deny(refNum(e), 'malformed validation data');
            continue;
          }
          for (const k of d.map.keys())
            if (!VRI_KEYS.has(k)) deny(refNum(e), `the validation data holds ${k}`);
          for (const k of VRI_LISTS) await list(d.get(k));
          const ts = d.get('TS');
          if (ts !== undefined) await stream(ts);
          const tu = d.get('TU');
          if (tu instanceof PdfRef || tu instanceof PdfDict || Array.isArray(tu))
            deny(refNum(e), 'malformed validation data');
        }
      }
    }
  }
  if (violations.length > 0) out.violations.push(...violations);
  else for (const [n, k] of explained) out.explained.set(n, k);
  return out;
}

/** The indirect arrays and dictionaries of a DSS (not the streams). */
async function dssContainers(store: ObjectStore, dss: PdfDict | undefined): Promise<Set<number>> {
  const out = new Set<number>();
  if (!dss) return out;
  for (const k of [...STREAM_LISTS, 'VRI']) {
    const v = dss.get(k);
    if (v instanceof PdfRef) out.add(v.num);
  }
  const vri = await store.dict(dss.get('VRI'));
  for (const e of vri?.map.values() ?? []) {
    if (e instanceof PdfRef) out.add(e.num);
    const d = await store.dict(e);
    for (const k of VRI_LISTS) {
      const v = d?.get(k);
      if (v instanceof PdfRef) out.add(v.num);
    }
  }
  return out;
}
