import { formatShape } from '@mha/runtime';
import { batchedMatMul, sliceAxis, swapLastTwo } from '@mha/runtime/kernels';
import { checkQueryKeyValue } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { checkCausal, checkCausalLengths, checkOptionsObject } from './checks.js';

const FN = 'linearAttention';

/**
 * A feature map φ applied to the last axis: `[..., seq, dK] -> [..., seq, numFeatures]`,
 * with positive outputs. `role` says whether it is mapping queries or keys, for maps (such
 * as random features) that stabilise the two differently.
 */
export type FeatureMap = (x: tf.Tensor, role: 'query' | 'key') => tf.Tensor;

/** Options of {@link linearAttention}. */
export interface LinearAttentionOptions {
  /** φ: `'elu+1'` (φ(x) = elu(x) + 1, Katharopoulos et al. 2020) or a {@link FeatureMap}. Default `'elu+1'`. */
  featureMap?: 'elu+1' | FeatureMap;
  /** Query i sees only keys j ≤ i (running sums). Needs seqQ = seqK. Default `false`. */
  causal?: boolean;
}

/** Positions summed at once in the causal form: its largest tensor is `[..., CHUNK, F, dV]`. */
const CHUNK = 32;

function eluPlusOne(x: tf.Tensor): tf.Tensor {
  return tf.add(tf.elu(x), 1);
}

/**
 * Linear (kernel) attention: softmax's $e^{q\cdot k}$ replaced by a kernel
 * $\varphi(q)\cdot\varphi(k)$, and the matrix products regrouped so that no n×n matrix is
 * ever formed.
 *
 * $$\mathrm{out}_i = \frac{\sum_j \big(\varphi(q_i)\cdot\varphi(k_j)\big)\, v_j}
 *                        {\sum_j \varphi(q_i)\cdot\varphi(k_j)}
 *   = \frac{\varphi(q_i)^\top \big(\sum_j \varphi(k_j)\, v_j^\top\big)}
 *          {\varphi(q_i)^\top \sum_j \varphi(k_j)},\qquad
 *   \text{i.e.}\quad \frac{\varphi(Q)\,\big(\varphi(K)^\top V\big)}{\varphi(Q)\,\big(\varphi(K)^\top \mathbf 1\big)}$$
 *
 * By associativity $(\varphi(Q)\varphi(K)^\top)V = \varphi(Q)(\varphi(K)^\top V)$: the right
 * side costs O(n·F·dV) instead of O(n²·dV). The causal form keeps the sums over j ≤ i as
 * running sums $S_i = S_{i-1} + \varphi(k_i) v_i^\top$, $z_i = z_{i-1} + \varphi(k_i)$ and
 * gives $\varphi(q_i)^\top S_i / \varphi(q_i)^\top z_i$.
 *
 * There is no $1/\sqrt{d_k}$: φ is applied to q and k as they are. It is a different model
 * from softmax attention, not an approximation of it (see `randomFeatureAttention` for one).
 *
 * @param q queries, `[..., seqQ, dK]`, float32.
 * @param k keys, `[..., seqK, dK]`, float32; same leading axes as `q`.
 * @param v values, `[..., seqK, dV]`, float32; same leading axes as `q`.
 * @param options `featureMap` (default `'elu+1'`), `causal` (default `false`; needs
 *   seqQ = seqK).
 * @returns `[..., seqQ, dV]`.
 * @throws Error naming `linearAttention`, the argument and the shapes, for bad q, k, v,
 *   an unknown feature map or one that returns the wrong shape, or `causal` with seqQ ≠ seqK.
 */
