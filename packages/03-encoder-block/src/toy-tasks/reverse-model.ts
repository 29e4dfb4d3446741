import { paddingMask } from '@mha/multi-head-attention';
import { assertShape, deriveSeed, glorotUniform, seededNormal, zeros } from '@mha/runtime';
import { batchedMatMul } from '@mha/runtime/kernels';
import * as tf from '@tensorflow/tfjs-core';
import { encoder } from '../encoder.js';
import { type EncoderBlockParams, initEncoderBlock } from '../encoder-block.js';
import { initLayerNorm, type LayerNormParams } from '../layer-norm.js';
import { embedTokens } from '../token-embedding.js';

/** The size of the token model. */
export type ReverseModelConfig = {
  /** Number of token ids, padding included. */
  vocabSize: number;
  /** Model width. */
  dModel: number;
  /** Attention heads per block; must divide dModel. */
  numHeads: number;
  /** Feed-forward hidden width. */
  dFF: number;
  /** Number of encoder blocks. */
  numLayers: number;
  /** Pre-LN blocks and a final norm when true; post-LN (the paper) when false. Default `false`. */
  normFirst?: boolean;
  /** Add the positional encoding to the embeddings. Default `true` (`false`: ablation). */
  positionalEncoding?: boolean;
  /** Hide padded keys from every query. Default `true` (`false`: ablation). */
  paddingMask?: boolean;
};

/**
 * How {@link reverseModel} runs: the choices a {@link ReverseModelConfig} makes that its
 * parameters do not record. A `ReverseModelConfig` can be passed as it is.
 */
export type ReverseModelOptions = Pick<
  ReverseModelConfig,
  'numHeads' | 'normFirst' | 'positionalEncoding' | 'paddingMask'
>;

/** The token model's parameters. */
export type ReverseModelParams = {
  /** Token embeddings, `[vocabSize, dModel]`. */
  embedding: tf.Tensor2D;
  /** The encoder blocks, first block first. */
  blocks: EncoderBlockParams[];
  /** The norm after the last block; present only for pre-LN models. */
  finalNorm?: LayerNormParams;
  /** Per-position classifier: `w` `[dModel, vocabSize]`, `b` `[vocabSize]`. */
  classifier: { w: tf.Tensor2D; b: tf.Tensor1D };
};

/** What {@link reverseModel} returns. */
export interface ReverseModelResult {
  /** `[batch, seq, vocabSize]`: unnormalised scores of every token at every position. */
  logits: tf.Tensor3D;
  /** One `[batch, numHeads, seq, seq]` per block. */
  attentionWeights: tf.Tensor4D[];
}

/**
 * Initial parameters of the token model. Embeddings are drawn from
 * N(0, 1/dModel), so that after the √dModel scaling they have unit variance,
 * the same scale as the positional encoding.
 *
 * @param config the model's size.
 * @param seed an integer in [0, 2^32).
 * @returns the parameters; the caller disposes them (`tf.dispose(params)`).
 */
export function initReverseModel(config: ReverseModelConfig, seed: number): ReverseModelParams {
  const { vocabSize, dModel, numHeads, dFF, numLayers, normFirst = false } = config;
  const std = 1 / Math.sqrt(dModel);
  const blocks = Array.from({ length: numLayers }, (_, l) =>
    initEncoderBlock({ dModel, numHeads, dFF, seed: deriveSeed(seed, 'block', l) }),
  );
  return {
    embedding: seededNormal([vocabSize, dModel], deriveSeed(seed, 'embedding'), {
      std,
    }) as tf.Tensor2D,
    blocks,
    ...(normFirst ? { finalNorm: initLayerNorm(dModel) } : {}),
    classifier: {
      w: glorotUniform([dModel, vocabSize], deriveSeed(seed, 'classifier')) as tf.Tensor2D,
      b: zeros([vocabSize]) as tf.Tensor1D,
    },
  };
}

/**
 * The token model: embed, add positions, encode with a padding mask, classify
 * every position.
 *
 * $$x = E[\text{tokens}]\,\sqrt{d_\text{model}} + PE, \qquad
 *   h = \mathrm{Encoder}(x;\ \text{mask} = \text{padding}), \qquad
 *   \text{logits} = hW + b$$
 *
 * Two options remove a piece, to show what it buys: `positionalEncoding: false`
 * drops $PE$, which makes the model permutation-equivariant on the valid tokens
 * (permute them and the valid logits are permuted the same way); `paddingMask: false`
 * encodes with no mask, so every query also attends to the padded keys.
 *
 * @param params the model's parameters.
 * @param tokens `[batch, seq]` int32 token ids.
 * @param lengths `[batch]` valid-prefix lengths; keys at or beyond a length are masked out.
 * @param options `numHeads` and `normFirst`, as the parameters were built with (default
 *   `normFirst` `false`); `positionalEncoding` and `paddingMask`, both default `true`.
 * @returns `logits` `[batch, seq, vocabSize]` and the attention weights of every block.
 */
export function reverseModel(
  params: ReverseModelParams,
  tokens: tf.Tensor2D,
  lengths: readonly number[],
  options: ReverseModelOptions,
): ReverseModelResult {
  const fn = 'reverseModel';
  const { numHeads, normFirst = false, positionalEncoding = true } = options;
  const { paddingMask: usePaddingMask = true } = options;
  for (const [name, value] of [
    ['positionalEncoding', positionalEncoding],
    ['paddingMask', usePaddingMask],
  ] as const) {
    if (typeof value !== 'boolean') {
      throw new Error(`${fn}: option '${name}' must be a boolean, got ${String(value)}`);
    }
  }
  assertShape(tokens, [lengths.length, -1], 'tokens', fn);
  const seq = tokens.shape[1];
  return tf.tidy(() => {
    // 1) embed: E[tokens]·√dModel + PE (or without PE, as an ablation)
    const x = embedTokens(params.embedding, tokens, { positionalEncoding }); // [batch, seq, dModel]
    // 2) encode; padded keys are invisible to every query, unless the mask is ablated
    const mask = usePaddingMask ? paddingMask([...lengths], seq) : undefined; // [batch, 1, 1, seq]
    const encoded = encoder(params.blocks, x, {
      numHeads,
      mask,
      normFirst,
      finalNorm: params.finalNorm,
    });
    // 3) classify every position
    const { w, b } = params.classifier;
    const scores = batchedMatMul(encoded.output, w); // [..., dModel] -> [batch, seq, vocabSize]
    const logits = tf.add(scores, b) as tf.Tensor3D;
    return { logits, attentionWeights: encoded.attentionWeights };
  });
}
