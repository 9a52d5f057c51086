/** A file size reads naturally in both languages: 1 byte, 2 bytes, 2 バイト, 340 KB, 1.2 MB. */
import { describe, expect, it } from 'vitest';
import { formatSize } from '../../src/messages/size';

const KB = 1024;
const MB = 1024 * 1024;

describe('formatSize', () => {
  it.each<[number, string, string]>([
    [0, '0 バイト', '0 bytes'],
    [1, '1 バイト', '1 byte'],
    [2, '2 バイト', '2 bytes'],
    [1023, '1023 バイト', '1023 bytes'],
    [KB, '1 KB', '1 KB'],
    [340 * KB + 100, '340 KB', '340 KB'],
    // Just below 1 MB is not "1024 KB".
    [MB - 1, '1 MB', '1 MB'],
    [MB, '1 MB', '1 MB'],
    [1.2 * MB, '1.2 MB', '1.2 MB'],
    [25 * MB, '25 MB', '25 MB'],
    // Over a limit never reads as the limit itself.
    [25 * MB + 1, '25.1 MB', '25.1 MB'],
    [26 * MB, '26 MB', '26 MB'],
  ])('%i bytes → %s / %s', (n, ja, en) => {
    expect(formatSize(n)).toEqual({ ja, en });
  });
});
