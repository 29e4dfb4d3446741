import { formatShape } from '@mha/runtime';
import { assertMask } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';

/** The sizes a mask is checked against. */
export interface MaskTarget {
  batch: number;
  numHeads: number;
  seqQ: number;
  seqK: number;
}

/**
 * Checks a mask for `fnName` and throws unless it fits `[seqQ, seqK]`, `[batch, seqQ, seqK]` or
 * `[batch, numHeads, seqQ, seqK]` (any axis may be 1), naming the argument and both shapes.
 * Internal: shared by the decoder block, the stack and the full model.
 */
export function checkMask(
  mask: tf.Tensor | undefined,
  target: MaskTarget,
  argName: string,
  fnName: string,
): void {
  if (mask === undefined) return;
  const { batch, numHeads, seqQ, seqK } = target;
  const forms: Record<number, number[]> = {
    2: [seqQ, seqK],
    3: [batch, seqQ, seqK],
    4: [batch, numHeads, seqQ, seqK],
  };
  const form = forms[mask.rank];
  if (form === undefined || mask.shape.some((d, i) => d !== 1 && d !== form[i])) {
    throw new Error(
      `${fnName}: argument '${argName}' of shape ${formatShape(mask.shape)} does not fit ` +
        `[seqQ, seqK] = ${formatShape(forms[2]!)}, [batch, seqQ, seqK] = ` +
        `${formatShape(forms[3]!)} or [batch, numHeads, seqQ, seqK] = ${formatShape(forms[4]!)} ` +
        '(each axis may be 1)',
    );
  }
  assertMask(mask, mask.shape, fnName);
}

/**
 * A checked mask as a rank-4 bool tensor `[batch|1, numHeads|1, seqQ, seqK]`, so that masks of
 * different ranks combine by broadcasting. Internal: called inside the caller's `tf.tidy`.
 */
export function toRank4Bool(mask: tf.Tensor): tf.Tensor4D {
  const allowed = mask.dtype === 'bool' ? mask : tf.notEqual(mask, 0);
  if (mask.rank === 2) {
    return tf.reshape(allowed, [1, 1, mask.shape[0]!, mask.shape[1]!]); // -> [1, 1, q, k]
  }
  if (mask.rank === 3) return tf.expandDims(allowed, 1) as tf.Tensor4D; // -> [batch, 1, q, k]
  return allowed as tf.Tensor4D;
}
