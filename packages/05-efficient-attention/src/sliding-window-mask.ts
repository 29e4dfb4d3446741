import * as tf from '@tensorflow/tfjs-core';
import { checkInteger, checkReach } from './checks.js';

const FN = 'slidingWindowMask';

/** Options of {@link slidingWindowMask}. */
export interface SlidingWindowOptions {
  /** How many keys before its own position a query sees. Required; an integer ≥ 0 or `Infinity`. */
  left: number;
  /** How many keys after its own position a query sees. Required; an integer ≥ 0 or `Infinity`. */
  right: number;
}

/**
 * A band: query `i` may attend to keys `i − left … i + right` (those that exist).
 *
 * $$M_{ij} = [\, i - \ell \le j \le i + r \,]$$
 *
 * `{ left: w, right: w }` is the window of {@link localAttention}; `{ left: Infinity,
 * right: 0 }` is the causal mask. Positions are counted from the first query and the
 * first key alike.
 *
 * @param seqQ number of queries, a positive integer.
 * @param seqK number of keys, a positive integer.
 * @param options `left` and `right`, both required.
 * @returns bool `[seqQ, seqK]`, **true = may attend**; it broadcasts over batch and heads.
 * @throws Error naming `slidingWindowMask` and the argument, for a size that is not a
 *   positive integer or a reach that is not a non-negative integer or `Infinity`.
 */
export function slidingWindowMask(
  seqQ: number,
  seqK: number,
  options: SlidingWindowOptions,
): tf.Tensor2D {
  checkInteger(seqQ, 1, 'seqQ', FN);
  checkInteger(seqK, 1, 'seqK', FN);
  const { left, right } = options ?? ({} as SlidingWindowOptions);
  checkReach(left, 'left', FN);
  checkReach(right, 'right', FN);
  // BEGIN SOLUTION
  return tf.tidy(() => {
    const i = tf.reshape(tf.range(0, seqQ, 1, 'int32'), [seqQ, 1]); // [seqQ, 1]
    const j = tf.reshape(tf.range(0, seqK, 1, 'int32'), [1, seqK]); // [1, seqK]
    const offset = tf.sub(j, i); // j − i -> [seqQ, seqK]
    const notTooFarBack = tf.greaterEqual(offset, -Math.min(left, seqK + seqQ));
    const notTooFarAhead = tf.lessEqual(offset, Math.min(right, seqK + seqQ));
    return tf.logicalAnd(notTooFarBack, notTooFarAhead) as tf.Tensor2D;
  });
  // END SOLUTION
}
