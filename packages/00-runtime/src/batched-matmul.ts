import * as tf from '@tensorflow/tfjs-core';
import { formatShape } from './assert-shape.js';

/** Options for {@link batchedMatMul}. */
export interface BatchedMatMulOptions {
  /** Multiply by `b` with its last two axes swapped (`A·Bᵀ`). Default `false`. */
  transposeB?: boolean;
}

const FN = 'batchedMatMul';

/**
 * On wasm, products smaller than this many multiply-adds each stay in the backend's own
 * batched loop: below it, one kernel call per product costs more than the faster kernel
 * saves (measured: the two break even near 64×32×64).
 */
const MIN_MULTIPLY_ADDS_PER_PRODUCT = 1 << 17;

function checkOperands(a: tf.Tensor, b: tf.Tensor, transposeB: boolean): void {
  const shapes = `got a ${formatShape(a.shape)} and b ${formatShape(b.shape)}`;
  if (b.rank < 2) {
    throw new Error(`${FN}: argument 'b' must have rank >= 2, ${shapes}`);
  }
  if (a.rank < (b.rank === 2 ? 1 : 2)) {
    throw new Error(
      `${FN}: argument 'a' must have rank >= 2 (or >= 1 when 'b' has rank 2), ${shapes}`,
    );
  }
  const k = a.shape[a.rank - 1];
  const kB = b.shape[b.rank - (transposeB ? 1 : 2)];
  if (k !== kB) {
    const which = transposeB ? 'last' : 'second-to-last';
    throw new Error(
      `${FN}: the ${which} axis of 'b' must equal the last axis of 'a' ` +
        `(transposeB = ${transposeB}), ${shapes}`,
    );
  }
  const leadA = a.shape.slice(0, -2);
  const leadB = b.shape.slice(0, -2);
  const sameLead = leadA.length === leadB.length && leadA.every((d, i) => d === leadB[i]);
  if (b.rank !== 2 && !sameLead) {
    throw new Error(
      `${FN}: argument 'b' must be rank 2 or have the same leading axes as 'a', ${shapes}`,
    );
  }
}

/** `[..., m, k] -> [..., k, m]`: the last two axes swapped, as an explicit copy. */
function swapLastTwo(t: tf.Tensor): tf.Tensor {
  const axes = t.shape.map((_, i) => i);
  return tf.transpose(t, [...axes.slice(0, -2), t.rank - 1, t.rank - 2]); // [..., k, m]
}

/**
 * `a·b` for 2-D operands on wasm, `[m, k]·[k, n] -> [m, n]`. The product is tf.matMul's;
 * the gradient is the usual pair of products, but with their transposed operand copied
 * first, so that both products stay on XNNPACK instead of the scalar loop that transposed
 * products take there:
 *
 * $$\frac{\partial L}{\partial A} = \frac{\partial L}{\partial C}\,B^\top, \qquad
 *   \frac{\partial L}{\partial B} = A^\top\,\frac{\partial L}{\partial C}$$
 */
const productOnFastPath = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
  const [a, b, save] = args as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
  save([a, b]);
  return {
    value: tf.matMul(a, b), // [m, k]·[k, n] -> [m, n]
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [aSaved, bSaved] = saved as [tf.Tensor, tf.Tensor];
      const dA = tf.matMul(dy, swapLastTwo(bSaved)); // [m, n]·[n, k] -> [m, k]
      const dB = tf.matMul(swapLastTwo(aSaved), dy); // [k, m]·[m, n] -> [k, n]
      return [dA, dB];
    },
  };
});

/**
 * One 2-D product per batch entry: `[batch, m, k]·[batch, k, n] -> [batch, m, n]`.
 * Each operand is read once and its slices are uploaded as separate tensors, because
 * wasm's `tf.slice` copies the whole source tensor for every slice it cuts. The gradient
 * is the usual pair of products (see {@link productOnFastPath}), computed the same way.
 */
