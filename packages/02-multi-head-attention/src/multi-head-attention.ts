import { assertShape, formatShape } from '@mha/runtime';
import { batchedMatMul } from '@mha/runtime/kernels';
import {
  assertMask,
  type MaskedRowPolicy,
  scaledDotProductAttention,
} from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { checkHeadMask, maskPerHead } from './head-mask.js';
import type { MultiHeadAttentionParams } from './init-multi-head-attention.js';
import { mergeHeads } from './merge-heads.js';
import { splitHeads } from './split-heads.js';

/** Options for {@link multiHeadAttention}. */
export interface MultiHeadAttentionOptions {
  /** Number of heads $h$; must divide `dModel`. Each head has width `dK = dModel / numHeads`. */
  numHeads: number;
  /**
   * Which keys each query may see: bool (or 0/1), **true = may attend**. Accepted shapes:
   * `[seqQ, seqK]`, `[batch, seqQ, seqK]` (the same for every head), or
   * `[batch, numHeads, seqQ, seqK]`; any axis may be 1 to broadcast, so `paddingMask`
   * (`[batch, 1, 1, seqK]`) and `causalMask` (`[1, 1, seqQ, seqK]`) fit as they are.
   * Default: no mask.
   */
  mask?: tf.Tensor;
  /** What a query that may attend to no key gets. Default `'zero'`. See `MaskedRowPolicy`. */
  maskedRows?: MaskedRowPolicy;
}

/** Multi-head attention output and the per-head weights that produced it. */
export interface MultiHeadAttentionResult {
  /** `[batch, seqQ, dModel]`. */
  output: tf.Tensor3D;
  /** `[batch, numHeads, seqQ, seqK]`: head h's weights, row i over the keys. */
  weights: tf.Tensor4D;
}

const FN = 'multiHeadAttention';
const POLICIES: readonly MaskedRowPolicy[] = ['zero', 'uniform', 'nan'];

/** Throws unless inputs and parameters agree: rank 3, one batch, one dModel, one seqK. */
function checkInputs(
  params: MultiHeadAttentionParams,
  query: tf.Tensor,
  key: tf.Tensor,
  value: tf.Tensor,
  numHeads: number,
): void {
  assertShape(query, [-1, -1, -1], 'query', FN);
  assertShape(key, [-1, -1, -1], 'key', FN);
  assertShape(value, [-1, -1, -1], 'value', FN);
  const [batch, , dModel] = query.shape;
  const shapes =
    `query ${formatShape(query.shape)}, key ${formatShape(key.shape)}, ` +
    `value ${formatShape(value.shape)}`;
  for (const [name, t] of [
    ['key', key],
    ['value', value],
  ] as const) {
    if (t.shape[0] !== batch) {
      throw new Error(`${FN}: argument '${name}' must have the batch of 'query', got ${shapes}`);
    }
    if (t.shape[2] !== dModel) {
      throw new Error(`${FN}: argument '${name}' must have the dModel of 'query', got ${shapes}`);
    }
  }
  if (value.shape[1] !== key.shape[1]) {
    throw new Error(`${FN}: arguments 'key' and 'value' must have the same seqK, got ${shapes}`);
  }
  if (!Number.isInteger(numHeads) || numHeads < 1 || dModel! % numHeads !== 0) {
    throw new Error(
      `${FN}: option 'numHeads' must be a positive integer dividing dModel, ` +
        `got numHeads = ${numHeads} and dModel = ${dModel} (${shapes})`,
    );
  }
  for (const name of ['wQ', 'wK', 'wV', 'wO'] as const) {
    assertShape(params[name], [dModel!, dModel!], `params.${name}`, FN);
  }
  for (const name of ['bQ', 'bK', 'bV', 'bO'] as const) {
    const bias = params[name];
    if (bias !== undefined) assertShape(bias, [dModel!], `params.${name}`, FN);
  }
}

/**
 * A linear projection at every position, as the attention's $W^Q, W^K, W^V, W^O$ apply it.
 *
 * $$y = xW + b$$
 *
 * No checks and no `tf.tidy` of its own: it is the building block of the exported
 * functions, which check their parameters and tidy.
 *
 * @param x `[batch, seq, dIn]`.
 * @param w `[dIn, dOut]`.
 * @param b `[dOut]`, or `undefined` for none.
 * @returns `[batch, seq, dOut]`.
 */
