import { broadcastTo, sliceFirstAxis } from '@mha/runtime/kernels';
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
 * Splits `[..., seq, d]` into `numBlocks` blocks of `block` rows, after `before` rows of
 * zeros, keeping at most `numBlocks · block − before` rows of `t` and padding the end with
 * zeros. Returns `[..., numBlocks, block, d]`.
 */
function toBlocks(t: tf.Tensor, before: number, numBlocks: number, block: number): tf.Tensor {
  const seq = t.shape[t.rank - 2]!;
  const d = t.shape[t.rank - 1]!;
  const lead = t.shape.slice(0, -2);
  const kept = Math.min(seq, numBlocks * block - before);
  const head = tf.slice(t, [...lead.map(() => 0), 0, 0], [...lead, kept, d]);
  const padding = lead.map((): [number, number] => [0, 0]);
  const padded = tf.pad(head, [...padding, [before, numBlocks * block - before - kept], [0, 0]]);
  return tf.reshape(padded, [...lead, numBlocks, block, d]); // -> [..., numBlocks, block, d]
}

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
    const leadSize = lead.reduce((a, d) => a * d, 1);
    const dV = v.shape[v.rank - 1]!;
    // Leading axes folded into one: every slice below is then of rank ≤ 4, which the wasm
    // backend cuts with a fast loop (rank 5 and above take an element-by-element path).
    const fold = (t: tf.Tensor) => tf.reshape(t, [leadSize, ...t.shape.slice(-2)]); // [L, seq, d]
    const block = Math.min(Math.max(window, MIN_BLOCK), Math.max(seqQ, seqK));
    const numBlocks = Math.ceil(seqQ / block);
    const reach = causal ? 2 : 3; // blocks of keys each query block sees: before, own (, after)
    // 1) cut queries into blocks; keys and values into blocks with one block of padding
    //    in front, so that block b's neighbours are blocks b, b + 1 (, b + 2) of the padded keys
    const qBlocks = toBlocks(fold(q), 0, numBlocks, block); // [L, numBlocks, block, dK]
    const context = (t: tf.Tensor) => {
      const blocks = toBlocks(fold(t), block, numBlocks + reach - 1, block); // [L, nB + r − 1, B, d]
      const shifted = Array.from({ length: reach }, (_, s) => {
        const [, , , d] = blocks.shape as number[];
        return tf.slice(blocks, [0, s, 0, 0], [leadSize, numBlocks, block, d!]); // [L, nB, B, d]
      });
      return tf.concat(shifted, -2); // -> [L, numBlocks, reach·block, d]
    };
    const kContext = context(k);
    const vContext = context(v);
    // 2) the band as a mask [numBlocks, block, reach·block]: query i = b·B + r, key j = (b−1)·B + c
    const r = tf.reshape(tf.range(0, block, 1, 'int32'), [1, block, 1]);
    const c = tf.reshape(tf.range(0, reach * block, 1, 'int32'), [1, 1, reach * block]);
    const offset = tf.sub(tf.sub(c, r), block); // j − i, the same in every block
    const inBand = tf.logicalAnd(
      tf.greaterEqual(offset, -window),
      tf.lessEqual(offset, causal ? 0 : window),
    ); // [1, block, reach·block]
    const b = tf.reshape(tf.range(0, numBlocks, 1, 'int32'), [numBlocks, 1, 1]);
    const j = tf.add(tf.mul(tf.sub(b, 1), block), c); // [numBlocks, 1, reach·block]
    const isKey = tf.logicalAnd(tf.greaterEqual(j, 0), tf.less(j, seqK)); // padding is not a key
    const maskShape = [numBlocks, block, reach * block];
    const mask = tf.logicalAnd(broadcastTo(inBand, maskShape), broadcastTo(isKey, maskShape));
    // 3) attend, a group of query blocks at a time, so that at most GROUP_SCORES scores
    //    (and stage 1's few temporaries of that size) are alive at once. The block axis is
    //    moved to the front, so that each group is one contiguous stretch, which
    //    sliceFirstAxis copies in time proportional to what it takes (on wasm tf.slice
    //    would copy the whole tensor each time, making this loop quadratic in n).
    const group = Math.max(1, Math.floor(GROUP_SCORES / (leadSize * block * reach * block)));
    const blocksFirst = (t: tf.Tensor) => tf.transpose(t, [1, 0, 2, 3]); // [L, nB, ·, d] -> [nB, L, ·, d]
    const [qByBlock, kByBlock, vByBlock] = [qBlocks, kContext, vContext].map(blocksFirst);
    const maskByBlock = tf.expandDims(mask, 1); // [numBlocks, 1, block, reach·block]
    const outputs: tf.Tensor[] = [];
    for (let first = 0; first < numBlocks; first += group) {
      const count = Math.min(group, numBlocks - first);
      const front = (t: tf.Tensor) => sliceFirstAxis(t, first, count); // this group, [count, ...]
      // A tidy per group frees the group's scores before the next group is computed.
      outputs.push(
        tf.tidy(
          () =>
            scaledDotProductAttention(front(qByBlock!), front(kByBlock!), front(vByBlock!), {
              mask: front(maskByBlock),
            }).output, // [count, L, block, dV]
        ),
      );
    }
    const joined = tf.transpose(tf.concat(outputs, 0), [1, 0, 2, 3]); // -> [L, numBlocks, block, dV]
    const rows = tf.reshape(joined, [leadSize, numBlocks * block, dV]); // -> [L, nB·B, dV]
    const kept = tf.slice(rows, [0, 0, 0], [leadSize, seqQ, dV]); // [L, seqQ, dV]
    return tf.reshape(kept, [...lead, seqQ, dV]); // -> [..., seqQ, dV]
  });
}
