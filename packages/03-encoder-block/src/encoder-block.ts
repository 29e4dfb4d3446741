import {
  initMultiHeadAttention,
  type MultiHeadAttentionParams,
  multiHeadAttention,
} from '@mha/multi-head-attention';
import { assertShape, deriveSeed, formatShape } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import { checkDropoutOptions, dropout } from './dropout.js';
import {
  type Activation,
  checkFeedForwardParams,
  type FeedForwardParams,
  feedForward,
  initFeedForward,
} from './feed-forward.js';
import { initLayerNorm, type LayerNormParams } from './layer-norm.js';
import { residualSubLayer } from './residual.js';

/** The parameters of one encoder block, named as in the paper's figure 1. */
export type EncoderBlockParams = {
  /** Self-attention: `wQ`, `wK`, `wV`, `wO` `[dModel, dModel]` and optional biases `[dModel]`. */
  attention: MultiHeadAttentionParams;
  /** The layer norm of the attention sub-layer. */
  norm1: LayerNormParams;
  /** The position-wise feed-forward network. */
  feedForward: FeedForwardParams;
  /** The layer norm of the feed-forward sub-layer. */
  norm2: LayerNormParams;
};

/** Options for {@link encoderBlock}. */
export interface EncoderBlockOptions {
  /** Number of attention heads h; must divide dModel. Required. */
  numHeads: number;
  /**
   * Which keys each query may see, **true = may attend**: rank 2 `[seq, seq]`, rank 3
   * `[batch, seq, seq]` or rank 4 `[batch, numHeads|1, seq, seq]`, any axis may be 1 to
   * broadcast. For padded batches pass `paddingMask(lengths, seq)`. Default: no mask.
   */
  mask?: tf.Tensor;
  /**
   * `false` (default): post-LN, the paper's order, `LN(x + Sublayer(x))`.
   * `true`: pre-LN, `x + Sublayer(LN(x))`. The same switch as PyTorch's `norm_first`.
   */
  normFirst?: boolean;
  /** Dropout probability at the three places PyTorch puts it (see {@link encoderBlock}); 0. */
  dropoutRate?: number;
  /** Dropout acts only when true. Default `false`: the block is deterministic. */
  training?: boolean;
  /** Seed of the dropout patterns; required when `training` and `dropoutRate > 0`. */
  seed?: number;
  /** Layer-norm ε. Default `1e-5`. */
  epsilon?: number;
  /** Feed-forward non-linearity, `'relu'` (default) or `'gelu'`. */
  activation?: Activation;
}

/** What {@link encoderBlock} returns. */
export interface EncoderBlockResult {
  /** `[batch, seq, dModel]`. */
  output: tf.Tensor3D;
  /** `[batch, numHeads, seq, seq]`: the self-attention weights of each head. */
  attentionWeights: tf.Tensor4D;
}

/**
 * Encoder-block parameters: multi-head attention from stage 2, Glorot-uniform
 * feed-forward weights with zero biases, and layer norms that start as the identity.
 *
 * @param config `dModel`, `numHeads` (must divide dModel), `dFF`, and `seed` (an integer
 *   in [0, 2^32)). Each part draws from its own stream derived from the seed.
 * @returns the block's parameters; the caller disposes them (`tf.dispose(params)`).
 */
export function initEncoderBlock(config: {
  dModel: number;
  numHeads: number;
  dFF: number;
  seed: number;
}): EncoderBlockParams {
  const { dModel, numHeads, dFF, seed } = config;
  return {
    attention: initMultiHeadAttention({ dModel, numHeads, seed: deriveSeed(seed, 'attention') }),
    norm1: initLayerNorm(dModel),
    feedForward: initFeedForward({ dModel, dFF, seed: deriveSeed(seed, 'feedForward') }),
    norm2: initLayerNorm(dModel),
  };
}

/**
 * Checks a block's parameters against `dModel`. Internal: shared with {@link encoder},
 * which passes a prefix such as `'blocks[1].'` so errors point at the right block.
 */
export function checkEncoderBlockParams(
  params: EncoderBlockParams,
  dModel: number,
  fnName: string,
  prefix: string,
): void {
  const { attention } = params;
  for (const name of ['wQ', 'wK', 'wV', 'wO'] as const) {
    assertShape(attention[name], [dModel, dModel], `${prefix}attention.${name}`, fnName);
  }
  for (const name of ['bQ', 'bK', 'bV', 'bO'] as const) {
    const bias = attention[name];
    if (bias !== undefined) assertShape(bias, [dModel], `${prefix}attention.${name}`, fnName);
  }
  for (const name of ['norm1', 'norm2'] as const) {
    assertShape(params[name].gamma, [dModel], `${prefix}${name}.gamma`, fnName);
    assertShape(params[name].beta, [dModel], `${prefix}${name}.beta`, fnName);
  }
  checkFeedForwardParams(params.feedForward, dModel, fnName, `${prefix}feedForward.`);
}

/**
 * Checks the input, the head count and the mask of a block or a stack, and
 * returns dModel. Internal: shared with {@link encoder}.
 */
