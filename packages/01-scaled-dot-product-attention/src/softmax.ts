import * as tf from '@tensorflow/tfjs-core';

/**
 * Softmax over the last axis, written out step by step.
 *
 * $$\mathrm{softmax}(x)_j = \frac{e^{x_j - m}}{\sum_{j'} e^{x_{j'} - m}}, \qquad m = \max_{j'} x_{j'}$$
 *
 * Subtracting the row maximum $m$ changes nothing mathematically (it cancels
 * between numerator and denominator) but keeps every exponent ≤ 0, so `exp`
 * never overflows, even for logits like 1e4.
 *
 * @param x logits, `[..., n]`.
 * @returns probabilities of the same shape; each row along the last axis sums to 1.
 */
export function softmax<T extends tf.Tensor>(x: T): T {
  return tf.tidy(() => {
    const rowMax = tf.max(x, -1, true); // [..., n] -> [..., 1]
    const shifted = tf.sub(x, rowMax); // x - m, every entry <= 0
    const exps = tf.exp(shifted);
    const total = tf.sum(exps, -1, true); // [..., 1], >= 1 since the max contributes e^0
    return tf.div(exps, total) as T;
  });
}
