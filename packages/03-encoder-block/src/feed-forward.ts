import { assertShape, deriveSeed, formatShape, glorotUniform, zeros } from '@mha/runtime';
import { batchedMatMul } from '@mha/runtime/kernels';
import * as tf from '@tensorflow/tfjs-core';
import { checkDropoutOptions, dropout } from './dropout.js';

/** Weights of the position-wise feed-forward network, applied as x·W + b. */
export type FeedForwardParams = {
  /** W₁, `[dModel, dFF]`: expands each token. */
  w1: tf.Tensor2D;
  /** b₁, `[dFF]`. */
  b1: tf.Tensor1D;
  /** W₂, `[dFF, dModel]`: projects back to the model width. */
  w2: tf.Tensor2D;
  /** b₂, `[dModel]`. */
  b2: tf.Tensor1D;
};

/** The non-linearity between the two linear maps. */
export type Activation = 'relu' | 'gelu';

/** Options for {@link feedForward}. */
export interface FeedForwardOptions {
  /** `'relu'` (default, as in the paper) or `'gelu'` (the exact erf form, PyTorch's `'gelu'`). */
  activation?: Activation;
  /** Dropout on the hidden units, PyTorch's `TransformerEncoderLayer.dropout`. Default 0. */
  dropoutRate?: number;
  /** Dropout acts only when true. Default `false`. */
  training?: boolean;
  /** Seed of the dropout pattern; required when `training` and `dropoutRate > 0`. */
  seed?: number;
}

const ACTIVATIONS: readonly Activation[] = ['relu', 'gelu'];

/**
 * Feed-forward weights initialised like the Annotated Transformer: Glorot-uniform
 * matrices, zero biases.
 *
 * @param config `dModel`, `dFF` and `seed` (an integer in [0, 2^32)).
 * @returns `{ w1: [dModel, dFF], b1: [dFF], w2: [dFF, dModel], b2: [dModel] }`; the caller
 *   disposes them.
 */
export function initFeedForward(config: {
  dModel: number;
  dFF: number;
  seed: number;
}): FeedForwardParams {
  const { dModel, dFF, seed } = config;
  for (const [name, value] of [
    ['dModel', dModel],
    ['dFF', dFF],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`initFeedForward: '${name}' must be a positive integer, got ${value}`);
    }
  }
  return {
    w1: glorotUniform([dModel, dFF], deriveSeed(seed, 'w1')) as tf.Tensor2D,
    b1: zeros([dFF]) as tf.Tensor1D,
    w2: glorotUniform([dFF, dModel], deriveSeed(seed, 'w2')) as tf.Tensor2D,
    b2: zeros([dModel]) as tf.Tensor1D,
  };
}

/**
 * GELU, the exact form: the input times the standard normal CDF at the input.
 * Internal: called inside the caller's `tf.tidy`.
 *
 * $$\mathrm{GELU}(x) = x\,\Phi(x) = \tfrac{1}{2}\,x\left(1 + \mathrm{erf}(x/\sqrt{2})\right)$$
 */
function gelu(x: tf.Tensor): tf.Tensor {
  const cdf = tf.mul(0.5, tf.add(1, tf.erf(tf.mul(x, Math.SQRT1_2))));
  return tf.mul(x, cdf);
}

/**
 * Checks feed-forward parameters against `dModel` and returns dFF (the columns of `w1`).
 * Internal: also used by the encoder block, with its own function name and prefix.
 */
export function checkFeedForwardParams(
  params: FeedForwardParams,
  dModel: number,
  fnName: string,
  prefix: string,
): number {
  assertShape(params.w1, [dModel, -1], `${prefix}w1`, fnName);
  const dFF = params.w1.shape[1];
  assertShape(params.b1, [dFF], `${prefix}b1`, fnName);
  assertShape(params.w2, [dFF, dModel], `${prefix}w2`, fnName);
  assertShape(params.b2, [dModel], `${prefix}b2`, fnName);
  return dFF;
}

/**
 * The position-wise feed-forward network: two linear maps with a
 * non-linearity between them, applied to every token separately and identically.
 *
 * $$\mathrm{FFN}(x) = \max(0,\ xW_1 + b_1)\,W_2 + b_2$$
 *
 * (with `'gelu'`, GELU replaces max(0, ·)). Tokens never interact here; mixing
 * between positions is attention's job. In training, dropout acts on the
 * hidden activations, where PyTorch's `TransformerEncoderLayer` puts it.
 *
 * @param params `w1` `[dModel, dFF]`, `b1` `[dFF]`, `w2` `[dFF, dModel]`, `b2` `[dModel]`.
 * @param x `[..., dModel]`, e.g. `[batch, seq, dModel]`.
 * @param options `activation` (default `'relu'`), `dropoutRate` (default 0), `training`
 *   (default `false`), `seed`.
 * @returns the same shape as `x`.
 */
export function feedForward<T extends tf.Tensor>(
  params: FeedForwardParams,
  x: T,
  options: FeedForwardOptions = {},
): T {
  const fn = 'feedForward';
  const { activation = 'relu', dropoutRate = 0, training = false, seed } = options;
  if (!ACTIVATIONS.includes(activation)) {
    throw new Error(
      `${fn}: option 'activation' must be one of ${ACTIVATIONS.join(', ')}, got '${activation}'`,
    );
  }
  checkDropoutOptions(dropoutRate, training, seed, fn, 'dropoutRate');
  if (x.rank < 1) {
    throw new Error(
      `${fn}: argument 'x' must have rank >= 1 ([..., dModel]), got shape ${formatShape(x.shape)}`,
    );
  }
  const dModel = x.shape[x.rank - 1]!;
  checkFeedForwardParams(params, dModel, fn, 'params.');
  // BEGIN SOLUTION
  return tf.tidy(() => {
    // Every position is treated alike, so fold the leading axes into one: [tokens, dModel].
    const tokens = tf.reshape(x, [-1, dModel]); // [..., dModel] -> [tokens, dModel]
    // 1) expand: xW₁ + b₁
    const hidden = tf.add(batchedMatMul(tokens, params.w1), params.b1); // -> [tokens, dFF]
    // 2) non-linearity
    const activated = activation === 'relu' ? tf.relu(hidden) : gelu(hidden);
    // 3) dropout on the hidden units (training only)
    const dropped = dropout(activated, { rate: dropoutRate, training, seed });
    // 4) project back: hW₂ + b₂
    const output = tf.add(batchedMatMul(dropped, params.w2), params.b2); // -> [tokens, dModel]
    return tf.reshape(output, x.shape) as T; // [tokens, dModel] -> [..., dModel]
  });
  // END SOLUTION
}
