import * as tf from '@tensorflow/tfjs-core';
import { SIMD_EXP_KERNEL, simdKernels } from './wasm-simd/register.js';

/**
 * $e^x$, elementwise: `tf.exp`'s values, on each backend's fast path. On `wasm`, float32
 * tensors go to a SIMD kernel of this package's own (`wasm-simd/`), many times faster than
 * that backend's `Exp`, which calls the C library's `exp` once per element (figures in
 * docs/performance.md). Its values are
 * within 2 units in the last place of the exact ones (`tf.exp`'s are within 1), with NaN,
 * ±∞, overflow to +∞ and underflow to subnormals and 0 as float32 rounds them. Other
 * backends, other dtypes, and WebAssembly that cannot compile the kernel use `tf.exp`.
 *
 * The gradient is the usual one, $\partial e^x/\partial x = e^x$, from the saved output.
 *
 * @param x any shape.
 * @returns $e^x$, the same shape (float32).
 */
export function exp<T extends tf.Tensor>(x: T): T {
  return (onSimdExpPath(x) ? simdExp(x) : tf.exp(x)) as T;
}

/** Whether `x` takes its exponentials on the SIMD kernel: wasm, float32, kernel compiled. */
export function onSimdExpPath(x: tf.Tensor): boolean {
  return tf.getBackend() === 'wasm' && x.dtype === 'float32' && simdKernels() !== null;
}

/**
 * The SIMD kernel's $e^x$ with no gradient of its own, for a function whose custom gradient
 * covers it (`logSoftmax`); only where {@link onSimdExpPath} holds.
 */
export function simdExpKernel(x: tf.Tensor): tf.Tensor {
  return tf.engine().runKernel(SIMD_EXP_KERNEL, { x }) as tf.Tensor;
}

const simdExp: (x: tf.Tensor) => tf.Tensor = tf.customGrad(
  (...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const [x, save] = args as [tf.Tensor, tf.GradSaveFunc];
    const y = simdExpKernel(x);
    save([y]);
    return {
      value: y,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.mul(dy, saved[0]!), // dy·e^x
    };
  },
);
