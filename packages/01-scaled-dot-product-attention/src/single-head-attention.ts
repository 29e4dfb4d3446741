import { assertShape, deriveSeed, formatShape, glorotUniform } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import { assertMask } from './attention-mask.js';
import {
  type AttentionOptions,
  type AttentionResult,
  scaledDotProductAttention,
} from './scaled-dot-product-attention.js';

/**
 * The three projections of one attention head, each applied as $xW$ (row vectors).
 * (A type alias rather than an interface, so `tf.dispose(params)` accepts it.)
 */
export type SingleHeadParams = {
  /** $W^Q$, `[dModel, dK]`: turns an input row into a query. */
  wQ: tf.Tensor2D;
  /** $W^K$, `[dModel, dK]`: turns an input row into a key. */
  wK: tf.Tensor2D;
  /** $W^V$, `[dModel, dV]`: turns an input row into a value. */
  wV: tf.Tensor2D;
};

/** Sizes and seed for {@link initSingleHead}. */
export interface SingleHeadConfig {
  /** Width of the input rows. */
  dModel: number;
  /** Width of queries and keys. */
  dK: number;
  /** Width of values. Default: `dK`. */
  dV?: number;
  /** Integer in [0, 2^32). The same seed gives the same weights on every backend. */
  seed: number;
}

const INIT = 'initSingleHead';
const FN = 'singleHeadAttention';
const NAMES = ['wQ', 'wK', 'wV'] as const;

/**
 * Creates the projections of one attention head with Glorot-uniform weights, one
 * derived seed per matrix.
 *
 * $$W^Q, W^K \in \mathbb{R}^{d_\text{model} \times d_k}, \qquad W^V \in \mathbb{R}^{d_\text{model} \times d_v},
 * \qquad W_{ij} \sim \mathcal{U}\!\left(\pm\sqrt{\tfrac{6}{n_\text{in} + n_\text{out}}}\right)$$
 *
 * The caller owns the tensors: free them with `tf.dispose(params)`.
 *
 * @param config `dModel`, `dK`, `dV` (default `dK`) and `seed`.
 * @returns `wQ` `[dModel, dK]`, `wK` `[dModel, dK]`, `wV` `[dModel, dV]`, float32.
 * @throws Error naming `initSingleHead` and the offending size or seed.
 */
export function initSingleHead({ dModel, dK, dV = dK, seed }: SingleHeadConfig): SingleHeadParams {
  for (const [name, size] of [
    ['dModel', dModel],
    ['dK', dK],
    ['dV', dV],
  ] as const) {
    if (!Number.isInteger(size) || size < 1) {
      throw new Error(`${INIT}: '${name}' must be a positive integer, got ${size}`);
    }
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`${INIT}: 'seed' must be an integer in [0, 2^32), got ${seed}`);
  }
  return tf.tidy(() => ({
    wQ: glorotUniform([dModel, dK], deriveSeed(seed, 'wQ')) as tf.Tensor2D,
    wK: glorotUniform([dModel, dK], deriveSeed(seed, 'wK')) as tf.Tensor2D,
    wV: glorotUniform([dModel, dV], deriveSeed(seed, 'wV')) as tf.Tensor2D,
  }));
}

/** Throws unless the params are live float32 matrices of matching sizes. */
function checkParams(params: SingleHeadParams): void {
  for (const name of NAMES) {
    const w: tf.Tensor | undefined = params?.[name];
    if (w === undefined || w === null || typeof w.rank !== 'number') {
      throw new Error(`${FN}: 'params.${name}' must be a tensor, got ${String(w)}`);
    }
    if (w.isDisposed) throw new Error(`${FN}: 'params.${name}' has been disposed`);
    if (w.rank !== 2) {
      throw new Error(
        `${FN}: 'params.${name}' must be a matrix [dModel, ${name === 'wV' ? 'dV' : 'dK'}], ` +
          `got shape ${formatShape(w.shape)}`,
      );
    }
    if (w.dtype !== 'float32') {
      throw new Error(`${FN}: 'params.${name}' must be float32, got dtype '${w.dtype}'`);
    }
  }
  const [dModel, dK] = params.wQ.shape;
  assertShape(params.wK, [dModel, dK], 'params.wK', FN);
  assertShape(params.wV, [dModel, -1], 'params.wV', FN);
}

