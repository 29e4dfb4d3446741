// Hidden tests: the teacher's grader runs them beside the visible ones; they are
// never copied into a student workspace. They live as if in the package's test/
// folder, so they import '../src/index.js'.
import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention } from '../src/index.js';

/** Two keys with logits [s, 0] give weights [e^s, 1] / (e^s + 1). */
function pair(s: number): [number, number] {
  return [Math.exp(s) / (Math.exp(s) + 1), 1 / (Math.exp(s) + 1)];
}

describe('scaledDotProductAttention', () => {
  describe('hidden', () => {
    it('reads d_k from the shape and scales by its square root', () => {
      // q = one row of dK ones; k = [ones, zeros]; v = [[1], [0]].
      // scores = [dK, 0]; scaled = [dK / sqrt(dK), 0] = [sqrt(dK), 0].
      //   dK = 9:  [3, 0] -> weights pair(3) = [0.952574, 0.047426]
      //   dK = 16: [4, 0] -> weights pair(4) = [0.982014, 0.017986]
      // Unscaled, dK = 9 would give pair(9) = [0.999877, ...]; divided by dK, pair(1).
      for (const dK of [9, 16]) {
        tf.tidy(() => {
          const q = tf.ones([1, dK]);
          const k = tf.concat([tf.ones([1, dK]), tf.zeros([1, dK])]);
          const v = tf.tensor2d([[1], [0]]);
          const { output, weights } = scaledDotProductAttention(q, k, v);
          const [big, small] = pair(Math.sqrt(dK));
          expectClose(weights, [[big, small]], { label: `weights, dK ${dK}` });
          expectClose(output, [[big]], { label: `output, dK ${dK}` });
        });
      }
    });

    it('lets one query attend over three keys and values of width 3', () => {
      // dK = 1 (scale 1). q = [[ln 2]], k = [[1], [0], [1]]: logits [ln 2, 0, ln 2]
      // -> e^logits = [2, 1, 2] / 5 = [0.4, 0.2, 0.4].
      // v rows [1, 0, 0], [0, 1, 0], [0, 0, 5] -> output [0.4, 0.2, 2].
      tf.tidy(() => {
        const { output, weights } = scaledDotProductAttention(
          tf.tensor2d([[Math.log(2)]]),
          tf.tensor2d([[1], [0], [1]]),
          tf.tensor2d([
            [1, 0, 0],
            [0, 1, 0],
            [0, 0, 5],
          ]),
        );
        expectClose(weights, [[0.4, 0.2, 0.4]]);
        expectClose(output, [[0.4, 0.2, 2]]);
      });
    });

    it('broadcasts a [1, seqK] mask over every query', () => {
      // dK = 1. Key 1 is hidden from both queries, so each query's only key is key 0:
      // weights [[1, 0], [1, 0]], output = v[0] for both.
      tf.tidy(() => {
        const mask = tf.tensor2d([[true, false]], [1, 2], 'bool');
        const { output, weights } = scaledDotProductAttention(
          tf.tensor2d([[1], [-3]]),
          tf.tensor2d([[0.5], [2]]),
          tf.tensor2d([
            [4, -1],
            [9, 9],
          ]),
          { mask },
        );
        expect(Array.from(weights.dataSync())).toEqual([1, 0, 1, 0]);
        expectClose(output, [
          [4, -1],
          [4, -1],
        ]);
      });
    });

    it('keeps the batch entries apart', () => {
      // Attention over a batch equals attention on each entry alone.
      tf.tidy(() => {
        const q = seededNormal([3, 2, 4], 21);
        const k = seededNormal([3, 5, 4], 22);
        const v = seededNormal([3, 5, 2], 23);
        const batched = scaledDotProductAttention(q, k, v);
        for (let b = 0; b < 3; b++) {
          const one = (t: tf.Tensor) => tf.squeeze(tf.slice(t, [b, 0, 0], [1, -1, -1]), [0]);
          const alone = scaledDotProductAttention(one(q), one(k), one(v));
          expectClose(one(batched.output), alone.output, { label: `output, batch ${b}` });
          expectClose(one(batched.weights), alone.weights, { label: `weights, batch ${b}` });
        }
      });
    });

    it('leaves its inputs usable', async () => {
      const q = seededNormal([2, 3], 1);
      const k = seededNormal([4, 3], 2);
      const v = seededNormal([4, 2], 3);
      const mask = tf.tensor2d([[1, 1, 0, 1]], [1, 4], 'bool');
      await expectNoLeaks(() => {
        const { output, weights } = scaledDotProductAttention(q, k, v, { mask });
        tf.dispose([output, weights]);
      }, 'scaledDotProductAttention');
      expect([q, k, v, mask].map((t) => t.isDisposed)).toEqual([false, false, false, false]);
      tf.dispose([q, k, v, mask]);
    });
  });
});
