import { formatShape } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

/**
 * Converters from the mask conventions people arrive with to this project's one:
 * a bool tensor, **true = may attend**, broadcastable to the weights
 * `[batch, numHeads, seqQ, seqK]`.
 *
 * - PyTorch's `key_padding_mask` `[batch, seqK]`, true = padding: {@link fromTorchKeyPaddingMask}.
 * - PyTorch's bool `attn_mask`, true = ignore: {@link fromTorchAttnMask}.
 * - Additive masks, 0 = attend and −∞ = masked, such as PyTorch's float `attn_mask`:
 *   {@link fromAdditiveMask}, or {@link fromTorchAttnMask} for PyTorch's layouts.
 * - d2l's `valid_lens` `[batch]` or `[batch, seqQ]`, key index < valid length:
 *   {@link fromValidLengths}.
 */

/**
 * Values at or below this count as "masked" in an additive mask. Libraries write −∞,
 * −1e9, or float32's lowest value (about −3.4e38) for the same thing.
 */
const ADDITIVE_MASKED_AT_MOST = -1e9;

/** Throws unless `mask` is float32 and holds only 0 and masked values (≤ −1e9, or −∞). */
function checkAdditive(mask: tf.Tensor, argName: string, fnName: string): void {
  if (mask.dtype !== 'float32') {
    throw new Error(
      `${fnName}: argument '${argName}' must be a float32 additive mask (0 = attend, ` +
        `−Infinity = masked), got dtype '${mask.dtype}'`,
    );
  }
  const values = mask.dataSync();
  const index = values.findIndex((x) => x !== 0 && !(x <= ADDITIVE_MASKED_AT_MOST));
  if (index !== -1) {
    throw new Error(
      `${fnName}: argument '${argName}' must hold only 0 (attend) and −Infinity (masked; ` +
        `values ≤ ${ADDITIVE_MASKED_AT_MOST} count too), found ${values[index]} at flat index ` +
        `${index} of shape ${formatShape(mask.shape)}; a general score bias is not a mask`,
    );
  }
}

/**
 * From PyTorch's `key_padding_mask` of `nn.MultiheadAttention`, where **True marks a
 * padding key to ignore**: the opposite polarity to this project's masks.
 *
 * $$M_{b,1,1,j} = \lnot\,\text{key\_padding\_mask}_{b,j}$$
 *
 * @param keyPaddingMask bool `[batch, seqK]`, true = padding (ignore).
 * @returns bool `[batch, 1, 1, seqK]`, true = may attend: the layout of `paddingMask`.
 */
export function fromTorchKeyPaddingMask(keyPaddingMask: tf.Tensor2D): tf.Tensor4D {
  const FN = 'fromTorchKeyPaddingMask';
  if (keyPaddingMask.rank !== 2 || keyPaddingMask.dtype !== 'bool') {
    throw new Error(
      `${FN}: argument 'keyPaddingMask' must be a bool tensor of shape [batch, seqK] ` +
        `(true = padding), got dtype '${keyPaddingMask.dtype}' and shape ` +
        `${formatShape(keyPaddingMask.shape)}`,
    );
  }
  const [batch, seqK] = keyPaddingMask.shape;
  return tf.tidy(() => {
    const allowed = tf.logicalNot(keyPaddingMask); // flip polarity: true = may attend
    return tf.reshape(allowed, [batch, 1, 1, seqK]); // [batch, seqK] -> [batch, 1, 1, seqK]
  });
}

/**
 * From PyTorch's `attn_mask` of `nn.MultiheadAttention`. A bool `attn_mask` marks the
 * pairs to **ignore** with True; a float one is **added** to the scores (0 keeps a pair,
 * −∞ removes it). A 3-D `attn_mask` stacks one mask per sequence and head, sequence-major:
 * entry `b·numHeads + h` belongs to sequence `b`, head `h`.
 *
 * $$M = \lnot\,\text{attn\_mask} \quad\text{(bool)}, \qquad
 *   M = [\,\text{attn\_mask} = 0\,] \quad\text{(float)}$$
 *
 * @param attnMask bool or float32, `[seqQ, seqK]` or `[batch·numHeads, seqQ, seqK]`.
 * @param options `numHeads`: required for a 3-D mask, to unstack its first axis.
 * @returns bool `[1, 1, seqQ, seqK]` or `[batch, numHeads, seqQ, seqK]`, true = may attend.
 */
