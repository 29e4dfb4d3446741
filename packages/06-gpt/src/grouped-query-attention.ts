import { causalMask, combineMasks, mergeHeads, splitHeads } from '@mha/multi-head-attention';
import { assertShape, deriveSeed, formatShape, glorotUniform, zeros } from '@mha/runtime';
import { batchedMatMul } from '@mha/runtime/kernels';
import { assertMask, scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { applyRotaryEmbedding } from './rotary-embedding.js';

/**
 * The weights of one grouped-query attention layer, applied as $xW + b$. With
 * `dHead = dModel / numHeads`, query head `h` uses columns `h·dHead … (h+1)·dHead − 1` of
 * `wQ`, and key/value head `g` columns `g·dHead … (g+1)·dHead − 1` of `wK` and `wV`.
 */
export interface GroupedQueryAttentionParams {
  /** $W^Q$, `[dModel, numHeads·dHead]`. */
  wQ: tf.Tensor2D;
  /** $b^Q$, `[numHeads·dHead]`. */
  bQ: tf.Tensor1D;
  /** $W^K$, `[dModel, numKvHeads·dHead]`. */
  wK: tf.Tensor2D;
  /** $b^K$, `[numKvHeads·dHead]`. */
  bK: tf.Tensor1D;
  /** $W^V$, `[dModel, numKvHeads·dHead]`. */
  wV: tf.Tensor2D;
  /** $b^V$, `[numKvHeads·dHead]`. */
  bV: tf.Tensor1D;
  /** $W^O$, `[numHeads·dHead, dModel]`. */
  wO: tf.Tensor2D;
  /** $b^O$, `[dModel]`. */
  bO: tf.Tensor1D;
}

/** Configuration of {@link initGroupedQueryAttention}. */
export interface GroupedQueryAttentionConfig {
  /** Width of every token vector, $d_\text{model}$. */
  dModel: number;
  /** Query heads $h$; must divide `dModel`. */
  numHeads: number;
  /** Key/value heads $g$; must divide `numHeads`. `numHeads` is MHA, 1 is MQA. */
  numKvHeads: number;
  /** Integer in [0, 2^32): the same seed gives the same weights on every backend. */
  seed: number;
}

/** The `rope` option: off, or on with its base. */
export type RopeOption = false | { base?: number };

/** Options for {@link groupedQueryAttention}. */
export interface GroupedQueryAttentionOptions {
  /** Query heads $h$. Required. */
  numHeads: number;
  /** Key/value heads $g$, dividing `numHeads`. Required. */
  numKvHeads: number;
  /** Query `i` sees only keys `j ≤ i`. Default `true`. */
  causal?: boolean;
  /**
   * Rotary position embedding of q and k after the head split: `false` (default) or
   * `{ base }` (base default 10000).
   */
  rope?: RopeOption;
  /**
   * Extra mask, **true = may attend**: `[seqQ, seqK]`, `[batch, seqQ, seqK]` or
   * `[batch, numHeads, seqQ, seqK]`, any axis may be 1 (a `paddingMask` fits as it is).
   * Combined with the causal mask when `causal`. Default: none.
   */
  mask?: tf.Tensor;
}

/** What {@link groupedQueryAttention} returns. */
export interface GroupedQueryAttentionResult {
  /** `[batch, seq, dModel]`. */
  output: tf.Tensor3D;
  /** `[batch, numHeads, seq, seq]`: query head h's weights over the keys. */
  weights: tf.Tensor4D;
}

function checkHeads(fn: string, dModel: number, numHeads: number, numKvHeads: number): void {
  if (!Number.isInteger(numHeads) || numHeads < 1 || dModel % numHeads !== 0) {
    throw new Error(
      `${fn}: 'numHeads' must be a positive integer dividing dModel, ` +
        `got numHeads = ${numHeads} and dModel = ${dModel}`,
    );
  }
  if (!Number.isInteger(numKvHeads) || numKvHeads < 1 || numHeads % numKvHeads !== 0) {
    throw new Error(
      `${fn}: 'numKvHeads' must be a positive integer dividing numHeads, ` +
        `got numKvHeads = ${numKvHeads} and numHeads = ${numHeads}`,
    );
  }
}

/**
 * Creates the weights of a grouped-query attention layer: Glorot-uniform matrices, each from
 * its own seed stream (`deriveSeed(seed, 'wQ')`, …), and zero biases. The caller owns them:
 * `tf.dispose(Object.values(params))`.
 *
 * @param config `dModel`, `numHeads`, `numKvHeads`, `seed`.
 * @returns `wQ [dModel, numHeads·dHead]`, `wK`/`wV [dModel, numKvHeads·dHead]`,
 *   `wO [numHeads·dHead, dModel]` and biases to match.
 */
export function initGroupedQueryAttention(
  config: GroupedQueryAttentionConfig,
): GroupedQueryAttentionParams {
  const FN = 'initGroupedQueryAttention';
  const { dModel, numHeads, numKvHeads, seed } = config;
  if (!Number.isInteger(dModel) || dModel < 1) {
    throw new Error(`${FN}: 'dModel' must be a positive integer, got ${dModel}`);
  }
  checkHeads(FN, dModel, numHeads, numKvHeads);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`${FN}: 'seed' must be an integer in [0, 2^32), got ${seed}`);
  }
  const dHead = dModel / numHeads;
  const kvWidth = numKvHeads * dHead;
  const matrix = (name: string, shape: [number, number]) =>
    glorotUniform(shape, deriveSeed(seed, name)) as tf.Tensor2D;
  const vector = (n: number) => zeros([n]) as tf.Tensor1D;
  return {
    wQ: matrix('wQ', [dModel, dModel]),
    bQ: vector(dModel),
    wK: matrix('wK', [dModel, kvWidth]),
    bK: vector(kvWidth),
    wV: matrix('wV', [dModel, kvWidth]),
    bV: vector(kvWidth),
    wO: matrix('wO', [dModel, dModel]),
    bO: vector(dModel),
  };
}

