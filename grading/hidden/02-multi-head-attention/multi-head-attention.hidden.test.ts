// Hidden tests: the teacher's grader runs them beside the visible ones; they are
// never copied into a student workspace. They live as if in the package's test/
// folder, so they import '../src/index.js'.
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { multiHeadAttention } from '../src/index.js';

const E = Math.E;
const E2 = Math.exp(2);

/** Identity projections for dModel 2, with optional biases. */
function identityParams(biases: { bQ?: number[]; bO?: number[] } = {}) {
  const eye = tf.tensor2d([
    [1, 0],
    [0, 1],
  ]);
  return {
    wQ: eye,
    wK: eye,
    wV: eye,
    wO: eye,
    ...(biases.bQ ? { bQ: tf.tensor1d(biases.bQ) } : {}),
    ...(biases.bO ? { bO: tf.tensor1d(biases.bO) } : {}),
  };
}

describe('multiHeadAttention', () => {
  describe('hidden', () => {
    it('adds the query bias before splitting into heads', () => {
      // dModel 2, 2 heads of width dK = 1 (scale 1), identity W's, bQ = [1, 1].
      // query [1, 0] -> Q = [2, 1]; keys = values = [0, 1] and [1, 0].
      //   head 0: q 2, keys (0, 1) -> logits (0, 2) -> weights (1, e²)/(1 + e²) = (0.11920, 0.88080);
      //           values (0, 1) -> 0.88080
      //   head 1: q 1, keys (1, 0) -> logits (1, 0) -> weights (e, 1)/(e + 1) = (0.73106, 0.26894);
      //           values (1, 0) -> 0.73106
      // concat [0.88080, 0.73106], W^O = I, bO = [0, 10] -> output [0.88080, 10.73106].
      tf.tidy(() => {
        const params = identityParams({ bQ: [1, 1], bO: [0, 10] });
        const kv = tf.tensor3d([
          [
            [0, 1],
            [1, 0],
          ],
        ]);
        const { output, weights } = multiHeadAttention(params, tf.tensor3d([[[1, 0]]]), kv, kv, {
          numHeads: 2,
        });
        expectClose(weights, [[[[1 / (1 + E2), E2 / (1 + E2)]], [[E / (E + 1), 1 / (E + 1)]]]]);
        expectClose(output, [[[E2 / (1 + E2), 10 + E / (E + 1)]]]);
      });
    });

    it('applies a rank-3 [batch, seqQ, seqK] mask to every head of its own sequence', () => {
      // Self-attention on two sequences of two tokens. Sequence 0 is unmasked; in sequence 1
      // query 0 may see only key 1, so in both heads its weights are [0, 1] and its output
      // is token 1 (identity projections, no bias).
      tf.tidy(() => {
        const x = tf.tensor3d([
          [
            [1, 2],
            [3, 4],
          ],
          [
            [5, 6],
            [7, 8],
          ],
        ]);
        const mask = tf.tensor3d(
          [
            [
              [true, true],
              [true, true],
            ],
            [
              [false, true],
              [true, true],
            ],
          ],
          [2, 2, 2],
          'bool',
        );
        const { output, weights } = multiHeadAttention(identityParams(), x, x, x, {
          numHeads: 2,
          mask,
        });
        const w = weights.arraySync() as number[][][][];
        expect([w[1]![0]![0], w[1]![1]![0]]).toEqual([
          [0, 1],
          [0, 1],
        ]);
        expectClose(tf.slice(output, [1, 0, 0], [1, 1, 2]), [[[7, 8]]]);
        // Sequence 0 is unmasked, so no weight there is exactly 0.
        expect(w[0]!.flat(2).every((v) => v > 0)).toBe(true);
      });
    });

    it('leaves its inputs and parameters usable', async () => {
      const params = identityParams({ bQ: [0.5, -0.5] });
      const x = tf.tensor3d([[[1, 2]]]);
      await expectNoLeaks(() => {
        const { output, weights } = multiHeadAttention(params, x, x, x, { numHeads: 1 });
        tf.dispose([output, weights]);
      }, 'multiHeadAttention');
      expect([x, params.wQ, params.bQ!].map((t) => t.isDisposed)).toEqual([false, false, false]);
      tf.dispose([x, params.wQ, params.bQ!]);
    });
  });
});
