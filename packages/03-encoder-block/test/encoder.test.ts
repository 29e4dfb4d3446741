import { paddingMask } from '@mha/multi-head-attention';
import { seededNormal } from '@mha/runtime';
import { registerGradients } from '@mha/runtime/gradients';
import { backendsPresent, expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { encoder, encoderBlock, initEncoderBlock, layerNorm } from '../src/index.js';
import { type BlockJson, blockFromJson, normFromJson, toVariables } from './block-params.js';
import { FIXTURE_TOLERANCE, loadCases, type Nested, tensor } from './support.js';

// tfjs-core alone registers no gradient functions: test with @mha/runtime's own.
registerGradients();

interface EncoderCase {
  name: string;
  normFirst: boolean;
  numHeads: number;
  lengths: number[];
  blocks: BlockJson[];
  finalNorm: { gamma: number[]; beta: number[] } | null;
  x: Nested;
  output: Nested;
}

const cases = loadCases<EncoderCase>('encoder.json');
const backends = await backendsPresent();
const initialBackend = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initialBackend);
});

const twoBlocks = (seed: number) => [
  initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed }),
  initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: seed + 1 }),
];

describe('encoder', () => {
  it('returns output [batch, seq, dModel] and one weights tensor per block', () => {
    tf.tidy(() => {
      const blocks = [
        ...twoBlocks(1),
        initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 4, seed: 9 }),
      ];
      const { output, attentionWeights } = encoder(
        blocks,
        seededNormal([2, 5, 8], 3) as tf.Tensor3D,
        {
          numHeads: 2,
        },
      );
      expect(output.shape).toEqual([2, 5, 8]);
      expect(attentionWeights.map((w) => w.shape)).toEqual([
        [2, 2, 5, 5],
        [2, 2, 5, 5],
        [2, 2, 5, 5],
      ]);
    });
  });

  it('feeds each block the previous output, with the same mask, then the final norm', () => {
    tf.tidy(() => {
      const blocks = twoBlocks(4);
      const x = seededNormal([2, 5, 8], 6) as tf.Tensor3D;
      const mask = paddingMask([5, 2], 5);
      const finalNorm = {
        gamma: seededNormal([8], 7) as tf.Tensor1D,
        beta: seededNormal([8], 8) as tf.Tensor1D,
      };
      const options = { numHeads: 2, mask, normFirst: true };
      const first = encoderBlock(blocks[0]!, x, options);
      const second = encoderBlock(blocks[1]!, first.output, options);
      const stacked = encoder(blocks, x, { ...options, finalNorm });
      expectClose(stacked.output, layerNorm(finalNorm, second.output));
      expectClose(stacked.attentionWeights[0]!, first.attentionWeights);
      expectClose(stacked.attentionWeights[1]!, second.attentionWeights);
    });
  });

  describe.each(backends)('matches PyTorch nn.TransformerEncoder on the %s backend', (backend) => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
      await tf.setBackend(backend);
      tf.tidy(() => {
        const x = tensor<tf.Tensor3D>(c.x);
        const { output } = encoder(c.blocks.map(blockFromJson), x, {
          numHeads: c.numHeads,
          normFirst: c.normFirst,
          mask: paddingMask(c.lengths, x.shape[1]),
          finalNorm: c.finalNorm === null ? undefined : normFromJson(c.finalNorm),
        });
        expectClose(output, c.output, { ...FIXTURE_TOLERANCE, label: c.name });
      });
    });
  });

  it('gives each block its own dropout pattern when training, repeatably for a seed', () => {
    tf.tidy(() => {
      const block = initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 10 });
      const x = seededNormal([1, 4, 8], 11) as tf.Tensor3D;
      const run = (seed: number) =>
        encoder([block, block], x, { numHeads: 2, dropoutRate: 0.5, training: true, seed }).output;
      expectClose(run(3), run(3), { atol: 0, rtol: 0 });
      const plain = encoder([block, block], x, { numHeads: 2, dropoutRate: 0.5 }).output;
      expect(tf.max(tf.abs(tf.sub(run(3), plain))).dataSync()[0]).toBeGreaterThan(1e-2);
      // Block l draws from deriveSeed(seed, 'block', l), not from `seed` itself: running the
      // first block alone with the encoder's seed gives a different pattern.
      const firstAlone = encoderBlock(block, x, {
        numHeads: 2,
        dropoutRate: 0.5,
        training: true,
        seed: 3,
      });
      const firstInStack = encoder([block], x, {
        numHeads: 2,
        dropoutRate: 0.5,
        training: true,
        seed: 3,
      });
      expect(
        tf.max(tf.abs(tf.sub(firstAlone.output, firstInStack.output))).dataSync()[0],
      ).toBeGreaterThan(1e-2);
    });
  });

  it('trains end to end with tf.Variable parameters', () => {
    tf.tidy(() => {
      const converted = twoBlocks(12).map(toVariables);
      const blocks = converted.map((c) => c.params);
      const variables = converted.flatMap((c) => c.variables);
      const x = seededNormal([2, 3, 8], 13) as tf.Tensor3D;
      const { grads } = tf.variableGrads(
        () => tf.mean(tf.square(encoder(blocks, x, { numHeads: 2 }).output)) as tf.Scalar,
        variables,
      );
      expect(Object.keys(grads)).toHaveLength(variables.length);
      // The first block's W₁ gets its gradient through the second block.
      expect(
        tf.norm(grads[(blocks[0]!.feedForward.w1 as unknown as tf.Variable).name]!).dataSync()[0],
      ).toBeGreaterThan(0);
      tf.dispose(variables);
    });
  });

  it('rejects an empty stack, a bad block, a bad final norm and a bad mask', () => {
    tf.tidy(() => {
      const blocks = twoBlocks(1);
      const x = tf.zeros([2, 5, 8]) as tf.Tensor3D;
      expect(() => encoder([], x, { numHeads: 2 })).toThrow(
        "encoder: argument 'blocks' must hold at least one block, got 0",
      );
      const bad = {
        ...blocks[1]!,
        feedForward: { ...blocks[1]!.feedForward, w1: tf.zeros([6, 16]) as tf.Tensor2D },
      };
      expect(() => encoder([blocks[0]!, bad], x, { numHeads: 2 })).toThrow(
        "encoder: argument 'blocks[1].feedForward.w1' must have shape [8, *], got [6, 16]",
      );
      const finalNorm = { gamma: tf.ones([6]) as tf.Tensor1D, beta: tf.zeros([8]) as tf.Tensor1D };
      expect(() => encoder(blocks, x, { numHeads: 2, finalNorm })).toThrow(
        "encoder: argument 'options.finalNorm.gamma' must have shape [8], got [6]",
      );
      expect(() => encoder(blocks, x, { numHeads: 2, mask: tf.ones([3, 5, 5], 'bool') })).toThrow(
        "encoder: argument 'mask' of shape [3, 5, 5] does not fit x [2, 5, 8] with 2 heads",
      );
    });
  });

  it('leaks no tensors, in inference and in training', async () => {
    const converted = twoBlocks(20).map(toVariables);
    const blocks = converted.map((c) => c.params);
    const variables = converted.flatMap((c) => c.variables);
    const x = seededNormal([2, 4, 8], 21) as tf.Tensor3D;
    const mask = paddingMask([4, 1], 4);
    await expectNoLeaks(() => {
      const { output, attentionWeights } = encoder(blocks, x, { numHeads: 2, mask });
      tf.dispose([output, ...attentionWeights]);
    }, 'inference');
    const options = { numHeads: 2, mask, dropoutRate: 0.2, training: true, seed: 1 };
    await expectNoLeaks(() => {
      const { value, grads } = tf.variableGrads(
        () => tf.mean(tf.square(encoder(blocks, x, options).output)) as tf.Scalar,
        variables,
      );
      tf.dispose([value, ...Object.values(grads)]);
    }, 'training');
    tf.dispose([...variables, x, mask]);
  });
});
