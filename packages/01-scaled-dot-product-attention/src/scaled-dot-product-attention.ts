import { formatShape } from '@mha/runtime';
import { batchedMatMul } from '@mha/runtime/kernels';
import * as tf from '@tensorflow/tfjs-core';
import { assertMask } from './attention-mask.js';
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

/**
 * Attention output and the weights that produced it. (A type alias rather than an
 * interface, so a result can be returned from `tf.tidy` or passed to `tf.dispose` as is.)
 */
export type AttentionResult = {
  /** `[..., seqQ, dV]`: each query's weighted average of the values. */
  output: tf.Tensor;
  /** `[..., seqQ, seqK]`: row i says how much query i takes from each key. */
  weights: tf.Tensor;
};

const FN = 'scaledDotProductAttention';
const POLICIES: readonly MaskedRowPolicy[] = ['zero', 'uniform', 'nan'];

/**
 * The input checks of attention over queries, keys and values: each a float32 tensor of
 * rank >= 2, with the same leading dimensions, `k` sharing `q`'s dK and `v` sharing `k`'s
 * seqK. Every efficient variant of stage 5 checks its inputs with it too.
 *
 * @param q `[..., seqQ, dK]`.
 * @param k `[..., seqK, dK]`.
 * @param v `[..., seqK, dV]`.
 * @param fnName the public function doing the check, named in every message.
 * @throws Error naming `fnName`, the argument and the shapes.
 */
export function checkQueryKeyValue(q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, fnName: string): void {
  const FN = fnName;
  const args = [
    ['q', q, '[..., seqQ, dK]'],
    ['k', k, '[..., seqK, dK]'],
    ['v', v, '[..., seqK, dV]'],
  ] as const;
  for (const [name, t, expected] of args) {
    if (!(t instanceof tf.Tensor)) {
      throw new Error(
        `${FN}: argument '${name}' must be a tf.Tensor ${expected}, got ${
          Array.isArray(t) ? 'an array' : typeof t
        }`,
      );
    }
    if (t.rank < 2) {
      throw new Error(
        `${FN}: argument '${name}' must have rank >= 2 (${expected}), ` +
          `got shape ${formatShape(t.shape)}`,
      );
    }
    if (t.dtype !== 'float32') {
      throw new Error(`${FN}: argument '${name}' must be float32, got dtype '${t.dtype}'`);
    }
  }
  const shapes = `q ${formatShape(q.shape)}, k ${formatShape(k.shape)}, v ${formatShape(v.shape)}`;
  if (k.rank !== q.rank || v.rank !== q.rank) {
    throw new Error(`${FN}: arguments 'q', 'k' and 'v' must have the same rank, got ${shapes}`);
  }
  const lead = q.shape.slice(0, -2);
  for (const [name, t] of [
    ['k', k],
    ['v', v],
  ] as const) {
    if (t.shape.slice(0, -2).some((d, i) => d !== lead[i])) {
      throw new Error(
        `${FN}: argument '${name}' must have the same leading dimensions as 'q', got ${shapes}`,
      );
    }
  }
  const last = (t: tf.Tensor) => t.shape[t.rank - 1]!;
  const seq = (t: tf.Tensor) => t.shape[t.rank - 2]!;
  if (last(k) !== last(q)) {
    throw new Error(
      `${FN}: argument 'k' must have the same dK (last axis) as 'q', ` +
        `got q ${formatShape(q.shape)} and k ${formatShape(k.shape)}`,
    );
  }
  if (seq(v) !== seq(k)) {
    throw new Error(
      `${FN}: argument 'v' must have the same seqK (second-to-last axis) as 'k', ` +
        `got k ${formatShape(k.shape)} and v ${formatShape(v.shape)}`,
    );
  }
}

/**
 * Scaled dot-product attention: each query takes a softmax-weighted average of the values,
 * weighted by how well it matches each key.
 *
 * $$\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}}\right)V$$
 *
 * $d_k$ is read from the last axis of `q`; it is never an argument. Any number of
 * leading dimensions (`[]`, `[batch]`, `[batch, numHeads]`, ...) is allowed, as long as
 * `q`, `k` and `v` share them.
 *
 * **Mask polarity: true (or 1) = this query MAY attend to this key.** That is the
 * convention of `scores.masked_fill(mask == 0, ...)`, Keras and TensorFlow.js.
 * PyTorch's `nn.MultiheadAttention` (`attn_mask`, `key_padding_mask`) uses the
 * opposite polarity (True = ignore): negate such a mask before passing it here.
 * Masked keys get weight exactly 0.
 *
 * @param q queries, `[..., seqQ, dK]`, float32.
 * @param k keys, `[..., seqK, dK]`, float32; same leading dimensions as `q`.
 * @param v values, `[..., seqK, dV]`, float32; same leading dimensions as `q`.
 * @param options `mask`: bool or 0/1, broadcastable to `[..., seqQ, seqK]`, default none;
 *   `maskedRows`: what a query with no allowed key gets, `'zero'` (default), `'uniform'`
 *   or `'nan'` (see {@link MaskedRowPolicy}). No NaN is produced unless `'nan'` is asked for.
 * @returns `output` `[..., seqQ, dV]` and `weights` `[..., seqQ, seqK]`.
 * @throws Error naming the function, the argument and the shapes, for a rank below 2, a
 *   dtype other than float32, different leading dimensions, a `dK` or `seqK` mismatch,
 *   a mask that does not broadcast, is not bool or number, or holds values other than
 *   0 and 1, and an unknown `maskedRows`.
 */
export function scaledDotProductAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  options: AttentionOptions = {},
): AttentionResult {
  const { mask, maskedRows = 'zero' } = options;
  if (!POLICIES.includes(maskedRows)) {
    throw new Error(
      `${FN}: option 'maskedRows' must be one of ${POLICIES.map((p) => `'${p}'`).join(', ')}, ` +
        `got ${JSON.stringify(maskedRows)}`,
    );
  }
  checkQueryKeyValue(q, k, v, FN);
  const weightsShape = [...q.shape.slice(0, -1), k.shape[k.rank - 2]!]; // [..., seqQ, seqK]
  if (mask !== undefined) assertMask(mask, weightsShape, FN);
  // BEGIN SOLUTION
  return tf.tidy(() => {
    const dK = q.shape[q.rank - 1]!;
    // 1) scores: every query against every key, [..., seqQ, dK]·[..., seqK, dK]^T
    const scores = batchedMatMul(q, k, { transposeB: true }); // -> [..., seqQ, seqK]
    // 2) scale by 1/sqrt(d_k) so the logits' variance does not grow with d_k
    const scaled = tf.div(scores, Math.sqrt(dK));
    // 3) softmax over the keys; masked keys get weight exactly 0
    const weights =
      mask === undefined
        ? softmax(scaled)
        : maskedSoftmax(scaled, tf.cast(mask, 'bool'), maskedRows); // mask checked above
    // 4) weighted sum of the values
    const output = batchedMatMul(weights, v); // [..., seqQ, seqK]·[..., seqK, dV] -> [..., seqQ, dV]
    return { output, weights };
  });
  // END SOLUTION
}
