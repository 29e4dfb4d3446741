import { assertShape, deriveSeed } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import { checkDropoutOptions } from './dropout.js';
import {
  checkEncoderBlockParams,
  checkEncoderInput,
  type EncoderBlockOptions,
  type EncoderBlockParams,
  encoderBlock,
} from './encoder-block.js';
import { type LayerNormParams, layerNorm } from './layer-norm.js';

/** Options for {@link encoder}: those of {@link encoderBlock}, plus an optional final norm. */
export interface EncoderOptions extends EncoderBlockOptions {
  /**
   * A layer norm applied once after the last block, as PyTorch's
   * `nn.TransformerEncoder(norm=...)`. Pre-LN stacks need it: their blocks
   * leave the residual stream unnormalised. Default: none.
   */
  finalNorm?: LayerNormParams;
}

/** What {@link encoder} returns. */
export interface EncoderResult {
  /** `[batch, seq, dModel]`. */
  output: tf.Tensor3D;
  /** One `[batch, numHeads, seq, seq]` tensor per block, first block first. */
  attentionWeights: tf.Tensor4D[];
}

/**
 * A stack of encoder blocks: each block's output is the next one's input,
 * every block sees the same mask, and an optional layer norm closes the stack.
 *
 * $$x^{(0)} = x, \qquad x^{(l)} = \mathrm{EncoderBlock}_l\big(x^{(l-1)}\big), \qquad
 *   y = \mathrm{LN}_\text{final}\big(x^{(L)}\big)\ \text{(if a final norm is given)}$$
 *
 * In training, block l draws its dropout patterns from `deriveSeed(seed, 'block', l)`.
 *
 * @param blocks the blocks' parameters, first block first; at least one.
 * @param x `[batch, seq, dModel]`: the embedded tokens, positional encoding already added.
 * @param options everything {@link encoderBlock} takes, plus `finalNorm`.
 * @returns `output` `[batch, seq, dModel]` and `attentionWeights`, one
 *   `[batch, numHeads, seq, seq]` per block.
 */
export function encoder(
  blocks: readonly EncoderBlockParams[],
  x: tf.Tensor3D,
  options: EncoderOptions,
): EncoderResult {
  const fn = 'encoder';
  const { finalNorm, seed, ...blockOptions } = options;
  const { numHeads, mask, dropoutRate = 0, training = false, epsilon = 1e-5 } = options;
  if (blocks.length === 0) {
    throw new Error(`${fn}: argument 'blocks' must hold at least one block, got 0`);
  }
  const dModel = checkEncoderInput(x, numHeads, mask, fn);
  blocks.forEach((block, l) => {
    checkEncoderBlockParams(block, dModel, fn, `blocks[${l}].`);
  });
  if (finalNorm !== undefined) {
    assertShape(finalNorm.gamma, [dModel], 'options.finalNorm.gamma', fn);
    assertShape(finalNorm.beta, [dModel], 'options.finalNorm.beta', fn);
  }
  checkDropoutOptions(dropoutRate, training, seed, fn, 'dropoutRate');
  return tf.tidy(() => {
    const attentionWeights: tf.Tensor4D[] = [];
    let hidden = x;
    blocks.forEach((block, l) => {
      const blockSeed = seed === undefined ? undefined : deriveSeed(seed, 'block', l);
      const result = encoderBlock(block, hidden, { ...blockOptions, seed: blockSeed });
      attentionWeights.push(result.attentionWeights);
      hidden = result.output;
    });
    const output = finalNorm === undefined ? hidden : layerNorm(finalNorm, hidden, { epsilon });
    return { output, attentionWeights };
  });
}
