import * as tf from '@tensorflow/tfjs-core';
import { formatShape } from '../core/assert-shape.js';

/**
 * `x` repeated along axes of size 1 (and new leading axes) to `shape`: `tf.broadcastTo`'s
 * values, on each backend's fast path. On `wasm`, `tf.broadcastTo` runs the backend's
 * `Tile`, which computes every element's source index on its own. There, float32 `x` is
 * multiplied instead by ones of the target shape, a broadcasting multiply that is much
 * faster (figures in docs/performance.md) and exact (x·1 = x for every float, −0, ±∞ and
 * NaN included); bool `x` goes through float32 0 and 1 the same way. Other backends, and int32 on wasm, use `tf.broadcastTo`.
 *
 * The gradient is `tf.broadcastTo`'s: the sum over the repeated axes.
 *
 * @param x any tensor whose shape broadcasts to `shape`: aligned from the last axis, each of
 *   its axes is 1 or equal to the target's, and it has no more axes than `shape`.
 * @param shape the target shape.
 * @returns `x` broadcast to `shape`, same dtype.
 * @throws Error naming `broadcastTo` and both shapes when `x` does not broadcast to `shape`.
 */
export function broadcastTo<R extends tf.Rank>(x: tf.Tensor, shape: tf.ShapeMap[R]): tf.Tensor<R> {
  const offset = shape.length - x.rank;
  const fits = offset >= 0 && x.shape.every((d, i) => d === 1 || d === shape[offset + i]);
  if (!fits) {
    throw new Error(
      `broadcastTo: argument 'x' of shape ${formatShape(x.shape)} cannot be broadcast to ` +
        formatShape(shape),
    );
  }
  const same = offset === 0 && x.shape.every((d, i) => d === shape[i]);
  if (same || tf.getBackend() !== 'wasm' || (x.dtype !== 'float32' && x.dtype !== 'bool')) {
    return tf.broadcastTo(x, shape);
  }
  return tf.tidy(() => {
    if (x.dtype === 'float32') return tf.mul(x, tf.ones(shape)) as tf.Tensor<R>;
    const repeated = tf.mul(tf.cast(x, 'float32'), tf.ones(shape)); // bool as 0 and 1
    return tf.cast(repeated, 'bool') as tf.Tensor<R>;
  });
}
