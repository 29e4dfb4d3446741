// Hidden tests: the teacher's grader runs them beside the visible ones; they are never
// copied into a student workspace. They live as if in the package's test/ folder.
import { paddingMask } from '@mha/multi-head-attention';
import { expectClose } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  type DecoderBlockParams,
  type DecoderCache,
  decoderBlock,
  decodeStep,
  encode,
  greedyDecode,
  initTransformer,
  type TransformerConfig,
  type TransformerParams,
  transformer,
} from '../src/index.js';

/** Width 4, two heads; every sub-layer outputs exactly 0 (W^O, b^O, W₂, b₂ are 0). */
function silentBlock(norm3: { gamma: number[]; beta: number[] }): DecoderBlockParams {
  const zeros = tf.zeros([4, 4]) as tf.Tensor2D;
  const attention = { wQ: zeros, wK: zeros, wV: tf.eye(4) as tf.Tensor2D, wO: zeros };
  const identity = () => ({
    gamma: tf.ones([4]) as tf.Tensor1D,
    beta: tf.zeros([4]) as tf.Tensor1D,
  });
  return {
    selfAttention: attention,
    norm1: identity(),
    crossAttention: attention,
    norm2: identity(),
    feedForward: {
      w1: tf.ones([4, 3]) as tf.Tensor2D,
      b1: tf.zeros([3]) as tf.Tensor1D,
      w2: tf.zeros([3, 4]) as tf.Tensor2D,
      b2: tf.zeros([4]) as tf.Tensor1D,
    },
    norm3: { gamma: tf.tensor1d(norm3.gamma), beta: tf.tensor1d(norm3.beta) },
  };
}

// LN([1, 2, 3, 4]) = [−1.341635, −0.447212, 0.447212, 1.341635]; LN([4, 4, 0, 0]) = [1, 1, −1, −1].
const x = () =>
  tf.tensor3d([
    [
      [1, 2, 3, 4],
      [4, 4, 0, 0],
    ],
  ]);
const memory = () =>
  tf.tensor3d([
    [
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
    ],
  ]);

describe('decoderBlock', () => {
  describe('hidden', () => {
    it('pre-LN: silent sub-layers leave x unchanged (three residual paths)', () => {
      tf.tidy(() => {
        const result = decoderBlock(
          silentBlock({ gamma: [1, 1, 1, 1], beta: [0, 0, 0, 0] }),
          x(),
          memory(),
          {
            numHeads: 2,
            normFirst: true,
          },
        );
        expectClose(result.output, x());
        // Causal and uniform: row 0 sees itself only; row 1 splits 1/2, 1/2.
        expectClose(result.selfAttentionWeights, [
          [
            [
              [1, 0],
              [0.5, 0.5],
            ],
            [
              [1, 0],
              [0.5, 0.5],
            ],
          ],
        ]);
        expectClose(result.crossAttentionWeights, tf.fill([1, 2, 2, 3], 1 / 3));
      });
    });

    it('post-LN: silent sub-layers give norm 3 applied last, to LN(x)', () => {
      tf.tidy(() => {
        const params = silentBlock({ gamma: [2, 2, 2, 2], beta: [1, 1, 1, 1] });
        const { output } = decoderBlock(params, x(), memory(), { numHeads: 2 });
        const ln = [
          [-1.341635, -0.447212, 0.447212, 1.341635],
          [1, 1, -1, -1],
        ];
        expectClose(output, [ln.map((row) => row.map((v) => 2 * v + 1))], { atol: 1e-4 });
      });
    });

    it('a rank-3 memory mask hides the masked source positions per target position', () => {
      tf.tidy(() => {
        const params = silentBlock({ gamma: [1, 1, 1, 1], beta: [0, 0, 0, 0] });
        const memoryMask = tf.tensor3d(
          [
            [
              [true, false, false],
              [true, true, false],
            ],
          ],
          undefined,
          'bool',
        );
        const { crossAttentionWeights } = decoderBlock(params, x(), memory(), {
          numHeads: 2,
          memoryMask,
        });
        expectClose(crossAttentionWeights, [
          [
            [
              [1, 0, 0],
              [0.5, 0.5, 0],
            ],
            [
              [1, 0, 0],
              [0.5, 0.5, 0],
            ],
          ],
        ]);
      });
    });

    it('causal: false lets every position see every target position', () => {
      tf.tidy(() => {
        const params = silentBlock({ gamma: [1, 1, 1, 1], beta: [0, 0, 0, 0] });
        const { selfAttentionWeights } = decoderBlock(params, x(), memory(), {
          numHeads: 2,
          causal: false,
        });
        expectClose(selfAttentionWeights, tf.fill([1, 2, 2, 2], 0.5));
        const padded = decoderBlock(params, x(), memory(), {
          numHeads: 2,
          selfMask: paddingMask([1], 2),
        });
        expectClose(padded.selfAttentionWeights, [
          [
            [
              [1, 0],
              [1, 0],
            ],
            [
              [1, 0],
              [1, 0],
            ],
          ],
        ]);
      });
    });
  });
});

