import {
  type Activation,
  dropout,
  type FeedForwardParams,
  feedForward,
  initFeedForward,
  initLayerNorm,
  type LayerNormParams,
  residualSubLayer,
} from '@mha/encoder-block';
import {
  causalMask,
  combineMasks,
  initMultiHeadAttention,
  type MultiHeadAttentionParams,
  multiHeadAttention,
} from '@mha/multi-head-attention';
import { assertShape, deriveSeed, formatShape } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import { checkMask, toRank4Bool } from './masks.js';

/** The parameters of one decoder block, in the order the paper's figure 1 draws them. */
export type DecoderBlockParams = {
  /** Masked self-attention over the target: `wQ`, `wK`, `wV`, `wO` `[dModel, dModel]`, biases. */
  selfAttention: MultiHeadAttentionParams;
  /** The layer norm of the self-attention sub-layer. */
  norm1: LayerNormParams;
  /** Cross-attention: queries from the target, keys and values from the encoder's memory. */
  crossAttention: MultiHeadAttentionParams;
  /** The layer norm of the cross-attention sub-layer. */
  norm2: LayerNormParams;
  /** The position-wise feed-forward network. */
  feedForward: FeedForwardParams;
  /** The layer norm of the feed-forward sub-layer. */
  norm3: LayerNormParams;
};

/** Options for {@link decoderBlock}. */
export interface DecoderBlockOptions {
  /** Number of attention heads h; must divide dModel. Required. */
  numHeads: number;
  /** Apply the causal mask (position i sees target positions j ≤ i) to self-attention. `true`. */
  causal?: boolean;
  /**
   * Extra self-attention mask, **true = may attend**, combined with the causal mask by logical
   * and: `[seqT, seqT]`, `[batch, seqT, seqT]` or `[batch, numHeads, seqT, seqT]`, any axis may
   * be 1. For padded targets pass `paddingMask(tgtLengths, seqT)`. Default: none.
   */
  selfMask?: tf.Tensor;
  /**
   * Cross-attention mask, **true = may attend**: `[seqT, seqS]`, `[batch, seqT, seqS]` or
   * `[batch, numHeads, seqT, seqS]`, any axis may be 1. For padded sources pass
   * `paddingMask(srcLengths, seqS)`. Default: none.
   */
  memoryMask?: tf.Tensor;
  /** `false` (default): post-LN, `LN(x + Sublayer(x))`; `true`: pre-LN, `x + Sublayer(LN(x))`. */
  normFirst?: boolean;
  /** Dropout probability after each sub-layer and inside the feed-forward network. Default 0. */
  dropoutRate?: number;
  /** Dropout acts only when true. Default `false`. */
  training?: boolean;
  /** Seed of the dropout patterns; required when `training` and `dropoutRate > 0`. */
  seed?: number;
  /** Layer-norm ε. Default `1e-5`. */
  epsilon?: number;
  /** Feed-forward non-linearity, `'relu'` (default) or `'gelu'`. */
  activation?: Activation;
}

/** What {@link decoderBlock} returns. */
export type DecoderBlockResult = {
  /** `[batch, seqT, dModel]`. */
  output: tf.Tensor3D;
  /** `[batch, numHeads, seqT, seqT]`: masked self-attention weights of each head. */
  selfAttentionWeights: tf.Tensor4D;
  /** `[batch, numHeads, seqT, seqS]`: how much each target position reads each source position. */
  crossAttentionWeights: tf.Tensor4D;
};

/**
 * Decoder-block parameters: two multi-head attentions from stage 2, a feed-forward network
 * and three layer norms from stage 3, each drawing from its own stream derived from `seed`.
 *
 * @param config `dModel`, `numHeads` (must divide dModel), `dFF`, `seed` (integer in [0, 2^32)).
 * @returns the block's parameters; the caller disposes them (`tf.dispose(params)`).
 */
export function initDecoderBlock(config: {
  dModel: number;
  numHeads: number;
  dFF: number;
  seed: number;
}): DecoderBlockParams {
  const { dModel, numHeads, dFF, seed } = config;
  return {
    selfAttention: initMultiHeadAttention({
      dModel,
      numHeads,
      seed: deriveSeed(seed, 'selfAttention'),
    }),
    norm1: initLayerNorm(dModel),
    crossAttention: initMultiHeadAttention({
      dModel,
      numHeads,
      seed: deriveSeed(seed, 'crossAttention'),
    }),
    norm2: initLayerNorm(dModel),
    feedForward: initFeedForward({ dModel, dFF, seed: deriveSeed(seed, 'feedForward') }),
    norm3: initLayerNorm(dModel),
  };
}

