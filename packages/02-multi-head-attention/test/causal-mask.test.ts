import { expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { causalMask } from '../src/index.js';

// Bool tensors read back as 1 and 0.
const T = 1;
const F = 0;

describe('causalMask', () => {
  it('is bool [1, 1, seqQ, seqK], with seqK defaulting to seqQ', () => {
    const square = causalMask(3);
    const wide = causalMask(2, 4);
    expect(square.shape).toEqual([1, 1, 3, 3]);
    expect(wide.shape).toEqual([1, 1, 2, 4]);
    expect(square.dtype).toBe('bool');
    tf.dispose([square, wide]);
  });

  it('lets query i see key j only when j ≤ i (worked by hand)', async () => {
    await onEveryBackend((backend) => {
      const square = causalMask(3);
      expect(square.arraySync(), backend).toEqual([
        [
          [
            [T, F, F],
            [T, T, F],
            [T, T, T],
          ],
        ],
      ]);
      const wide = causalMask(2, 4); // more keys than queries: still j ≤ i
      expect(wide.arraySync(), backend).toEqual([
        [
          [
            [T, F, F, F],
            [T, T, F, F],
          ],
        ],
      ]);
      const tall = causalMask(4, 2); // more queries than keys: the later ones see every key
      expect(tall.arraySync(), backend).toEqual([
        [
          [
            [T, F],
            [T, T],
            [T, T],
            [T, T],
          ],
        ],
      ]);
      tf.dispose([square, wide, tall]);
    });
  });

  it('allows n(n+1)/2 pairs, none above the diagonal', () => {
    const n = 9;
    const mask = causalMask(n);
    const rows = (mask.arraySync() as number[][][][])[0]![0]!;
    let allowed = 0;
    rows.forEach((row, i) => {
      row.forEach((value, j) => {
        expect(value).toBe(j <= i ? T : F);
        if (value) allowed++;
      });
    });
    expect(allowed).toBe((n * (n + 1)) / 2); // 45
    mask.dispose();
  });

  it('names the argument and the value in its errors', () => {
    expect(() => causalMask(0)).toThrow(
      "causalMask: argument 'seqQ' must be a positive integer, got 0",
    );
    expect(() => causalMask(3, -1)).toThrow(
      "causalMask: argument 'seqK' must be a positive integer, got -1",
    );
    expect(() => causalMask(2.5)).toThrow('got 2.5');
  });

  it('leaks no tensors', async () => {
    await expectNoLeaks(() => causalMask(4, 5).dispose());
  });
});
