import * as tf from '@tensorflow/tfjs-core';
import { formatShape } from '@mha/runtime';

/**
 * Checks an attention mask and returns it as a boolean tensor.
 *
 * Polarity: **true (or 1) means "this query may attend to this key"**, as in
 * `scores.masked_fill(mask == 0, ...)`, Keras and TensorFlow.js. PyTorch's
 * `nn.MultiheadAttention` uses the opposite: True there means "ignore".
 *
 * Internal: called inside the caller's `tf.tidy`.
 *
 * @param mask bool, or a number tensor holding only 0 and 1, broadcastable to `target`.
 * @param target the shape the mask must broadcast to, `[..., seqQ, seqK]`.
 * @throws Error naming `fnName`, `'mask'`, and both shapes or the offending dtype/value.
 */
export function toAllowedMask(mask: tf.Tensor, target: readonly number[], fnName: string): tf.Tensor {
  if (mask.dtype !== 'bool' && mask.dtype !== 'float32' && mask.dtype !== 'int32') {
    throw new Error(
      `${fnName}: argument 'mask' must be a bool tensor or a 0/1 number tensor, got dtype '${mask.dtype}'`,
    );
  }
  const rankOk = mask.rank <= target.length;
  const offset = target.length - mask.rank;
  const dimsOk = mask.shape.every((d, i) => d === 1 || d === target[offset + i]);
  if (!rankOk || !dimsOk) {
    throw new Error(
      `${fnName}: argument 'mask' of shape ${formatShape(mask.shape)} does not broadcast to ` +
        `the attention weights' shape ${formatShape(target)}`,
    );
  }
  if (mask.dtype === 'bool') return mask;
  const values = mask.dataSync();
  const bad = values.find((x) => x !== 0 && x !== 1);
  if (bad !== undefined) {
    throw new Error(
      `${fnName}: argument 'mask' must hold only 0 and 1 (1 = may attend), found ${bad}; ` +
        'for an additive mask (0 / -Infinity) convert it first',
    );
  }
  return tf.cast(mask, 'bool');
}