/**
 * Checks a block's parameters against `dModel`, naming `prefix` (e.g. `'blocks[1].'`) in errors.
 * Internal: shared with the stack, the full model and the cached decoding step.
 */
export function checkDecoderBlockParams(
  params: DecoderBlockParams,
  dModel: number,
  fnName: string,
  prefix: string,
): void {
  for (const part of ['selfAttention', 'crossAttention'] as const) {
    for (const name of ['wQ', 'wK', 'wV', 'wO'] as const) {
      assertShape(params[part][name], [dModel, dModel], `${prefix}${part}.${name}`, fnName);
    }
    for (const name of ['bQ', 'bK', 'bV', 'bO'] as const) {
      const bias = params[part][name];
      if (bias !== undefined) assertShape(bias, [dModel], `${prefix}${part}.${name}`, fnName);
    }
  }
  for (const name of ['norm1', 'norm2', 'norm3'] as const) {
    assertShape(params[name].gamma, [dModel], `${prefix}${name}.gamma`, fnName);
    assertShape(params[name].beta, [dModel], `${prefix}${name}.beta`, fnName);
  }
  const { w1, b1, w2, b2 } = params.feedForward;
  assertShape(w1, [dModel, -1], `${prefix}feedForward.w1`, fnName);
  assertShape(b1, [w1.shape[1]], `${prefix}feedForward.b1`, fnName);
  assertShape(w2, [w1.shape[1], dModel], `${prefix}feedForward.w2`, fnName);
  assertShape(b2, [dModel], `${prefix}feedForward.b2`, fnName);
}

/**
 * Checks the target, the memory, the head count and both masks of a block or a stack, and
 * returns dModel. Internal: shared with {@link decoder}.
 */
export function checkDecoderInput(
  x: tf.Tensor,
  memory: tf.Tensor,
  options: { numHeads: number; selfMask?: tf.Tensor; memoryMask?: tf.Tensor },
  fnName: string,
): number {
  assertShape(x, [-1, -1, -1], 'x', fnName);
  assertShape(memory, [-1, -1, -1], 'memory', fnName);
  const [batch, seqT, dModel] = x.shape as [number, number, number];
  const [memoryBatch, seqS, memoryWidth] = memory.shape as [number, number, number];
  if (memoryBatch !== batch || memoryWidth !== dModel) {
    throw new Error(
      `${fnName}: argument 'memory' must be [batch, seqS, dModel] with the batch and dModel of ` +
        `'x', got memory ${formatShape(memory.shape)} and x ${formatShape(x.shape)}`,
    );
  }
  const { numHeads } = options;
  if (!Number.isInteger(numHeads) || numHeads < 1 || dModel % numHeads !== 0) {
    throw new Error(
      `${fnName}: option 'numHeads' must be a positive integer dividing dModel = ${dModel} ` +
        `(x has shape ${formatShape(x.shape)}), got ${numHeads}`,
    );
  }
  checkMask(options.selfMask, { batch, numHeads, seqQ: seqT, seqK: seqT }, 'selfMask', fnName);
  checkMask(options.memoryMask, { batch, numHeads, seqQ: seqT, seqK: seqS }, 'memoryMask', fnName);
  return dModel;
}

/**
 * The self-attention mask a block applies: the causal mask and `selfMask`, combined by logical
 * and, or `undefined` when there is neither. Internal: called inside the caller's `tf.tidy`.
 */
export function selfAttentionMask(
  seqT: number,
  causal: boolean,
  selfMask: tf.Tensor | undefined,
): tf.Tensor | undefined {
  const masks = [
    ...(causal ? [causalMask(seqT)] : []), // [1, 1, seqT, seqT]
    ...(selfMask === undefined ? [] : [toRank4Bool(selfMask)]), // [batch|1, heads|1, seqT, seqT]
  ];
  return masks.length === 0 ? undefined : combineMasks(...masks);
}

