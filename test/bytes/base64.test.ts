import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Length, fromBase64, toBase64, toBase64Chunked, yieldToPage } from '../../src/bytes/base64';

describe('base64', () => {
  it('matches Node for any bytes, in one go and chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 5000 }),
        fc.integer({ min: 1, max: 400 }),
        async (bytes, chunk) => {
          const expected = Buffer.from(bytes).toString('base64');
          expect(toBase64(bytes)).toBe(expected);
          expect(await toBase64Chunked(bytes, { chunkBytes: chunk, yieldFn: async () => {} })).toBe(expected);
          expect(base64Length(bytes.length)).toBe(expected.length);
          expect(fromBase64(expected)).toEqual(bytes);
        },
      ),
    );
  });

  it('yields between chunks and reports progress', async () => {
    const bytes = new Uint8Array(10_000).map((_, i) => i & 0xff);
    let yields = 0;
    const progress: number[] = [];
    const s = await toBase64Chunked(bytes, {
      chunkBytes: 3000,
      yieldFn: async () => {
        yields++;
      },
      onProgress: (d) => progress.push(d),
    });
    expect(s).toBe(Buffer.from(bytes).toString('base64'));
    expect(yields).toBe(3);
    expect(progress).toEqual([3000, 6000, 9000, 10000]);
  });

  it('a 20 MB file converts with the default chunks', async () => {
    const bytes = new Uint8Array(20 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = i % 251;
    const s = await toBase64Chunked(bytes);
    expect(s.length).toBe(base64Length(bytes.length));
    expect(s).toBe(Buffer.from(bytes).toString('base64'));
  });
  it('the default yield (scheduler.yield / MessageChannel / timer) resolves', async () => {
    await expect(yieldToPage()).resolves.toBeUndefined();
  });
  it('fromBase64 ignores line breaks', () => {
    expect(fromBase64('AAEC\r\nAw==')).toEqual(new Uint8Array([0, 1, 2, 3]));
  });
});
