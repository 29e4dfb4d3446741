import { expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import { describe, expect, it } from 'vitest';
import { paddingMask } from '../src/index.js';

// Bool tensors read back as 1 and 0.
const T = 1;
const F = 0;

describe('paddingMask', () => {
  it('is bool [batch, 1, 1, seqK]', () => {
    const mask = paddingMask([2, 3], 5);
    expect(mask.shape).toEqual([2, 1, 1, 5]);
    expect(mask.dtype).toBe('bool');
    mask.dispose();
  });

  it('allows exactly the first lengths[b] keys (worked by hand)', async () => {
    await onEveryBackend((backend) => {
      // seqK = 4; lengths 3, 1, 0 and 4: keys j < length are real.
      const mask = paddingMask([3, 1, 0, 4], 4);
      expect(mask.arraySync(), backend).toEqual([
        [[[T, T, T, F]]],
        [[[T, F, F, F]]],
        [[[F, F, F, F]]],
        [[[T, T, T, T]]],
      ]);
      mask.dispose();
    });
  });

  it('allows lengths[b] keys in each row, for many lengths', () => {
    const lengths = [0, 1, 5, 7, 13, 16];
    const mask = paddingMask(lengths, 16);
    const rows = (mask.arraySync() as number[][][][]).map((r) => r[0]![0]!);
    rows.forEach((row, b) => {
      expect(row.filter(Boolean)).toHaveLength(lengths[b]!);
      expect(row.indexOf(F) === -1 ? row.length : row.indexOf(F)).toBe(lengths[b]);
    });
    mask.dispose();
  });

  it('names the argument and the offending length in its errors', () => {
    expect(() => paddingMask([3, 7], 5)).toThrow(
      "paddingMask: argument 'lengths' must hold integers in [0, seqK] = [0, 5], " +
        'got lengths[1] = 7 (lengths [3, 7])',
    );
    expect(() => paddingMask([-1], 5)).toThrow('got lengths[0] = -1 (lengths [-1])');
    expect(() => paddingMask([2.5], 5)).toThrow('got lengths[0] = 2.5');
    expect(() => paddingMask([], 5)).toThrow(
      "paddingMask: argument 'lengths' must hold one length per sequence, got []",
    );
    expect(() => paddingMask([1], 0)).toThrow(
      "paddingMask: argument 'seqK' must be a positive integer, got 0",
    );
  });

  it('leaks no tensors', async () => {
    await expectNoLeaks(() => paddingMask([1, 2], 3).dispose());
  });
});
