import * as tf from '@tensorflow/tfjs-core';

/** A bool tensor of `shape` whose entry at (i, j) of the last two axes is `allowed(i, j)`. */
export function literalMask(
  seqQ: number,
  seqK: number,
  allowed: (i: number, j: number) => boolean,
): tf.Tensor2D {
  const rows = Array.from({ length: seqQ }, (_, i) =>
    Array.from({ length: seqK }, (_, j) => allowed(i, j)),
  );
  return tf.tensor2d(rows, [seqQ, seqK], 'bool');
}

/**
 * The output shapes of every kernel `fn` runs, from `tf.profile`, so a test can check that
 * no `[seqQ, seqK]` tensor was ever formed.
 */
export async function kernelOutputShapes(fn: () => tf.Tensor): Promise<number[][]> {
  const info = await tf.profile(() => fn());
  return info.kernels.flatMap((kernel) => kernel.outputShapes as number[][]);
}
