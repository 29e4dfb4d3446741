import {
  type Activation,
  assertTokenIds,
  type EncoderBlockParams,
  embedTokens,
  encoder,
  initEncoderBlock,
  initLayerNorm,
  type LayerNormParams,
} from '@mha/encoder-block';
import { paddingMask } from '@mha/multi-head-attention';
import {
  assertShape,
  deriveSeed,
  formatShape,
  glorotUniform,
  seededNormal,
  zeros,
} from '@mha/runtime';
import { batchedMatMul } from '@mha/runtime/kernels';
import * as tf from '@tensorflow/tfjs-core';
import { decoder } from './decoder.js';
import { type DecoderBlockParams, initDecoderBlock } from './decoder-block.js';

/** The size of an encoder–decoder Transformer. */
export type TransformerConfig = {
  /** Number of source token ids (padding included). */
  srcVocabSize: number;
  /** Number of target token ids (padding, BOS and EOS included). */
  tgtVocabSize: number;
  /** Model width d_model. */
  dModel: number;
  /** Attention heads h per attention; must divide dModel. */
  numHeads: number;
  /** Feed-forward hidden width d_ff. */
  dFF: number;
  /** Encoder blocks N_enc ≥ 1. */
  numEncoderLayers: number;
  /** Decoder blocks N_dec ≥ 1. */
  numDecoderLayers: number;
  /** Longest source or target sequence the model accepts (and a KV cache holds). */
  maxLen: number;
  /** Seed of the initial weights, an integer in [0, 2^32). */
  seed: number;
  /** Pre-LN blocks when true; post-LN (the paper) when false. Default `false`. */
  normFirst?: boolean;
};

/**
 * The parameters of the full model. `config` records the sizes it was built with, so the
 * functions that take these parameters need no separate size options.
 */
export type TransformerParams = {
  /** The sizes, `normFirst` filled in. Not a tensor; `tf.dispose(params)` skips it. */
  config: Required<TransformerConfig>;
  /** Source token embeddings E_src, `[srcVocabSize, dModel]`. */
  srcEmbedding: tf.Tensor2D;
  /** Target token embeddings E_tgt, `[tgtVocabSize, dModel]`. */
  tgtEmbedding: tf.Tensor2D;
  /** The encoder blocks (stage 3), first block first. */
  encoderBlocks: EncoderBlockParams[];
  /** The layer norm after the last encoder block (as `nn.Transformer`'s `encoder.norm`). */
  encoderNorm: LayerNormParams;
  /** The decoder blocks, first block first. */
  decoderBlocks: DecoderBlockParams[];
  /** The layer norm after the last decoder block (as `nn.Transformer`'s `decoder.norm`). */
  decoderNorm: LayerNormParams;
  /** The generator, a linear map to target-token scores: `w` `[dModel, tgtVocabSize]`, `b`. */
  generator: { w: tf.Tensor2D; b: tf.Tensor1D };
};

/** Options for {@link transformer} and {@link encode}. */
export interface TransformerOptions {
  /** `[batch]` valid source lengths; source keys at or past a length are masked. Default: all. */
  srcLengths?: readonly number[];
  /** `[batch]` valid target lengths; target keys at or past a length are masked. Default: all. */
  tgtLengths?: readonly number[];
  /** Dropout probability in every block. Default 0. */
  dropoutRate?: number;
  /** Dropout acts only when true. Default `false`. */
  training?: boolean;
  /** Seed of the dropout patterns; required when `training` and `dropoutRate > 0`. */
  seed?: number;
  /** Layer-norm ε. Default `1e-5`. */
  epsilon?: number;
  /** Feed-forward non-linearity, `'relu'` (default) or `'gelu'`. */
  activation?: Activation;
  /**
   * {@link encode} only: throw when the memory holds NaN or ±Infinity (a parameter or an
   * input held one), instead of returning it. One read-back of a boolean. Default `true`.
   */
  checkFinite?: boolean;
}

