// Every parameter object of the stages goes straight into tf.dispose: the types are plain
// object types (no interface without an index signature), so this file type-checks, and
// disposing frees every tensor.

import {
  type EncoderBlockParams,
  type FeedForwardParams,
  initEncoderBlock,
  initFeedForward,
  initLayerNorm,
  initReverseModel,
  type LayerNormParams,
  type ReverseModelParams,
} from '@mha/encoder-block';
import { initMultiHeadAttention, type MultiHeadAttentionParams } from '@mha/multi-head-attention';
import { initSingleHead } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  type DecoderBlockParams,
  initDecoderBlock,
  initTransformer,
  type TransformerParams,
} from '../src/index.js';

describe('tf.dispose(params)', () => {
  it('takes every params type as it is and frees every tensor', () => {
    const before = tf.memory().numTensors;
    const transformer: TransformerParams = initTransformer({
      srcVocabSize: 5,
      tgtVocabSize: 6,
      dModel: 8,
      numHeads: 2,
      dFF: 16,
      numEncoderLayers: 1,
      numDecoderLayers: 1,
      maxLen: 4,
      seed: 1,
    });
    const attention: MultiHeadAttentionParams = initMultiHeadAttention({
      dModel: 8,
      numHeads: 2,
      seed: 1,
    });
    const encoderBlock: EncoderBlockParams = initEncoderBlock({
      dModel: 8,
      numHeads: 2,
      dFF: 16,
      seed: 1,
    });
    const decoderBlock: DecoderBlockParams = initDecoderBlock({
      dModel: 8,
      numHeads: 2,
      dFF: 16,
      seed: 1,
    });
    const feedForward: FeedForwardParams = initFeedForward({ dModel: 8, dFF: 16, seed: 1 });
    const norm: LayerNormParams = initLayerNorm(8);
    const reverse: ReverseModelParams = initReverseModel(
      { vocabSize: 5, dModel: 8, numHeads: 2, dFF: 16, numLayers: 1 },
      1,
    );
    const single = initSingleHead({ dModel: 8, dK: 4, dV: 4, seed: 1 });
    expect(tf.memory().numTensors).toBeGreaterThan(before);
    tf.dispose(transformer);
    tf.dispose(attention);
    tf.dispose(encoderBlock);
    tf.dispose(decoderBlock);
    tf.dispose(feedForward);
    tf.dispose(norm);
    tf.dispose(reverse);
    tf.dispose(single);
    expect(tf.memory().numTensors).toBe(before);
  });
});
