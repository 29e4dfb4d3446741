import { formatShape } from '@mha/runtime';
import {
  type AttentionOptions,
  type AttentionResult,
  scaledDotProductAttention,
} from '@mha/scaled-dot-product-attention';
import type * as tf from '@tensorflow/tfjs-core';

const FN = 'exactAttention';

/**
 * The default for {@link ExactAttentionOptions.maxScoreBytes}: 512 MiB. At its peak exact
 * attention holds about five tensors the size of the score matrix (scores, scaled scores,
 * shifted scores, exponentials, weights; `tf.profile` measures 5.1 to 5.3 times the score
 * bytes), and the wasm backend's memory ends at 4 GiB. A 512 MiB score matrix (n = 4096 with
 * 8 heads) peaks near 2.7 GB and fits; past about 800 MiB an allocation fails deep inside the
 * backend instead of here.
 */
export const DEFAULT_MAX_SCORE_BYTES = 2 ** 29;

/** Options of {@link exactAttention}: stage 1's, and a size limit. */
export interface ExactAttentionOptions extends AttentionOptions {
  /** Refuse to run when one float32 score matrix would exceed this. Default 512 MiB (2^29). */
  maxScoreBytes?: number;
}

/**
 * Bytes of one float32 score matrix `[..., seqQ, seqK]` for these queries and keys:
 * 4 · (product of q's leading axes) · seqQ · seqK.
 *
 * @param qShape `[..., seqQ, dK]`.
 * @param kShape `[..., seqK, dK]`.
 */
export function scoreMatrixBytes(qShape: readonly number[], kShape: readonly number[]): number {
  const rows = qShape.slice(0, -1).reduce((a, d) => a * d, 1); // every query of every head
  return rows * kShape[kShape.length - 2]! * 4;
}

/**
 * Stage 1's `scaledDotProductAttention`, after a size check: when the `[..., seqQ, seqK]`
 * score matrix would not fit, it throws a clear error naming the bytes it would need,
 * before allocating anything, instead of failing inside the backend.
 *
 * $$\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}}\right)V,
 *   \qquad \text{bytes} = 4 \cdot \text{batch} \cdot h \cdot n_q \cdot n_k$$
 *
 * @param q `[..., seqQ, dK]`, k `[..., seqK, dK]`, v `[..., seqK, dV]`, as in stage 1.
 * @param options stage 1's `mask` and `maskedRows`, and `maxScoreBytes` (default 2^29).
 * @returns stage 1's `output` `[..., seqQ, dV]` and `weights` `[..., seqQ, seqK]`.
 * @throws Error naming `exactAttention`, the score matrix's shape and bytes and the limit,
 *   when it is too large; otherwise whatever stage 1 throws.
 */
export function exactAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  options: ExactAttentionOptions = {},
): AttentionResult {
  const { maxScoreBytes = DEFAULT_MAX_SCORE_BYTES, ...attentionOptions } = options;
  if (typeof maxScoreBytes !== 'number' || !(maxScoreBytes > 0)) {
    throw new Error(
      `${FN}: option 'maxScoreBytes' must be a positive number, got ${JSON.stringify(maxScoreBytes)}`,
    );
  }
  if (q.rank >= 2 && k.rank >= 2) {
    const bytes = scoreMatrixBytes(q.shape, k.shape);
    if (bytes > maxScoreBytes) {
      const shape = formatShape([...q.shape.slice(0, -1), k.shape[k.rank - 2]!]);
      throw new Error(
        `${FN}: the score matrix ${shape} would need ${gigabytes(bytes)} (${bytes} bytes) of ` +
          `float32, over the limit maxScoreBytes = ${maxScoreBytes} (${gigabytes(maxScoreBytes)}), ` +
          `for q ${formatShape(q.shape)} and k ${formatShape(k.shape)}; ` +
          'memoryEfficientAttention computes the same output a block of keys at a time',
      );
    }
  }
  return scaledDotProductAttention(q, k, v, attentionOptions);
}

function gigabytes(bytes: number): string {
  return `${(bytes / 1e9).toFixed(2)} GB`;
}