/** What {@link transformer} returns. */
export type TransformerResult = {
  /** `[batch, seqT, tgtVocabSize]`: scores of the next target token at every position. */
  logits: tf.Tensor3D;
  /** One `[batch, numHeads, seqS, seqS]` per encoder block. */
  encoderAttentionWeights: tf.Tensor4D[];
  /** One `[batch, numHeads, seqT, seqT]` per decoder block. */
  selfAttentionWeights: tf.Tensor4D[];
  /** One `[batch, numHeads, seqT, seqS]` per decoder block. */
  crossAttentionWeights: tf.Tensor4D[];
};

function checkConfig(config: TransformerConfig, fn: string): void {
  const sizes = [
    'srcVocabSize',
    'tgtVocabSize',
    'dModel',
    'numHeads',
    'dFF',
    'numEncoderLayers',
    'numDecoderLayers',
    'maxLen',
  ] as const;
  for (const name of sizes) {
    const value = config[name];
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${fn}: '${name}' must be a positive integer, got ${value}`);
    }
  }
  if (config.dModel % config.numHeads !== 0) {
    throw new Error(
      `${fn}: 'numHeads' must divide 'dModel', got numHeads ${config.numHeads} and ` +
        `dModel ${config.dModel}`,
    );
  }
}

/**
 * Initial parameters of the full model: embeddings drawn from N(0, 1/dModel) (unit variance
 * after the √dModel scaling, the scale of the positional encoding), stage 3 encoder blocks,
 * decoder blocks, a final norm after each stack, and a Glorot-uniform generator.
 *
 * @param config the sizes and the seed; see {@link TransformerConfig}.
 * @returns the parameters; the caller disposes them (`tf.dispose(params)`).
 */
export function initTransformer(config: TransformerConfig): TransformerParams {
  checkConfig(config, 'initTransformer');
  const { srcVocabSize, tgtVocabSize, dModel, numHeads, dFF, seed } = config;
  const std = 1 / Math.sqrt(dModel);
  return {
    config: { ...config, normFirst: config.normFirst ?? false },
    srcEmbedding: seededNormal([srcVocabSize, dModel], deriveSeed(seed, 'srcEmbedding'), {
      std,
    }) as tf.Tensor2D,
    tgtEmbedding: seededNormal([tgtVocabSize, dModel], deriveSeed(seed, 'tgtEmbedding'), {
      std,
    }) as tf.Tensor2D,
    encoderBlocks: Array.from({ length: config.numEncoderLayers }, (_, l) =>
      initEncoderBlock({ dModel, numHeads, dFF, seed: deriveSeed(seed, 'encoder', l) }),
    ),
    encoderNorm: initLayerNorm(dModel),
    decoderBlocks: Array.from({ length: config.numDecoderLayers }, (_, l) =>
      initDecoderBlock({ dModel, numHeads, dFF, seed: deriveSeed(seed, 'decoder', l) }),
    ),
    decoderNorm: initLayerNorm(dModel),
    generator: {
      w: glorotUniform([dModel, tgtVocabSize], deriveSeed(seed, 'generator')) as tf.Tensor2D,
      b: zeros([tgtVocabSize]) as tf.Tensor1D,
    },
  };
}

/**
 * Checks a `[batch, seq]` int32 token tensor against a vocabulary and the model's `maxLen`.
 * Internal: shared by the model, the encoder entry point and generation.
 */
export function checkTokens(
  tokens: tf.Tensor,
  vocabSize: number,
  maxLen: number,
  argName: string,
  fn: string,
): void {
  assertTokenIds(tokens, argName, fn);
  assertShape(tokens, [-1, -1], argName, fn);
  if (tokens.shape[1]! > maxLen) {
    throw new Error(
      `${fn}: argument '${argName}' of shape ${formatShape(tokens.shape)} is longer than the ` +
        `model's maxLen ${maxLen}`,
    );
  }
  const bad = tokens.dataSync().find((id) => id < 0 || id >= vocabSize);
  if (bad !== undefined) {
    throw new Error(
      `${fn}: argument '${argName}' (shape ${formatShape(tokens.shape)}) holds id ${bad}, ` +
        `outside the vocabulary 0 … ${vocabSize - 1}`,
    );
  }
}

