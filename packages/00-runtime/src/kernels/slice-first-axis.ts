import * as tf from '@tensorflow/tfjs-core';
import { formatShape } from '../core/assert-shape.js';
import { SLICE_FIRST_AXIS_KERNEL, simdKernels } from './wasm-simd/register.js';

const FN = 'sliceFirstAxis';

/**
 * Entries `begin` … `begin + size − 1` of `x` along its first axis:
 * `tf.slice(x, [begin, 0, …], [size, -1, …])`'s values, on each backend's fast path. Those
 * entries are one contiguous stretch of memory. On `wasm`, `tf.slice` first copies the whole
 * of `x` out of the backend's memory (so a loop of slices costs O(n²)) and `tf.gather` moves
 * one element at a time (about 35 ns each); there, a kernel of this package copies just the
 * stretch. Other backends use `tf.slice`.
 *
 * The gradient is `tf.slice`'s: `dy` placed at rows `begin` … of zeros shaped like `x`.
 *
 * @param x rank ≥ 1, float32, int32 or bool.
 * @param begin the first entry, an integer in [0, x.shape[0]].
 * @param size how many entries, an integer with begin + size ≤ x.shape[0].
 * @returns `[size, ...x.shape.slice(1)]`, same dtype.
 * @throws Error naming `sliceFirstAxis` for a scalar, or a range outside the first axis.
 */
export function sliceFirstAxis<T extends tf.Tensor>(x: T, begin: number, size: number): T {
  if (x.rank < 1) {
    throw new Error(`${FN}: argument 'x' must have rank >= 1, got shape ${formatShape(x.shape)}`);
  }
  const rows = x.shape[0]!;
  const whole = (v: number) => Number.isInteger(v) && v >= 0;
  if (!whole(begin) || !whole(size) || begin + size > rows) {
    throw new Error(
      `${FN}: entries ${begin} … ${begin + size - 1} (begin ${begin}, size ${size}) are not ` +
        `within the first axis of 'x', shape ${formatShape(x.shape)}`,
    );
  }
  const rest = x.shape.slice(1);
  const fast = x.dtype === 'float32' || x.dtype === 'int32' || x.dtype === 'bool';
  if (tf.getBackend() !== 'wasm' || !fast || simdKernels() === null) {
    return tf.slice(x, [begin, ...rest.map(() => 0)], [size, ...rest]) as T;
  }
  return tf.engine().runKernel(SLICE_FIRST_AXIS_KERNEL, { x }, { begin, size, rows }) as T;
}
