import {
  type FeedForwardParams,
  feedForward,
  initFeedForward,
  initLayerNorm,
  type LayerNormParams,
  layerNorm,
  sinusoidalPositionalEncoding,
} from '@mha/encoder-block';
import { causalMask, mergeHeads, splitHeads } from '@mha/multi-head-attention';
import { assertShape, deriveSeed, formatShape, glorotUniform, seededNormal } from '@mha/runtime';
import { batchedMatMul } from '@mha/runtime/kernels';
import { scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import {
  checkGroupedParams,
  type GroupedQueryAttentionParams,
  initGroupedQueryAttention,
  type RopeOption,
} from './grouped-query-attention.js';
import { applyRotaryEmbedding } from './rotary-embedding.js';

/** How positions enter the model. */
export type Positional = 'rope' | 'learned' | 'sinusoidal';

/** The shape of a {@link gpt} model. */
export interface GptConfig {
  /** Tokens in the vocabulary (the tokenizer's `vocabSize`). */
  vocabSize: number;
  /** Width of every token vector. */
  dModel: number;
  /** Query heads per layer; must divide `dModel`. */
  numHeads: number;
  /** Key/value heads per layer; must divide `numHeads`. */
  numKvHeads: number;
  /** Decoder blocks. */
  numLayers: number;
  /** Hidden width of each feed-forward network. */
  dFF: number;
  /** Longest sequence the model reads (the KV cache's capacity). */
  maxLen: number;
  /**
   * `'rope'`: rotary embedding of q and k in every layer (base 10000); `'learned'`: a trained
   * `[maxLen, dModel]` table added to the token embeddings; `'sinusoidal'`: stage 3's fixed
   * encoding added to them.
   */
  positional: Positional;
  /** Score the next token with the token embedding itself, $h E^\top$, instead of a separate matrix. */
  tieEmbeddings: boolean;
  /** Integer in [0, 2^32): the same seed gives the same weights on every backend. */
  seed: number;
}

/** One pre-LN decoder block: $x + \mathrm{Attn}(\mathrm{LN}_1 x)$, then $+\,\mathrm{FFN}(\mathrm{LN}_2 \cdot)$. */
export interface GptBlockParams {
  norm1: LayerNormParams;
  attention: GroupedQueryAttentionParams;
  norm2: LayerNormParams;
  feedForward: FeedForwardParams;
}

/** Every weight of a {@link gpt} model, and the config it was made with. */
export interface GptParams {
  config: GptConfig;
  /** $E$, `[vocabSize, dModel]`. */
  tokenEmbedding: tf.Tensor2D;
  /** `[maxLen, dModel]` when `positional` is `'learned'`. */
  positionEmbedding?: tf.Tensor2D;
  blocks: GptBlockParams[];
  /** The layer norm after the last block. */
  finalNorm: LayerNormParams;
  /** `[dModel, vocabSize]` when the embeddings are not tied. */
  outputWeight?: tf.Tensor2D;
}

/** Options for {@link gpt}. */
export interface GptOptions {
  /** Layer-norm ε. Default `1e-5`. */
  epsilon?: number;
}

/** What {@link gpt} returns. */
export interface GptResult {
  /** `[batch, seq, vocabSize]`: scores of the token after each position. */
  logits: tf.Tensor3D;
  /** One `[batch, numHeads, seq, seq]` per layer, first layer first. */
  attentionWeights: tf.Tensor4D[];
}

const POSITIONALS: readonly Positional[] = ['rope', 'learned', 'sinusoidal'];
/** The base of the rotary frequencies when `positional` is `'rope'`. */
export const ROPE_BASE = 10000;
/** Standard deviation of the embeddings at initialisation (GPT-2's). */
const EMBEDDING_STD = 0.02;

/** Throws unless `config` describes a model. */
export function checkGptConfig(config: GptConfig, fn: string): void {
  if (typeof config !== 'object' || config === null) {
    throw new Error(`${fn}: argument 'config' must be an object, got ${String(config)}`);
  }
  for (const name of [
    'vocabSize',
    'dModel',
    'numHeads',
    'numKvHeads',
    'numLayers',
    'dFF',
    'maxLen',
  ] as const) {
    const value = config[name];
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${fn}: config '${name}' must be a positive integer, got ${value}`);
    }
  }
  const { dModel, numHeads, numKvHeads, positional, seed } = config;
  if (dModel % numHeads !== 0) {
    throw new Error(`${fn}: config 'numHeads' (${numHeads}) must divide 'dModel' (${dModel})`);
  }
  if (numHeads % numKvHeads !== 0) {
    throw new Error(
      `${fn}: config 'numKvHeads' (${numKvHeads}) must divide 'numHeads' (${numHeads})`,
    );
  }
  if (!POSITIONALS.includes(positional)) {
    throw new Error(
      `${fn}: config 'positional' must be one of ${POSITIONALS.join(', ')}, got '${positional}'`,
    );
  }
  if (positional === 'rope' && (dModel / numHeads) % 2 !== 0) {
    throw new Error(
      `${fn}: config 'positional' 'rope' needs an even dHead = dModel / numHeads, got ${dModel / numHeads}`,
    );
  }
  if (typeof config.tieEmbeddings !== 'boolean') {
    throw new Error(
      `${fn}: config 'tieEmbeddings' must be a boolean, got ${String(config.tieEmbeddings)}`,
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`${fn}: config 'seed' must be an integer in [0, 2^32), got ${seed}`);
  }
}

/**
 * Creates a GPT's weights: embeddings $\mathcal{N}(0, 0.02^2)$, Glorot-uniform projections,
 * zero biases, identity layer norms, every tensor from its own seed stream. The caller
 * owns them: `disposeGpt(params)`.
 *
 * @param config see {@link GptConfig}.
 */
export function initGpt(config: GptConfig): GptParams {
  const fn = 'initGpt';
  checkGptConfig(config, fn);
  const { vocabSize, dModel, numHeads, numKvHeads, numLayers, dFF, maxLen, seed } = config;
  const normal = (shape: [number, number], name: string) =>
    seededNormal(shape, deriveSeed(seed, name), { std: EMBEDDING_STD }) as tf.Tensor2D;
  const blocks = Array.from({ length: numLayers }, (_, l) => ({
    norm1: initLayerNorm(dModel),
    attention: initGroupedQueryAttention({
      dModel,
      numHeads,
      numKvHeads,
      seed: deriveSeed(seed, 'block', l, 'attention'),
    }),
    norm2: initLayerNorm(dModel),
    feedForward: initFeedForward({ dModel, dFF, seed: deriveSeed(seed, 'block', l, 'ffn') }),
  }));
  const params: GptParams = {
    config: { ...config },
    tokenEmbedding: normal([vocabSize, dModel], 'tokenEmbedding'),
    blocks,
    finalNorm: initLayerNorm(dModel),
  };
  if (config.positional === 'learned') {
    params.positionEmbedding = normal([maxLen, dModel], 'positionEmbedding');
  }
  if (!config.tieEmbeddings) {
    params.outputWeight = glorotUniform(
      [dModel, vocabSize],
      deriveSeed(seed, 'output'),
    ) as tf.Tensor2D;
  }
  return params;
}

/** Every tensor of a model, in a fixed order (embeddings, blocks, final norm, output). */
export function gptTensors(params: GptParams): tf.Tensor[] {
  const out: tf.Tensor[] = [params.tokenEmbedding];
  if (params.positionEmbedding) out.push(params.positionEmbedding);
  for (const b of params.blocks) {
    out.push(
      b.norm1.gamma,
      b.norm1.beta,
      ...Object.values(b.attention),
      b.norm2.gamma,
      b.norm2.beta,
    );
    out.push(b.feedForward.w1, b.feedForward.b1, b.feedForward.w2, b.feedForward.b2);
  }
  out.push(params.finalNorm.gamma, params.finalNorm.beta);
  if (params.outputWeight) out.push(params.outputWeight);
  return out;
}

/** Releases every tensor of a model. */
export function disposeGpt(params: GptParams): void {
  tf.dispose(gptTensors(params));
}

/** The number of trained numbers in a model. */
export function countGptParameters(params: GptParams): number {
  return gptTensors(params).reduce((sum, t) => sum + t.size, 0);
}

/** Throws unless `params` hold the tensors their config describes. */
export function checkGptParams(params: GptParams, fn: string): void {
  checkGptConfig(params?.config, fn);
  const { vocabSize, dModel, numHeads, numKvHeads, numLayers, maxLen, positional } = params.config;
  assertShape(params.tokenEmbedding, [vocabSize, dModel], 'params.tokenEmbedding', fn);
  if (positional === 'learned') {
    if (!params.positionEmbedding)
      throw new Error(`${fn}: argument 'params' has no positionEmbedding`);
    assertShape(params.positionEmbedding, [maxLen, dModel], 'params.positionEmbedding', fn);
  }
  if (!Array.isArray(params.blocks) || params.blocks.length !== numLayers) {
    throw new Error(`${fn}: argument 'params.blocks' must hold numLayers = ${numLayers} blocks`);
  }
  for (const block of params.blocks)
    checkGroupedParams(block.attention, dModel, numHeads, numKvHeads, fn);
  if (!params.config.tieEmbeddings) {
    if (!params.outputWeight) throw new Error(`${fn}: argument 'params' has no outputWeight`);
    assertShape(params.outputWeight, [dModel, vocabSize], 'params.outputWeight', fn);
  }
}

/** Throws unless `tokens` are int32 ids of the vocabulary, `[batch, seq]` with `seq ≤ maxLen`. */
function checkTokens(params: GptParams, tokens: tf.Tensor2D, maxSeq: number, fn: string): void {
  assertShape(tokens, [-1, -1], 'tokens', fn);
  if (tokens.dtype !== 'int32') {
    throw new Error(
      `${fn}: argument 'tokens' must be int32 token ids, got dtype '${tokens.dtype}'`,
    );
  }
  if (tokens.shape[1] > maxSeq || tokens.shape[1] < 1) {
    throw new Error(
      `${fn}: argument 'tokens' must hold 1 … ${maxSeq} positions (maxLen ${params.config.maxLen}), ` +
        `got ${formatShape(tokens.shape)}`,
    );
  }
  const { vocabSize } = params.config;
  const bad = (tokens.dataSync() as Int32Array).find((id) => id < 0 || id >= vocabSize);
  if (bad !== undefined) {
    throw new Error(`${fn}: argument 'tokens' holds id ${bad}, outside 0 … ${vocabSize - 1}`);
  }
}

/**
 * The input of the first block for tokens at positions `offset … offset + seq − 1`:
 * $E[\text{token}]$, plus the position's row of the learned or sinusoidal table.
 * Internal: called inside the caller's `tf.tidy`.
 */
function embed(params: GptParams, tokens: tf.Tensor2D, offset: number): tf.Tensor3D {
  const { dModel, positional } = params.config;
  const [batch, seq] = tokens.shape;
  const flat = tf.reshape(tokens, [-1]); // -> [batch·seq]
  const rows = tf.gather(params.tokenEmbedding, flat); // -> [batch·seq, dModel]
  const x = tf.reshape(rows, [batch, seq, dModel]) as tf.Tensor3D; // -> [batch, seq, dModel]
  if (positional === 'rope') return x; // positions enter q and k in every layer instead
  const table =
    positional === 'learned'
      ? params.positionEmbedding!
      : sinusoidalPositionalEncoding(offset + seq, dModel); // [≥ offset + seq, dModel]
  const rowsAt = tf.slice(table, [offset, 0], [seq, dModel]); // [seq, dModel]
  return tf.add(x, rowsAt); // broadcast over the batch
}

/** Keys and values one layer has seen so far: `[batch, numKvHeads, t, dHead]` each. */
export type GptCacheLayer = {
  /** `[batch, numKvHeads, t, dHead]`, already rotated by RoPE when it is on. */
  keys: tf.Tensor4D;
  /** `[batch, numKvHeads, t, dHead]`. */
  values: tf.Tensor4D;
};

/** $xW + b$ at every position. Internal: called inside the caller's `tf.tidy`. */
function project(x: tf.Tensor3D, w: tf.Tensor2D, b: tf.Tensor1D): tf.Tensor3D {
  return tf.add(batchedMatMul(x, w), b) as tf.Tensor3D; // [batch, seq, in]·[in, out] + b
}

/**
 * The model on `tokens` at positions `offset …`, attending also to `past` keys and values
 * when given. Internal: called inside the caller's `tf.tidy`.
 */
export function runBlocks(
  params: GptParams,
  tokens: tf.Tensor2D,
  past: readonly GptCacheLayer[] | undefined,
  epsilon: number,
): { logits: tf.Tensor3D; attentionWeights: tf.Tensor4D[]; layers: GptCacheLayer[] } {
  const { numHeads, numKvHeads, positional, dModel, vocabSize } = params.config;
  const offset = past ? past[0]!.keys.shape[2] : 0;
  const seq = tokens.shape[1];
  const rope: RopeOption = positional === 'rope' ? { base: ROPE_BASE } : false;
  // query t (at position offset + t) sees keys 0 … offset + t: the last seq rows of the
  // causal mask over offset + seq positions, [1, 1, seq, offset + seq]
  const mask = tf.slice(causalMask(offset + seq), [0, 0, offset, 0], [1, 1, seq, offset + seq]);
  // query head h reads key/value head floor(h / (numHeads / numKvHeads))
  const group = numHeads / numKvHeads;
  const shared = tf.tensor1d(
    Array.from({ length: numHeads }, (_, h) => Math.floor(h / group)),
    'int32',
  );
  /** @param p a position's rows, rotated when RoPE is on */
  const rotate = (p: tf.Tensor4D) =>
    rope ? applyRotaryEmbedding(p, { base: rope.base, offset }) : p;
  let x = embed(params, tokens, offset); // [batch, seq, dModel]
  const attentionWeights: tf.Tensor4D[] = [];
  const layers: GptCacheLayer[] = [];
  params.blocks.forEach((block, l) => {
    // 1) x + Attn(LN1 x), keys and values appended to the cache's
    const a = block.attention;
    const h = layerNorm(block.norm1, x, { epsilon });
    const freshKeys = rotate(splitHeads(project(h, a.wK, a.bK), numKvHeads)); // [b, g, seq, dHead]
    const freshValues = splitHeads(project(h, a.wV, a.bV), numKvHeads); // [b, g, seq, dHead]
    const before = past?.[l];
    const kv: GptCacheLayer = before
      ? {
          keys: tf.concat([before.keys, freshKeys], 2) as tf.Tensor4D, // [b, g, t + seq, dHead]
          values: tf.concat([before.values, freshValues], 2) as tf.Tensor4D,
        }
      : { keys: freshKeys, values: freshValues };
    const queries = rotate(splitHeads(project(h, a.wQ, a.bQ), numHeads)); // [b, h, seq, dHead]
    const keys = numKvHeads === numHeads ? kv.keys : tf.gather(kv.keys, shared, 1); // -> [b, h, …]
    const values = numKvHeads === numHeads ? kv.values : tf.gather(kv.values, shared, 1);
    const attention = scaledDotProductAttention(queries, keys, values, { mask });
    const attended = {
      output: project(mergeHeads(attention.output as tf.Tensor4D), a.wO, a.bO), // [b, seq, dModel]
      weights: attention.weights as tf.Tensor4D, // [b, h, seq, offset + seq]
    };
    const afterAttention: tf.Tensor3D = tf.add(x, attended.output); // residual
    // 2) + FFN(LN2 x)
    const h2 = layerNorm(block.norm2, afterAttention, { epsilon });
    x = tf.add(afterAttention, feedForward(block.feedForward, h2, { activation: 'gelu' }));
    attentionWeights.push(attended.weights);
    layers.push(kv);
  });
  // 3) final norm, then the scores of every token: h E^T (tied) or h W
  const [batch] = tokens.shape;
  const y = tf.reshape(layerNorm(params.finalNorm, x, { epsilon }), [batch * seq, dModel]);
  const scores = params.config.tieEmbeddings
    ? batchedMatMul(y, params.tokenEmbedding, { transposeB: true }) // [b·seq, dModel]·[dModel, V]
    : batchedMatMul(y, params.outputWeight!); // [b·seq, dModel]·[dModel, V]
  const logits = tf.reshape(scores, [batch, seq, vocabSize]) as tf.Tensor3D; // -> [b, seq, V]
  return { logits, attentionWeights, layers };
}

/**
 * A decoder-only Transformer (GPT): token embeddings, `numLayers` pre-LN blocks of causal
 * grouped-query self-attention and a GELU feed-forward network, a final layer norm, and the
 * scores of the next token at every position.
 *
 * $$h_0 = E[x] + P, \qquad h_l' = h_{l-1} + \mathrm{Attn}(\mathrm{LN}_1 h_{l-1}), \qquad
 *   h_l = h_l' + \mathrm{FFN}(\mathrm{LN}_2 h_l'), \qquad z = \mathrm{LN}(h_L)\,E^\top$$
 *
 * ($P$ is the learned or sinusoidal table, or 0 with RoPE, which rotates q and k in every
 * layer instead; $E^\top$ is a separate `[dModel, vocabSize]` matrix when the embeddings
 * are not tied.)
 *
 * @param params from {@link initGpt} (or a loaded model); `params.config` describes them.
 * @param tokens `[batch, seq]` int32 ids, `seq ≤ maxLen`.
 * @param options `epsilon` (default 1e-5).
 * @returns `logits [batch, seq, vocabSize]` and `attentionWeights`, one
 *   `[batch, numHeads, seq, seq]` per layer.
 */
export function gpt(params: GptParams, tokens: tf.Tensor2D, options: GptOptions = {}): GptResult {
  const fn = 'gpt';
  checkGptParams(params, fn);
  checkTokens(params, tokens, params.config.maxLen, fn);
  const { epsilon = 1e-5 } = options;
  if (!Number.isFinite(epsilon) || epsilon < 0) {
    throw new Error(`${fn}: option 'epsilon' must be a finite number >= 0, got ${epsilon}`);
  }
  return tf.tidy(() => {
    const { logits, attentionWeights } = runBlocks(params, tokens, undefined, epsilon);
    return { logits, attentionWeights };
  });
}

export { checkTokens };