/** Checks params against `dModel` and the head counts at `fn`'s boundary. */
export function checkGroupedParams(
  params: GroupedQueryAttentionParams,
  dModel: number,
  numHeads: number,
  numKvHeads: number,
  fn: string,
): void {
  checkHeads(fn, dModel, numHeads, numKvHeads);
  const kvWidth = numKvHeads * (dModel / numHeads);
  const expected: Record<keyof GroupedQueryAttentionParams, number[]> = {
    wQ: [dModel, dModel],
    bQ: [dModel],
    wK: [dModel, kvWidth],
    bK: [kvWidth],
    wV: [dModel, kvWidth],
    bV: [kvWidth],
    wO: [dModel, dModel],
    bO: [dModel],
  };
  for (const [name, shape] of Object.entries(expected)) {
    const t = params[name as keyof GroupedQueryAttentionParams];
    if (t === undefined) throw new Error(`${fn}: argument 'params' has no '${name}'`);
    assertShape(t, shape, `params.${name}`, fn);
  }
}

/** $xW + b$ at every position. Internal: called inside the caller's `tf.tidy`. */
function project(x: tf.Tensor3D, w: tf.Tensor2D, b: tf.Tensor1D): tf.Tensor3D {
  return tf.add(batchedMatMul(x, w), b) as tf.Tensor3D; // [batch, seq, in]·[in, out] + b
}

const FN = 'groupedQueryAttention';

/**
 * Grouped-query attention (Ainslie et al. 2023): `numHeads` query heads share `numKvHeads`
 * key/value heads, `numHeads / numKvHeads` queries to a group. With `numKvHeads = numHeads`
 * it is multi-head attention; with `numKvHeads = 1` it is multi-query attention (Shazeer
 * 2019). A KV cache then holds `numKvHeads / numHeads` of the keys and values of MHA.
 *
 * $$\text{head}_h = \mathrm{softmax}\!\left(\frac{R_m(Q W^Q_h)\,(R_n(K W^K_{g(h)}))^\top}
 *   {\sqrt{d_\text{head}}} + M\right) V W^V_{g(h)}, \qquad
 *   g(h) = \left\lfloor \frac{h}{h_q / h_{kv}} \right\rfloor$$
 *
 * where $R_p$ is the rotary embedding at position $p$ when `rope` is set (else the identity),
 * then $\mathrm{Concat}(\text{head}_1, \ldots)\,W^O + b^O$.
 *
 * @param params from {@link initGroupedQueryAttention}.
 * @param x `[batch, seq, dModel]`: self-attention, queries, keys and values all from `x`.
 * @param options `numHeads`, `numKvHeads` (required), `causal` (default true), `rope`
 *   (default false), `mask` (true = may attend; default none).
 * @returns `output [batch, seq, dModel]` and `weights [batch, numHeads, seq, seq]`.
 */
