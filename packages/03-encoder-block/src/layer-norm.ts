import { assertShape, formatShape, ones, zeros } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

/** Layer-norm gain and shift, one entry per feature. */
export type LayerNormParams = {
  /** γ, `[dModel]`: scales each normalised feature. */
  gamma: tf.Tensor1D;
  /** β, `[dModel]`: shifts each normalised feature. */
  beta: tf.Tensor1D;
};

/** Options for {@link layerNorm}. */
export interface LayerNormOptions {
  /** ε, added to the variance before the square root. Default `1e-5` (PyTorch's default). */
  epsilon?: number;
}

/**
 * Layer-norm parameters that start as the identity map: γ = 1, β = 0 (PyTorch's initialisation).
 *
 * @param dModel number of features.
 * @returns `{ gamma: [dModel], beta: [dModel] }`; the caller disposes them.
 */
export function initLayerNorm(dModel: number): LayerNormParams {
  if (!Number.isInteger(dModel) || dModel < 1) {
    throw new Error(`initLayerNorm: argument 'dModel' must be a positive integer, got ${dModel}`);
  }
  return { gamma: ones([dModel]) as tf.Tensor1D, beta: zeros([dModel]) as tf.Tensor1D };
}

/**
 * Layer normalisation over the last axis (Ba, Kiros and Hinton, 2016), as
 * PyTorch's `nn.LayerNorm(dModel)` computes it.
 *
 * $$\mu = \frac{1}{d}\sum_{j=1}^{d} x_j, \qquad \sigma^2 = \frac{1}{d}\sum_{j=1}^{d} (x_j - \mu)^2,
 * \qquad \mathrm{LN}(x) = \gamma \odot \frac{x - \mu}{\sqrt{\sigma^2 + \epsilon}} + \beta$$
 *
 * Each token is normalised on its own, across its features; nothing mixes
 * between tokens or between sequences in a batch. The variance is the biased
 * one (divide by d, not d − 1). A constant row has σ² = 0 and comes out as β.
 *
 * @param params `gamma` and `beta`, each `[dModel]`.
 * @param x `[..., dModel]`, e.g. `[batch, seq, dModel]`.
 * @param options `epsilon` (default `1e-5`).
 * @returns the same shape as `x`.
 */
export function layerNorm<T extends tf.Tensor>(
  params: LayerNormParams,
  x: T,
  options: LayerNormOptions = {},
): T {
  const fn = 'layerNorm';
  const { epsilon = 1e-5 } = options;
  if (!(epsilon >= 0) || !Number.isFinite(epsilon)) {
    throw new Error(`${fn}: option 'epsilon' must be a finite number >= 0, got ${epsilon}`);
  }
  if (x.rank < 1) {
    throw new Error(
      `${fn}: argument 'x' must have rank >= 1 ([..., dModel]), got shape ${formatShape(x.shape)}`,
    );
  }
  const dModel = x.shape[x.rank - 1]!;
  assertShape(params.gamma, [dModel], 'params.gamma', fn);
  assertShape(params.beta, [dModel], 'params.beta', fn);
  // BEGIN SOLUTION
  return tf.tidy(() => {
    // 1) mean over the features of each token
    const mean = tf.mean(x, -1, true); // [..., dModel] -> [..., 1]
    // 2) biased variance, from the centred values (two passes: stable for large offsets)
    const centred = tf.sub(x, mean);
    const variance = tf.mean(tf.square(centred), -1, true); // [..., dModel] -> [..., 1]
    // 3) normalise to zero mean and unit variance
    const normalised = tf.mul(centred, tf.rsqrt(tf.add(variance, epsilon)));
    // 4) scale and shift, feature by feature
    return tf.add(tf.mul(normalised, params.gamma), params.beta) as T;
  });
  // END SOLUTION
}
