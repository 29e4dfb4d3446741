import { formatShape } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

/**
 * Concatenates the heads back along the feature axis: the inverse of `splitHeads`.
 *
 * $$\mathrm{Concat}(\text{head}_1, \ldots, \text{head}_h) \in \mathbb{R}^{T \times h d_v}$$
 *
 * Head `i` lands in features `i·dV` to `(i+1)·dV − 1`, so
 * `mergeHeads(splitHeads(x, h))` equals `x`.
 *
 * @param x `[batch, numHeads, seq, dV]`.
 * @returns `[batch, seq, numHeads·dV]`.
 */
export function mergeHeads(x: tf.Tensor4D): tf.Tensor3D {
  if (x.rank !== 4) {
    throw new Error(
      `mergeHeads: argument 'x' must have shape [batch, numHeads, seq, dV], ` +
        `got ${formatShape(x.shape)}`,
    );
  }
  // BEGIN SOLUTION
  const [batch, numHeads, seq, dV] = x.shape;
  return tf.tidy(() => {
    const perPosition = tf.transpose(x, [0, 2, 1, 3]); // -> [batch, seq, numHeads, dV]
    return tf.reshape(perPosition, [batch, seq, numHeads * dV]); // -> [batch, seq, numHeads·dV]
  });
  // END SOLUTION
}
