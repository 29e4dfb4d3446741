import { blockWindows, broadcastTo, sliceFirstAxis } from '@mha/runtime/kernels';
import { checkQueryKeyValue, scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { checkCausal, checkCausalLengths, checkInteger, checkOptionsObject } from './checks.js';

const FN = 'localAttention';

/** Options of {@link localAttention}. */
export interface LocalAttentionOptions {
  /** Query i sees keys j with |i − j| ≤ window. Required; an integer ≥ 0. */
  window: number;
  /** Also require j ≤ i (no key after the query). Needs seqQ = seqK. Default `false`. */
  causal?: boolean;
}

/** Query blocks are at least this long, so that a small window still makes few, large ops. */
const MIN_BLOCK = 16;
/** Score entries per group of query blocks handed to stage 1 at once (4 MiB of float32). */
const GROUP_SCORES = 1 << 20;

/**
 * Banded (sliding-window) attention computed block by block: query i attends only to keys
 * j with |i − j| ≤ `window` (and j ≤ i when `causal`).
 *
 * $$\mathrm{out}_i = \sum_{j:\,|i-j|\le w} \frac{e^{q_i\cdot k_j/\sqrt{d_k}}}
 *   {\sum_{j':\,|i-j'|\le w} e^{q_i\cdot k_{j'}/\sqrt{d_k}}}\; v_j$$
 *
 * The same numbers as `scaledDotProductAttention(q, k, v, { mask: slidingWindowMask(seqQ,
 * seqK, { left: w, right: w }) })`, but no `[seqQ, seqK]` tensor is ever formed. The queries
 * are cut into blocks of B ≥ w rows; a block can only reach keys in its own block and the
 * blocks on either side, so each block attends to 3B keys (2B when causal) through stage 1,
 * with a mask for the band. Work and memory are O(n·B·d) and O(n·B) instead of O(n²).
 *
 * A query whose window holds no key (possible only when seqQ > seqK + window) gets output 0.
 *
 * @param q queries, `[..., seqQ, dK]`, float32.
 * @param k keys, `[..., seqK, dK]`, float32; same leading axes as `q`.
 * @param v values, `[..., seqK, dV]`, float32; same leading axes as `q`.
 * @param options `window` (required), `causal` (default `false`; needs seqQ = seqK).
 * @returns `[..., seqQ, dV]`.
 * @throws Error naming `localAttention`, the argument and the shapes, for bad q, k, v (as
 *   stage 1), a window that is not a non-negative integer, or `causal` with seqQ ≠ seqK.
 */
export function localAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  options: LocalAttentionOptions,
): tf.Tensor {
  checkOptionsObject(options, FN);
  const { window, causal = false } = options ?? ({} as LocalAttentionOptions);
  checkInteger(window, 0, 'window', FN);
  checkCausal(causal, FN);
  checkQueryKeyValue(q, k, v, FN);
  const seqQ = q.shape[q.rank - 2]!;
  const seqK = k.shape[k.rank - 2]!;
  if (causal) checkCausalLengths(q, k, FN);
  return tf.tidy(() => {
    const lead = q.shape.slice(0, -2);
    const L = lead.reduce((a, d) => a * d, 1);
    const fold = (t: tf.Tensor) =>
      tf.reshape(t, [L, t.shape.at(-2)!, t.shape.at(-1)!]) as tf.Tensor3D;
    const [q3, k3, v3] = [fold(q), fold(k), fold(v)]; // [L, seq, d]
    const B = Math.min(Math.max(window, MIN_BLOCK), Math.max(seqQ, seqK)); // block ≥ window
    const numBlocks = Math.ceil(seqQ / B);
    const reach = causal ? 2 : 3; // key blocks a query block can see: before, own (, after)
    // 1) query block b and the keys of blocks b − 1 … b − 2 + reach: [nB, L, B or reach·B, d]
    const qBlocks = blockWindows(q3, { step: B, count: numBlocks, before: 0, width: B });
    const around = { step: B, count: numBlocks, before: B, width: reach * B };
    const [kBlocks, vBlocks] = [blockWindows(k3, around), blockWindows(v3, around)];
    // 2) the band: query i = b·B + r may see key j = (b − 1)·B + c when −w ≤ j − i ≤ w
    //    (≤ 0 when causal) and j is a real key, 0 ≤ j < seqK
    const r = tf.reshape(tf.range(0, B), [1, B, 1]);
    const c = tf.reshape(tf.range(0, reach * B), [1, 1, reach * B]);
    const b = tf.reshape(tf.range(0, numBlocks), [numBlocks, 1, 1]);
    const j = tf.add(tf.mul(tf.sub(b, 1), B), c); // [nB, 1, reach·B]
    const offset = tf.sub(tf.sub(c, r), B); // j − i: [1, B, reach·B]
    const inBand = tf.logicalAnd(
      tf.greaterEqual(offset, -window),
      tf.lessEqual(offset, causal ? 0 : window),
    );
    const isKey = tf.logicalAnd(tf.greaterEqual(j, 0), tf.less(j, seqK));
    const maskShape = [numBlocks, 1, B, reach * B];
    const mask = tf.logicalAnd(
      broadcastTo(tf.expandDims(inBand, 1), maskShape),
      broadcastTo(tf.expandDims(isKey, 1), maskShape),
    );
    // 3) stage 1 on a group of blocks at a time: at most GROUP_SCORES scores alive at once
    const group = Math.max(1, Math.floor(GROUP_SCORES / (L * B * reach * B)));
    const outputs: tf.Tensor[] = [];
    for (let first = 0; first < numBlocks; first += group) {
      const take = (t: tf.Tensor) => sliceFirstAxis(t, first, Math.min(group, numBlocks - first));
      const { output } = scaledDotProductAttention(take(qBlocks), take(kBlocks), take(vBlocks), {
        mask: take(mask),
      }); // [count, L, B, dV]
      outputs.push(output);
    }
    const rows = tf.reshape(tf.transpose(tf.concat(outputs, 0), [1, 0, 2, 3]), [
      L,
      numBlocks * B,
      -1,
    ]); // -> [L, nB·B, dV]
    const kept = tf.slice(rows, [0, 0, 0], [L, seqQ, -1]); // [L, seqQ, dV]
    return tf.reshape(kept, [...lead, seqQ, v.shape[v.rank - 1]!]); // -> [..., seqQ, dV]
  });
}
