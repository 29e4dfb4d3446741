import * as tf from '@tensorflow/tfjs-core';
import { formatShape } from '@mha/runtime';
import { toAllowedMask } from './attention-mask.js';
import { type MaskedRowPolicy, maskedSoftmax } from './masked-softmax.js';
import { softmax } from './softmax.js';

/** Options for {@link scaledDotProductAttention}. */
export interface AttentionOptions {
  /**
   * Which keys each query may see: bool (or 0/1) tensor broadcastable to
   * `[..., seqQ, seqK]`. **true / 1 = may attend**; false / 0 = masked out, weight
   * exactly 0. PyTorch's `nn.MultiheadAttention` uses the opposite polarity.
   * Default: no mask, every query sees every key.
   */
  mask?: tf.Tensor;
  /** What a query that may attend to no key gets. Default `'zero'`. See {@link MaskedRowPolicy}. */
  maskedRows?: MaskedRowPolicy;
}

/** Attention output and the weights that produced it. */
export interface AttentionResult {
  /** `[..., seqQ, dV]`: each query's weighted average of the values. */
  output: tf.Tensor;
  /** `[..., seqQ, seqK]`: row i says how much query i takes from each key. */
  weights: tf.Tensor;
}

const FN = 'scaledDotProductAttention';
const POLICIES: readonly MaskedRowPolicy[] = ['zero', 'uniform', 'nan'];

function checkInputs(q: tf.Tensor, k: tf.Tensor, v: tf.Tensor): void {
  for (const [name, t] of [['q', q], ['k', k], ['v', v]] as const) {
    if (t.rank < 2) {
      throw new Error(
        `${FN}: argument '${name}' must have rank >= 2 ([..., seq, features]), got shape ${formatShape(t.shape)}`,
      );
    }
  }
  if (k.rank !== q.rank || v.rank !== q.rank) {
    throw new Error(
      `${FN}: 'q', 'k' and 'v' must have the same rank, got ${formatShape(q.shape)}, ` +
        `${formatShape(k.shape)} and ${formatShape(v.shape)}`,
    );
  }
  const lead = q.shape.slice(0, -2);
  for (const [name, t] of [['k', k], ['v', v]] as const) {
    if (t.shape.slice(0, -2).some((d, i) => d !== lead[i])) {
      throw new Error(
        `${FN}: leading dimensions of '${name}' ${formatShape(t.shape)} must equal those of ` +
          `'q' ${formatShape(q.shape)}`,
      );
    }
  }
  const last = (t: tf.Tensor) => t.shape[t.rank - 1]!;
  const seq = (t: tf.Tensor) => t.shape[t.rank - 2]!;
  if (last(k) !== last(q)) {
    throw new Error(
      `${FN}: 'q' and 'k' must have the same dK (last axis), got q ${formatShape(q.shape)} ` +
        `and k ${formatShape(k.shape)}`,
    );
  }
  if (seq(v) !== seq(k)) {
    throw new Error(
      `${FN}: 'k' and 'v' must have the same seqK (second-to-last axis), got k ` +
        `${formatShape(k.shape)} and v ${formatShape(v.shape)}`,
    );
  }
}

/**
 * Scaled dot-product attention.
 *
 * $$\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}}\right)V$$
 *
 * $d_k$ is read from the last axis of `q`; it is never an argument.
 *
 * @param q queries, `[..., seqQ, dK]`.
 * @param k keys, `[..., seqK, dK]`; same leading dimensions as `q`.
 * @param v values, `[..., seqK, dV]`; same leading dimensions as `q`.
 * @param options `mask` (true = may attend) and `maskedRows` (default `'zero'`).
 * @returns `output` `[..., seqQ, dV]` and `weights` `[..., seqQ, seqK]`.
 */
export function scaledDotProductAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  options: AttentionOptions = {},
): AttentionResult {
  const { mask, maskedRows = 'zero' } = options;
  if (!POLICIES.includes(maskedRows)) {
    throw new Error(`${FN}: 'maskedRows' must be one of ${POLICIES.join(', ')}, got '${maskedRows}'`);
  }
  checkInputs(q, k, v);
  return tf.tidy(() => {
    const dK = q.shape[q.rank - 1]!;
    // 1) scores: every query against every key
    const scores = tf.matMul(q, k, false, true); // [..., seqQ, dK]·[..., seqK, dK]^T -> [..., seqQ, seqK]
    // 2) scale by 1/sqrt(d_k) so the logits' variance does not grow with d_k
    const scaled = tf.div(scores, Math.sqrt(dK));
    // 3) softmax over the keys, skipping masked ones
    const weights =
      mask === undefined
        ? softmax(scaled)
        : maskedSoftmax(scaled, toAllowedMask(mask, scaled.shape, FN), maskedRows);
    // 4) weighted sum of the values
    const output = tf.matMul(weights, v); // [..., seqQ, seqK]·[..., seqK, dV] -> [..., seqQ, dV]
    return { output, weights };
  });
}
