import * as tf from '@tensorflow/tfjs-core';
import { checkInteger } from './checks.js';

const FN = 'globalTokensMask';

/** Options of {@link globalTokensMask}. */
export interface GlobalTokensOptions {
  /** Positions (0 … seq − 1, no repeats) that see and are seen by every position. Required. */
  globalPositions: readonly number[];
  /** Every position also sees the keys within this distance, |i − j| ≤ window. Required. */
  window: number;
}

/**
 * A Longformer-style pattern: a sliding window, plus a few global tokens (such as a
 * [CLS] token) that attend to every position and that every position attends to.
 *
 * $$M_{ij} = [\, |i - j| \le w \ \lor\ i \in G \ \lor\ j \in G \,]$$
 *
 * @param seq sequence length, a positive integer.
 * @param options `globalPositions` (may be empty) and `window`, both required.
 * @returns bool `[seq, seq]`, **true = may attend**; symmetric.
 * @throws Error naming `globalTokensMask` and the argument for a bad size, window, or a
 *   global position that is not an integer in [0, seq) or is repeated.
 */
export function globalTokensMask(seq: number, options: GlobalTokensOptions): tf.Tensor2D {
  checkInteger(seq, 1, 'seq', FN);
  const { globalPositions, window } = options ?? ({} as GlobalTokensOptions);
  checkInteger(window, 0, 'window', FN);
  if (!Array.isArray(globalPositions)) {
    throw new Error(
      `${FN}: 'globalPositions' must be an array of positions, got ${JSON.stringify(globalPositions)}`,
    );
  }
  const bad = globalPositions.find((p) => !Number.isInteger(p) || p < 0 || p >= seq);
  if (bad !== undefined) {
    throw new Error(
      `${FN}: 'globalPositions' must hold integers in [0, ${seq}) for seq ${seq}, got ${bad}`,
    );
  }
  if (new Set(globalPositions).size !== globalPositions.length) {
    throw new Error(`${FN}: 'globalPositions' has a repeated position: [${globalPositions}]`);
  }
  const isGlobal = Array.from({ length: seq }, (_, p) => globalPositions.includes(p));
  return tf.tidy(() => {
    const i = tf.reshape(tf.range(0, seq, 1, 'int32'), [seq, 1]); // [seq, 1]
    const j = tf.reshape(tf.range(0, seq, 1, 'int32'), [1, seq]); // [1, seq]
    const near = tf.lessEqual(tf.abs(tf.sub(i, j)), window); // [seq, seq]
    const globalQuery = tf.tensor2d(isGlobal, [seq, 1], 'bool');
    const globalKey = tf.tensor2d(isGlobal, [1, seq], 'bool');
    return tf.logicalOr(near, tf.logicalOr(globalQuery, globalKey)) as tf.Tensor2D;
  });
}
