import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../src/bytes/concat';

describe('concatBytes', () => {
  const a = new Uint8Array([1, 2]);
  const b = new Uint8Array([3]);
  it.each([
    [[], []],
    [[a], [1, 2]],
    [
      [a, b],
      [1, 2, 3],
    ],
    [
      [b, new Uint8Array(0), a],
      [3, 1, 2],
    ],
  ] as [Uint8Array[], number[]][])('%# → %j', (parts, expected) => {
    expect([...concatBytes(parts)]).toEqual(expected);
  });
  it('one part is returned as is (no copy); several make a new array', () => {
    expect(concatBytes([a])).toBe(a);
    const joined = concatBytes([a, b]);
    joined[0] = 9;
    expect(a[0]).toBe(1);
  });
});
