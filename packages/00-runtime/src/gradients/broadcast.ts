import * as tf from '@tensorflow/tfjs-core';

/**
 * Sums a gradient back to the shape of an input that broadcasting stretched.
 *
 * If $y = f(a, b)$ broadcast $a$ along an axis, every copy of $a$ contributed to
 * $y$, so $\partial L/\partial a$ is the sum of $\partial L/\partial y$ over that
 * axis (and over any leading axes $a$ lacks).
 *
 * @param dy the gradient, in the broadcast (output) shape.
 * @param shape the input's shape.
 * @returns the gradient in `shape`.
 */
export function sumToShape(dy: tf.Tensor, shape: readonly number[]): tf.Tensor {
  if (tf.util.arraysEqual(dy.shape, shape as number[])) return dy;
  const leading = dy.rank - shape.length;
  const axes: number[] = [];
  for (let axis = 0; axis < dy.rank; axis++) {
    const size = axis < leading ? 1 : shape[axis - leading]!;
    if (axis < leading || (size === 1 && dy.shape[axis] !== 1)) axes.push(axis);
  }
  const summed = axes.length === 0 ? dy : tf.sum(dy, axes); // drops the broadcast axes
  return tf.reshape(summed, shape as number[]); // -> the input's shape
}
