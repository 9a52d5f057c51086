import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  ALTERNATES,
  classifyZen,
  cp932Sets,
  IBM_LEADS,
  isJisX0208,
  JIS_X0208_LEADS,
  machineDependentKind,
  NEC_LEADS,
} from '../../src/form/charset/charset';

const cp = (c: string) => c.codePointAt(0) as number;

/**
 * The reference: iconv-lite's CP932 table, one two-byte code at a time (what the pane and the
 * command line derive from the platform's TextDecoder must be the same set, code point by code point).
 */
function iconvSets() {
  const decodeLeads = (ranges: ReadonlyArray<readonly [number, number]>) => {
    const chars = new Set<number>();
    for (const [lo, hi] of ranges) {
      for (let lead = lo; lead <= hi; lead++) {
        for (let trail = 0x40; trail <= 0xfc; trail++) {
          if (trail === 0x7f) continue;
          const s = iconv.decode(Buffer.from([lead, trail]), 'cp932');
          if (s.length === 1 && s !== '\ufffd') chars.add(cp(s));
        }
      }
    }
    return chars;
  };
  const jis = decodeLeads(JIS_X0208_LEADS);
  for (const [a, b] of ALTERNATES) {
    if (jis.has(a) || jis.has(b)) {
      jis.add(a);
      jis.add(b);
    }
  }
  const nec = new Set([...decodeLeads(NEC_LEADS)].filter((c) => !jis.has(c)));
  const ibm = new Set([...decodeLeads(IBM_LEADS)].filter((c) => !jis.has(c) && !nec.has(c)));
  return { jis, nec, ibm };
}

describe('character sets derived from CP932', () => {
  it('equal iconv-lite’s CP932 table for every code point', () => {
    const ref = iconvSets();
    const kind = (sets: { jis: Set<number>; nec: Set<number>; ibm: Set<number> }, c: number) =>
      sets.jis.has(c) ? 'jis' : sets.nec.has(c) ? 'nec' : sets.ibm.has(c) ? 'ibm' : '';
    const sets = cp932Sets();
    const differ: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (kind(sets, c) !== kind(ref, c))
        differ.push(`U+${c.toString(16)}: ${kind(sets, c)} ≠ ${kind(ref, c)}`);
    }
    expect(differ).toEqual([]);
    expect([sets.jis.size, sets.nec.size, sets.ibm.size]).toEqual([ref.jis.size, ref.nec.size, ref.ibm.size]);
  });
  it('holds the 6,879 characters of JIS X 0208 plus the 7 alternate mappings', () => {
    expect(cp932Sets().jis.size).toBe(6879 + 7);
  });
  it.each(['亜', '腕', '弌', '熙', 'ア', 'ヶ', 'Ａ', '０', '　', '〜', '～', '−', '－'])(
    '%s is JIS X 0208',
    (c) => {
      expect(isJisX0208(cp(c))).toBe(true);
    },
  );
  it.each(['①', 'Ⅱ', '㈱', '髙', '﨑', '𠮷', 'ｱ', '😀', 'A'])('%s is not JIS X 0208', (c) => {
    expect(isJisX0208(cp(c))).toBe(false);
  });
  it('sorts NEC special and IBM extended characters', () => {
    expect(machineDependentKind(cp('①'))).toBe('nec');
    expect(machineDependentKind(cp('㈱'))).toBe('nec');
    expect(machineDependentKind(cp('髙'))).toBe('ibm');
    expect(machineDependentKind(cp('ⅰ'))).toBe('ibm');
    expect(cp932Sets().nec.has(cp('≒'))).toBe(false); // in JIS X 0208 too: allowed
    expect(cp932Sets().ibm.has(cp('∵'))).toBe(false);
    expect(classifyZen(cp('∵'))).toBe('ok');
    expect(classifyZen(cp('𠮷'))).toBe('not-jis-x0208');
  });
});
