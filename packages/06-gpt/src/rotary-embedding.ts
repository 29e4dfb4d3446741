import { formatShape } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

/** Options for {@link applyRotaryEmbedding}. */
export interface RotaryEmbeddingOptions {
  /** The base $b$ of the frequencies $\theta_i = b^{-2i/d_\text{head}}$. Default `10000`. */
  base?: number;
  /** Position of the first row: row `t` sits at position `offset + t`. Default `0`. */
  offset?: number;
}

const FN = 'applyRotaryEmbedding';

/**
 * Rotary position embedding (RoPE, Su et al. 2021), in the rotate-half layout of GPT-NeoX
 * and LLaMA: feature `i` and feature `i + dHead/2` form a pair that is rotated by the angle
 * $p\,\theta_i$, where $p$ is the position of the row.
 *
 * $$\theta_i = b^{-2i/d_\text{head}}, \qquad
 *   \begin{pmatrix} x'_i \\ x'_{i+d/2} \end{pmatrix} =
 *   \begin{pmatrix} \cos p\theta_i & -\sin p\theta_i \\ \sin p\theta_i & \cos p\theta_i
 *   \end{pmatrix} \begin{pmatrix} x_i \\ x_{i+d/2} \end{pmatrix}$$
 *
 * Rotating queries and keys this way makes $q_m \cdot k_n$ depend on the positions only
 * through $m - n$: the product of two rotations by $m\theta$ and $-n\theta$ is one rotation
 * by $(m - n)\theta$.
 *
 * @param x `[batch, heads, seq, dHead]` with `dHead` even.
 * @param options `base` (default 10000), `offset` (default 0: the first row is position 0).
 * @returns the rotated `[batch, heads, seq, dHead]`.
 */
export function applyRotaryEmbedding(
  x: tf.Tensor4D,
  options: RotaryEmbeddingOptions = {},
): tf.Tensor4D {
  const { base = 10000, offset = 0 } = options;
  if (x.rank !== 4) {
    throw new Error(
      `${FN}: argument 'x' must have shape [batch, heads, seq, dHead], got ${formatShape(x.shape)}`,
    );
  }
  const [, , seq, dHead] = x.shape;
  if (dHead % 2 !== 0 || dHead < 2) {
    throw new Error(
      `${FN}: argument 'x' must have an even dHead (its last axis), got ${formatShape(x.shape)}`,
    );
  }
  if (!Number.isFinite(base) || base <= 0) {
    throw new Error(`${FN}: option 'base' must be a finite number > 0, got ${base}`);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new Error(`${FN}: option 'offset' must be an integer >= 0, got ${offset}`);
  }
  if (x.dtype !== 'float32') {
    throw new Error(`${FN}: argument 'x' must be float32, got dtype '${x.dtype}'`);
  }
  // BEGIN SOLUTION
  const half = dHead / 2;
  // The angles pθ_i for positions offset … offset + seq − 1 and i < dHead/2, in float64,
  // as their cosines and sines.
  const cos = new Float32Array(seq * half);
  const sin = new Float32Array(seq * half);
  for (let t = 0; t < seq; t++) {
    for (let i = 0; i < half; i++) {
      const angle = (offset + t) * base ** ((-2 * i) / dHead); // p·θ_i
      cos[t * half + i] = Math.cos(angle);
      sin[t * half + i] = Math.sin(angle);
    }
  }
  return tf.tidy(() => {
    const cosT = tf.tensor2d(cos, [seq, half]); // cos pθ_i, [seq, dHead/2]
    const sinT = tf.tensor2d(sin, [seq, half]); // sin pθ_i, [seq, dHead/2]
    const x1 = tf.slice(x, [0, 0, 0, 0], [-1, -1, -1, half]); // x_i, [batch, heads, seq, dHead/2]
    const x2 = tf.slice(x, [0, 0, 0, half], [-1, -1, -1, half]); // x_{i+d/2}, same shape
    // x'_i = x_i cos pθ_i − x_{i+d/2} sin pθ_i
    const first = tf.sub(tf.mul(x1, cosT), tf.mul(x2, sinT));
    // x'_{i+d/2} = x_{i+d/2} cos pθ_i + x_i sin pθ_i
    const second = tf.add(tf.mul(x2, cosT), tf.mul(x1, sinT));
    return tf.concat([first, second], 3) as tf.Tensor4D; // -> [batch, heads, seq, dHead]
  });
  // END SOLUTION
}