export function linearAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  options: LinearAttentionOptions = {},
): tf.Tensor {
  checkOptionsObject(options, FN);
  const { featureMap = 'elu+1', causal = false } = options ?? {};
  if (featureMap !== 'elu+1' && typeof featureMap !== 'function') {
    throw new Error(
      `${FN}: option 'featureMap' must be 'elu+1' or a function, got ${JSON.stringify(featureMap)}`,
    );
  }
  checkCausal(causal, FN);
  checkQueryKeyValue(q, k, v, FN);
  const seqK = k.shape[k.rank - 2]!;
  if (causal) checkCausalLengths(q, k, FN);
  const phi: FeatureMap = featureMap === 'elu+1' ? eluPlusOne : featureMap;
  return tf.tidy(() => {
    const phiQ = phi(q, 'query'); // [..., seqQ, F]
    const phiK = phi(k, 'key'); // [..., seqK, F]
    const expected = (t: tf.Tensor, like: tf.Tensor) =>
      t.rank === like.rank && like.shape.slice(0, -1).every((d, i) => d === t.shape[i]);
    if (!expected(phiQ, q) || !expected(phiK, k) || phiQ.shape.at(-1) !== phiK.shape.at(-1)) {
      throw new Error(
        `${FN}: option 'featureMap' must map [..., seq, dK] to [..., seq, F] with the same F ` +
          `for queries and keys, got ${formatShape(q.shape)} -> ${formatShape(phiQ.shape)} and ` +
          `${formatShape(k.shape)} -> ${formatShape(phiK.shape)}`,
      );
    }
    // BEGIN SOLUTION
    if (!causal) {
      // 1) S = φ(K)ᵀV: one F × dV summary of every key and value
      const kv = batchedMatMul(swapLastTwo(phiK), v); // [..., F, seqK]·[..., seqK, dV] -> [..., F, dV]
      // 2) z = φ(K)ᵀ1: the sum of the key features
      const z = tf.expandDims(tf.sum(phiK, -2), -1); // [..., seqK, F] -> [..., F, 1]
      // 3) out = φ(Q)S / φ(Q)z
      const numerator = batchedMatMul(phiQ, kv); // [..., seqQ, F]·[..., F, dV] -> [..., seqQ, dV]
      const denominator = batchedMatMul(phiQ, z); // [..., seqQ, F]·[..., F, 1] -> [..., seqQ, 1]
      return tf.div(numerator, denominator);
    }
    // Causal: S_i = Σ_{j≤i} φ(k_j) v_jᵀ and z_i = Σ_{j≤i} φ(k_j) as running sums, a chunk
    // of positions at a time, carrying the sums so far from one chunk to the next.
    const lead = q.shape.slice(0, -2);
    const numFeatures = phiK.shape[phiK.rank - 1]!;
    const dV = v.shape[v.rank - 1]!;
    const at = lead.length; // the position axis
    let carry = {
      s: tf.zeros([...lead, 1, numFeatures, dV]), // S before the chunk
      z: tf.zeros([...lead, 1, numFeatures]), // z before the chunk
    };
    const outputs: tf.Tensor[] = [];
    for (let start = 0; start < seqK; start += CHUNK) {
      const size = Math.min(CHUNK, seqK - start);
      // A tidy per chunk frees its [..., size, F, dV] sums before the next chunk.
      const { out, s, z } = tf.tidy(() => {
        const phiQc = sliceAxis(phiQ, at, start, size); // [..., size, F]
        const phiKc = sliceAxis(phiK, at, start, size); // [..., size, F]
        const vc = sliceAxis(v, at, start, size); // [..., size, dV]
        const outer = tf.mul(tf.expandDims(phiKc, -1), tf.expandDims(vc, -2)); // [..., size, F, dV]
        const sAll = tf.add(carry.s, tf.cumsum(outer, at)); // S_i -> [..., size, F, dV]
        const zAll = tf.add(carry.z, tf.cumsum(phiKc, at)); // z_i -> [..., size, F]
        const numerator = tf.sum(tf.mul(tf.expandDims(phiQc, -1), sAll), -2); // -> [..., size, dV]
        const denominator = tf.sum(tf.mul(phiQc, zAll), -1, true); // -> [..., size, 1]
        return {
          out: tf.div(numerator, denominator),
          s: sliceAxis(sAll, at, size - 1, 1), // S at the chunk's last position
          z: sliceAxis(zAll, at, size - 1, 1),
        };
      });
      tf.dispose([carry.s, carry.z]);
      carry = { s, z };
      outputs.push(out);
    }
    return tf.concat(outputs, -2); // [..., seqQ, dV]
    // END SOLUTION
  });
}
