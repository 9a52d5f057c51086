// What was written after a signature. Every revision appended after a signed range is read object by
// object and classified; only what Acrobat writes for long-term validation or a further signature
// is allowed (spec/pdf.md): /DSS and its streams, document timestamps, new signature dictionaries and
// their widgets, the AcroForm field list, the catalog gaining /DSS or /AcroForm, cross-reference
// data (and the document information and XMP metadata Acrobat refreshes when it saves).
import { isDigit, skipWhite, startsWith } from './bytes';
import {
  PdfDict,
  PdfName,
  type PdfObject,
  PdfRef,
  type PdfValue,
  parseObjectAt,
  refsIn,
  sameValue,
} from './objects';
import type { PdfAppendedObject } from './types';
import { ObjectStore, readStartxrefAt, type XrefSection } from './xref';

export interface AppendedRevision {
  start: number;
  end: number;
  objects: PdfAppendedObject[];
  allowed: boolean;
}

export interface AppendedAnalysis {
  revisions: AppendedRevision[];
  /** Bytes after the last revision's %%EOF (+ EOL), or unaccounted for. */
  trailing: number;
  /** Everything after `signedEnd` is allowed. */
  allowed: boolean;
  /** A structural problem that makes the appended data unreadable (English, for the report). */
  structural?: string;
}

/** A signature dictionary (value of a signature field). */
export function isSigDict(v: PdfValue | undefined): v is PdfDict {
  return v instanceof PdfDict && v.map.has('ByteRange') && v.map.has('Contents') && v.map.has('Filter');
}

export function isTimestampDict(d: PdfDict): boolean {
  return d.name('Type') === 'DocTimeStamp' || d.name('SubFilter') === 'ETSI.RFC3161';
}

async function isSigField(store: ObjectStore, v: PdfValue | undefined): Promise<boolean> {
  if (!(v instanceof PdfDict)) return false;
  let cur: PdfDict | undefined = v;
  for (let k = 0; k < 16 && cur; k++) {
    const ft = cur.get('FT');
    if (ft instanceof PdfName) return ft.name === 'Sig';
    cur = await store.dict(cur.get('Parent'));
  }
  return false;
}

function invisible(d: PdfDict): boolean {
  const f = d.get('F');
  if (typeof f === 'number' && (f & 2 || f & 32)) return true;
  const r = d.get('Rect');
  if (!Array.isArray(r) || r.length !== 4 || !r.every((x) => typeof x === 'number')) return true;
  const [x1, y1, x2, y2] = r as number[];
  return Math.abs((x2 as number) - (x1 as number)) < 0.01 || Math.abs((y2 as number) - (y1 as number)) < 0.01;
}

interface Found {
  num: number;
  gen: number;
  offset: number;
  obj: PdfObject;
}

/** Reads a revision region sequentially: objects, the xref section, startxref, %%EOF. */
function scanRegion(
  bytes: Uint8Array,
  start: number,
  section: XrefSection,
): { objects: Found[]; junkAt?: number } {
  const objects: Found[] = [];
  let pos = start;
  const end = section.eofEnd;
  while (pos < end) {
    pos = skipWhite(bytes, pos, end);
    if (pos >= end) break;
    if (startsWith(bytes, pos, '%%EOF')) {
      // skipWhite stops before comments only when at end; %%EOF handled via startxref below.
      return { objects, junkAt: pos };
    }
    if (section.kind === 'table' && pos === section.offset) {
      pos = section.end;
      const r = readStartxrefAt(bytes, pos);
      if (!r) return { objects, junkAt: pos };
      pos = r.eofEnd;
      continue;
    }
    if (startsWith(bytes, pos, 'startxref')) {
      const r = readStartxrefAt(bytes, pos);
      if (!r) return { objects, junkAt: pos };
      pos = r.eofEnd;
      continue;
    }
    if (isDigit(bytes[pos])) {
      try {
        const obj = parseObjectAt(bytes, pos, end);
        objects.push({ num: obj.num, gen: obj.gen, offset: pos, obj });
        pos = obj.end;
        continue;
      } catch {
        return { objects, junkAt: pos };
      }
    }
    return { objects, junkAt: pos };
  }
  return { objects };
}

function entriesOf(section: XrefSection): Map<number, ReturnType<XrefSection['entries']['get']>> {
  const m = new Map(section.hybrid?.entries ?? []);
  for (const [k, v] of section.entries) m.set(k, v);
  return m;
}

const CATALOG_MAY_CHANGE = new Set(['DSS', 'AcroForm', 'Extensions', 'Version']);
const ACROFORM_MAY_CHANGE = new Set(['Fields', 'SigFlags', 'DR', 'DA']);
const INFO_MAY_CHANGE = new Set(['ModDate', 'Producer']);

