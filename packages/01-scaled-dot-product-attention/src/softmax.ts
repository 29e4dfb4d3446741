import { formatShape } from '@mha/runtime';
import { exp, softmaxShift } from '@mha/runtime/kernels';
import * as tf from '@tensorflow/tfjs-core';

const FN = 'softmax';

/**
 * Softmax over the last axis, written out step by step.
 *
 * $$\mathrm{softmax}(x)_j = \frac{e^{x_j - m}}{\sum_{j'} e^{x_{j'} - m}}, \qquad m = \max_{j'} x_{j'}$$
 *
 * Subtracting the row maximum $m$ changes nothing mathematically (it cancels
 * between numerator and denominator) but keeps every exponent ≤ 0, so `exp`
 * never overflows, even for logits like 1e4. It gives the same numbers as `tf.softmax`.
 *
 * @param x logits, `[..., n]`, float32, rank ≥ 1.
 * @returns probabilities of the same shape; each row along the last axis sums to 1.
 * @throws Error naming `softmax` and `'x'` for a scalar or a dtype other than float32.
 */
export function softmax<T extends tf.Tensor>(x: T): T {
  if (x.rank < 1) {
    throw new Error(
      `${FN}: argument 'x' must have rank >= 1 ([..., n]), got shape ${formatShape(x.shape)}`,
    );
  }
  if (x.dtype !== 'float32') {
    throw new Error(`${FN}: argument 'x' must be float32, got dtype '${x.dtype}'`);
  }
  // BEGIN SOLUTION
  return tf.tidy(() => {
    // the row maximum m; softmax(x - m) = softmax(x), so gradients treat m as a constant
    const rowMax = softmaxShift(x); // [..., n] -> [..., 1]
    const shifted = tf.sub(x, rowMax); // x - m, every entry <= 0
    const exps = exp(shifted); // e^(x - m): tf.exp's values, faster on wasm (see @mha/runtime)
    const total = tf.sum(exps, -1, true); // [..., n] -> [..., 1], >= 1 since the max gives e^0
    return tf.div(exps, total) as T;
  });
  // END SOLUTION
}
