import { deriveSeed, formatShape, seededNormal } from '@mha/runtime';
import { exp } from '@mha/runtime/kernels';
import * as tf from '@tensorflow/tfjs-core';
import { checkInteger, checkOptionsObject } from './checks.js';
import { linearAttention } from './linear-attention.js';

/** Options of {@link randomFeatureAttention}. */
export interface RandomFeatureAttentionOptions {
  /** m, the number of random features; more is closer to softmax. Required, an integer ≥ 1. */
  numFeatures: number;
  /** Seed of the random projection, an integer in [0, 2^32). Required. */
  seed: number;
  /** Query i sees only keys j ≤ i. Needs seqQ = seqK. Default `false`. */
  causal?: boolean;
}

/** Options of {@link positiveRandomFeatures}. */
export interface PositiveRandomFeaturesOptions {
  /**
   * A constant subtracted inside the exponential to keep it from overflowing; it cancels
   * in attention's ratio. `'none'` (default): nothing, so that φ(q)·φ(k) estimates
   * exp(q·k/√dK) itself; `'row'`: each row's own maximum (for queries); `'all'`: one maximum
   * over all rows of the last two axes (for keys, so every key shares it).
   */
  stabilise?: 'none' | 'row' | 'all';
}

/**
 * A seeded projection for positive random features: `numFeatures` vectors ω of length dK,
 * as the columns of a `[dK, numFeatures]` matrix, applied as x·W. Each ω is marginally
 * N(0, I); within each group of dK columns they are orthogonal (Gram–Schmidt on Gaussian
 * vectors, each then given the length of an independent Gaussian vector), which lowers the
 * variance of the estimate (FAVOR+, Choromanski et al. 2021).
 *
 * Every number is drawn in JavaScript from the runtime's seeded generator, so the same
 * seed gives the same projection, bit for bit, on every backend.
 *
 * @param dK the query/key size, a positive integer.
 * @param numFeatures m, a positive integer.
 * @param seed an integer in [0, 2^32).
 * @returns float32 `[dK, numFeatures]`.
 */
export function randomFeatureProjection(
  dK: number,
  numFeatures: number,
  seed: number,
): tf.Tensor2D {
  const FN = 'randomFeatureProjection';
  checkInteger(dK, 1, 'dK', FN);
  checkInteger(numFeatures, 1, 'numFeatures', FN);
  checkInteger(seed, 0, 'seed', FN);
  const draw = (label: string, n: number): Float32Array => {
    const t = seededNormal([n], deriveSeed(seed, 'random-features', label));
    const values = t.dataSync() as Float32Array;
    t.dispose();
    return values;
  };
  const gaussians = draw('directions', numFeatures * dK);
  const lengths = draw('lengths', numFeatures * dK);
  const columns: number[][] = [];
  for (let f = 0; f < numFeatures; f++) {
    // Gram–Schmidt against the earlier vectors of the same group of dK.
    const w = Array.from(gaussians.subarray(f * dK, (f + 1) * dK));
    for (let g = f - (f % dK); g < f; g++) {
      const u = columns[g]!;
      const dot = w.reduce((s, x, i) => s + x * u[i]!, 0);
      for (let i = 0; i < dK; i++) w[i]! -= dot * u[i]!;
    }
    const norm = Math.hypot(...w);
    columns.push(w.map((x) => x / norm));
  }
  const matrix = new Float32Array(dK * numFeatures); // row-major [dK, numFeatures]
  for (let f = 0; f < numFeatures; f++) {
    const length = Math.hypot(...lengths.subarray(f * dK, (f + 1) * dK)); // a chi(dK) length
    for (let i = 0; i < dK; i++) matrix[i * numFeatures + f] = columns[f]![i]! * length;
  }
  return tf.tensor2d(matrix, [dK, numFeatures]);
}

/**
 * Positive random features of the softmax kernel (FAVOR+): with x̃ = x / dK^{1/4},
 *
 * $$\varphi(x) = \frac{1}{\sqrt m}\, \exp\!\Big(\omega_r^\top \tilde x - \frac{\|\tilde x\|^2}{2}\Big)_{r=1..m},
 *   \qquad \mathbb E\big[\varphi(q)\cdot\varphi(k)\big] = e^{\tilde q\cdot\tilde k} = e^{q\cdot k/\sqrt{d_k}}$$
 *
 * Every feature is positive, so the estimated weights are never negative and their sum
 * never 0 (unlike sin/cos random features).
 *
 * @param x `[..., seq, dK]`, float32.
 * @param projection `[dK, m]`, from {@link randomFeatureProjection}.
 * @param options `stabilise` (default `'none'`).
 * @returns `[..., seq, m]`, positive.
 */
