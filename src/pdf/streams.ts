// Stream decoding for what the checker reads inside streams: cross-reference streams and object
// streams. Only FlateDecode (with PNG/TIFF predictors) is supported; DecompressionStream is in
// browsers and in Node ≥ 18.

import { concatBytes } from '../bytes/concat';
import { MAX_INFLATED_STREAM, PdfLimitError, type Work } from './limits';
import { PdfDict, PdfName, type PdfValue } from './objects';

export class StreamError extends Error {}

async function inflate(data: Uint8Array, work?: Work, need = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const ds = new DecompressionStream('deflate');
  const writer = ds.writable.getWriter();
  const done = writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close());
  done.catch(() => {});
  const reader = ds.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      if (total >= need) {
        // The reader needs no more: the rest is never inflated.
        reader.cancel().catch(() => {});
        break;
      }
      const { value, done: end } = await reader.read();
      if (end) break;
      chunks.push(value);
      total += value.length;
      work?.chargeInflated(value.length);
      if (total > MAX_INFLATED_STREAM) throw new PdfLimitError('too-much-data');
    }
  } catch (e) {
    // Truncated zlib data: keep what was decoded (as viewers do), unless nothing came out.
    reader.cancel().catch(() => {});
    if (e instanceof PdfLimitError) throw e;
    if (total === 0) throw new StreamError('bad Flate data');
  }
  return concatBytes(chunks);
}

function unpredict(data: Uint8Array, parms: PdfDict | undefined): Uint8Array {
  if (!parms) return data;
  const predictor = parms.get('Predictor');
  if (typeof predictor !== 'number' || predictor < 10) {
    if (predictor === 2) throw new StreamError('TIFF predictor not supported');
    return data;
  }
  const colors = (parms.get('Colors') as number | undefined) ?? 1;
  const bpc = (parms.get('BitsPerComponent') as number | undefined) ?? 8;
  const columns = (parms.get('Columns') as number | undefined) ?? 1;
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowLen = Math.ceil((colors * bpc * columns) / 8);
  const rows = Math.floor(data.length / (rowLen + 1));
  const out = new Uint8Array(rows * rowLen);
  let prev = new Uint8Array(rowLen);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLen + 1)];
    const row = data.subarray(r * (rowLen + 1) + 1, (r + 1) * (rowLen + 1));
    const cur = out.subarray(r * rowLen, (r + 1) * rowLen);
    for (let i = 0; i < rowLen; i++) {
      const left = i >= bpp ? (cur[i - bpp] as number) : 0;
      const up = prev[i] as number;
      const upLeft = i >= bpp ? (prev[i - bpp] as number) : 0;
      const x = row[i] as number;
      let v: number;
      switch (type) {
        case 0:
          v = x;
          break;
        case 1:
          v = x + left;
          break;
        case 2:
          v = x + up;
          break;
        case 3:
          v = x + ((left + up) >> 1);
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          v = x + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          throw new StreamError(`bad PNG predictor row type ${type}`);
      }
      cur[i] = v & 0xff;
    }
    prev = cur;
  }
  return out;
}

/**
 * Decodes a stream's data per its /Filter and /DecodeParms. `need`: the reader needs at most this
 * many decoded bytes (a cross-reference stream knows it from /W and /Index); more is not inflated.
 */
export async function decodeStream(
  dict: PdfDict,
  raw: Uint8Array,
  work?: Work,
  need = Number.POSITIVE_INFINITY,
): Promise<Uint8Array> {
  const filter = dict.get('Filter');
  const parms = dict.get('DecodeParms');
  const filters: PdfValue[] = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
  const parmList: PdfValue[] = Array.isArray(parms) ? parms : [parms ?? null];
  let data = raw;
  for (let i = 0; i < filters.length; i++) {
    const f = filters[i];
    if (!(f instanceof PdfName) || (f.name !== 'FlateDecode' && f.name !== 'Fl')) {
      throw new StreamError(`unsupported filter ${f instanceof PdfName ? f.name : '?'}`);
    }
    data = await inflate(data, work, i === filters.length - 1 ? need : Number.POSITIVE_INFINITY);
    const p = parmList[i];
    data = unpredict(data, p instanceof PdfDict ? p : undefined);
  }
  return data;
}
