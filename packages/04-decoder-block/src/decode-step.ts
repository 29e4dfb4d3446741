import {
  assertTokenIds,
  feedForward,
  type LayerNormParams,
  layerNorm,
  residualSubLayer,
  sinusoidalPositionalEncoding,
} from '@mha/encoder-block';
import {
  type MultiHeadAttentionParams,
  mergeHeads,
  paddingMask,
  project,
  splitHeads,
} from '@mha/multi-head-attention';
import { formatShape } from '@mha/runtime';
import { scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { checkLengths, type TransformerParams } from './transformer.js';

/**
 * What the cache keeps for one decoder block. `dK = dModel / numHeads`; `t` is the number of
 * target positions decoded so far.
 */
export type DecoderCacheLayer = {
  /** Self-attention keys of positions 0 … t − 1, `[batch, numHeads, t, dK]`. */
  selfKeys: tf.Tensor4D;
  /** Self-attention values of positions 0 … t − 1, `[batch, numHeads, t, dK]`. */
  selfValues: tf.Tensor4D;
  /** Cross-attention keys of the memory, projected once, `[batch, numHeads, seqS, dK]`. */
  crossKeys: tf.Tensor4D;
  /** Cross-attention values of the memory, projected once, `[batch, numHeads, seqS, dK]`. */
  crossValues: tf.Tensor4D;
};

/**
 * The KV cache of {@link decodeStep}: per decoder block, the self-attention keys and values of
 * every target position decoded so far, and the cross-attention keys and values of the memory.
 *
 * A step consumes the cache it is given and returns its successor, which owns every tensor;
 * only the latest cache is valid, and it alone needs `dispose()`.
 */
export interface DecoderCache {
  /** One entry per decoder block, first block first. */
  readonly layers: readonly DecoderCacheLayer[];
  /** Target positions decoded so far, t; the next token goes to position t. */
  readonly length: number;
  /** Positions the cache can hold: the model's `maxLen`. */
  readonly maxLen: number;
  /** The source lengths the memory mask was built from, or `undefined` (no source padding). */
  readonly srcLengths: readonly number[] | undefined;
  /** Identifies the model and the memory the cache belongs to. */
  readonly owner: { readonly modelId: number; readonly memoryId: number };
  /** True once the cache was disposed or consumed by a step. */
  readonly disposed: boolean;
  /** Releases every tensor the cache holds. Safe to call twice. */
  dispose(): void;
}

/** Options for {@link decodeStep}. */
export interface DecodeStepOptions {
  /**
   * `[batch]` valid source lengths for the memory mask. Read when the cache is created (the
   * first step); later steps use the lengths stored in the cache, and passing different ones
   * is an error. Default: no source padding.
   */
  srcLengths?: readonly number[];
  /** Layer-norm ε. Default `1e-5`. */
  epsilon?: number;
  /** Feed-forward non-linearity, `'relu'` (default) or `'gelu'`. */
  activation?: 'relu' | 'gelu';
}

/** What {@link decodeStep} returns. */
export interface DecodeStepResult {
  /** `[batch, tgtVocabSize]`: scores of the token that follows the one just fed. */
  logits: tf.Tensor2D;
  /** The cache holding positions 0 … t, to pass to the next step. */
  cache: DecoderCache;
}

/** A tensor's identity: its id, which no other live tensor shares. */
function tensorId(t: tf.Tensor): number {
  return t.id;
}

/** A cache object whose `dispose` releases every tensor it holds, once. */
function makeCache(
  layers: DecoderCacheLayer[],
  length: number,
  maxLen: number,
  srcLengths: readonly number[] | undefined,
  owner: DecoderCache['owner'],
): DecoderCache {
  const cache = {
    layers,
    length,
    maxLen,
    srcLengths,
    owner,
    disposed: false,
    dispose(): void {
      if (cache.disposed) return;
      cache.disposed = true;
      for (const layer of layers) {
        tf.dispose([layer.selfKeys, layer.selfValues, layer.crossKeys, layer.crossValues]);
      }
    },
  };
  return cache;
}

/** Marks a cache consumed without releasing the tensors its successor now owns. */
function retire(cache: DecoderCache, successor: DecoderCache): void {
  cache.layers.forEach((layer, l) => {
    const kept = successor.layers[l]!;
    if (layer.selfKeys !== kept.selfKeys) layer.selfKeys.dispose();
    if (layer.selfValues !== kept.selfValues) layer.selfValues.dispose();
  });
  (cache as { disposed: boolean }).disposed = true;
}

/** Appends along the sequence axis: `[b, h, t, dK]` and `[b, h, 1, dK]` -> `[b, h, t+1, dK]`. */
function concatPositions(past: tf.Tensor4D, next: tf.Tensor4D): tf.Tensor4D {
  return tf.concat([past, next], 2);
}

/**
 * Attention of one new query position over cached keys and values, then the output
 * projection. Internal: called inside the caller's `tf.tidy`.
 */
function attendCached(
  params: MultiHeadAttentionParams,
  query: tf.Tensor3D,
  keys: tf.Tensor4D,
  values: tf.Tensor4D,
  numHeads: number,
  mask: tf.Tensor | undefined,
): tf.Tensor3D {
  const q = splitHeads(project(query, params.wQ, params.bQ), numHeads); // -> [batch, h, 1, dK]
  const { output } = scaledDotProductAttention(q, keys, values, { mask }); // [batch, h, 1, dK]
  const concat = mergeHeads(output as tf.Tensor4D); // -> [batch, 1, dModel]
  return project(concat, params.wO, params.bO);
}

/** Checks the arguments of {@link decodeStep}; returns the token ids as an int32 `[batch]`. */
function checkStep(
  params: TransformerParams,
  memory: tf.Tensor3D,
  token: tf.Tensor1D | tf.Tensor2D | readonly number[],
  cache: DecoderCache | null | undefined,
  options: DecodeStepOptions,
): number[] {
  const fn = 'decodeStep';
  const { dModel, tgtVocabSize, numHeads, numDecoderLayers } = params.config;
  if (options === null || typeof options !== 'object') {
    throw new Error(`${fn}: argument 'options' must be an object (or left out), got ${options}`);
  }
  if (!(memory instanceof tf.Tensor)) {
    throw new Error(
      `${fn}: argument 'memory' must be a tf.Tensor (from encode), got ${
        Array.isArray(memory) ? 'an array' : typeof memory
      }`,
    );
  }
  if (memory.rank !== 3 || memory.shape[2] !== dModel) {
    throw new Error(
      `${fn}: argument 'memory' must be [batch, seqS, dModel = ${dModel}], got ` +
        `${formatShape(memory.shape)}`,
    );
  }
  const [batch, seqS] = memory.shape;
  if (!Array.isArray(token) && !(token instanceof tf.Tensor)) {
    throw new Error(
      `${fn}: argument 'token' must be an array of ids or a tf.Tensor, got ${typeof token}`,
    );
  }
  if (token instanceof tf.Tensor) assertTokenIds(token, 'token', fn);
  const ids = Array.isArray(token)
    ? [...token]
    : Array.from((token as tf.Tensor).dataSync() as ArrayLike<number>);
  const shape = Array.isArray(token) ? [token.length] : (token as tf.Tensor).shape;
  const oneColumn = shape.length === 1 || (shape.length === 2 && shape[1] === 1);
  if (!oneColumn || shape[0] !== batch) {
    throw new Error(
      `${fn}: argument 'token' must be [batch] = [${batch}] ids (or [batch, 1]; memory ` +
        `${formatShape(memory.shape)}), got shape ${formatShape(shape)}`,
    );
  }
  const bad = ids.find((id) => !Number.isInteger(id) || id < 0 || id >= tgtVocabSize);
  if (bad !== undefined) {
    throw new Error(
      `${fn}: argument 'token' holds id ${bad}, outside the vocabulary 0 … ${tgtVocabSize - 1}`,
    );
  }
  if (cache === null || cache === undefined) {
    checkLengths(options.srcLengths, [batch, seqS], 'srcLengths', fn);
    return ids;
  }
  if (cache.disposed) {
    throw new Error(
      `${fn}: argument 'cache' was disposed or already consumed by a step; pass the cache ` +
        'the previous step returned',
    );
  }
  const layer = cache.layers[0];
  if (
    cache.owner.modelId !== tensorId(params.generator.w) ||
    cache.layers.length !== numDecoderLayers ||
    layer === undefined ||
    layer.crossKeys.shape[1] !== numHeads ||
    layer.crossKeys.shape[3] !== dModel / numHeads
  ) {
    throw new Error(
      `${fn}: argument 'cache' was made for another model (cache: ${cache.layers.length} ` +
        `layers, crossKeys ${formatShape(layer?.crossKeys.shape ?? [])}; model: ` +
        `${numDecoderLayers} layers, ${numHeads} heads of width ${dModel / numHeads})`,
    );
  }
  if (cache.owner.memoryId !== tensorId(memory)) {
    throw new Error(
      `${fn}: argument 'cache' was made for another memory tensor (cache crossKeys ` +
        `${formatShape(layer.crossKeys.shape)}, memory ${formatShape(memory.shape)})`,
    );
  }
  const given = options.srcLengths;
  if (given !== undefined && given.join() !== (cache.srcLengths ?? []).join()) {
    throw new Error(
      `${fn}: option 'srcLengths' [${given.join(', ')}] differs from the lengths the cache was ` +
        `made with [${(cache.srcLengths ?? []).join(', ')}]; leave it out after the first step`,
    );
  }
  if (cache.length >= cache.maxLen) {
    cache.dispose(); // it can take no further step: nothing is left to the caller
    throw new Error(
      `${fn}: argument 'cache' is full: it holds ${cache.length} positions, the model's ` +
        `maxLen is ${cache.maxLen} (the cache was disposed)`,
    );
  }
  return ids;
}

/**
 * The cross-attention keys and values of `memory` for every decoder block: projected once,
 * split into heads. Internal: called inside the caller's `tf.tidy`.
 */
function projectMemory(
  params: TransformerParams,
  memory: tf.Tensor3D,
): { crossKeys: tf.Tensor4D; crossValues: tf.Tensor4D }[] {
  const { numHeads } = params.config;
  return params.decoderBlocks.map(({ crossAttention: p }) => ({
    crossKeys: splitHeads(project(memory, p.wK, p.bK), numHeads), // -> [batch, h, seqS, dK]
    crossValues: splitHeads(project(memory, p.wV, p.bV), numHeads), // -> [batch, h, seqS, dK]
  }));
}

/**
 * One step of generation with a KV cache: feeds one target token per sequence at position t
 * and returns the scores of the next one. Each decoder block attends from the new position to
 * its cached keys and values of positions 0 … t − 1 plus its own, which is exactly what the
 * causal mask lets position t see in a full pass; the memory's cross-attention keys and values
 * are projected once, at the first step.
 *
 * $$K^{(l)}_{0..t} = \big[K^{(l)}_{0..t-1};\ x^{(l)}_t W^K\big], \quad
 *   V^{(l)}_{0..t} = \big[V^{(l)}_{0..t-1};\ x^{(l)}_t W^V\big], \quad
 *   \text{head}_i = \mathrm{softmax}\!\left(\frac{q_t K_{0..t}^\top}{\sqrt{d_k}}\right) V_{0..t}$$
 *
 * The logits equal those of {@link transformer} at position t on the same prefix (to float
 * rounding). Each step costs O(t) attention work instead of the O(t²) of a full pass.
 *
 * @param params the model (dropout is off: generation is inference).
 * @param memory `[batch, seqS, dModel]` from {@link encode}; the same tensor at every step.
 * @param token `[batch]` int32 ids (an array, a `tf.Tensor1D`, or a `[batch, 1]` tensor): the
 *   token at position t, BOS at the first step.
 * @param cache `null` (or `undefined`) at the first step, then the cache the previous step
 *   returned. It is consumed: its tensors move into the returned cache. A full cache, which
 *   can take no further step, is disposed before the error is thrown.
 * @param options `srcLengths` (first step), `epsilon`, `activation`; see {@link DecodeStepOptions}.
 * @returns `logits` `[batch, tgtVocabSize]` and the cache for the next step; dispose the last
 *   cache with `cache.dispose()`.
 */
export function decodeStep(
  params: TransformerParams,
  memory: tf.Tensor3D,
  token: tf.Tensor1D | tf.Tensor2D | readonly number[],
  cache: DecoderCache | null | undefined,
  options: DecodeStepOptions = {},
): DecodeStepResult {
  const ids = checkStep(params, memory, token, cache, options);
  const { dModel, numHeads, normFirst, maxLen } = params.config;
  const { epsilon = 1e-5, activation = 'relu' } = options;
  const srcLengths = cache ? cache.srcLengths : options.srcLengths;
  const t = cache ? cache.length : 0;
  // BEGIN SOLUTION
  const result = tf.tidy(() => {
    const norm = (p: LayerNormParams, x: tf.Tensor3D) => layerNorm(p, x, { epsilon });
    const sub = (p: LayerNormParams) => ({ norm: p, normFirst, epsilon });
    const crossCache = cache ? cache.layers : projectMemory(params, memory);
    const memoryMask =
      srcLengths === undefined ? undefined : paddingMask(srcLengths, memory.shape[1]);
    // 1) embed the new token at position t: E[token]·√dModel + PE_t
    const rows = tf.gather(params.tgtEmbedding, tf.tensor1d(ids, 'int32')); // [batch, dModel]
    const pe = tf.slice(sinusoidalPositionalEncoding(t + 1, dModel), [t, 0], [1, dModel]);
    const embedded = tf.add(tf.mul(rows, Math.sqrt(dModel)), pe); // [batch, dModel]
    let x = tf.expandDims(embedded, 1) as tf.Tensor3D; // -> [batch, 1, dModel]
    const layers: DecoderCacheLayer[] = [];
    params.decoderBlocks.forEach((block, l) => {
      const { selfAttention: sa, crossAttention: ca } = block;
      const { crossKeys, crossValues } = crossCache[l]!;
      const past = cache?.layers[l];
      // 2) self-attention: append this position's key and value, attend over 0 … t
      let selfKeys!: tf.Tensor4D;
      let selfValues!: tf.Tensor4D;
      const h1 = residualSubLayer(
        x,
        (input) => {
          const kNew = splitHeads(project(input, sa.wK, sa.bK), numHeads); // -> [batch, h, 1, dK]
          const vNew = splitHeads(project(input, sa.wV, sa.bV), numHeads); // -> [batch, h, 1, dK]
          selfKeys = past ? concatPositions(past.selfKeys, kNew) : kNew; // [batch, h, t + 1, dK]
          selfValues = past ? concatPositions(past.selfValues, vNew) : vNew; // same shape
          return attendCached(sa, input, selfKeys, selfValues, numHeads, undefined);
        },
        sub(block.norm1),
      );
      // 3) cross-attention over the memory's cached keys and values
      const h2 = residualSubLayer(
        h1,
        (input) => attendCached(ca, input, crossKeys, crossValues, numHeads, memoryMask),
        sub(block.norm2),
      );
      // 4) feed-forward
      x = residualSubLayer(
        h2,
        (input) => feedForward(block.feedForward, input, { activation }),
        sub(block.norm3),
      );
      layers.push({ selfKeys, selfValues, crossKeys, crossValues });
    });
    // 5) final norm and generator: the scores of the next token
    const y = tf.reshape(norm(params.decoderNorm, x), [-1, dModel]); // -> [batch, dModel]
    const logits = tf.add(tf.matMul(y, params.generator.w), params.generator.b) as tf.Tensor2D;
    return { logits, layers };
  });
  // 6) the successor cache owns every tensor; the cache passed in is retired
  const owner = cache
    ? cache.owner
    : { modelId: tensorId(params.generator.w), memoryId: tensorId(memory) };
  const next = makeCache(result.layers, t + 1, maxLen, srcLengths, owner);
  if (cache) retire(cache, next);
  return { logits: result.logits, cache: next };
  // END SOLUTION
}