export function checkEncoderInput(
  x: tf.Tensor,
  numHeads: number,
  mask: tf.Tensor | undefined,
  fnName: string,
): number {
  assertShape(x, [-1, -1, -1], 'x', fnName);
  const [batch, seq, dModel] = x.shape as [number, number, number];
  if (!Number.isInteger(numHeads) || numHeads < 1 || dModel % numHeads !== 0) {
    throw new Error(
      `${fnName}: option 'numHeads' must be a positive integer dividing dModel = ${dModel} ` +
        `(x has shape ${formatShape(x.shape)}), got ${numHeads}`,
    );
  }
  if (mask !== undefined) {
    const forms: Record<number, number[]> = {
      2: [seq, seq],
      3: [batch, seq, seq],
      4: [batch, numHeads, seq, seq],
    };
    const target = forms[mask.rank];
    if (target === undefined || mask.shape.some((d, i) => d !== 1 && d !== target[i])) {
      throw new Error(
        `${fnName}: argument 'mask' of shape ${formatShape(mask.shape)} does not fit ` +
          `x ${formatShape(x.shape)} with ${numHeads} heads; accepted: [seq, seq] = ` +
          `${formatShape(forms[2]!)}, [batch, seq, seq] = ${formatShape(forms[3]!)} or ` +
          `[batch, numHeads, seq, seq] = ${formatShape(forms[4]!)}, each axis may be 1`,
      );
    }
  }
  return dModel;
}

/**
 * One Transformer encoder block: self-attention, then a position-wise
 * feed-forward network, each wrapped in a residual connection and a layer norm.
 *
 * Post-LN (`normFirst: false`, the paper and PyTorch's default):
 * $$h = \mathrm{LN}_1\big(x + \mathrm{MHA}(x, x, x)\big), \qquad
 *   y = \mathrm{LN}_2\big(h + \mathrm{FFN}(h)\big)$$
 * Pre-LN (`normFirst: true`):
 * $$h = x + \mathrm{MHA}\big(\mathrm{LN}_1(x)\big), \qquad
 *   y = h + \mathrm{FFN}\big(\mathrm{LN}_2(h)\big)$$
 *
 * With `training: true` and `dropoutRate > 0`, dropout acts where PyTorch's
 * `nn.TransformerEncoderLayer` puts it: on the attention output before the
 * residual sum (its `dropout1`), on the feed-forward hidden activations (its
 * `dropout`) and on the feed-forward output before the residual sum (its
 * `dropout2`). PyTorch also drops attention weights inside
 * `nn.MultiheadAttention`; stage 2's attention has no such option, so this
 * block does not. With `training: false` the block is deterministic.
 *
 * @param params the block's parameters (see {@link EncoderBlockParams}).
 * @param x `[batch, seq, dModel]`.
 * @param options `numHeads` (required), `mask`, `normFirst`, `dropoutRate`, `training`,
 *   `seed`, `epsilon`, `activation`; see {@link EncoderBlockOptions}.
 * @returns `output` `[batch, seq, dModel]` and `attentionWeights` `[batch, numHeads, seq, seq]`.
 */
export function encoderBlock(
  params: EncoderBlockParams,
  x: tf.Tensor3D,
  options: EncoderBlockOptions,
): EncoderBlockResult {
  const fn = 'encoderBlock';
  const {
    numHeads,
    mask,
    normFirst = false,
    dropoutRate = 0,
    training = false,
    seed,
    epsilon = 1e-5,
    activation = 'relu',
  } = options;
  const dModel = checkEncoderInput(x, numHeads, mask, fn);
  checkEncoderBlockParams(params, dModel, fn, 'params.');
  checkDropoutOptions(dropoutRate, training, seed, fn, 'dropoutRate');
  // BEGIN SOLUTION
  const seedFor = (label: string) => (seed === undefined ? undefined : deriveSeed(seed, label));
  const drop = (t: tf.Tensor3D, label: string) =>
    dropout(t, { rate: dropoutRate, training, seed: seedFor(label) });
  const sub = (norm: LayerNormParams) => ({ norm, normFirst, epsilon });
  return tf.tidy(() => {
    // 1) attention sub-layer: LN(x + Dropout(MHA(x))), or x + Dropout(MHA(LN(x))) pre-LN
    let attentionWeights!: tf.Tensor4D;
    const h = residualSubLayer(
      x,
      (input) => {
        const attention = multiHeadAttention(params.attention, input, input, input, {
          numHeads,
          mask,
        });
        attentionWeights = attention.weights as tf.Tensor4D;
        return drop(attention.output, 'dropout1');
      },
      sub(params.norm1),
    );
    // 2) feed-forward sub-layer, the same pattern
    const output = residualSubLayer(
      h,
      (input) => {
        const transformed = feedForward(params.feedForward, input, {
          activation,
          dropoutRate,
          training,
          seed: seedFor('dropout'),
        });
        return drop(transformed, 'dropout2');
      },
      sub(params.norm2),
    );
    return { output, attentionWeights };
  });
  // END SOLUTION
}
