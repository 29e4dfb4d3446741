import { deriveSeed, glorotUniform, zeros } from '@mha/runtime';
import type * as tf from '@tensorflow/tfjs-core';

/**
 * The weights of one multi-head attention layer, applied as $xW + b$ (row vectors).
 *
 * Head `i` uses columns `i·dK` to `(i+1)·dK − 1` of `wQ`, `wK` and `wV`, its
 * $W_i^Q, W_i^K, W_i^V \in \mathbb{R}^{d_\text{model} \times d_k}$, and rows `i·dV` to
 * `(i+1)·dV − 1` of `wO`.
 */
export type MultiHeadAttentionParams = {
  /** $W^Q$, `[dModel, dModel]`. */
  wQ: tf.Tensor2D;
  /** $W^K$, `[dModel, dModel]`. */
  wK: tf.Tensor2D;
  /** $W^V$, `[dModel, dModel]`. */
  wV: tf.Tensor2D;
  /** $W^O \in \mathbb{R}^{h d_v \times d_\text{model}}$, stored `[dModel, dModel]`. */
  wO: tf.Tensor2D;
  /** $b^Q$, `[dModel]`. Optional. */
  bQ?: tf.Tensor1D;
  /** $b^K$, `[dModel]`. Optional. */
  bK?: tf.Tensor1D;
  /** $b^V$, `[dModel]`. Optional. */
  bV?: tf.Tensor1D;
  /** $b^O$, `[dModel]`. Optional. */
  bO?: tf.Tensor1D;
};

/** Options for {@link initMultiHeadAttention}. */
export type MultiHeadAttentionConfig = {
  /** Width of every token vector, $d_\text{model}$. */
  dModel: number;
  /** Number of heads $h$; must divide `dModel`. */
  numHeads: number;
  /** Create the four biases (zeros). Default `true`. */
  bias?: boolean;
  /** Integer in [0, 2^32): the same seed gives the same weights on every backend. */
  seed: number;
};

/**
 * Creates the weights of a multi-head attention layer: Glorot-uniform matrices, each from
 * its own seed stream (`deriveSeed(seed, 'wQ')`, …), and zero biases. The caller owns the
 * tensors: free them with `tf.dispose(Object.values(params))`.
 *
 * $$W^Q, W^K, W^V, W^O \sim \mathcal{U}\!\left(\pm\sqrt{6 / (2 d_\text{model})}\right),
 *   \qquad b = 0$$
 *
 * @returns `wQ`, `wK`, `wV`, `wO` `[dModel, dModel]`; with `bias`, also `bQ`, `bK`, `bV`, `bO`
 *   `[dModel]`.
 */
export function initMultiHeadAttention(config: MultiHeadAttentionConfig): MultiHeadAttentionParams {
  const { dModel, numHeads, bias = true, seed } = config;
  const FN = 'initMultiHeadAttention';
  if (!Number.isInteger(dModel) || dModel < 1) {
    throw new Error(`${FN}: 'dModel' must be a positive integer, got ${dModel}`);
  }
  if (!Number.isInteger(numHeads) || numHeads < 1 || dModel % numHeads !== 0) {
    throw new Error(
      `${FN}: 'numHeads' must be a positive integer dividing 'dModel', ` +
        `got dModel = ${dModel} and numHeads = ${numHeads}`,
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`${FN}: 'seed' must be an integer in [0, 2^32), got ${seed}`);
  }
  const matrix = (name: string) =>
    glorotUniform([dModel, dModel], deriveSeed(seed, name)) as tf.Tensor2D;
  const weights = { wQ: matrix('wQ'), wK: matrix('wK'), wV: matrix('wV'), wO: matrix('wO') };
  if (!bias) return weights;
  const vector = () => zeros([dModel]) as tf.Tensor1D;
  return { ...weights, bQ: vector(), bK: vector(), bV: vector(), bO: vector() };
}
