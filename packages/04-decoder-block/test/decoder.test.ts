import { paddingMask } from '@mha/multi-head-attention';
import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { decoder, decoderBlock, initDecoderBlock } from '../src/index.js';
import {
  type DecoderBlockJson,
  decoderBlockFromJson,
  FIXTURE_TOLERANCE,
  loadCases,
  type Nested,
  normFromJson,
  tensor,
} from './support.js';

interface DecoderCase {
  name: string;
  normFirst: boolean;
  numHeads: number;
  tgtLengths: number[];
  srcLengths: number[];
  blocks: DecoderBlockJson[];
  finalNorm: { gamma: number[]; beta: number[] } | null;
  x: Nested;
  memory: Nested;
  output: Nested;
}

const cases = loadCases<DecoderCase>('decoder.json');

describe('decoder', () => {
  for (const c of cases) {
    it(`matches PyTorch nn.TransformerDecoder on every backend: ${c.name}`, async () => {
      await onEveryBackend((backend) => {
        tf.tidy(() => {
          const x = tensor<tf.Tensor3D>(c.x);
          const memory = tensor<tf.Tensor3D>(c.memory);
          const result = decoder(c.blocks.map(decoderBlockFromJson), x, memory, {
            numHeads: c.numHeads,
            selfMask: paddingMask(c.tgtLengths, x.shape[1]),
            memoryMask: paddingMask(c.srcLengths, memory.shape[1]),
            normFirst: c.normFirst,
            finalNorm: c.finalNorm ? normFromJson(c.finalNorm) : undefined,
          });
          expectClose(result.output, c.output, { ...FIXTURE_TOLERANCE, label: backend });
          expect(result.selfAttentionWeights).toHaveLength(2);
          expect(result.crossAttentionWeights[1]!.shape).toEqual([2, 2, 6, 5]);
        });
      });
    });
  }

  it('one block is decoderBlock itself', () => {
    tf.tidy(() => {
      const block = initDecoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 3 });
      const x = seededNormal([2, 3, 8], 1) as tf.Tensor3D;
      const memory = seededNormal([2, 4, 8], 2) as tf.Tensor3D;
      const stack = decoder([block], x, memory, { numHeads: 2 });
      const single = decoderBlock(block, x, memory, { numHeads: 2 });
      expectClose(stack.output, single.output);
      expectClose(stack.crossAttentionWeights[0]!, single.crossAttentionWeights);
    });
  });

  it('names the block whose parameters are wrong, and rejects an empty stack', () => {
    tf.tidy(() => {
      const x = tf.zeros([1, 3, 8]) as tf.Tensor3D;
      const memory = tf.zeros([1, 2, 8]) as tf.Tensor3D;
      const good = initDecoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 1 });
      const bad = initDecoderBlock({ dModel: 4, numHeads: 2, dFF: 16, seed: 1 });
      expect(() => decoder([good, bad], x, memory, { numHeads: 2 })).toThrow(
        /decoder: .*blocks\[1\]\.selfAttention\.wQ/,
      );
      expect(() => decoder([], x, memory, { numHeads: 2 })).toThrow(
        "decoder: argument 'blocks' must hold at least one block, got 0",
      );
      expect(() => decoder([good], x, tf.zeros([1, 2, 6]) as tf.Tensor3D, { numHeads: 2 })).toThrow(
        "decoder: argument 'memory' must be [batch, seqS, dModel]",
      );
    });
  });

  it('leaks no tensors', async () => {
    const blocks = [1, 2].map((seed) =>
      initDecoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed }),
    );
    const x = seededNormal([2, 3, 8], 2) as tf.Tensor3D;
    const memory = seededNormal([2, 4, 8], 3) as tf.Tensor3D;
    await expectNoLeaks(() => {
      tf.dispose(decoder(blocks, x, memory, { numHeads: 2 }) as unknown as tf.TensorContainer);
    }, 'decoder');
    tf.dispose([blocks, x, memory] as unknown as tf.TensorContainer);
  });
});
