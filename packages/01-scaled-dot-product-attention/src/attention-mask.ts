import { formatShape } from '@mha/runtime';
import type * as tf from '@tensorflow/tfjs-core';

/**
 * Checks an attention mask without changing it: its dtype, that it broadcasts
 * to `target`, and, for a number tensor, that it holds only 0 and 1.
 *
 * Polarity: **true (or 1) means "this query may attend to this key"**, as in
 * `scores.masked_fill(mask == 0, ...)`, Keras and TensorFlow.js. PyTorch's
 * `nn.MultiheadAttention` uses the opposite: True there means "ignore".
 *
 * Reads the mask's values back (one `dataSync`) when it is a number tensor.
 *
 * @param mask bool, or a number tensor holding only 0 and 1, broadcastable to `target`.
 * @param target the shape the mask must broadcast to, `[..., seqQ, seqK]`.
 * @param fnName the public function doing the check, named in the message.
 * @throws Error naming `fnName`, `'mask'`, and both shapes or the offending dtype/value.
 */
export function assertMask(mask: tf.Tensor, target: readonly number[], fnName: string): void {
  if (mask.dtype !== 'bool' && mask.dtype !== 'float32' && mask.dtype !== 'int32') {
    throw new Error(
      `${fnName}: argument 'mask' must be a bool tensor or a 0/1 number tensor, ` +
        `got dtype '${mask.dtype}'`,
    );
  }
  const offset = target.length - mask.rank;
  const broadcasts = offset >= 0 && mask.shape.every((d, i) => d === 1 || d === target[offset + i]);
  if (!broadcasts) {
    throw new Error(
      `${fnName}: argument 'mask' of shape ${formatShape(mask.shape)} does not broadcast to ` +
        `the attention weights' shape ${formatShape(target)}`,
    );
  }
  if (mask.dtype === 'bool') return;
  const bad = (mask.dataSync() as Float32Array | Int32Array).find((x) => x !== 0 && x !== 1);
  if (bad !== undefined) {
    throw new Error(
      `${fnName}: argument 'mask' must hold only 0 and 1 (1 = may attend), found ${bad}; ` +
        'for an additive mask (0 / -Infinity) convert it first',
    );
  }
}
