import { batchedMatMul, exp, sliceAxis } from '@mha/runtime/kernels';
import {
  assertMask,
  checkQueryKeyValue,
  type MaskedRowPolicy,
} from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { checkCausal, checkInteger, checkOptionsObject } from './checks.js';

const FN = 'memoryEfficientAttention';
const POLICIES: readonly MaskedRowPolicy[] = ['zero', 'uniform', 'nan'];

/** Options of {@link memoryEfficientAttention}. */
export interface MemoryEfficientAttentionOptions {
  /**
   * Keys per block; the largest score tensor is `[..., seqQ, blockSize]` (causal: at most as
   * many scores, or `512 × 512`). Default 128.
   */
  blockSize?: number;
  /**
   * Which keys each query may see: bool (or 0/1) broadcastable to `[..., seqQ, seqK]`,
   * **true = may attend**, as in stage 1. Default: no mask.
   */
  mask?: tf.Tensor;
  /**
   * Also require j ≤ i, counted from the first query and key. Cheaper than no mask: key
   * blocks wholly after a block of queries are skipped. Default `false`.
   */
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

/** Causal attention takes queries in blocks of this many. */
const CAUSAL_SPAN = 512;

/** The additive causal bias of a diagonal block: 0 where j ≤ i, −∞ above. `[size, size]`. */
function causalBias(size: number): tf.Tensor2D {
  const values = new Float32Array(size * size).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < size; i++) values.fill(0, i * size, i * size + i + 1);
  return tf.tensor2d(values, [size, size]);
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
 * With `causal`, queries go in blocks of 512 and each block stops at its own last key:
 * the keys before the block are all allowed (no mask at all), the keys within it form one
 * diagonal block that adds a lower-triangular bias of 0 and −∞ made once, and the keys
 * after it, which no query of the block may see, are never touched. About half the work of
 * the unmasked case.
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
    const allowed = mask === undefined ? undefined : tf.cast(mask, 'bool');
    // Causal: queries go in blocks of `span` rows, and query block [r, r + span) needs keys
    // j < r + span only: later key blocks are never computed. Keys before r are all allowed
    // and go in chunks of `width`, unmasked; keys [r, r + span) are one diagonal block with a
    // lower-triangular bias (0 or −∞), the same for every query block, made once. `width`
    // keeps each score block within the non-causal bound of seqQ × blockSize scores.
    const span = Math.min(CAUSAL_SPAN, seqQ);
    const width = span * Math.max(1, Math.floor((seqQ * blockSize) / (span * span)));
    const diagonal = causal ? causalBias(span) : undefined; // [span, span]
    const outputs: tf.Tensor[] = [];
    for (let qStart = 0; qStart < seqQ; qStart += causal ? span : seqQ) {
      const qSize = causal ? Math.min(span, seqQ - qStart) : seqQ;
      const qBlock = causal ? sliceAxis(q, -2, qStart, qSize) : q; // [..., qSize, dK]
      const rows =
        allowed === undefined || !causal || allowed.shape[allowed.rank - 2] === 1
          ? allowed
          : sliceAxis(allowed, -2, qStart, qSize);
      const rowShape = [...qBlock.shape.slice(0, -1), 1]; // [..., qSize, 1]
      let state: Running = {
        max: tf.fill(rowShape, Number.NEGATIVE_INFINITY),
        sum: tf.zeros(rowShape),
        acc: tf.zeros([...qBlock.shape.slice(0, -1), dV]), // [..., qSize, dV]
      };
      // (start, size, bias): the key blocks this query block needs, in order
      const blocks: Array<[number, number, tf.Tensor | undefined]> = [];
      if (!causal) {
        for (let start = 0; start < seqK; start += blockSize) {
          blocks.push([start, Math.min(blockSize, seqK - start), undefined]);
        }
      } else {
        const before = Math.min(qStart, seqK); // keys every query of this block may see
        for (let start = 0; start < before; start += width) {
          blocks.push([start, Math.min(width, before - start), undefined]);
        }
        const size = Math.min(qStart + qSize, seqK) - qStart; // later keys: j > i, skipped
        if (size > 0) blocks.push([qStart, size, tf.slice(diagonal!, [0, 0], [qSize, size])]);
      }
      for (const [start, size, bias] of blocks) {
        // A tidy per block frees this block's scores before the next block's are computed.
        const next = tf.tidy((): Running => {
          const kBlock = sliceAxis(k, -2, start, size); // [..., size, dK]
          const vBlock = sliceAxis(v, -2, start, size); // [..., size, dV]
          // 1) this block's scores s_ij = q_i·k_j / sqrt(d_k)
          const scores = tf.div(batchedMatMul(qBlock, kBlock, { transposeB: true }), Math.sqrt(dK)); // [..., qSize, size]
          // 2) masked keys get −∞, so that e^(s − m) is exactly 0 for them
          let logits = bias === undefined ? scores : tf.add(scores, bias); // causal: + 0 or −∞
          if (rows !== undefined) {
            const cols = rows.shape[rows.rank - 1] === 1 ? rows : sliceAxis(rows, -1, start, size);
            const blockAllowed = tf.broadcastTo(cols, scores.shape); // [..., qSize, size]
            logits = tf.where(
              blockAllowed,
              logits,
              tf.fill(scores.shape, Number.NEGATIVE_INFINITY),
            );
          }
          // 3) m' = max(m, max_j s_ij); −∞ while a query has seen no allowed key
          const max = tf.maximum(state.max, tf.max(logits, -1, true)); // [..., qSize, 1]
          const shift = tf.where(tf.isFinite(max), max, tf.zerosLike(max)); // m', or 0 for −∞
          // 4) c = e^(m − m') rescales what was summed against the old maximum
          const correction = exp(tf.sub(state.max, shift)); // [..., qSize, 1]
          const p = exp(tf.sub(logits, shift)); // [..., qSize, size], masked entries 0
          // 5) l' = c·l + Σ_j p_ij,   a' = c·a + Σ_j p_ij v_j
          const sum = tf.add(tf.mul(correction, state.sum), tf.sum(p, -1, true)); // [..., qSize, 1]
          const acc = tf.add(tf.mul(correction, state.acc), batchedMatMul(p, vBlock)); // [..., qSize, dV]
          return { max, sum, acc };
        });
        tf.dispose([state.max, state.sum, state.acc]);
        state = next;
      }
      // 6) out_i = a_i / l_i; a query that saw no allowed key has l = 0 and follows maskedRows
      const hasKey = tf.greater(state.sum, 0); // [..., qSize, 1]
      const output = tf.div(state.acc, tf.where(hasKey, state.sum, tf.onesLike(state.sum)));
      if (maskedRows === 'zero') {
        outputs.push(output); // a = 0 on such rows already
        continue;
      }
      const fill =
        maskedRows === 'uniform'
          ? tf.broadcastTo(tf.mean(v, -2, true), output.shape) // weights 1/seqK on every key
          : tf.fill(output.shape, Number.NaN);
      outputs.push(tf.where(tf.broadcastTo(hasKey, output.shape), output, fill));
    }
    return outputs.length === 1 ? outputs[0]! : tf.concat(outputs, -2); // [..., seqQ, dV]
  });
  // END SOLUTION
}