const CONFIG: TransformerConfig = {
  srcVocabSize: 6,
  tgtVocabSize: 7,
  dModel: 12,
  numHeads: 3,
  dFF: 20,
  numEncoderLayers: 1,
  numDecoderLayers: 3,
  maxLen: 5,
  seed: 31,
};
const free = (params: TransformerParams) => tf.dispose(params as unknown as tf.TensorContainer);

describe('decodeStep', () => {
  describe('hidden', () => {
    it('three pre-LN blocks, padded sources: equal to the full model at every step', () => {
      const params = initTransformer({ ...CONFIG, normFirst: true });
      const src = tf.tensor2d(
        [
          [1, 2, 3],
          [4, 5, 0],
        ],
        undefined,
        'int32',
      );
      const srcLengths = [3, 2];
      const mem = encode(params, src, { srcLengths });
      const prefix = [
        [1, 3, 6, 2, 4],
        [1, 5, 5, 0, 3],
      ];
      let cache: DecoderCache | null = null;
      for (let t = 0; t < 5; t++) {
        const step = decodeStep(
          params,
          mem,
          prefix.map((row) => row[t]!),
          cache,
          { srcLengths },
        );
        cache = step.cache;
        tf.tidy(() => {
          const tgt = tf.tensor2d(
            prefix.map((row) => row.slice(0, t + 1)),
            undefined,
            'int32',
          );
          const { logits } = transformer(params, src, tgt, { srcLengths });
          expectClose(step.logits, tf.reshape(tf.slice(logits, [0, t, 0], [-1, 1, -1]), [2, 7]), {
            atol: 1e-5,
            rtol: 0,
          });
        });
        expect(cache.layers[2]!.selfKeys.shape).toEqual([2, 3, t + 1, 4]);
        step.logits.dispose();
      }
      (cache as DecoderCache | null)?.dispose();
      tf.dispose([src, mem]);
      free(params);
    });

    it('does not change the cache it was given, beyond retiring it', () => {
      const params = initTransformer(CONFIG);
      const mem = encode(params, tf.tensor2d([[1, 2]], undefined, 'int32'));
      const first = decodeStep(params, mem, [1], null);
      const keys = first.cache.layers[0]!.selfKeys.arraySync();
      const second = decodeStep(params, mem, [2], first.cache);
      const newKeys = second.cache.layers[0]!.selfKeys.arraySync();
      expect(newKeys[0]![0]![0]).toEqual(keys[0]![0]![0]);
      tf.dispose([first.logits, second.logits, mem]);
      second.cache.dispose();
      free(params);
    });
  });
});

describe('greedyDecode', () => {
  describe('hidden', () => {
    it('follows a generator that always prefers one token, and stops at maxLen', () => {
      const params = initTransformer(CONFIG);
      params.generator.w.dispose();
      params.generator.b.dispose();
      params.generator.w = tf.zeros([12, 7]) as tf.Tensor2D;
      params.generator.b = tf.tensor1d([0, 0, 0, 0, 0, 9, 0]);
      const src = tf.tensor2d([[1], [2], [3]], undefined, 'int32');
      expect(greedyDecode(params, src, { bos: 1, eos: 2, maxLen: 4 })).toEqual([
        [5, 5, 5, 5],
        [5, 5, 5, 5],
        [5, 5, 5, 5],
      ]);
      expect(greedyDecode(params, src, { bos: 1, eos: 5, maxLen: 4 })).toEqual([[5], [5], [5]]);
      src.dispose();
      free(params);
    });

    it('picks the argmax of the full model at each step', () => {
      const params = initTransformer({ ...CONFIG, seed: 77 });
      const src = tf.tensor2d([[3, 1, 4]], undefined, 'int32');
      const [generated] = greedyDecode(params, src, { bos: 1, eos: 2, maxLen: 5 });
      const fed = [1, ...generated!.slice(0, -1)];
      tf.tidy(() => {
        const { logits } = transformer(params, src, tf.tensor2d([fed], undefined, 'int32'));
        const best = tf.argMax(logits, -1).arraySync() as number[][];
        expect(generated).toEqual(best[0]);
      });
      expect(generated!.length === 5 || generated![generated!.length - 1] === 2).toBe(true);
      src.dispose();
      free(params);
    });
  });
});
