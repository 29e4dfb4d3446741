import * as tf from '@tensorflow/tfjs-core';
import { formatShape } from '../core/assert-shape.js';
import { swapLastTwo } from './slice-axis.js';
import { SIMD_MATMUL_KERNEL, simdKernels } from './wasm-simd/register.js';
import { SimdKernels } from './wasm-simd/simd-kernels.js';

/** Options for {@link batchedMatMul}. */
export interface BatchedMatMulOptions {
  /** Multiply by `b` with its last two axes swapped (`A·Bᵀ`). Default `false`. */
  transposeB?: boolean;
}

const FN = 'batchedMatMul';

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

/**
 * Below this many rows, a product by a shared matrix (`[rows, k]·[k, n]`, as in one
 * decoding step) runs forward on the backend's XNNPACK product instead: XNNPACK keeps each
 * matrix packed between calls, where the SIMD kernel packs B on every call, and under about
 * 100 rows the packing costs more than the faster tiles save (figures in
 * docs/performance.md).
 */
const MIN_ROWS_FOR_SHARED_B = 128;
/**
 * Batched products with fewer rows than one SIMD tile (a query at a time against a cache
 * of keys, say) stay in the backend's own loop, which needs no packing.
 */
const MIN_ROWS_PER_ENTRY = 4;

/** Whether tf.matMul's forward beats the SIMD kernel for these operands (see above). */
function backendProductIsFaster(a: tf.Tensor, b: tf.Tensor, transposeB: boolean): boolean {
  const rows = a.shape[a.rank - 2]!;
  // XNNPACK leaves C uninitialised when k = 0; the SIMD kernel writes the zeros
  if (a.shape[a.rank - 1] === 0) return false;
  if (b.rank === 2) return !transposeB && rows < MIN_ROWS_FOR_SHARED_B;
  return rows < MIN_ROWS_PER_ENTRY;
}

/**
 * The SIMD product with its gradient, the usual pair of products, themselves run on the
 * SIMD kernel (a transposed A is copied transposed first):
 *
 * $$C = AB:\quad \frac{\partial L}{\partial A} = \frac{\partial L}{\partial C}\,B^\top,
 *   \quad \frac{\partial L}{\partial B} = A^\top\,\frac{\partial L}{\partial C};
 *   \qquad C = AB^\top:\quad \frac{\partial L}{\partial A} = \frac{\partial L}{\partial C}\,B,
 *   \quad \frac{\partial L}{\partial B} = \Big(\frac{\partial L}{\partial C}\Big)^{\!\top} A$$
 */
function simdProductWithGradient(
  transposeB: boolean,
  freshB = false,
): (a: tf.Tensor, b: tf.Tensor) => tf.Tensor {
  return tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const [a, b, save] = args as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    save([a, b]);
    return {
      value:
        !freshB && backendProductIsFaster(a, b, transposeB)
          ? tf.matMul(a, b, false, transposeB)
          : (tf.engine().runKernel(SIMD_MATMUL_KERNEL, { a, b }, { transposeB }) as tf.Tensor),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]): tf.Tensor[] => {
        const [aSaved, bSaved] = saved as [tf.Tensor, tf.Tensor];
        if (transposeB) {
          return [PRODUCT.plain(dy, bSaved), productWithTransposedLeft(dy, aSaved)];
        }
        return [PRODUCT.transposed(dy, bSaved), productWithTransposedLeft(aSaved, dy)];
      },
    };
  });
}

const PRODUCT = {
  plain: simdProductWithGradient(false),
  transposed: simdProductWithGradient(true),
  /**
   * Always on the SIMD kernel: for a `b` made anew by each call, which XNNPACK would pack
   * anew too, so that its few-rows path saves nothing (see MIN_ROWS_FOR_SHARED_B).
   */
  freshB: simdProductWithGradient(false, true),
};

/**
 * $X^\top Y$ for `x` `[..., r, p]` and `y` `[..., r, q]`, which the kernel has no direct
 * form for: one operand is copied transposed first. Either $X^\top$ (r·p numbers) or,
 * through $X^\top Y = (Y^\top X)^\top$, $Y^\top$ and the result (r·q + p·q numbers),
 * whichever copies fewer. For the weight gradient of a tied output projection, $X$ is the
 * gradient of the logits, `[tokens, vocabulary]`, and $Y$ the `[tokens, dModel]` input: the
 * second copies far less than the first would.
 */
function productWithTransposedLeft(x: tf.Tensor, y: tf.Tensor): tf.Tensor {
  const [r, p] = x.shape.slice(-2) as [number, number];
  const q = y.shape[y.rank - 1]!;
  if (r * p <= r * q + p * q) return PRODUCT.plain(swapLastTwo(x), y); // [..., p, q]
  return swapLastTwo(PRODUCT.freshB(swapLastTwo(y), x)); // [..., q, p] -> [..., p, q]
}

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
 * - On `wasm`, float32 products run on a kernel of this package's own (`wasm-simd/`):
 *   128-bit SIMD tiles of 4 rows × 8 columns over B packed into panels, faster than the
 *   backend's XNNPACK product for $xW$ at the benchmark's sizes (figures in
 *   docs/performance.md). It also takes batched and
 *   transposed operands directly, which the backend sends to a scalar loop tens of times
 *   slower, and it carries its own gradient (the same two products, on the same kernel).
 *   Fewer than 128 rows against a shared `b` (one decoding step, say) still go forward
 *   through XNNPACK, which keeps `b` packed between calls. Where WebAssembly cannot
 *   compile the kernel (no SIMD, or a content security policy without
 *   `'wasm-unsafe-eval'`), `tf.matMul` is used. Other backends call `tf.matMul` directly
 *   and use its own gradient.
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
    const useSimd =
      tf.getBackend() === 'wasm' &&
      a.dtype === 'float32' &&
      b.dtype === 'float32' &&
      SimdKernels.fits(k, n) &&
      simdKernels() !== null;
    const product = transposeB ? PRODUCT.transposed : PRODUCT.plain;
    if (b.rank === 2) {
      const rowCount = a.shape.slice(0, -1).reduce((size, d) => size * d, 1);
      const rows = tf.reshape(a, [rowCount, k]); // [..., k] -> [rows, k]
      const c = useSimd
        ? product(rows, b) // [rows, k]·[k, n] -> [rows, n]
        : tf.matMul(rows, b, false, transposeB); // [rows, k]·[k, n] -> [rows, n]
      return tf.reshape(c, [...a.shape.slice(0, -1), n]); // [rows, n] -> [..., n]
    }
    // few rows per entry: the backend's loop, with no custom gradient to pay for either
    if (!useSimd || backendProductIsFaster(a, b, transposeB)) {
      return tf.matMul(a, b, false, transposeB);
    }
    const m = a.shape[a.rank - 2]!;
    const lead = a.shape.slice(0, -2);
    const batch = lead.reduce((size, d) => size * d, 1);
    const a3 = tf.reshape(a, [batch, m, k]); // [..., m, k] -> [batch, m, k]
    const b3 = tf.reshape(b, [batch, ...b.shape.slice(-2)]); // -> [batch, k, n] or [batch, n, k]
    return tf.reshape(product(a3, b3), [...lead, m, n]); // [batch, m, n] -> [..., m, n]
  });
}
