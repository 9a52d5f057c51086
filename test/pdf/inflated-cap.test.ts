// The cap on inflated bytes follows the file's size (src/pdf/limits.ts): 4 × the file + 4 MB, at
// most 100 MB; a stream under it is read, one over it stops the check with error.too-much-data.
import { describe, expect, it } from 'vitest';
import { inflatedCap, PdfLimitError, Work } from '../../src/pdf/limits';

const MB = 1024 * 1024;

describe('inflatedCap', () => {
  it.each([
    [0, 4 * MB],
    [124_137, 4 * 124_137 + 4 * MB],
    [5 * MB, 24 * MB],
    [24 * MB, 100 * MB],
    [25 * MB, 100 * MB],
  ])('a %i-byte file may inflate %i bytes', (size, cap) => {
    expect(inflatedCap(size)).toBe(cap);
  });

  it('charges across streams and stops one byte past the cap', () => {
    const w = new Work(1000);
    const cap = inflatedCap(1000);
    w.chargeInflated(cap - 10);
    w.chargeInflated(10);
    expect(() => w.chargeInflated(1)).toThrow(PdfLimitError);
    expect(() => new Work(1000).chargeInflated(cap + 1)).toThrow(
      expect.objectContaining({ kind: 'too-much-data' }),
    );
  });
});

describe('the other work bounds (limits.ts): one unit past each throws, with its kind', () => {
  it.each([
    ['chargeParsed', 'too-complex', (size: number) => 4 * size + 4_000_000],
    ['chargeEntries', 'too-many-objects', (size: number) => size + 1_000_000],
  ] as const)('%s: %s', (method, kind, bound) => {
    const w = new Work(1000);
    w[method](bound(1000) - 1);
    w[method](1);
    expect(() => w[method](1)).toThrow(expect.objectContaining({ kind }));
    // Charges add up: two halves reach the bound like one whole.
    const halves = new Work(1000);
    halves[method](bound(1000) / 2);
    expect(() => halves[method](bound(1000) / 2 + 1)).toThrow(expect.objectContaining({ kind }));
  });
});
