import * as tf from '@tensorflow/tfjs-core';
import { checkCausal, checkInteger } from './checks.js';

/** Options of {@link stridedMask}. */
export interface StridedMaskOptions {
  /** The stride ℓ, an integer ≥ 1. Required. */
  stride: number;
  /** Only keys at or before the query (j ≤ i), as in the Sparse Transformer. Default `true`. */
  causal?: boolean;
}

/** Options of {@link fixedBlockMask}. */
export interface FixedBlockMaskOptions {
  /** The block length ℓ, an integer ≥ 1. Required. */
  block: number;
  /** How many positions at the end of each block summarise it (c), 1 … block. Default 1. */
  summary?: number;
  /** Only keys at or before the query (j ≤ i), as in the Sparse Transformer. Default `true`. */
  causal?: boolean;
}

/** [seq, 1] query positions i, [1, seq] key positions j. */
function positions(seq: number): { i: tf.Tensor; j: tf.Tensor } {
  return {
    i: tf.reshape(tf.range(0, seq, 1, 'int32'), [seq, 1]), // [seq, 1]
    j: tf.reshape(tf.range(0, seq, 1, 'int32'), [1, seq]), // [1, seq]
  };
}

/**
 * The Sparse Transformer's strided pattern (Child et al., 2019): the union of its two
 * heads, the previous ℓ positions and every ℓ-th position before them.
 *
 * $$A^{(1)}_i = \{\, j : 0 \le i - j \le \ell \,\},\qquad
 *   A^{(2)}_i = \{\, j : (i - j) \bmod \ell = 0 \,\}$$
 *
 * With `causal: false` the same rule is applied to |i − j|.
 * Each query sees about ℓ + n/ℓ keys; ℓ ≈ √n gives O(n√n) for the whole sequence.
 *
 * @param seq sequence length, a positive integer.
 * @param options `stride` (required), `causal` (default `true`).
 * @returns bool `[seq, seq]`, **true = may attend**.
 * @throws Error naming `stridedMask` and the argument for a bad size, stride or flag.
 */
export function stridedMask(seq: number, options: StridedMaskOptions): tf.Tensor2D {
  const FN = 'stridedMask';
  checkInteger(seq, 1, 'seq', FN);
  const { stride, causal = true } = options ?? ({} as StridedMaskOptions);
  checkInteger(stride, 1, 'stride', FN);
  checkCausal(causal, FN);
  return tf.tidy(() => {
    const { i, j } = positions(seq);
    const back = tf.sub(i, j); // i − j -> [seq, seq]
    const distance = causal ? back : tf.abs(back);
    const recent = tf.logicalAnd(tf.greaterEqual(distance, 0), tf.lessEqual(distance, stride));
    const onStride = tf.logicalAnd(
      tf.greaterEqual(distance, 0),
      tf.equal(tf.mod(distance, stride), 0),
    );
    return tf.logicalOr(recent, onStride) as tf.Tensor2D;
  });
}

/**
 * The Sparse Transformer's fixed pattern (Child et al., 2019): the union of its two heads,
 * the query's own block of ℓ positions and the last c positions of every block.
 *
 * $$A^{(1)}_i = \{\, j : \lfloor j/\ell \rfloor = \lfloor i/\ell \rfloor \,\},\qquad
 *   A^{(2)}_i = \{\, j : j \bmod \ell \ge \ell - c \,\}$$
 *
 * With `causal` (the default) both are cut to j ≤ i. The summary positions carry each
 * block's information to every later block.
 *
 * @param seq sequence length, a positive integer.
 * @param options `block` (required), `summary` c (default 1), `causal` (default `true`).
 * @returns bool `[seq, seq]`, **true = may attend**.
 * @throws Error naming `fixedBlockMask` and the argument for a bad size, block, summary
 *   or flag.
 */
export function fixedBlockMask(seq: number, options: FixedBlockMaskOptions): tf.Tensor2D {
  const FN = 'fixedBlockMask';
  checkInteger(seq, 1, 'seq', FN);
  const { block, summary = 1, causal = true } = options ?? ({} as FixedBlockMaskOptions);
  checkInteger(block, 1, 'block', FN);
  checkInteger(summary, 1, 'summary', FN);
  if (summary > block) {
    throw new Error(`${FN}: 'summary' (${summary}) must not exceed 'block' (${block})`);
  }
  checkCausal(causal, FN);
  return tf.tidy(() => {
    const { i, j } = positions(seq);
    const sameBlock = tf.equal(tf.floorDiv(i, block), tf.floorDiv(j, block)); // [seq, seq]
    const isSummary = tf.greaterEqual(tf.mod(j, block), block - summary); // [1, seq]
    const either = tf.logicalOr(sameBlock, isSummary); // [seq, seq]
    return (causal ? tf.logicalAnd(either, tf.lessEqual(j, i)) : either) as tf.Tensor2D;
  });
}