/** Throws unless query, key and value are `[..., seq, dModel]` with matching leading dims. */
function checkInputs(query: tf.Tensor, key: tf.Tensor, value: tf.Tensor, dModel: number): void {
  if (query.rank < 2) {
    throw new Error(
      `${FN}: argument 'query' must have rank >= 2 ([..., seqQ, dModel]), ` +
        `got shape ${formatShape(query.shape)}`,
    );
  }
  const lead = query.shape.slice(0, -2);
  assertShape(query, [...lead.map(() => -1), -1, dModel], 'query', FN);
  assertShape(key, [...lead, -1, dModel], 'key', FN);
  assertShape(value, key.shape, 'value', FN);
  for (const [name, t] of [
    ['query', query],
    ['key', key],
    ['value', value],
  ] as const) {
    if (t.dtype !== 'float32') {
      throw new Error(`${FN}: argument '${name}' must be float32, got dtype '${t.dtype}'`);
    }
  }
}

/** $xW$ on the last axis, for any leading dimensions. Runs inside the caller's `tf.tidy`. */
function project(x: tf.Tensor, w: tf.Tensor2D): tf.Tensor {
  const [dIn, dOut] = w.shape;
  const rows = tf.reshape(x, [-1, dIn]); // [..., seq, dModel] -> [rows, dModel]
  const projected = tf.matMul(rows, w); // [rows, dModel]·[dModel, dOut] -> [rows, dOut]
  return tf.reshape(projected, [...x.shape.slice(0, -1), dOut]); // -> [..., seq, dOut]
}

/**
 * One attention head: project the inputs, then apply scaled dot-product attention.
 *
 * $$\mathrm{head}(X_q, X_{kv}) = \mathrm{Attention}\big(X_q W^Q,\; X_{kv} W^K,\; X_{kv} W^V\big)
 * = \mathrm{softmax}\!\left(\frac{X_q W^Q (X_{kv} W^K)^\top}{\sqrt{d_k}}\right) X_{kv} W^V$$
 *
 * With `key` and `value` left out this is self-attention (Q, K and V all come from
 * `query`). Pass `key` (and, if different, `value`) for cross-attention.
 *
 * @param params `wQ` `[dModel, dK]`, `wK` `[dModel, dK]`, `wV` `[dModel, dV]`.
 * @param query the sequence that asks, `[..., seqQ, dModel]`.
 * @param key the sequence that is looked at, `[..., seqK, dModel]`; same leading
 *   dimensions as `query`. Default: `query`.
 * @param value the sequence whose rows are averaged, `[..., seqK, dModel]`, the shape of
 *   `key`. Default: `key` (so `query` when both are left out).
 * @param options as for {@link scaledDotProductAttention}: `mask` (true = may attend),
 *   broadcastable to `[..., seqQ, seqK]`, and `maskedRows` (default `'zero'`).
 * @returns `output` `[..., seqQ, dV]` and `weights` `[..., seqQ, seqK]`.
 * @throws Error naming the function, the argument and both shapes, for bad params,
 *   inputs whose last axis is not `dModel`, mismatched leading dimensions or masks.
 */
export function singleHeadAttention(
  params: SingleHeadParams,
  query: tf.Tensor,
  key: tf.Tensor = query,
  value: tf.Tensor = key,
  options: AttentionOptions = {},
): AttentionResult {
  checkParams(params);
  const dModel = params.wQ.shape[0];
  checkInputs(query, key, value, dModel);
  if (options.mask !== undefined) {
    const seqK = key.shape[key.rank - 2]!;
    assertMask(options.mask, [...query.shape.slice(0, -1), seqK], FN); // [..., seqQ, seqK]
  }
  return tf.tidy(() => {
    // 1) project: Q = X_q·W^Q, K = X_kv·W^K, V = X_kv·W^V
    const q = project(query, params.wQ); // [..., seqQ, dModel] -> [..., seqQ, dK]
    const k = project(key, params.wK); // [..., seqK, dModel] -> [..., seqK, dK]
    const v = project(value, params.wV); // [..., seqK, dModel] -> [..., seqK, dV]
    // 2) attend: softmax(QK^T / sqrt(d_k))·V
    return scaledDotProductAttention(q, k, v, options);
  });
}
