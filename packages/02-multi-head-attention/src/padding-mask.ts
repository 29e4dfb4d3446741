import * as tf from '@tensorflow/tfjs-core';

const FN = 'paddingMask';

/**
 * The padding mask for a batch of sequences padded to `seqK`: key `j` of sequence `b`
 * is real (may be attended to) when `j < lengths[b]`, and padding otherwise.
 *
 * $$M_{b,\,j} = [\, j < \ell_b \,]$$
 *
 * The two singleton axes let it broadcast over heads and queries:
 * every query of sequence `b`, in every head, ignores the same padded keys.
 *
 * @param lengths the true length $\ell_b$ of each sequence, integers in `[0, seqK]`, one per
 *   batch entry.
 * @param seqK the padded length, the number of keys.
 * @returns bool `[batch, 1, 1, seqK]`, **true = may attend**.
 */
export function paddingMask(lengths: readonly number[], seqK: number): tf.Tensor4D {
  if (!Number.isInteger(seqK) || seqK < 1) {
    throw new Error(`${FN}: argument 'seqK' must be a positive integer, got ${seqK}`);
  }
  if (lengths.length === 0) {
    throw new Error(`${FN}: argument 'lengths' must hold one length per sequence, got []`);
  }
  lengths.forEach((length, b) => {
    if (!Number.isInteger(length) || length < 0 || length > seqK) {
      throw new Error(
        `${FN}: argument 'lengths' must hold integers in [0, seqK] = [0, ${seqK}], ` +
          `got lengths[${b}] = ${length} (lengths [${lengths.join(', ')}])`,
      );
    }
  });
  // BEGIN SOLUTION
  return tf.tidy(() => {
    const positions = tf.range(0, seqK, 1, 'int32'); // [seqK]: 0, 1, …, seqK − 1
    const limits = tf.tensor1d([...lengths], 'int32'); // [batch]
    const keyIndex = tf.reshape(positions, [1, seqK]); // j
    const length = tf.reshape(limits, [-1, 1]); // ℓ_b, [batch, 1]
    const isReal = tf.less(keyIndex, length); // j < ℓ_b -> [batch, seqK]
    return tf.reshape(isReal, [lengths.length, 1, 1, seqK]); // -> [batch, 1, 1, seqK]
  });
  // END SOLUTION
}
