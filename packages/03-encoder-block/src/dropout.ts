import { seededUniform } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

/** Options for {@link dropout}. */
export interface DropoutOptions {
  /** Probability p of zeroing each entry, in [0, 1). */
  rate: number;
  /** Dropout acts only when true. Default `false`: the input passes through unchanged. */
  training?: boolean;
  /**
   * Seed of the keep/drop pattern, an integer in [0, 2^32). Required when
   * dropout acts (`training` and `rate > 0`): the same seed drops the same
   * entries on every backend. A training loop passes a new seed each step.
   */
  seed?: number;
}

/**
 * Checks dropout settings for `fnName`, naming its own option names in errors.
 * Internal: shared by every function that takes a dropout rate.
 */
export function checkDropoutOptions(
  rate: number,
  training: boolean,
  seed: number | undefined,
  fnName: string,
  rateName: string,
): void {
  if (!(rate >= 0 && rate < 1)) {
    throw new Error(`${fnName}: option '${rateName}' must be in [0, 1), got ${rate}`);
  }
  if (training && rate > 0 && seed === undefined) {
    throw new Error(
      `${fnName}: option 'seed' is required when training with ${rateName} > 0 ` +
        `(got ${rateName} ${rate}, seed undefined)`,
    );
  }
}

/**
 * Inverted dropout (Srivastava et al., 2014), as `nn.Dropout` applies it in training mode.
 *
 * $$\mathrm{dropout}(x)_j = \frac{m_j\, x_j}{1 - p}, \qquad m_j \sim \mathrm{Bernoulli}(1 - p)$$
 *
 * Dividing the kept entries by 1 − p keeps every entry's expected value equal
 * to x, so nothing needs rescaling at inference time, when dropout is off.
 * The keep/drop pattern is drawn in JavaScript from the seed (mulberry32), so
 * it is the same on every backend.
 *
 * @param x any shape.
 * @param options `rate`, `training` (default `false`) and `seed`.
 * @returns the same shape as `x`: a copy of `x` when not training or `rate` is 0.
 */
export function dropout<T extends tf.Tensor>(x: T, options: DropoutOptions): T {
  const { rate, training = false, seed } = options;
  checkDropoutOptions(rate, training, seed, 'dropout', 'rate');
  return tf.tidy(() => {
    if (!training || rate === 0) return tf.clone(x);
    // 1) keep each entry with probability 1 − p
    const keep = tf.greaterEqual(seededUniform(x.shape, seed!, { min: 0, max: 1 }), rate);
    // 2) zero the dropped entries and rescale the kept ones by 1/(1 − p)
    return tf.mul(tf.where(keep, x, tf.zerosLike(x)), 1 / (1 - rate)) as T;
  });
}