/**
 * One Transformer decoder block: masked self-attention over the target so far, cross-attention
 * from the target to the encoder's memory, and a feed-forward network, each wrapped in a
 * residual connection and a layer norm.
 *
 * Post-LN (`normFirst: false`, the paper and PyTorch's default):
 * $$h_1 = \mathrm{LN}_1\big(x + \mathrm{MHA}(x, x, x;\ \text{causal})\big),\quad
 *   h_2 = \mathrm{LN}_2\big(h_1 + \mathrm{MHA}(h_1, m, m)\big),\quad
 *   y = \mathrm{LN}_3\big(h_2 + \mathrm{FFN}(h_2)\big)$$
 * Pre-LN (`normFirst: true`):
 * $$h_1 = x + \mathrm{MHA}\big(\mathrm{LN}_1(x)\big),\quad
 *   h_2 = h_1 + \mathrm{MHA}\big(\mathrm{LN}_2(h_1), m, m\big),\quad
 *   y = h_2 + \mathrm{FFN}\big(\mathrm{LN}_3(h_2)\big)$$
 *
 * The memory m enters only as keys and values of the cross-attention, and is never
 * normalised by this block. Dropout (training only) acts where PyTorch's
 * `nn.TransformerDecoderLayer` puts it: on each sub-layer's output before the residual sum
 * and on the feed-forward hidden activations.
 *
 * @param params the block's parameters (see {@link DecoderBlockParams}).
 * @param x `[batch, seqT, dModel]`: the target so far, embedded.
 * @param memory `[batch, seqS, dModel]`: the encoder's output.
 * @param options `numHeads` (required), `causal`, `selfMask`, `memoryMask`, `normFirst`,
 *   `dropoutRate`, `training`, `seed`, `epsilon`, `activation`; see {@link DecoderBlockOptions}.
 * @returns `output` `[batch, seqT, dModel]`, `selfAttentionWeights` `[batch, numHeads, seqT,
 *   seqT]` and `crossAttentionWeights` `[batch, numHeads, seqT, seqS]`.
 */
export function decoderBlock(
  params: DecoderBlockParams,
  x: tf.Tensor3D,
  memory: tf.Tensor3D,
  options: DecoderBlockOptions,
): DecoderBlockResult {
  const fn = 'decoderBlock';
  const {
    numHeads,
    causal = true,
    selfMask,
    memoryMask,
    normFirst = false,
    dropoutRate = 0,
    training = false,
    seed,
    epsilon = 1e-5,
    activation = 'relu',
  } = options;
  const dModel = checkDecoderInput(x, memory, options, fn);
  checkDecoderBlockParams(params, dModel, fn, 'params.');
  if (!(dropoutRate >= 0 && dropoutRate < 1)) {
    throw new Error(`${fn}: option 'dropoutRate' must be in [0, 1), got ${dropoutRate}`);
  }
  if (training && dropoutRate > 0 && seed === undefined) {
    throw new Error(`${fn}: option 'seed' is required when training with dropoutRate > 0`);
  }
  // BEGIN SOLUTION
  const seedFor = (label: string) => (seed === undefined ? undefined : deriveSeed(seed, label));
  const drop = (t: tf.Tensor3D, label: string) =>
    dropout(t, { rate: dropoutRate, training, seed: seedFor(label) });
  const sub = (norm: LayerNormParams) => ({ norm, normFirst, epsilon });
  return tf.tidy(() => {
    // 1) masked self-attention: position i sees target positions j ≤ i (and selfMask)
    const mask = selfAttentionMask(x.shape[1], causal, selfMask);
    let selfAttentionWeights!: tf.Tensor4D;
    const h1 = residualSubLayer(
      x,
      (input) => {
        const attended = multiHeadAttention(params.selfAttention, input, input, input, {
          numHeads,
          mask,
        });
        selfAttentionWeights = attended.weights as tf.Tensor4D;
        return drop(attended.output, 'dropout1');
      },
      sub(params.norm1),
    );
    // 2) cross-attention: queries from the target, keys and values from the memory
    let crossAttentionWeights!: tf.Tensor4D;
    const h2 = residualSubLayer(
      h1,
      (crossIn) => {
        const cross = multiHeadAttention(params.crossAttention, crossIn, memory, memory, {
          numHeads,
          mask: memoryMask,
        });
        crossAttentionWeights = cross.weights as tf.Tensor4D;
        return drop(cross.output, 'dropout2');
      },
      sub(params.norm2),
    );
    // 3) position-wise feed-forward network
    const output = residualSubLayer(
      h2,
      (input) => {
        const transformed = feedForward(params.feedForward, input, {
          activation,
          dropoutRate,
          training,
          seed: seedFor('dropout'),
        });
        return drop(transformed, 'dropout3');
      },
      sub(params.norm3),
    );
    return { output, selfAttentionWeights, crossAttentionWeights };
  });
  // END SOLUTION
}