const productPerBatchEntry: (a: tf.Tensor, b: tf.Tensor) => tf.Tensor = tf.customGrad(
  (...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const [a, b, save] = args as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    save([a, b]);
    const [batch, m, k] = a.shape as [number, number, number];
    const n = b.shape[2]!;
    const aValues = a.dataSync();
    const bValues = b.dataSync();
    const products = Array.from({ length: batch }, (_, i) => {
      const aEntry = tf.tensor2d(aValues.subarray(i * m * k, (i + 1) * m * k), [m, k]);
      const bEntry = tf.tensor2d(bValues.subarray(i * k * n, (i + 1) * k * n), [k, n]);
      return tf.matMul(aEntry, bEntry); // [m, k]·[k, n] -> [m, n]
    });
    return {
      value: tf.stack(products), // batch × [m, n] -> [batch, m, n]
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
        const [aSaved, bSaved] = saved as [tf.Tensor, tf.Tensor];
        const dA: tf.Tensor = productPerBatchEntry(dy, swapLastTwo(bSaved)); // [batch, m, k]
        const dB: tf.Tensor = productPerBatchEntry(swapLastTwo(aSaved), dy); // [batch, k, n]
        return [dA, dB];
      },
    };
  },
);

/**
 * Matrix product over the last two axes, batched over the leading ones: the same result
 * as `tf.matMul(a, b, false, transposeB)`, arranged so that each backend stays on its
 * fast path.
 *
 * $$C_{\ldots ij} = \sum_{l} A_{\ldots il}\, B_{\ldots lj}$$
 *
 * Two arrangements, neither of which changes the numbers beyond float32 rounding:
 * - A rank-2 `b` (one matrix shared by every row, as in $xW$) multiplies `a` flattened to
 *   `[rows, k]`: one 2-D product instead of a broadcast batch, faster on every backend.
 *   Here `a` may also be a single row `[k]`.
 * - On `wasm`, a batch of products runs as one 2-D product per batch entry. That backend
 *   sends only unbatched, untransposed products to XNNPACK, its fast kernel; batched or
 *   transposed ones run in a scalar loop several times (for large matrices, tens of times)
 *   slower. So on wasm a transposed operand is copied transposed first, in the product and
 *   in its gradient, whose products $\partial L/\partial C \cdot B^\top$ and
 *   $A^\top \cdot \partial L/\partial C$ would otherwise be transposed ones. Other
 *   backends call `tf.matMul` directly and use its own gradient.
 *
 * @param a `[..., m, k]`; with a rank-2 `b`, any `[..., k]`.
 * @param b `[..., k, n]` with the same leading axes as `a`, or `[k, n]` shared by all of
 *   them; with `transposeB`, `[..., n, k]` or `[n, k]`.
 * @param options `transposeB` (default `false`).
 * @returns `[..., m, n]`.
 */
export function batchedMatMul(
  a: tf.Tensor,
  b: tf.Tensor,
  options: BatchedMatMulOptions = {},
): tf.Tensor {
  const { transposeB = false } = options;
  checkOperands(a, b, transposeB);
  return tf.tidy(() => {
    const k = a.shape[a.rank - 1]!;
    const n = b.shape[b.rank - (transposeB ? 2 : 1)]!;
    const onWasm = tf.getBackend() === 'wasm';
    if (b.rank === 2) {
      const rows = tf.reshape(a, [-1, k]); // [..., k] -> [rows, k]
      const product = onWasm
        ? productOnFastPath(rows, transposeB ? swapLastTwo(b) : b) // [rows, k]·[k, n]
        : tf.matMul(rows, b, false, transposeB); // [rows, k]·[k, n] -> [rows, n]
      return tf.reshape(product, [...a.shape.slice(0, -1), n]); // [rows, n] -> [..., n]
    }
    const lead = a.shape.slice(0, -2);
    const m = a.shape[a.rank - 2]!;
    const batch = lead.reduce((size, d) => size * d, 1);
    const perEntry = onWasm && batch > 1 && m * k * n >= MIN_MULTIPLY_ADDS_PER_PRODUCT;
    if (!perEntry) return tf.matMul(a, b, false, transposeB);
    const bMatrix = transposeB ? swapLastTwo(b) : b; // [..., n, k] -> [..., k, n]
    const a3 = tf.reshape(a, [batch, m, k]); // [..., m, k] -> [batch, m, k]
    const b3 = tf.reshape(bMatrix, [batch, k, n]); // [..., k, n] -> [batch, k, n]
    const product = productPerBatchEntry(a3, b3); // [batch, m, n]
    return tf.reshape(product, [...lead, m, n]); // [batch, m, n] -> [..., m, n]
  });
}
