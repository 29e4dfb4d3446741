import * as tf from '@tensorflow/tfjs-core';
import { formatShape } from '../core/assert-shape.js';
import { onSimdExpPath, simdExpKernel } from './exp.js';

const FN = 'logSoftmax';

/**
 * $\log \mathrm{softmax}(x)$ over the last axis: `tf.logSoftmax`'s values, on each
 * backend's fast path. On `wasm`, float32 input takes the exponentials on this package's SIMD
 * kernel (that of `exp`), and the gradient reuses the forward pass's probabilities instead of taking
 * them again; `tf.logSoftmax` there calls the C library's `exp` once per element, forward
 * and backward, which is most of a language model's loss when the vocabulary is large
 * (figures in docs/performance.md). Other backends and dtypes use `tf.logSoftmax`.
 *
 * $$\log \mathrm{softmax}(x)_j = (x_j - m) - \log \sum_k e^{x_k - m}, \quad m = \max_k x_k$$
 * $$\frac{\partial L}{\partial x_j} = g_j - \mathrm{softmax}(x)_j \sum_k g_k,
 *   \qquad g = \frac{\partial L}{\partial \log \mathrm{softmax}(x)}$$
 *
 * A row that is all `-Infinity` gives NaN, as `tf.logSoftmax` does; a `-Infinity` entry
 * of any other row gives `-Infinity` and passes its gradient $g_j$ straight through.
 *
 * @param x `[..., n]`, rank >= 1.
 * @returns `[..., n]`: the log-probabilities of each row (float32).
 */
export function logSoftmax<T extends tf.Tensor>(x: T): T {
  if (!(x instanceof tf.Tensor)) {
    throw new Error(`${FN}: argument 'x' must be a tf.Tensor, got ${typeof x}`);
  }
  if (x.rank < 1) {
    throw new Error(
      `${FN}: argument 'x' must have rank >= 1 ([..., n]), got shape ${formatShape(x.shape)}`,
    );
  }
  return (onSimdExpPath(x) ? simdLogSoftmax(x) : tf.logSoftmax(x)) as T;
}

const simdLogSoftmax: (x: tf.Tensor) => tf.Tensor = tf.customGrad(
  (...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const [x, save] = args as [tf.Tensor, tf.GradSaveFunc];
    const shifted = tf.sub(x, tf.max(x, -1, true)); // x - m, every entry <= 0
    // the kernel alone: the gradient below covers it, and exp's own would be a second
    // custom-gradient scope around it for nothing
    const e = simdExpKernel(shifted);
    const total = tf.sum(e, -1, true); // [..., 1]
    const value = tf.sub(shifted, tf.log(total));
    save([tf.div(e, total)]); // softmax(x), for the gradient
    return {
      value,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) =>
        tf.sub(dy, tf.mul(saved[0]!, tf.sum(dy, -1, true))),
    };
  },
);
