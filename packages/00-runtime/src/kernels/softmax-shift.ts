import * as tf from '@tensorflow/tfjs-core';
import { formatShape } from '../core/assert-shape.js';

const FN = 'softmaxShift';

/**
 * The row maximum, computed inside a custom gradient so that no gradient flows back
 * through it (the product rule's term through the shift is exactly zero, see below).
 */
const maxHeldConstant = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
  const [x] = args as [tf.Tensor];
  const shape = x.shape;
  return {
    value: tf.max(x, -1, true), // [..., n] -> [..., 1]
    gradFunc: () => tf.zeros(shape),
  };
});

/**
 * The per-row shift of a numerically stable softmax: the row maximum
 * `tf.max(x, -1, true)`, held constant when differentiating.
 *
 * $$m = \max_j x_j, \qquad \mathrm{softmax}(x - m) = \mathrm{softmax}(x)
 *   \quad\Rightarrow\quad \frac{\partial\, \mathrm{softmax}(x - m)}{\partial m} = 0$$
 *
 * Since subtracting any per-row constant leaves a softmax unchanged, the gradient through
 * the shift is exactly zero, and holding it constant changes no gradient (beyond float32
 * rounding). It saves work: the gradient of `tf.max` compares every entry with its row's
 * maximum through a broadcast `tf.equal`, which the wasm backend runs in a slow generic
 * loop (figures in docs/performance.md). Use it only as a
 * softmax shift: anywhere else the maximum's gradient is not zero.
 *
 * @param x `[..., n]`, rank >= 1; may hold `-Infinity` (masked entries).
 * @returns `[..., 1]`: each row's maximum.
 */
export function softmaxShift(x: tf.Tensor): tf.Tensor {
  if (x.rank < 1) {
    throw new Error(
      `${FN}: argument 'x' must have rank >= 1 ([..., n]), got shape ${formatShape(x.shape)}`,
    );
  }
  return tf.tidy(() => maxHeldConstant(x));
}
