import { broadcastTo, exp, softmaxShift } from '@mha/runtime/kernels';
import * as tf from '@tensorflow/tfjs-core';

/**
 * What to do with a query row whose mask allows no key at all.
 *
 * - `'zero'` (default): its weights, and so its output, are all 0.
 * - `'uniform'`: weights 1/seqK on every key, which is what filling masked
 *   logits with a large finite negative number such as −1e9 gives.
 * - `'nan'`: NaN, which is what filling masked logits with −∞ and calling a
 *   plain softmax gives (0/0).
 */
export type MaskedRowPolicy = 'zero' | 'uniform' | 'nan';

/**
 * Softmax over the last axis that only spreads probability over allowed entries.
 * Disallowed entries get weight exactly 0; fully disallowed rows follow `maskedRows`.
 *
 * $$w_j = \frac{[\,\text{allowed}_j\,]\; e^{x_j - m}}{\sum_{j'} [\,\text{allowed}_{j'}\,]\; e^{x_{j'} - m}},
 * \qquad m = \max_{j:\,\text{allowed}_j} x_j$$
 *
 * Internal: called inside the caller's `tf.tidy`.
 *
 * @param logits `[..., seqQ, seqK]`.
 * @param allowed boolean, broadcastable to `logits`; true = may attend.
 */
export function maskedSoftmax(
  logits: tf.Tensor,
  allowed: tf.Tensor,
  maskedRows: MaskedRowPolicy,
): tf.Tensor {
  const allowedFull = broadcastTo(allowed, logits.shape); // [..., seqQ, seqK], as tf.broadcastTo
  const negInf = tf.fill(logits.shape, Number.NEGATIVE_INFINITY);
  // m, a per-row constant as far as gradients go (see softmaxShift); -inf on empty rows
  const rowMax = softmaxShift(tf.where(allowedFull, logits, negInf)); // [..., 1]
  const rowHasKey = tf.any(allowedFull, -1, true); // [..., seqQ, 1]
  const safeMax = tf.where(rowHasKey, rowMax, tf.zerosLike(rowMax));
  // exp(-inf) = 0: masked entries are exactly 0, and their gradient is 0 too.
  const exps = exp(tf.where(allowedFull, tf.sub(logits, safeMax), negInf)); // as tf.exp
  const total = tf.sum(exps, -1, true); // 0 on empty rows
  const weights = tf.div(exps, tf.where(rowHasKey, total, tf.onesLike(total)));
  if (maskedRows === 'zero') return weights;
  const seqK = logits.shape[logits.rank - 1]!;
  const fillValue = maskedRows === 'uniform' ? 1 / seqK : Number.NaN;
  return tf.where(
    broadcastTo(rowHasKey, weights.shape),
    weights,
    tf.fill(weights.shape, fillValue),
  );
}
