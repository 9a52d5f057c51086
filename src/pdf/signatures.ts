// Finding signature dictionaries by walking parsed objects, never by matching raw text (spec/pdf.md
// "Names and objects are parsed"): every object any cross-reference section lists (all revisions,
// object streams included) is parsed and every dictionary whose decoded keys include /ByteRange is
// a signature dictionary; the form's signature fields and the pages' signature widgets name them.
import { skipWhite } from './bytes';
import { pageNumbers } from './diff/pages';
import { PdfLimitError, type Work } from './limits';
import { PdfDict, type PdfObject, PdfRef, PdfString, type PdfValue, parseObjectAt } from './objects';
import { ObjectStore, type XrefSection } from './xref';

export interface FoundSignature {
  /** The indirect object that holds the dictionary (real file offsets unless inObjectStream). */
  obj: PdfObject;
  dict: PdfDict;
  /** Object number of the dictionary when it is an indirect object of its own. */
  num?: number;
  /** Full name of the field whose /V it is, when a field or widget names it. */
  field: string | null;
  /** Stored in an object stream: its byte range cannot refer to real offsets (re-saved file). */
  inObjectStream: boolean;
}

export interface Discovery {
  found: FoundSignature[];
  /** Signed fields (or widgets) whose /V is not a signature dictionary at real offsets. */
  missing: string[];
}

export function isTimestampDict(d: PdfDict): boolean {
  return d.name('Type') === 'DocTimeStamp' || d.name('SubFilter') === 'ETSI.RFC3161';
}

function dictsWithByteRange(v: PdfValue, out: PdfDict[]): void {
  if (v instanceof PdfDict) {
    if (v.map.has('ByteRange')) out.push(v);
    for (const x of v.map.values()) dictsWithByteRange(x, out);
  } else if (Array.isArray(v)) for (const x of v) dictsWithByteRange(x, out);
}

/** PDF text strings: UTF-16BE with BOM, UTF-8 with BOM, or PDFDocEncoding (≈ latin1). */
export function decodeText(s: string): string {
  if (s.startsWith('\u00fe\u00ff')) {
    let r = '';
    for (let i = 2; i + 1 < s.length; i += 2)
      r += String.fromCharCode((s.charCodeAt(i) << 8) | s.charCodeAt(i + 1));
    return r;
  }
  if (s.startsWith('\u00ef\u00bb\u00bf')) {
    const b = new Uint8Array([...s.slice(3)].map((c) => c.charCodeAt(0)));
    return new TextDecoder().decode(b);
  }
  return s;
}

export async function findSignatures(
  bytes: Uint8Array,
  chain: XrefSection[],
  store: ObjectStore,
  catalog: PdfDict,
  work: Work,
): Promise<Discovery> {
  const found: FoundSignature[] = [];
  const add = (obj: PdfObject, inObjectStream: boolean) => {
    const dicts: PdfDict[] = [];
    dictsWithByteRange(obj.value, dicts);
    for (const dict of dicts)
      found.push({ obj, dict, num: dict === obj.value ? obj.num : undefined, field: null, inObjectStream });
  };
  const parse = (offset: number): PdfObject | undefined => {
    try {
      return parseObjectAt(bytes, offset, bytes.length, work);
    } catch (e) {
      if (e instanceof PdfLimitError) throw e;
      return undefined;
    }
  };
  // 1. Every object of every revision. An offset is parsed again only for an entry of the number
  // found there (at most twice), and its object added once: an entry of another number pointing at
  // a signature dictionary (a later revision's) must not hide it from the entry that lists it.
  const numAt = new Map<number, number | undefined>();
  const added = new Set<number>();
  for (let i = 0; i < chain.length; i++) {
    const section = chain[i] as XrefSection;
    let compressed: ObjectStore | undefined;
    for (const s of [section, section.hybrid]) {
      if (!s) continue;
      for (const [n, e] of s.entries) {
        if (e.kind === 'n') {
          if (added.has(e.offset) || (numAt.has(e.offset) && numAt.get(e.offset) !== n)) continue;
          const o = parse(e.offset);
          numAt.set(e.offset, o?.num);
          if (o && o.num === n) {
            added.add(e.offset);
            add(o, false);
          }
        } else if (e.kind === 'c') {
          compressed ??= new ObjectStore(bytes, chain.slice(i), work);
          const o = await compressed.get(n);
          if (o) add(o, true);
        }
      }
    }
  }
  // 2. Which field names each one (current state): form fields, then page widgets.
  const missing: string[] = [];
  const name = (value: PdfValue, fieldNum: number | undefined, label: string) => {
    const entry =
      value instanceof PdfRef
        ? store.entry(value.num)
        : fieldNum !== undefined
          ? store.entry(fieldNum)
          : undefined;
    const hit =
      entry?.kind === 'n'
        ? found.find(
            (f) =>
              !f.inObjectStream &&
              f.obj.start === skipWhite(bytes, entry.offset) &&
              (value instanceof PdfRef ? f.dict === f.obj.value : f.dict.start === (value as PdfDict).start),
          )
        : undefined;
    if (!hit) {
      if (!missing.includes(label)) missing.push(label);
    } else hit.field ??= label;
  };
  const seen = new Set<number>();
  const visit = async (ref: PdfValue, prefix: string, ft: string | undefined, depth: number) => {
    if (depth > 32) return;
    if (ref instanceof PdfRef) {
      if (seen.has(ref.num)) return;
      seen.add(ref.num);
    }
    const d = await store.dict(ref);
    if (!d) return;
    const t = d.get('T');
    const part = t instanceof PdfString ? decodeText(t.value) : '';
    const full = part ? (prefix ? `${prefix}.${part}` : part) : prefix;
    const fieldType = d.name('FT') ?? ft;
    const v = d.get('V');
    if (fieldType === 'Sig' && v !== undefined && v !== null)
      name(v, ref instanceof PdfRef ? ref.num : undefined, full);
    const kids = await store.resolve(d.get('Kids'));
    if (Array.isArray(kids)) for (const k of kids) await visit(k, full, fieldType, depth + 1);
  };
  const acro = await store.dict(catalog.get('AcroForm'));
  const fields = await store.resolve(acro?.get('Fields'));
  if (Array.isArray(fields)) for (const f of fields) await visit(f, '', undefined, 0);
  // Widgets on pages that no form field lists (a sneaky signature widget): named from /T.
  for (const p of await pageNumbers(store, catalog)) {
    const page = await store.dict(new PdfRef(p, 0));
    const annots = await store.resolve(page?.get('Annots'));
    if (!Array.isArray(annots)) continue;
    for (const a of annots) {
      if (a instanceof PdfRef && seen.has(a.num)) continue;
      await visit(a, '', undefined, 0);
    }
  }
  return { found, missing };
}
