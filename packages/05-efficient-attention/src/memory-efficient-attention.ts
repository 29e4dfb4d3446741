import { batchedMatMul, exp } from '@mha/runtime/kernels';
import { assertMask, type MaskedRowPolicy } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { checkCausal, checkInteger, checkOptionsObject, checkQueryKeyValue } from './checks.js';

const FN = 'memoryEfficientAttention';
const POLICIES: readonly MaskedRowPolicy[] = ['zero', 'uniform', 'nan'];

/** Options of {@link memoryEfficientAttention}. */
export interface MemoryEfficientAttentionOptions {
  /** Keys per block; the largest score tensor is `[..., seqQ, blockSize]`. Default 128. */
  blockSize?: number;
  /**
   * Which keys each query may see: bool (or 0/1) broadcastable to `[..., seqQ, seqK]`,
   * **true = may attend**, as in stage 1. Default: no mask.
   */
  mask?: tf.Tensor;
  /** Also require j ≤ i, counted from the first query and key. Default `false`. */
  causal?: boolean;
  /** What a query that may attend to no key gets, as in stage 1. Default `'zero'`. */
  maskedRows?: MaskedRowPolicy;
}

/** Running state of the online softmax, per query: `[..., seqQ, 1]`, `[..., seqQ, 1]`, `[..., seqQ, dV]`. */
type Running = {
  max: tf.Tensor;
  sum: tf.Tensor;
  acc: tf.Tensor;
};

/** `t[..., start : start + size]` along `axis` (from the end: −1 is the last axis). */
function sliceAxis(t: tf.Tensor, axis: number, start: number, size: number): tf.Tensor {
  const a = t.rank + axis;
  return tf.slice(
    t,
    t.shape.map((_, i) => (i === a ? start : 0)),
    t.shape.map((d, i) => (i === a ? size : d)),
  );
}

/**
 * Exact attention computed over blocks of keys with an online softmax (the idea behind
 * memory-efficient attention and FlashAttention): a running maximum and a running sum per
 * query, so the `[..., seqQ, seqK]` score matrix is never formed. Memory O(seqQ·blockSize)
 * instead of O(seqQ·seqK); the arithmetic is the same as exact attention's.
 *
 * The update, for the scores $s_{ij} = q_i\cdot k_j/\sqrt{d_k}$ of key block $b$
 * (masked scores are −∞), starting from $m = -\infty$, $\ell = 0$, $a = 0$:
 *
 * $$m' = \max\big(m,\ \max_{j\in b} s_{ij}\big),\qquad c = e^{m - m'},\qquad
 *   p_{ij} = e^{s_{ij} - m'}$$
 * $$\ell' = c\,\ell + \sum_{j\in b} p_{ij},\qquad a' = c\,a + \sum_{j\in b} p_{ij}\, v_j$$
 *
 * and at the end $\mathrm{out}_i = a_i / \ell_i$. Why it is exact: after any number of
 * blocks, $\ell = \sum_{j\,\text{seen}} e^{s_{ij} - m}$ and $a = \sum_{j\,\text{seen}}
 * e^{s_{ij} - m} v_j$ for the current maximum $m$; multiplying by $c = e^{m - m'}$ rewrites
 * both against the new maximum, and the final ratio is $\sum_j e^{s_{ij}} v_j / \sum_j
 * e^{s_{ij}}$, softmax times V. Every exponent is ≤ 0, so nothing overflows. A block with no
 * allowed key for a query leaves $m' = -\infty$; it is then replaced by 0 in the exponents
 * ($e^{-\infty - 0} = 0$), which keeps NaN out. A query that saw no key at all ends with
 * $\ell = 0$ and follows `maskedRows` exactly as stage 1 does (`'uniform'`: the mean of all
 * values).
 *
 * @param q queries, `[..., seqQ, dK]`, float32.
 * @param k keys, `[..., seqK, dK]`, float32; same leading axes as `q`.
 * @param v values, `[..., seqK, dV]`, float32; same leading axes as `q`.
 * @param options `blockSize` (default 128), `mask` (default none), `causal` (default
 *   `false`), `maskedRows` (default `'zero'`).
 * @returns `[..., seqQ, dV]`, equal to `scaledDotProductAttention(q, k, v, ...).output`
 *   within float32 rounding. The weights are not returned: forming them is what this avoids.
 * @throws Error naming `memoryEfficientAttention`, the argument and the shapes, for bad
 *   q, k, v, a mask that does not broadcast or is not 0/1, a block size that is not a
 *   positive integer, or an unknown `maskedRows`.
 */
