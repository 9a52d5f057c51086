import { describe, expect, it } from 'vitest';
import { classifyZen, isJisX0208, machineDependentKind } from '../../src/form/charset/charset';
import { IBM_EXTENDED, JIS_X0208_SIZE, NEC_SPECIAL } from '../../src/form/charset/generated/cp932-sets';

const cp = (c: string) => c.codePointAt(0) as number;

describe('character sets derived from CP932', () => {
  it('holds the 6,879 characters of JIS X 0208 plus the 7 alternate mappings', () => {
    expect(JIS_X0208_SIZE).toBe(6879 + 7);
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
    expect(NEC_SPECIAL).not.toContain('≒'); // in JIS X 0208 too: allowed
    expect(IBM_EXTENDED).not.toContain('∵');
    expect(classifyZen(cp('∵'))).toBe('ok');
    expect(classifyZen(cp('𠮷'))).toBe('not-jis-x0208');
  });
});
