import { type LayerNormParams, layerNorm } from '@mha/encoder-block';
import { assertShape, deriveSeed } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import {
  checkDecoderBlockParams,
  checkDecoderInput,
  type DecoderBlockOptions,
  type DecoderBlockParams,
  decoderBlock,
} from './decoder-block.js';

/** Options for {@link decoder}: those of {@link decoderBlock}, plus an optional final norm. */
export interface DecoderOptions extends DecoderBlockOptions {
  /**
   * A layer norm applied once after the last block, as PyTorch's
   * `nn.TransformerDecoder(norm=...)`; pre-LN stacks need it. Default: none.
   */
  finalNorm?: LayerNormParams;
}

/** What {@link decoder} returns. */
export type DecoderResult = {
  /** `[batch, seqT, dModel]`. */
  output: tf.Tensor3D;
  /** One `[batch, numHeads, seqT, seqT]` per block, first block first. */
  selfAttentionWeights: tf.Tensor4D[];
  /** One `[batch, numHeads, seqT, seqS]` per block, first block first. */
  crossAttentionWeights: tf.Tensor4D[];
};

/**
 * A stack of decoder blocks. Every block reads the same memory (the encoder's last output)
 * with the same masks; an optional layer norm closes the stack.
 *
 * $$y^{(0)} = x, \qquad y^{(l)} = \mathrm{DecoderBlock}_l\big(y^{(l-1)}, m\big), \qquad
 *   y = \mathrm{LN}_\text{final}\big(y^{(L)}\big)\ \text{(if a final norm is given)}$$
 *
 * In training, block l draws its dropout patterns from `deriveSeed(seed, 'block', l)`.
 *
 * @param blocks the blocks' parameters, first block first; at least one.
 * @param x `[batch, seqT, dModel]`: the embedded target, positional encoding added.
 * @param memory `[batch, seqS, dModel]`: the encoder's output.
 * @param options everything {@link decoderBlock} takes, plus `finalNorm`.
 * @returns `output` `[batch, seqT, dModel]` and the self- and cross-attention weights per block.
 */
export function decoder(
  blocks: readonly DecoderBlockParams[],
  x: tf.Tensor3D,
  memory: tf.Tensor3D,
  options: DecoderOptions,
): DecoderResult {
  const fn = 'decoder';
  const { finalNorm, seed, ...blockOptions } = options;
  const { epsilon = 1e-5 } = options;
  if (blocks.length === 0) {
    throw new Error(`${fn}: argument 'blocks' must hold at least one block, got 0`);
  }
  const dModel = checkDecoderInput(x, memory, options, fn);
  blocks.forEach((block, l) => {
    checkDecoderBlockParams(block, dModel, fn, `blocks[${l}].`);
  });
  if (finalNorm !== undefined) {
    assertShape(finalNorm.gamma, [dModel], 'options.finalNorm.gamma', fn);
    assertShape(finalNorm.beta, [dModel], 'options.finalNorm.beta', fn);
  }
  return tf.tidy(() => {
    const selfAttentionWeights: tf.Tensor4D[] = [];
    const crossAttentionWeights: tf.Tensor4D[] = [];
    let hidden = x;
    blocks.forEach((block, l) => {
      const blockSeed = seed === undefined ? undefined : deriveSeed(seed, 'block', l);
      const result = decoderBlock(block, hidden, memory, { ...blockOptions, seed: blockSeed });
      selfAttentionWeights.push(result.selfAttentionWeights);
      crossAttentionWeights.push(result.crossAttentionWeights);
      hidden = result.output;
    });
    const output = finalNorm === undefined ? hidden : layerNorm(finalNorm, hidden, { epsilon });
    return { output, selfAttentionWeights, crossAttentionWeights };
  });
}
