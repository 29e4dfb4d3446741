import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import { scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SCORE_BYTES, exactAttention, scoreMatrixBytes } from '../src/index.js';

describe('exactAttention', () => {
  it('counts 4 bytes per score: [1, 8, 16384, 16384] is 8 589 934 592 bytes', () => {
    expect(scoreMatrixBytes([1, 8, 16384, 64], [1, 8, 16384, 64])).toBe(8_589_934_592);
    expect(scoreMatrixBytes([3, 5], [7, 5])).toBe(3 * 7 * 4);
    expect(DEFAULT_MAX_SCORE_BYTES).toBe(2 ** 29);
  });

  it('refuses n = 16384 with 8 heads before allocating anything, naming the bytes', async () => {
    const q = tf.zeros([1, 8, 16384, 64]);
    const before = tf.memory().numBytes;
    await expectNoLeaks(() =>
      expect(() => exactAttention(q, q, q)).toThrow(
        'exactAttention: the score matrix [1, 8, 16384, 16384] would need 8.59 GB (8589934592 bytes) ' +
          'of float32, over the limit maxScoreBytes = 536870912 (0.54 GB), for q [1, 8, 16384, 64] ' +
          'and k [1, 8, 16384, 64]; memoryEfficientAttention computes the same output a block of keys at a time',
      ),
    );
    expect(tf.memory().numBytes).toBe(before);
    q.dispose();
  });

  it('is stage 1 below the limit, options passed through', () => {
    tf.tidy(() => {
      const q = seededNormal([2, 5, 4], 1);
      const k = seededNormal([2, 6, 4], 2);
      const v = seededNormal([2, 6, 3], 3);
      const mask = tf.tensor2d([[1, 1, 0, 0, 1, 0]], [1, 6], 'bool');
      const ours = exactAttention(q, k, v, { mask, maxScoreBytes: 2 * 5 * 6 * 4 });
      const theirs = scaledDotProductAttention(q, k, v, { mask });
      expectClose(ours.output, theirs.output, { atol: 0, rtol: 0 });
      expectClose(ours.weights, theirs.weights, { atol: 0, rtol: 0 });
      expect(() => exactAttention(q, k, v, { maxScoreBytes: 2 * 5 * 6 * 4 - 1 })).toThrow(
        /exactAttention: the score matrix \[2, 5, 6\] would need 0.00 GB \(240 bytes\)/,
      );
      expect(() => exactAttention(q, k, v, { maxScoreBytes: 0 })).toThrow(
        "exactAttention: option 'maxScoreBytes' must be a positive number, got 0",
      );
    });
  });
});