export function project(x: tf.Tensor3D, w: tf.Tensor2D, b: tf.Tensor1D | undefined): tf.Tensor3D {
  const xw = batchedMatMul(x, w) as tf.Tensor3D; // [batch, seq, dIn]·[dIn, dOut] -> [batch, seq, dOut]
  return b === undefined ? xw : tf.add(xw, b); // + b, broadcast over batch and seq
}

/**
 * Multi-head attention: $h$ scaled dot-product attentions side by side, each on its own
 * slice of projected queries, keys and values, then concatenated and projected back.
 *
 * $$\mathrm{MultiHead}(Q, K, V) = \mathrm{Concat}(\text{head}_1, \ldots, \text{head}_h)\,W^O,
 *   \qquad \text{head}_i = \mathrm{Attention}(QW_i^Q,\, KW_i^K,\, VW_i^V)$$
 *
 * with $W_i^Q, W_i^K, W_i^V \in \mathbb{R}^{d_\text{model} \times d_k}$,
 * $W^O \in \mathbb{R}^{h d_v \times d_\text{model}}$ and $d_k = d_v = d_\text{model} / h$
 * (plus a bias after each product when `params` has one). Self-attention is
 * `multiHeadAttention(params, x, x, x, …)`; cross-attention passes another sequence as
 * `key` and `value`.
 *
 * @param params `wQ`, `wK`, `wV`, `wO` `[dModel, dModel]`; optional biases `[dModel]`.
 * @param query `[batch, seqQ, dModel]`.
 * @param key `[batch, seqK, dModel]`.
 * @param value `[batch, seqK, dModel]`.
 * @param options `numHeads` (required), `mask` (true = may attend; see
 *   {@link MultiHeadAttentionOptions}), `maskedRows` (default `'zero'`).
 * @returns `output` `[batch, seqQ, dModel]` and per-head `weights` `[batch, numHeads, seqQ, seqK]`.
 */
export function multiHeadAttention(
  params: MultiHeadAttentionParams,
  query: tf.Tensor3D,
  key: tf.Tensor3D,
  value: tf.Tensor3D,
  options: MultiHeadAttentionOptions,
): MultiHeadAttentionResult {
  const { numHeads, mask, maskedRows = 'zero' } = options;
  checkInputs(params, query, key, value, numHeads);
  if (!POLICIES.includes(maskedRows)) {
    throw new Error(
      `${FN}: option 'maskedRows' must be one of ${POLICIES.join(', ')}, got '${maskedRows}'`,
    );
  }
  const [batch, seqQ] = query.shape;
  const seqK = key.shape[1];
  if (mask !== undefined) {
    checkHeadMask(mask, { batch, numHeads, seqQ, seqK }, FN);
    assertMask(mask, mask.shape, FN); // dtype, and 0/1 values for a number mask
  }
  // BEGIN SOLUTION
  return tf.tidy(() => {
    // 1) project: Q = query·W^Q + b^Q, K = key·W^K + b^K, V = value·W^V + b^V
    const q = project(query, params.wQ, params.bQ); // [batch, seqQ, dModel]
    const k = project(key, params.wK, params.bK); // [batch, seqK, dModel]
    const v = project(value, params.wV, params.bV); // [batch, seqK, dModel]
    // 2) split: head i takes features i·dK … (i+1)·dK − 1, i.e. QW_i^Q, KW_i^K, VW_i^V
    const qHeads = splitHeads(q, numHeads); // -> [batch, numHeads, seqQ, dK]
    const kHeads = splitHeads(k, numHeads); // -> [batch, numHeads, seqK, dK]
    const vHeads = splitHeads(v, numHeads); // -> [batch, numHeads, seqK, dV]
    // 3) attend: every head at once, the head axis being one more leading (batch) axis
    const headMask = mask === undefined ? undefined : maskPerHead(mask); // rank 4, broadcastable
    const attention = scaledDotProductAttention(qHeads, kHeads, vHeads, {
      mask: headMask,
      maskedRows,
    });
    const heads = attention.output as tf.Tensor4D; // [batch, numHeads, seqQ, dV]
    // 4) concat: Concat(head_1, …, head_h)
    const concat = mergeHeads(heads); // -> [batch, seqQ, numHeads·dV] = [batch, seqQ, dModel]
    // 5) project back: MultiHead = Concat(…)·W^O + b^O
    const output = project(concat, params.wO, params.bO); // [batch, seqQ, dModel]
    return { output, weights: attention.weights as tf.Tensor4D };
  });
  // END SOLUTION
}
