import { assertShape } from '@mha/runtime';
import type * as tf from '@tensorflow/tfjs-core';

/**
 * How much attention each head puts on the mirrored key, the one reversal needs:
 * query i of a sequence of length L reads key L − 1 − i. A head that has learned
 * to reverse draws the anti-diagonal of the valid block and scores near 1; a head
 * spreading evenly over L keys scores 1/L.
 *
 * $$m_h = \frac{1}{\sum_n L_n} \sum_n \sum_{i < L_n} A_{n,h,i,\,L_n - 1 - i}$$
 *
 * @param weights `[batch, numHeads, seq, seq]`, one block's attention weights.
 * @param lengths `[batch]` valid-prefix lengths.
 * @returns one number per head, in [0, 1].
 */
export function mirroredAttention(weights: tf.Tensor4D, lengths: readonly number[]): number[] {
  const fn = 'mirroredAttention';
  assertShape(weights, [lengths.length, -1, -1, -1], 'weights', fn);
  const [, numHeads, seq] = weights.shape;
  const bad = lengths.find((length) => !Number.isInteger(length) || length < 1 || length > seq);
  if (bad !== undefined) {
    throw new Error(`${fn}: every length must be an integer in 1 … ${seq}, got ${bad}`);
  }
  const values = weights.arraySync();
  const total = lengths.reduce((sum, length) => sum + length, 0);
  return Array.from({ length: numHeads }, (_, h) => {
    let mass = 0;
    lengths.forEach((length, n) => {
      for (let i = 0; i < length; i++) mass += values[n]![h]![i]![length - 1 - i]!;
    });
    return mass / total;
  });
}
