// Hidden tests: the teacher's grader runs them beside the visible ones; they are never
// copied into a student workspace. They live as if in the package's test/ folder.
import { expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { slidingWindowMask } from '../src/index.js';

const bits = (mask: tf.Tensor) =>
  (mask.arraySync() as unknown as boolean[][]).map((r) => r.map(Number));

describe('slidingWindowMask', () => {
  describe('hidden', () => {
    it('left 2, right 1 on 5 queries × 4 keys', () => {
      // row i: keys i − 2 … i + 1 that exist (0 … 3)
      const mask = slidingWindowMask(5, 4, { left: 2, right: 1 });
      expect(mask.shape).toEqual([5, 4]);
      expect(mask.dtype).toBe('bool');
      expect(bits(mask)).toEqual([
        [1, 1, 0, 0],
        [1, 1, 1, 0],
        [1, 1, 1, 1],
        [0, 1, 1, 1],
        [0, 0, 1, 1],
      ]);
      mask.dispose();
    });

    it('left 0, right 0 is the diagonal; a 1 × 1 mask is [[true]]', () => {
      const diagonal = slidingWindowMask(3, 3, { left: 0, right: 0 });
      expect(bits(diagonal)).toEqual([
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ]);
      const one = slidingWindowMask(1, 1, { left: 0, right: 0 });
      expect(bits(one)).toEqual([[1]]);
      tf.dispose([diagonal, one]);
    });

    it('left 0, right Infinity is the upper triangle', () => {
      const mask = slidingWindowMask(3, 4, { left: 0, right: Number.POSITIVE_INFINITY });
      expect(bits(mask)).toEqual([
        [1, 1, 1, 1],
        [0, 1, 1, 1],
        [0, 0, 1, 1],
      ]);
      mask.dispose();
    });

    it('leaks no tensors', () =>
      expectNoLeaks(() => slidingWindowMask(6, 9, { left: 2, right: 3 }).dispose()));
  });
});
