import * as tf from '@tensorflow/tfjs-core';

const FN = 'causalMask';

/**
 * The causal (look-ahead) mask: query `i` may attend to key `j` only when `j ≤ i`, so no
 * position sees the positions after it.
 *
 * $$M_{i,\,j} = [\, j \le i \,]$$
 *
 * With `seqK ≠ seqQ` the rule is still `j ≤ i`, counted from the first position of both
 * sequences (the lower-left triangle, as `torch.ones(seqQ, seqK).tril()`).
 *
 * @param seqQ the number of queries.
 * @param seqK the number of keys. Default `seqQ`.
 * @returns bool `[1, 1, seqQ, seqK]`, **true = may attend**; it broadcasts over batch and heads.
 */
export function causalMask(seqQ: number, seqK: number = seqQ): tf.Tensor4D {
  for (const [name, value] of [
    ['seqQ', seqQ],
    ['seqK', seqK],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${FN}: argument '${name}' must be a positive integer, got ${value}`);
    }
  }
  // BEGIN SOLUTION
  return tf.tidy(() => {
    const queryPositions = tf.reshape(tf.range(0, seqQ, 1, 'int32'), [seqQ, 1]); // i
    const keyPositions = tf.reshape(tf.range(0, seqK, 1, 'int32'), [1, seqK]); // j
    const notInFuture = tf.lessEqual(keyPositions, queryPositions); // j ≤ i -> [seqQ, seqK]
    return tf.reshape(notInFuture, [1, 1, seqQ, seqK]); // -> [1, 1, seqQ, seqK]
  });
  // END SOLUTION
}
