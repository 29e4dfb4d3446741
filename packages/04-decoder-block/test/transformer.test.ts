import { expectClose, expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { encode, initTransformer, type TransformerConfig, transformer } from '../src/index.js';
import {
  FIXTURE_TOLERANCE,
  ids,
  loadCases,
  type Nested,
  type TransformerJson,
  transformerFromJson,
} from './support.js';

interface TransformerCase {
  name: string;
  config: Required<TransformerConfig>;
  srcLengths: number[];
  tgtLengths: number[];
  params: TransformerJson;
  srcTokens: number[][];
  tgtTokens: number[][];
  logits: Nested;
}

const cases = loadCases<TransformerCase>('transformer.json');

const SMALL: TransformerConfig = {
  srcVocabSize: 7,
  tgtVocabSize: 9,
  dModel: 8,
  numHeads: 2,
  dFF: 16,
  numEncoderLayers: 2,
  numDecoderLayers: 2,
  maxLen: 6,
  seed: 1,
};

describe('transformer', () => {
  for (const c of cases) {
    it(`matches PyTorch nn.Transformer with embeddings and generator: ${c.name}`, async () => {
      await onEveryBackend((backend) => {
        tf.tidy(() => {
          const params = transformerFromJson(c.config, c.params);
          const { logits } = transformer(params, ids(c.srcTokens), ids(c.tgtTokens), {
            srcLengths: c.srcLengths,
            tgtLengths: c.tgtLengths,
          });
          expectClose(logits, c.logits, { ...FIXTURE_TOLERANCE, label: backend });
        });
      });
    });
  }

  it('returns logits [batch, seqT, tgtVocabSize] and every attention map', () => {
    tf.tidy(() => {
      const params = initTransformer(SMALL);
      const result = transformer(
        params,
        ids([
          [1, 2, 3, 4],
          [4, 5, 6, 0],
        ]),
        ids([
          [1, 2, 3],
          [1, 8, 0],
        ]),
        {
          srcLengths: [4, 3],
          tgtLengths: [3, 2],
        },
      );
      expect(result.logits.shape).toEqual([2, 3, 9]);
      expect(result.encoderAttentionWeights.map((w) => w.shape)).toEqual([
        [2, 2, 4, 4],
        [2, 2, 4, 4],
      ]);
      expect(result.selfAttentionWeights[0]!.shape).toEqual([2, 2, 3, 3]);
      expect(result.crossAttentionWeights[1]!.shape).toEqual([2, 2, 3, 4]);
      expect(encode(params, ids([[1, 2]])).shape).toEqual([1, 2, 8]);
      tf.dispose(params as unknown as tf.TensorContainer);
    });
  });

  it('source padding: changing a padded source token changes no logit', () => {
    tf.tidy(() => {
      const params = initTransformer(SMALL);
      const tgt = ids([[1, 3, 4]]);
      const a = transformer(params, ids([[1, 2, 3, 0, 0]]), tgt, { srcLengths: [3] }).logits;
      const b = transformer(params, ids([[1, 2, 3, 6, 5]]), tgt, { srcLengths: [3] }).logits;
      expectClose(b, a);
      const c = transformer(params, ids([[1, 2, 3, 6, 5]]), tgt).logits;
      expect(tf.max(tf.abs(tf.sub(c, a))).dataSync()[0]).toBeGreaterThan(1e-3);
      tf.dispose(params as unknown as tf.TensorContainer);
    });
  });

  it('rejects token ids outside the vocabulary, wrong dtypes and too-long inputs', () => {
    tf.tidy(() => {
      const params = initTransformer(SMALL);
      expect(() => transformer(params, ids([[1, 7]]), ids([[1]]))).toThrow(
        "transformer: argument 'srcTokens' (shape [1, 2]) holds id 7, outside the vocabulary 0 … 6",
      );
      expect(() => transformer(params, ids([[1]]), ids([[-1]]))).toThrow(
        "transformer: argument 'tgtTokens' (shape [1, 1]) holds id -1, outside the vocabulary 0 … 8",
      );
      expect(() => transformer(params, tf.tensor2d([[1]]), ids([[1]]))).toThrow(
        "transformer: argument 'srcTokens' must be int32 token ids, got 'float32'",
      );
      expect(() => transformer(params, ids([[1, 1, 1, 1, 1, 1, 1]]), ids([[1]]))).toThrow(
        "transformer: argument 'srcTokens' of shape [1, 7] is longer than the model's maxLen 6",
      );
      expect(() => transformer(params, ids([[1], [2]]), ids([[1]]))).toThrow(
        "transformer: arguments 'srcTokens' and 'tgtTokens' must have the same batch, got [2, 1] and [1, 1]",
      );
      expect(() => transformer(params, ids([[1, 2]]), ids([[1]]), { srcLengths: [3] })).toThrow(
        "transformer: option 'srcLengths' must hold 1 integers in 1 … 2 (tokens [1, 2]), got [3]",
      );
      expect(() => encode(params, ids([[9]]))).toThrow("encode: argument 'srcTokens'");
      expect(() => initTransformer({ ...SMALL, numHeads: 3 })).toThrow(
        "initTransformer: 'numHeads' must divide 'dModel', got numHeads 3 and dModel 8",
      );
      tf.dispose(params as unknown as tf.TensorContainer);
    });
  });

  it('leaks no tensors, in inference and in a training step', async () => {
    const params = initTransformer(SMALL);
    const src = ids([[1, 2, 3]]);
    const tgt = ids([[1, 4]]);
    await expectNoLeaks(() => {
      tf.dispose(transformer(params, src, tgt) as unknown as tf.TensorContainer);
      tf.dispose(
        transformer(params, src, tgt, {
          dropoutRate: 0.2,
          training: true,
          seed: 1,
        }) as unknown as tf.TensorContainer,
      );
      encode(params, src).dispose();
    }, 'transformer');
    tf.dispose([params as unknown as tf.TensorContainer, src, tgt]);
  });
});