/**
 * Checks `[batch]` valid lengths against the `[batch, seq]` shape of a token tensor. Internal.
 */
export function checkLengths(
  lengths: readonly number[] | undefined,
  shape: readonly number[],
  argName: string,
  fn: string,
): void {
  if (lengths === undefined) return;
  const [batch, seq] = shape as [number, number];
  const bad = lengths.findIndex((n) => !Number.isInteger(n) || n < 1 || n > seq);
  if (lengths.length !== batch || bad !== -1) {
    throw new Error(
      `${fn}: option '${argName}' must hold ${batch} integers in 1 … ${seq} (tokens ` +
        `${formatShape(shape)}), got [${lengths.join(', ')}]`,
    );
  }
}

/**
 * Throws, disposing `t`, when it holds NaN or ±Infinity: a parameter or an input held one.
 * Internal: shared by {@link encode} and generation.
 */
export function throwUnlessFinite(t: tf.Tensor, fn: string, what: string): void {
  const finite = tf.tidy(() => tf.all(tf.isFinite(t)).dataSync()[0]);
  if (finite) return;
  t.dispose();
  throw new Error(
    `${fn}: ${what} holds NaN or ±Infinity: a parameter or an input holds one ` +
      '(check the model with tf.isFinite before generating)',
  );
}

/** The checks {@link encode} and {@link transformer} share. */
function checkSource(
  params: TransformerParams,
  srcTokens: tf.Tensor,
  options: TransformerOptions,
  fn: string,
): void {
  if (options === null || typeof options !== 'object') {
    throw new Error(`${fn}: argument 'options' must be an object (or left out), got ${options}`);
  }
  const { srcVocabSize, maxLen } = params.config;
  checkTokens(srcTokens, srcVocabSize, maxLen, 'srcTokens', fn);
  checkLengths(options.srcLengths, srcTokens.shape, 'srcLengths', fn);
}

/** The encoder half, without checks. Internal: called inside the caller's `tf.tidy`. */
function runEncoder(
  params: TransformerParams,
  srcTokens: tf.Tensor2D,
  options: TransformerOptions,
): { memory: tf.Tensor3D; attentionWeights: tf.Tensor4D[] } {
  const { numHeads, normFirst } = params.config;
  const { srcLengths, dropoutRate, training, seed, epsilon, activation } = options;
  const seqS = srcTokens.shape[1];
  const x = embedTokens(params.srcEmbedding, srcTokens); // E_src[src]·√dModel + PE
  const mask = srcLengths === undefined ? undefined : paddingMask(srcLengths, seqS);
  const encoded = encoder(params.encoderBlocks, x, {
    numHeads,
    mask, // [batch, 1, 1, seqS]
    normFirst,
    dropoutRate,
    training,
    seed: seed === undefined ? undefined : deriveSeed(seed, 'encoder'),
    epsilon,
    activation,
    finalNorm: params.encoderNorm,
  });
  return { memory: encoded.output, attentionWeights: encoded.attentionWeights };
}

/**
 * The encoder half of the model: embed the source, add positions, encode. Generation calls
 * it once per source and reuses the memory at every step.
 *
 * $$m = \mathrm{LN}\Big(\mathrm{Encoder}\big(E_\text{src}[\text{src}]\sqrt{d} + PE\big)\Big)$$
 *
 * @param params the model.
 * @param srcTokens `[batch, seqS]` int32 ids, seqS ≤ maxLen.
 * @param options `srcLengths` (padding mask) and the dropout and norm options of
 *   {@link TransformerOptions}; `tgtLengths` is ignored.
 * @returns the memory, `[batch, seqS, dModel]`.
 */