export function memoryEfficientAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  options: MemoryEfficientAttentionOptions = {},
): tf.Tensor {
  checkOptionsObject(options, FN);
  const { blockSize = 128, mask, causal = false, maskedRows = 'zero' } = options ?? {};
  checkInteger(blockSize, 1, 'blockSize', FN);
  checkCausal(causal, FN);
  if (!POLICIES.includes(maskedRows)) {
    throw new Error(
      `${FN}: option 'maskedRows' must be one of ${POLICIES.map((p) => `'${p}'`).join(', ')}, ` +
        `got ${JSON.stringify(maskedRows)}`,
    );
  }
  checkQueryKeyValue(q, k, v, FN);
  const seqQ = q.shape[q.rank - 2]!;
  const seqK = k.shape[k.rank - 2]!;
  if (mask !== undefined) {
    if (!(mask instanceof tf.Tensor)) {
      throw new Error(`${FN}: option 'mask' must be a tensor, got ${typeof mask}`);
    }
    assertMask(mask, [...q.shape.slice(0, -1), seqK], FN);
  }
  // BEGIN SOLUTION
  return tf.tidy(() => {
    const dK = q.shape[q.rank - 1]!;
    const dV = v.shape[v.rank - 1]!;
    const rowShape = [...q.shape.slice(0, -1), 1]; // [..., seqQ, 1]
    const allowed = mask === undefined ? undefined : tf.cast(mask, 'bool');
    const queryPositions = tf.reshape(tf.range(0, seqQ, 1, 'int32'), [seqQ, 1]); // i
    let state: Running = {
      max: tf.fill(rowShape, Number.NEGATIVE_INFINITY),
      sum: tf.zeros(rowShape),
      acc: tf.zeros([...q.shape.slice(0, -1), dV]), // [..., seqQ, dV]
    };
    for (let start = 0; start < seqK; start += blockSize) {
      const size = Math.min(blockSize, seqK - start);
      // A tidy per block frees this block's scores before the next block's are computed.
      const next = tf.tidy((): Running => {
        const kBlock = sliceAxis(k, -2, start, size); // [..., size, dK]
        const vBlock = sliceAxis(v, -2, start, size); // [..., size, dV]
        // 1) this block's scores s_ij = q_i·k_j / sqrt(d_k)
        const scores = tf.div(batchedMatMul(q, kBlock, { transposeB: true }), Math.sqrt(dK)); // [..., seqQ, size]
        // 2) masked keys get −∞, so that e^(s − m) is exactly 0 for them
        let blockAllowed: tf.Tensor | undefined;
        if (allowed !== undefined) {
          const cols =
            allowed.shape[allowed.rank - 1] === 1 ? allowed : sliceAxis(allowed, -1, start, size);
          blockAllowed = tf.broadcastTo(cols, scores.shape); // [..., seqQ, size]
        }
        if (causal) {
          const keyPositions = tf.reshape(tf.range(start, start + size, 1, 'int32'), [1, size]);
          const notAfter = tf.broadcastTo(tf.lessEqual(keyPositions, queryPositions), scores.shape);
          blockAllowed =
            blockAllowed === undefined ? notAfter : tf.logicalAnd(blockAllowed, notAfter);
        }
        const logits =
          blockAllowed === undefined
            ? scores
            : tf.where(blockAllowed, scores, tf.fill(scores.shape, Number.NEGATIVE_INFINITY));
        // 3) m' = max(m, max_j s_ij); −∞ while a query has seen no allowed key
        const max = tf.maximum(state.max, tf.max(logits, -1, true)); // [..., seqQ, 1]
        const shift = tf.where(tf.isFinite(max), max, tf.zerosLike(max)); // m', or 0 for −∞
        // 4) c = e^(m − m') rescales what was summed against the old maximum
        const correction = exp(tf.sub(state.max, shift)); // [..., seqQ, 1]
        const p = exp(tf.sub(logits, shift)); // [..., seqQ, size], masked entries 0
        // 5) l' = c·l + Σ_j p_ij,   a' = c·a + Σ_j p_ij v_j
        const sum = tf.add(tf.mul(correction, state.sum), tf.sum(p, -1, true)); // [..., seqQ, 1]
        const acc = tf.add(tf.mul(correction, state.acc), batchedMatMul(p, vBlock)); // [..., seqQ, dV]
        return { max, sum, acc };
      });
      tf.dispose([state.max, state.sum, state.acc]);
      state = next;
    }
    // 6) out_i = a_i / l_i; a query that saw no allowed key has l = 0 and follows maskedRows
    const hasKey = tf.greater(state.sum, 0); // [..., seqQ, 1]
    const output = tf.div(state.acc, tf.where(hasKey, state.sum, tf.onesLike(state.sum)));
    if (maskedRows === 'zero') return output; // a = 0 on such rows already
    const fill =
      maskedRows === 'uniform'
        ? tf.broadcastTo(tf.mean(v, -2, true), output.shape) // weights 1/seqK on every key
        : tf.fill(output.shape, Number.NaN);
    return tf.where(tf.broadcastTo(hasKey, output.shape), output, fill);
  });
  // END SOLUTION
}
