import { formatShape } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

const FN = 'splitHeads';

/**
 * Splits the feature axis into `numHeads` heads and moves the head axis in front of the
 * sequence, so that each head becomes one more leading (batch-like) axis.
 *
 * $$X \in \mathbb{R}^{T \times d_\text{model}} \;\mapsto\;
 *   \bigl(X_{:,\,i d_k \,:\, (i+1) d_k}\bigr)_{i=0}^{h-1}, \qquad d_k = d_\text{model} / h$$
 *
 * Head `i` takes features `i·dK` to `(i+1)·dK − 1`: contiguous slices, the layout of
 * "Attention Is All You Need" and of PyTorch's `nn.MultiheadAttention`.
 *
 * @param x `[batch, seq, dModel]`.
 * @param numHeads the number of heads $h$; must divide `dModel`.
 * @returns `[batch, numHeads, seq, dK]`.
 */
export function splitHeads(x: tf.Tensor3D, numHeads: number): tf.Tensor4D {
  if (x.rank !== 3) {
    throw new Error(
      `${FN}: argument 'x' must have shape [batch, seq, dModel], got ${formatShape(x.shape)}`,
    );
  }
  const [batch, seq, dModel] = x.shape;
  if (!Number.isInteger(numHeads) || numHeads < 1 || dModel % numHeads !== 0) {
    throw new Error(
      `${FN}: argument 'numHeads' must be a positive integer dividing dModel, ` +
        `got numHeads = ${numHeads} and dModel = ${dModel} (x ${formatShape(x.shape)})`,
    );
  }
  // BEGIN SOLUTION
  const dK = dModel / numHeads;
  return tf.tidy(() => {
    const perHead = tf.reshape(x, [batch, seq, numHeads, dK]); // -> [batch, seq, numHeads, dK]
    return tf.transpose(perHead, [0, 2, 1, 3]) as tf.Tensor4D; // -> [batch, numHeads, seq, dK]
  });
  // END SOLUTION
}
