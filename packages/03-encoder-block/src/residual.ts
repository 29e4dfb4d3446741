import * as tf from '@tensorflow/tfjs-core';
import { type LayerNormParams, layerNorm } from './layer-norm.js';

/** Options of {@link residualSubLayer}. */
export type ResidualOptions = {
  /** The sub-layer's layer norm. */
  norm: LayerNormParams;
  /** Pre-LN (`true`): normalise the sub-layer's input. Post-LN (`false`): its sum. */
  normFirst: boolean;
  /** Layer-norm ε. Default `1e-5`. */
  epsilon?: number;
};

/**
 * One residual sub-layer of a Transformer block, with its layer norm placed either way:
 *
 * $$\text{post-LN: } \mathrm{LN}\big(x + F(x)\big) \qquad
 *   \text{pre-LN: } x + F\big(\mathrm{LN}(x)\big)$$
 *
 * `sublayer` is F (attention or the feed-forward network, dropout included). Used by the
 * encoder block, the decoder block and the cached decoding step, so that each reads as
 * its formula. No checks and no `tf.tidy` of its own: call it inside the caller's tidy,
 * whose sub-layer may keep tensors (attention weights) for its result.
 *
 * @param x `[batch, seq, dModel]`.
 * @param sublayer F: `[batch, seq, dModel] -> [batch, seq, dModel]`.
 * @param options `norm`, `normFirst`, `epsilon` (default `1e-5`).
 * @returns `[batch, seq, dModel]`.
 */
export function residualSubLayer(
  x: tf.Tensor3D,
  sublayer: (input: tf.Tensor3D) => tf.Tensor3D,
  options: ResidualOptions,
): tf.Tensor3D {
  const { norm, normFirst, epsilon = 1e-5 } = options;
  if (normFirst) return tf.add(x, sublayer(layerNorm(norm, x, { epsilon }))); // x + F(LN(x))
  return layerNorm(norm, tf.add(x, sublayer(x)), { epsilon }); // LN(x + F(x))
}