export function groupedQueryAttention(
  params: GroupedQueryAttentionParams,
  x: tf.Tensor3D,
  options: GroupedQueryAttentionOptions,
): GroupedQueryAttentionResult {
  const { numHeads, numKvHeads, causal = true, rope = false, mask } = options;
  assertShape(x, [-1, -1, -1], 'x', FN);
  if (x.dtype !== 'float32') {
    throw new Error(`${FN}: argument 'x' must be float32, got dtype '${x.dtype}'`);
  }
  const [batch, seq, dModel] = x.shape;
  checkGroupedParams(params, dModel, numHeads, numKvHeads, FN);
  if (typeof causal !== 'boolean') {
    throw new Error(`${FN}: option 'causal' must be a boolean, got ${String(causal)}`);
  }
  if (rope !== false && (typeof rope !== 'object' || rope === null)) {
    throw new Error(`${FN}: option 'rope' must be false or { base }, got ${String(rope)}`);
  }
  if (rope && (dModel / numHeads) % 2 !== 0) {
    throw new Error(
      `${FN}: option 'rope' needs an even dHead = dModel / numHeads, got ${dModel / numHeads}`,
    );
  }
  if (mask !== undefined) {
    if (mask.rank < 2 || mask.rank > 4) {
      throw new Error(
        `${FN}: argument 'mask' must have shape [seqQ, seqK], [batch, seqQ, seqK] or ` +
          `[batch, numHeads, seqQ, seqK], got ${formatShape(mask.shape)}`,
      );
    }
    // a rank-3 mask is [batch, seqQ, seqK], the same for every head
    const target = mask.rank === 3 ? [batch, seq, seq] : [batch, numHeads, seq, seq];
    assertMask(mask, target, FN); // dtype, broadcastable shape, 0/1 values
  }
  // BEGIN SOLUTION
  const group = numHeads / numKvHeads; // query heads per key/value head
  return tf.tidy(() => {
    // 1) project and split: numHeads query heads, numKvHeads key/value heads
    const q = splitHeads(project(x, params.wQ, params.bQ), numHeads); // -> [b, h, seq, dHead]
    const k = splitHeads(project(x, params.wK, params.bK), numKvHeads); // -> [b, g, seq, dHead]
    const v = splitHeads(project(x, params.wV, params.bV), numKvHeads); // -> [b, g, seq, dHead]
    // 2) RoPE rotates queries and keys after the head split, before the scores
    const queries = rope ? applyRotaryEmbedding(q, { base: rope.base }) : q;
    const rotated = rope ? applyRotaryEmbedding(k, { base: rope.base }) : k;
    // 3) query head h reads key/value head floor(h / group)
    const source = tf.tensor1d(
      Array.from({ length: numHeads }, (_, h) => Math.floor(h / group)),
      'int32',
    );
    const keys = tf.gather(rotated, source, 1) as tf.Tensor4D; // -> [b, h, seq, dHead]
    const values = tf.gather(v, source, 1) as tf.Tensor4D; // -> [b, h, seq, dHead]
    // 4) the mask: causal and/or the caller's, true = may attend
    const given =
      mask === undefined
        ? undefined
        : tf.cast(mask.rank === 3 ? tf.expandDims(mask, 1) : mask, 'bool'); // -> rank 2 or 4
    const causalPart = causal ? causalMask(seq) : undefined; // [1, 1, seq, seq]
    const parts = [given, causalPart].filter((m): m is tf.Tensor => m !== undefined);
    const combined = parts.length === 0 ? undefined : combineMasks(...parts);
    // 5) attention per head, heads merged, output projection
    const attention = scaledDotProductAttention(queries, keys, values, { mask: combined });
    const concat = mergeHeads(attention.output as tf.Tensor4D); // -> [b, seq, dModel]
    const output = project(concat, params.wO, params.bO); // [b, seq, dModel]
    return { output, weights: attention.weights as tf.Tensor4D };
  });
  // END SOLUTION
}
