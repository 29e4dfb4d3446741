import { formatShape } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

/** Sizes of the attention weights `[batch, numHeads, seqQ, seqK]`. */
export interface WeightDims {
  batch: number;
  numHeads: number;
  seqQ: number;
  seqK: number;
}

const ACCEPTED =
  '[seqQ, seqK], [batch, seqQ, seqK] or [batch, numHeads, seqQ, seqK] (any axis may be 1)';

/**
 * Checks that a multi-head attention mask has one of the accepted forms:
 * - rank 2, `[seqQ, seqK]`: the same for every sequence and head;
 * - rank 3, `[batch, seqQ, seqK]` (the Keras convention): the same for every head;
 * - rank 4, `[batch, numHeads, seqQ, seqK]`.
 *
 * Any axis may be 1 to broadcast. Internal: called at `fnName`'s public boundary.
 *
 * @throws Error naming `fnName`, `'mask'`, the accepted forms and both shapes.
 */
export function checkHeadMask(mask: tf.Tensor, dims: WeightDims, fnName: string): void {
  const { batch, numHeads, seqQ, seqK } = dims;
  const expected: Record<number, { form: string; shape: number[] }> = {
    2: { form: '[seqQ, seqK]', shape: [seqQ, seqK] },
    3: { form: '[batch, seqQ, seqK]', shape: [batch, seqQ, seqK] },
    4: { form: '[batch, numHeads, seqQ, seqK]', shape: [batch, numHeads, seqQ, seqK] },
  };
  const want = expected[mask.rank];
  if (want === undefined) {
    throw new Error(
      `${fnName}: argument 'mask' must have shape ${ACCEPTED}, ` +
        `got ${formatShape(mask.shape)} (rank ${mask.rank})`,
    );
  }
  if (!mask.shape.every((d, i) => d === 1 || d === want.shape[i])) {
    throw new Error(
      `${fnName}: argument 'mask' of rank ${mask.rank} must have shape ${want.form} = ` +
        `${formatShape(want.shape)} (any axis may be 1), got ${formatShape(mask.shape)}`,
    );
  }
}

/**
 * Lines a checked mask up with the per-head weights `[batch, numHeads, seqQ, seqK]`.
 * A rank-3 mask `[batch, seqQ, seqK]` gains a head axis after the batch; left as it is,
 * broadcasting (which aligns last axes) would pair its batch axis with the heads.
 *
 * Internal: called inside the caller's `tf.tidy`.
 *
 * @returns rank 4, `[batch|1, numHeads|1, seqQ|1, seqK|1]`.
 */
export function maskPerHead(mask: tf.Tensor): tf.Tensor4D {
  if (mask.rank === 2) {
    const [seqQ, seqK] = mask.shape as [number, number];
    return tf.reshape(mask, [1, 1, seqQ, seqK]); // [seqQ, seqK] -> [1, 1, seqQ, seqK]
  }
  if (mask.rank === 3) return tf.expandDims(mask, 1) as tf.Tensor4D; // -> [batch, 1, seqQ, seqK]
  return mask as tf.Tensor4D;
}