export function fromTorchAttnMask(
  attnMask: tf.Tensor2D | tf.Tensor3D,
  options: { numHeads?: number } = {},
): tf.Tensor4D {
  const FN = 'fromTorchAttnMask';
  const { numHeads } = options;
  const shape = formatShape(attnMask.shape);
  if (attnMask.rank !== 2 && attnMask.rank !== 3) {
    throw new Error(
      `${FN}: argument 'attnMask' must have shape [seqQ, seqK] or ` +
        `[batch·numHeads, seqQ, seqK], got ${shape}`,
    );
  }
  if (attnMask.dtype === 'float32') {
    checkAdditive(attnMask, 'attnMask', FN);
  } else if (attnMask.dtype !== 'bool') {
    throw new Error(
      `${FN}: argument 'attnMask' must be bool (true = ignore) or float32 (additive), ` +
        `got dtype '${attnMask.dtype}'`,
    );
  }
  const [stacked, seqQ, seqK] =
    attnMask.rank === 3 ? (attnMask.shape as number[]) : [1, ...attnMask.shape];
  if (attnMask.rank === 3 && (numHeads === undefined || stacked! % numHeads !== 0)) {
    throw new Error(
      `${FN}: a 3-D 'attnMask' needs options.numHeads dividing its first axis, ` +
        `got numHeads = ${numHeads} and attnMask ${shape}`,
    );
  }
  const heads = attnMask.rank === 3 ? numHeads! : 1;
  return tf.tidy(() => {
    // flip to true = may attend: bool masks mark what to ignore, additive ones keep the 0s
    const allowed = attnMask.dtype === 'bool' ? tf.logicalNot(attnMask) : tf.equal(attnMask, 0);
    // [batch·numHeads, seqQ, seqK] -> [batch, numHeads, seqQ, seqK]; 2-D: -> [1, 1, seqQ, seqK]
    return tf.reshape(allowed, [stacked! / heads, heads, seqQ!, seqK!]);
  });
}

/**
 * From an additive mask, the form that is added to the scores before the softmax:
 * 0 where attention is allowed, −∞ where it is not. Libraries often write a large
 * negative number instead of −∞; every value ≤ −1e9 counts as masked. Any other value is
 * a score bias rather than a mask, and is an error.
 *
 * $$M = [\,A = 0\,]$$
 *
 * @param additiveMask float32, any shape (for example `[seqQ, seqK]`).
 * @returns bool of the same shape, true = may attend.
 */
export function fromAdditiveMask(additiveMask: tf.Tensor): tf.Tensor {
  checkAdditive(additiveMask, 'additiveMask', 'fromAdditiveMask');
  return tf.tidy(() => tf.equal(additiveMask, 0));
}

/**
 * From d2l-style valid lengths (`valid_lens` in *Dive into Deep Learning*): query rows see
 * the first `validLen` keys. One length per sequence (shared by its queries), or one per
 * query.
 *
 * $$M_{b,\,i,\,j} = [\, j < \text{valid\_lens}_{b} \,] \quad\text{or}\quad
 *   [\, j < \text{valid\_lens}_{b,i} \,]$$
 *
 * d2l fills masked scores with −1e6, so a query with valid length 0 gets uniform weights
 * there; pass `maskedRows: 'uniform'` to reproduce that.
 *
 * @param validLens int32 or float32 holding integers in `[0, seqK]`: `[batch]` or `[batch, seqQ]`.
 * @param seqK the number of keys.
 * @returns bool `[batch, 1, 1, seqK]` or `[batch, 1, seqQ, seqK]`, true = may attend.
 */
export function fromValidLengths(validLens: tf.Tensor1D | tf.Tensor2D, seqK: number): tf.Tensor4D {
  const FN = 'fromValidLengths';
  if (!Number.isInteger(seqK) || seqK < 1) {
    throw new Error(`${FN}: argument 'seqK' must be a positive integer, got ${seqK}`);
  }
  if (validLens.rank !== 1 && validLens.rank !== 2) {
    throw new Error(
      `${FN}: argument 'validLens' must have shape [batch] or [batch, seqQ], ` +
        `got ${formatShape(validLens.shape)}`,
    );
  }
  const values = validLens.dataSync();
  const index = values.findIndex((x) => !Number.isInteger(x) || x < 0 || x > seqK);
  if (index !== -1) {
    throw new Error(
      `${FN}: argument 'validLens' must hold integers in [0, seqK] = [0, ${seqK}], ` +
        `found ${values[index]} at flat index ${index} of shape ${formatShape(validLens.shape)}`,
    );
  }
  const [batch, seqQ = 1] = validLens.shape;
  return tf.tidy(() => {
    const limits = tf.reshape(tf.cast(validLens, 'int32'), [batch, seqQ, 1]); // [batch, seqQ|1, 1]
    const positions = tf.reshape(tf.range(0, seqK, 1, 'int32'), [1, 1, seqK]); // j
    const allowed = tf.less(positions, limits); // j < valid_len -> [batch, seqQ|1, seqK]
    return tf.reshape(allowed, [batch, 1, seqQ, seqK]); // -> [batch, 1, seqQ|1, seqK]
  });
}