/**
 * Classifies everything after `signedEnd`. `chain` is the whole file's chain (newest first);
 * `signedStartxref` is the startxref value of the signed revision.
 */
export async function analyzeAppended(
  bytes: Uint8Array,
  chain: XrefSection[],
  signedEnd: number,
  signedStartxref: number,
): Promise<AppendedAnalysis> {
  const result: AppendedAnalysis = { revisions: [], trailing: 0, allowed: true };
  const appended: XrefSection[] = [];
  let k = 0;
  while (k < chain.length && (chain[k] as XrefSection).offset >= signedEnd)
    appended.push(chain[k++] as XrefSection);
  const base = chain.slice(k);
  const last = chain[0];
  const fileEnd = bytes.length;
  if (appended.length === 0) {
    // Nothing appended through the cross-reference chain; anything after signedEnd is trailing bytes.
    result.trailing = fileEnd - signedEnd;
    // One end-of-line after a range that stops right at %%EOF is not content.
    const rest = bytes.subarray(signedEnd);
    const eolOnly =
      (rest.length === 1 && (rest[0] === 0x0a || rest[0] === 0x0d)) ||
      (rest.length === 2 && rest[0] === 0x0d && rest[1] === 0x0a);
    if (eolOnly) result.trailing = 0;
    if (base[0]?.offset !== signedStartxref && result.trailing > 0)
      result.structural = 'cross-reference chain';
    result.allowed = result.trailing === 0;
    return result;
  }
  if (base[0]?.offset !== signedStartxref) {
    result.allowed = false;
    result.structural = 'the cross-reference chain does not continue from the signed revision';
  }
  appended.reverse(); // file order
  let start = signedEnd;
  const older: XrefSection[] = [...base];
  for (const section of appended) {
    const rev: AppendedRevision = { start, end: section.eofEnd, objects: [], allowed: true };
    result.revisions.push(rev);
    if (section.eofEnd < 0 || section.eofEnd <= start || section.offset < start) {
      rev.allowed = false;
      rev.objects.push({
        ref: '-',
        kind: 'structure',
        allowed: false,
        reason: 'revision without startxref/%%EOF',
      });
      result.allowed = false;
      result.structural ??= 'malformed revision';
      break;
    }
    await classifyRevision(bytes, rev, section, older);
    if (!rev.allowed) result.allowed = false;
    older.unshift(section);
    start = section.eofEnd;
  }
  const end = last && last.eofEnd > 0 ? last.eofEnd : fileEnd;
  result.trailing = Math.max(0, fileEnd - Math.max(end, start));
  if (result.trailing > 0) result.allowed = false;
  return result;
}