export function positiveRandomFeatures(
  x: tf.Tensor,
  projection: tf.Tensor,
  options: PositiveRandomFeaturesOptions = {},
): tf.Tensor {
  const FN = 'positiveRandomFeatures';
  const { stabilise = 'none' } = options ?? {};
  if (!['none', 'row', 'all'].includes(stabilise)) {
    throw new Error(
      `${FN}: option 'stabilise' must be 'none', 'row' or 'all', got ${JSON.stringify(stabilise)}`,
    );
  }
  const dK = x.shape[x.rank - 1];
  if (x.rank < 2 || projection.rank !== 2 || projection.shape[0] !== dK) {
    throw new Error(
      `${FN}: argument 'projection' must be [dK, m] for 'x' [..., seq, dK], got x ` +
        `${formatShape(x.shape)} and projection ${formatShape(projection.shape)}`,
    );
  }
  return tf.tidy(() => {
    const m = projection.shape[1]!;
    const xs = tf.div(x, dK! ** 0.25); // x̃ = x / dK^(1/4), so x̃_q·x̃_k = q·k/√dK
    const u = tf.matMul(tf.reshape(xs, [-1, dK!]), projection); // [rows, dK]·[dK, m] -> [rows, m]
    const projected = tf.reshape(u, [...x.shape.slice(0, -1), m]); // -> [..., seq, m]
    const halfNorm = tf.div(tf.sum(tf.square(xs), -1, true), 2); // ‖x̃‖²/2 -> [..., seq, 1]
    const exponent = tf.sub(projected, halfNorm);
    const shift =
      stabilise === 'none'
        ? tf.scalar(0)
        : tf.max(exponent, stabilise === 'row' ? -1 : [-2, -1], true); // cancels in the ratio
    return tf.div(exp(tf.sub(exponent, shift)), Math.sqrt(m));
  });
}

/**
 * Softmax attention approximated with positive random features (the Performer's FAVOR+):
 * linear attention whose feature map is {@link positiveRandomFeatures}, so that
 * φ(q)·φ(k) is an unbiased estimate of the softmax kernel e^{q·k/√dK}.
 *
 * $$\mathrm{out}_i \approx \frac{\varphi(q_i)^\top \sum_j \varphi(k_j) v_j^\top}
 *   {\varphi(q_i)^\top \sum_j \varphi(k_j)} \approx
 *   \sum_j \mathrm{softmax}_j\!\Big(\frac{q_i\cdot k_j}{\sqrt{d_k}}\Big) v_j$$
 *
 * O(n·m·d) time and O(n·m) memory. The error falls like 1/√m, and grows with the size of
 * the logits: the estimator's variance grows like e^{2‖q̃‖·‖k̃‖}.
 *
 * @param q queries, `[..., seqQ, dK]`, float32.
 * @param k keys, `[..., seqK, dK]`, float32; same leading axes as `q`.
 * @param v values, `[..., seqK, dV]`, float32; same leading axes as `q`.
 * @param options `numFeatures` and `seed` (both required), `causal` (default `false`).
 * @returns `[..., seqQ, dV]`.
 * @throws Error naming the function and argument for a bad `numFeatures` or `seed`, and
 *   `linearAttention`'s errors for bad q, k, v.
 */
export function randomFeatureAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  options: RandomFeatureAttentionOptions,
): tf.Tensor {
  const FN = 'randomFeatureAttention';
  checkOptionsObject(options, FN);
  const { numFeatures, seed, causal = false } = options ?? ({} as RandomFeatureAttentionOptions);
  checkInteger(numFeatures, 1, 'numFeatures', FN);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`${FN}: 'seed' must be an integer in [0, 2^32), got ${JSON.stringify(seed)}`);
  }
  if (q.rank < 2) {
    throw new Error(`${FN}: argument 'q' must have rank >= 2, got ${formatShape(q.shape)}`);
  }
  return tf.tidy(() => {
    const projection = randomFeatureProjection(q.shape[q.rank - 1]!, numFeatures, seed); // [dK, m]
    const featureMap = (x: tf.Tensor, role: 'query' | 'key') =>
      positiveRandomFeatures(x, projection, { stabilise: role === 'query' ? 'row' : 'all' });
    return linearAttention(q, k, v, { featureMap, causal });
  });
}
