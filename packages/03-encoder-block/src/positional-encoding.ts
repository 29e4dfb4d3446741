import * as tf from '@tensorflow/tfjs-core';

const FN = 'sinusoidalPositionalEncoding';

function checkPositiveInteger(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${FN}: argument '${name}' must be a positive integer, got ${value}`);
  }
}

/**
 * The sinusoidal positional encoding of "Attention Is All You Need" (section 3.5).
 *
 * $$PE_{(pos,\,2i)} = \sin\!\left(\frac{pos}{10000^{2i/d_\text{model}}}\right),
 * \qquad PE_{(pos,\,2i+1)} = \cos\!\left(\frac{pos}{10000^{2i/d_\text{model}}}\right)$$
 *
 * Sines and cosines are interleaved as in the paper: column 2i holds the sine
 * and column 2i+1 the cosine of the same angle, so each row is a list of
 * points on unit circles, one circle per frequency. The wavelengths grow
 * geometrically from 2π (i = 0) towards 10000·2π. The encoding is added to the
 * scaled input embeddings, once, before the first block; it is not added to
 * the keys or values.
 *
 * An odd `dModel` is allowed: the exponent still divides by the real `dModel`,
 * and the last column is the sine of pair (dModel − 1)/2, whose cosine would
 * fall outside the row and is dropped. Every other column is what the formula
 * gives.
 *
 * @param maxLen number of positions, pos = 0 … maxLen − 1.
 * @param dModel width of each encoding.
 * @returns `[maxLen, dModel]`, float32, every entry in [−1, 1].
 */
export function sinusoidalPositionalEncoding(maxLen: number, dModel: number): tf.Tensor2D {
  checkPositiveInteger(maxLen, 'maxLen');
  checkPositiveInteger(dModel, 'dModel');
  // BEGIN SOLUTION
  return tf.tidy(() => {
    const numPairs = Math.ceil(dModel / 2);
    // 1) one frequency per pair: ω_i = 10000^(−2i/dModel), computed in double precision
    const frequencies = Array.from({ length: numPairs }, (_, i) => 10000 ** ((-2 * i) / dModel));
    const omega = tf.tensor2d(frequencies, [1, numPairs]); // [1, numPairs]
    const positions = tf.reshape(tf.range(0, maxLen, 1, 'float32'), [maxLen, 1]); // [maxLen, 1]
    // 2) every angle pos·ω_i
    const angles = tf.mul(positions, omega); // [maxLen, 1]·[1, numPairs] -> [maxLen, numPairs]
    // 3) interleave: sin into column 2i, cos into column 2i + 1
    const pairs = tf.stack([tf.sin(angles), tf.cos(angles)], 2); // -> [maxLen, numPairs, 2]
    const interleaved = tf.reshape(pairs, [maxLen, 2 * numPairs]); // -> [maxLen, 2·numPairs]
    // 4) an odd dModel drops the last cosine
    return tf.slice(interleaved, [0, 0], [maxLen, dModel]) as tf.Tensor2D; // -> [maxLen, dModel]
  });
  // END SOLUTION
}