async function classifyRevision(
  bytes: Uint8Array,
  rev: AppendedRevision,
  section: XrefSection,
  older: XrefSection[],
): Promise<void> {
  const deny = (ref: string, kind: string, reason: string) => {
    rev.objects.push({ ref, kind, allowed: false, reason });
    rev.allowed = false;
  };
  const { objects, junkAt } = scanRegion(bytes, rev.start, section);
  if (junkAt !== undefined) deny('-', 'bytes', `unexpected data at byte ${junkAt}`);
  const entries = entriesOf(section);
  const byOffset = new Map(objects.map((o) => [o.offset, o]));
  const listed = new Set<number>();
  if (section.kind === 'stream') listed.add(section.offset);
  if (section.hybrid) listed.add(section.hybrid.offset);
  const oldStore = new ObjectStore(bytes, older);
  const newStore = new ObjectStore(bytes, [section, ...older]);
  const objStms = new Set<number>();
  const nums: number[] = [];
  for (const [n, e] of entries) {
    if (!e) continue;
    if (e.kind === 'free') {
      if (n !== 0 && oldStore.entry(n)?.kind !== undefined && oldStore.entry(n)?.kind !== 'free') {
        deny(`${n} 0`, 'deleted', 'an existing object was deleted');
      }
      continue;
    }
    if (e.kind === 'n') {
      const f = byOffset.get(e.offset);
      if (!f || f.num !== n) {
        deny(`${n} ${e.gen}`, 'structure', 'cross-reference entry points outside this revision');
        continue;
      }
      listed.add(e.offset);
    } else {
      objStms.add(e.stm);
    }
    nums.push(n);
  }
  for (const o of objects) {
    if (!listed.has(o.offset)) deny(`${o.num} ${o.gen}`, 'hidden', 'object not in the cross-reference data');
  }
  for (const s of objStms) {
    const e = entries.get(s);
    if (e?.kind !== 'n') deny(`${s} 0`, 'structure', 'object stream outside this revision');
  }

  // Context of the new state.
  const oldRootRef = older[0]?.trailer.get('Root');
  const newRootRef = section.trailer.get('Root');
  const oldCatalog = await oldStore.dict(oldRootRef);
  const newCatalog = await newStore.dict(newRootRef);
  const oldAcroRef = oldCatalog?.get('AcroForm');
  const newAcroRef = newCatalog?.get('AcroForm');
  const infoNums = new Set<number>();
  for (const s of [section, older[0]]) {
    const i = s?.trailer.get('Info');
    if (i instanceof PdfRef) infoNums.add(i.num);
  }
  const metaNums = new Set<number>();
  for (const c of [oldCatalog, newCatalog]) {
    const m = c?.get('Metadata');
    if (m instanceof PdfRef) metaNums.add(m.num);
  }
  const changed = new Set(nums);
  const values = new Map<number, { now?: PdfObject; before?: PdfObject }>();
  for (const n of nums) values.set(n, { now: await newStore.get(n), before: await oldStore.get(n) });

  // Objects that new signatures, LTV data and form resources may bring along (only new ones).
  const reach = new Map<number, string>();
  const walk = async (v: PdfValue | undefined, kind: string) => {
    const queue = refsIn(v);
    while (queue.length > 0) {
      const r = queue.pop() as PdfRef;
      if (reach.has(r.num) || !changed.has(r.num)) continue;
      reach.set(r.num, kind);
      const o = values.get(r.num)?.now;
      if (o) refsIn(o.value, queue);
    }
  };
  const allowedWidgets = new Set<number>();
  for (const n of nums) {
    const v = values.get(n)?.now?.value;
    if (v instanceof PdfDict && (await isSigField(newStore, v))) {
      const sig = await newStore.resolve(v.get('V'));
      const approval = isSigDict(sig) && !isTimestampDict(sig);
      if (approval || invisible(v)) {
        allowedWidgets.add(n);
        await walk(v.get('AP'), 'appearance');
        await walk(v.get('MK'), 'appearance');
      }
    }
  }
  await walk(newCatalog?.get('DSS'), 'dss');
  const newAcro = await newStore.dict(newAcroRef);
  await walk(newAcro?.get('DR'), 'resource');

  const arrayGainsOnlySigFields = async (before: PdfValue | undefined, after: PdfValue | undefined) => {
    const a = (await oldStore.resolve(before)) ?? [];
    const b = await newStore.resolve(after);
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    for (const x of a) if (!b.some((y) => sameValue(x, y))) return false;
    for (const y of b) {
      if (a.some((x) => sameValue(x, y))) continue;
      if (!(y instanceof PdfRef)) return false;
      const target = (await newStore.get(y.num))?.value;
      if (!(await isSigField(newStore, target))) return false;
      if (changed.has(y.num) && !allowedWidgets.has(y.num)) return false;
    }
    return true;
  };
  const dictDiffOk = async (
    before: PdfDict | undefined,
    after: PdfDict,
    mayChange: Set<string>,
    special: (key: string, b: PdfValue | undefined, a: PdfValue | undefined) => Promise<boolean>,
  ): Promise<string | undefined> => {
    const keys = new Set([...(before?.map.keys() ?? []), ...after.map.keys()]);
    for (const key of keys) {
      const b = before?.get(key);
      const a = after.get(key);
      if (sameValue(b, a)) continue;
      if (mayChange.has(key) && (await special(key, b, a))) continue;
      return key;
    }
    return undefined;
  };
  const acroFormOk = async (before: PdfValue | undefined, after: PdfValue | undefined) => {
    const b = await oldStore.dict(before);
    const a = await newStore.dict(after);
    if (!a) return false;
    const bad = await dictDiffOk(b, a, ACROFORM_MAY_CHANGE, async (key, x, y) => {
      if (key === 'Fields') {
        if (x instanceof PdfRef && y instanceof PdfRef && x.num === y.num) return true;
        return arrayGainsOnlySigFields(x, y);
      }
      return true;
    });
    return bad === undefined;
  };

  for (const n of nums) {
    const { now, before } = values.get(n) ?? {};
    const ref = `${n} ${now?.gen ?? 0}`;
    const ok = (kind: string) => rev.objects.push({ ref, kind, allowed: true });
    if (!now) {
      deny(ref, 'unreadable', 'object cannot be read');
      continue;
    }
    const v = now.value;
    if (v instanceof PdfDict && v.name('Type') === 'XRef' && now.start === section.offset) {
      ok('xref');
      continue;
    }
    if (v instanceof PdfDict && v.name('Type') === 'ObjStm' && objStms.has(n) && !before) {
      ok('object-stream');
      continue;
    }
    if (isSigDict(v)) {
      if (!before) ok(isTimestampDict(v) ? 'document-timestamp' : 'signature');
      else deny(ref, 'signature', 'an existing signature dictionary was replaced');
      continue;
    }
    if (v instanceof PdfDict && (await isSigField(newStore, v))) {
      if (!allowedWidgets.has(n)) {
        deny(ref, 'signature-field', 'a visible signature field without a signature');
        continue;
      }
      if (before) {
        const bv = before.value;
        if (!(bv instanceof PdfDict) || !(await isSigField(oldStore, bv))) {
          deny(ref, 'signature-field', 'an existing object was turned into a signature field');
          continue;
        }
        if (bv.get('V') !== undefined && !sameValue(bv.get('V'), v.get('V'))) {
          deny(ref, 'signature-field', 'the value of a signed field was replaced');
          continue;
        }
      }
      ok('signature-field');
      continue;
    }
    if (newRootRef instanceof PdfRef && n === newRootRef.num && v instanceof PdfDict) {
      const bad = await dictDiffOk(oldCatalog, v, CATALOG_MAY_CHANGE, async (key, x, y) => {
        if (key !== 'AcroForm') return true;
        if (x instanceof PdfRef && y instanceof PdfRef && x.num === y.num) return true;
        return acroFormOk(x, y);
      });
      if (bad === undefined) ok('catalog');
      else deny(ref, 'catalog', `the document catalog changed (/${bad})`);
      continue;
    }
    if (
      (newAcroRef instanceof PdfRef && n === newAcroRef.num) ||
      (oldAcroRef instanceof PdfRef && n === oldAcroRef.num)
    ) {
      if (await acroFormOk(before ? oldAcroRef : undefined, v)) ok('acroform');
      else deny(ref, 'acroform', 'the form changed beyond new signature fields');
      continue;
    }
    const dssRef = newCatalog?.get('DSS');
    if (
      v instanceof PdfDict &&
      (v.name('Type') === 'DSS' || (dssRef instanceof PdfRef && dssRef.num === n))
    ) {
      if (!before) ok('dss');
      else if (
        before.value instanceof PdfDict &&
        (before.value.name('Type') === 'DSS' || reach.get(n) === 'dss')
      )
        ok('dss');
      else deny(ref, 'dss', 'an existing object was replaced by validation data');
      continue;
    }
    if (before?.value instanceof PdfDict && before.value.name('Type') === 'Page' && v instanceof PdfDict) {
      const bad = await dictDiffOk(before.value, v, new Set(['Annots']), async (_k, x, y) => {
        if (x instanceof PdfRef && y instanceof PdfRef && x.num === y.num) return true;
        return arrayGainsOnlySigFields(x, y);
      });
      if (bad === undefined) ok('page-annotations');
      else deny(ref, 'page', `a page was changed (/${bad})`);
      continue;
    }
    if (Array.isArray(v) && Array.isArray(before?.value)) {
      if (await arrayGainsOnlySigFields(before.value, v)) ok('field-list');
      else deny(ref, 'array', 'a list in the document was changed');
      continue;
    }
    if (infoNums.has(n) && v instanceof PdfDict && !now.stream) {
      // A save refreshes the modification date and producer; a changed title or author is content.
      const b = before?.value instanceof PdfDict ? before.value : undefined;
      const bad = await dictDiffOk(b, v, INFO_MAY_CHANGE, async () => true);
      if (bad === undefined) ok('info');
      else deny(ref, 'info', `the document information changed (/${bad})`);
      continue;
    }
    if (metaNums.has(n) && v instanceof PdfDict && v.name('Type') === 'Metadata' && now.stream) {
      ok('metadata');
      continue;
    }
    const reached = reach.get(n);
    if (reached && !before) {
      ok(reached);
      continue;
    }
    if (!before && now.stream && now.stream.end === now.stream.start) {
      // poppler writes unused empty appearance streams: nothing refers to them, nothing shows.
      ok('empty-stream');
      continue;
    }
    if (!before) {
      const what = v instanceof PdfDict && v.name('Type') === 'Page' ? 'new page' : 'new object';
      deny(
        ref,
        v instanceof PdfDict && v.name('Type') === 'Page' ? 'page' : 'other',
        `${what} not allowed after signing`,
      );
    } else {
      deny(ref, kindOf(before.value), 'an existing object was changed');
    }
  }
}

function kindOf(v: PdfValue | undefined): string {
  if (v instanceof PdfDict) {
    const t = v.name('Type');
    if (t === 'Page') return 'page';
    if (t === 'Pages') return 'page-tree';
    if (t === 'Annot' || v.map.has('Subtype')) return 'annotation-or-xobject';
    if (v.map.has('Length')) return 'stream';
  }
  return 'other';
}
