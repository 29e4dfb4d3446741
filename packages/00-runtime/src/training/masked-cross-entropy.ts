import * as tf from '@tensorflow/tfjs-core';
import { assertShape, formatShape } from '../core/assert-shape.js';
import { logSoftmax } from '../kernels/log-softmax.js';

const FN = 'maskedCrossEntropy';

/** Which positions of `[batch, seq]` count: valid-prefix lengths, or a mask (true = scored). */
export type ScoredPositions = readonly number[] | tf.Tensor;

/** `[batch, seq]` float32 of 1 (scored) and 0 (not). */
function scoredMask(scored: ScoredPositions, batch: number, seq: number): tf.Tensor2D {
  if (scored instanceof tf.Tensor) {
    assertShape(scored, [batch, seq], 'scored', FN);
    return tf.cast(scored, 'float32') as tf.Tensor2D;
  }
  if (!Array.isArray(scored) || scored.length !== batch) {
    throw new Error(
      `${FN}: argument 'scored' must be ${batch} lengths or a [${batch}, ${seq}] mask, got ${
        Array.isArray(scored) ? `${scored.length} lengths` : typeof scored
      }`,
    );
  }
  for (const length of scored) {
    if (!Number.isInteger(length) || length < 0 || length > seq) {
      throw new Error(`${FN}: every length must be an integer in [0, ${seq}], got ${length}`);
    }
  }
  const rows = scored.map((length) => Array.from({ length: seq }, (_, i) => (i < length ? 1 : 0)));
  return tf.tensor2d(rows, [batch, seq], 'float32');
}

/**
 * Mean cross-entropy of next-token predictions over the scored positions only; padding
 * (or any position the mask leaves out) costs nothing and gets no gradient.
 *
 * $$\mathcal{L} = -\frac{1}{\sum_{n,i} m_{n,i}} \sum_{n,i} m_{n,i} \log \mathrm{softmax}(z_{n,i})_{y_{n,i}}$$
 *
 * @param logits `[batch, seq, vocabSize]`: unnormalised scores $z$.
 * @param targets `[batch, seq]` int32 token ids $y$, each in `[0, vocabSize)` at every
 *   position, scored or not (an unscored position may hold any id of the vocabulary).
 * @param scored which positions count ($m$): `[batch]` valid-prefix lengths, or a
 *   `[batch, seq]` mask (true or 1 = scored).
 * @returns a scalar; NaN when no position is scored.
 */
export function maskedCrossEntropy(
  logits: tf.Tensor3D,
  targets: tf.Tensor2D,
  scored: ScoredPositions,
): tf.Scalar {
  if (!(logits instanceof tf.Tensor)) {
    throw new Error(`${FN}: argument 'logits' must be a tf.Tensor, got ${typeof logits}`);
  }
  assertShape(logits, [-1, -1, -1], 'logits', FN);
  const [batch, seq, vocabSize] = logits.shape;
  if (!(targets instanceof tf.Tensor)) {
    throw new Error(`${FN}: argument 'targets' must be a tf.Tensor, got ${typeof targets}`);
  }
  assertShape(targets, [batch, seq], 'targets', FN);
  if (targets.dtype !== 'int32') {
    throw new Error(
      `${FN}: argument 'targets' must be int32 token ids, got ${targets.dtype} ${formatShape(targets.shape)}`,
    );
  }
  // A target outside the vocabulary would pick another position's score: refused.
  const ids = targets.dataSync();
  const outside = ids.findIndex((id) => id < 0 || id >= vocabSize);
  if (outside >= 0) {
    throw new Error(
      `${FN}: every target must be a token id in [0, ${vocabSize - 1}] (the logits' last ` +
        `axis), got ${ids[outside]} at position ${outside} of targets ${formatShape(targets.shape)}`,
    );
  }
  return tf.tidy(() => {
    const mask = scoredMask(scored, batch, seq); // [batch, seq]
    // 1) log-probability of the correct token at every position: the entry y of each row of
    //    log-probabilities, read from the flat [batch·seq·vocabSize] at (n·seq + i)·vocabSize + y
    const logProbs = logSoftmax(logits); // [batch, seq, vocabSize]
    const at = tf.tensor1d(
      Int32Array.from(ids, (id, k) => k * vocabSize + id),
      'int32',
    );
    const picked = tf.reshape(tf.gather(tf.reshape(logProbs, [-1]), at), [batch, seq]);
    // 2) average over the scored positions only
    return tf.neg(tf.div(tf.sum(tf.mul(picked, mask)), tf.sum(mask))) as tf.Scalar;
  });
}
