import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { mirroredAttention } from '../src/index.js';

describe('mirroredAttention', () => {
  it('scores an exact anti-diagonal 1 and an even spread 1/L', () => {
    // One sequence of length 2 padded to 3. Valid queries 0 and 1 mirror to keys 1 and 0.
    // head 0: the anti-diagonal, weight 1 on the mirrored key: (1 + 1) / 2 = 1.
    // head 1: 1/2 on each valid key: (0.5 + 0.5) / 2 = 0.5. Row 2 (padding) is never read.
    const weights = tf.tensor4d([
      [
        [
          [0, 1, 0],
          [1, 0, 0],
          [0, 0, 1],
        ],
        [
          [0.5, 0.5, 0],
          [0.5, 0.5, 0],
          [0, 0, 1],
        ],
      ],
    ]);
    expect(mirroredAttention(weights, [2])).toEqual([1, 0.5]);
    weights.dispose();
  });

  it('averages over every valid query of every sequence', () => {
    // Sequence 1 (length 1): query 0 -> key 0, weight 1. Sequence 2 (length 2): queries
    // 0 and 1 -> keys 1 and 0, weights 0.25 and 0.75. Mean over 3 queries: (1 + 0.25 + 0.75) / 3.
    const weights = tf.tensor4d([
      [
        [
          [1, 0],
          [1, 0],
        ],
      ],
      [
        [
          [0.75, 0.25],
          [0.75, 0.25],
        ],
      ],
    ]);
    expect(mirroredAttention(weights, [1, 2])[0]).toBeCloseTo(2 / 3, 6);
    weights.dispose();
  });

  it('rejects lengths that do not fit the weights', () => {
    const weights = tf.zeros([1, 1, 3, 3]) as tf.Tensor4D;
    expect(() => mirroredAttention(weights, [2, 2])).toThrow(
      "mirroredAttention: argument 'weights' must have shape [2, *, *, *], got [1, 1, 3, 3]",
    );
    expect(() => mirroredAttention(weights, [4])).toThrow(
      'mirroredAttention: every length must be an integer in 1 … 3, got 4',
    );
    weights.dispose();
  });
});