export function encode(
  params: TransformerParams,
  srcTokens: tf.Tensor2D,
  options: TransformerOptions = {},
): tf.Tensor3D {
  checkSource(params, srcTokens, options, 'encode');
  const memory = tf.tidy(() => runEncoder(params, srcTokens, options).memory);
  if (options.checkFinite ?? true) throwUnlessFinite(memory, 'encode', 'the memory');
  return memory;
}

/**
 * The full encoder–decoder Transformer with teacher forcing: every target position is
 * scored at once, each seeing only the target positions before it and itself.
 *
 * $$m = \mathrm{Encoder}(E_\text{src}[\text{src}]\sqrt{d} + PE), \quad
 *   y = \mathrm{Decoder}(E_\text{tgt}[\text{tgt}]\sqrt{d} + PE,\ m), \quad
 *   \text{logits} = y\,W_\text{gen} + b_\text{gen}$$
 *
 * PyTorch's `nn.Transformer` is the middle part only, from embedded inputs to `y`
 * (its encoder and decoder each end with a layer norm, as here); it has no embeddings,
 * positional encoding or generator. `tgtTokens` is the target shifted right (BOS first), so
 * position i's logits predict target token i.
 *
 * @param params the model.
 * @param srcTokens `[batch, seqS]` int32 ids.
 * @param tgtTokens `[batch, seqT]` int32 ids (BOS, y₁, …).
 * @param options `srcLengths`, `tgtLengths`, `dropoutRate`, `training`, `seed`, `epsilon`,
 *   `activation`; see {@link TransformerOptions}.
 * @returns `logits` `[batch, seqT, tgtVocabSize]` and every attention's weights.
 */
export function transformer(
  params: TransformerParams,
  srcTokens: tf.Tensor2D,
  tgtTokens: tf.Tensor2D,
  options: TransformerOptions = {},
): TransformerResult {
  const fn = 'transformer';
  checkSource(params, srcTokens, options, fn);
  const { tgtVocabSize, maxLen, numHeads, normFirst } = params.config;
  checkTokens(tgtTokens, tgtVocabSize, maxLen, 'tgtTokens', fn);
  checkLengths(options.tgtLengths, tgtTokens.shape, 'tgtLengths', fn);
  if (tgtTokens.shape[0] !== srcTokens.shape[0]) {
    throw new Error(
      `${fn}: arguments 'srcTokens' and 'tgtTokens' must have the same batch, got ` +
        `${formatShape(srcTokens.shape)} and ${formatShape(tgtTokens.shape)}`,
    );
  }
  const { srcLengths, tgtLengths, dropoutRate, training, seed, epsilon, activation } = options;
  const [seqS, seqT] = [srcTokens.shape[1], tgtTokens.shape[1]];
  return tf.tidy(() => {
    // 1) encode the source once
    const encoded = runEncoder(params, srcTokens, options);
    // 2) decode the shifted target: causal, target padding, source padding
    const y = embedTokens(params.tgtEmbedding, tgtTokens); // [batch, seqT, dModel]
    const decoded = decoder(params.decoderBlocks, y, encoded.memory, {
      numHeads,
      causal: true,
      selfMask: tgtLengths === undefined ? undefined : paddingMask(tgtLengths, seqT),
      memoryMask: srcLengths === undefined ? undefined : paddingMask(srcLengths, seqS),
      normFirst,
      dropoutRate,
      training,
      seed: seed === undefined ? undefined : deriveSeed(seed, 'decoder'),
      epsilon,
      activation,
      finalNorm: params.decoderNorm,
    });
    // 3) generator: scores of every target token at every position
    const scores = batchedMatMul(decoded.output, params.generator.w); // -> [batch, seqT, vocab]
    const logits = tf.add(scores, params.generator.b) as tf.Tensor3D;
    return {
      logits,
      encoderAttentionWeights: encoded.attentionWeights,
      selfAttentionWeights: decoded.selfAttentionWeights,
      crossAttentionWeights: decoded.crossAttentionWeights,
    };
  });
}
