// Hidden tests for linearAttention (see masks.hidden.test.ts).
import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { linearAttention } from '../src/index.js';

const TOL = { atol: 1e-5, rtol: 1e-5 };

/** (φ(Q)φ(K)ᵀ, lower triangle when causal) normalised by its row sums, times V. */
function naive(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  causal: boolean,
  phi: (x: tf.Tensor) => tf.Tensor,
) {
  return tf.tidy(() => {
    const a = tf.matMul(phi(q), phi(k), false, true);
    const n = a.shape.at(-1)!;
    const kept = causal ? tf.mul(a, tf.linalg.bandPart(tf.ones([n, n]), -1, 0)) : a;
    return tf.matMul(tf.div(kept, tf.sum(kept, -1, true)), v);
  });
}
const elu1 = (x: tf.Tensor) => tf.where(tf.greater(x, 0), tf.add(x, 1), tf.exp(x));

describe('linearAttention', () => {
  describe('hidden', () => {
    it('hand-computed causal case on three positions', () => {
      // dK = 1, q = 0 -> φ(q) = 1 for every query, so query i averages φ(k_j)-weighted v_j, j ≤ i.
      // k = 0, 1, −ln 2 -> φ = 1, 2, 0.5; v = 6, 3, 12.
      // out0 = 6; out1 = (6 + 6) / 3 = 4; out2 = (6 + 6 + 6) / 3.5 = 36 / 7.
      tf.tidy(() => {
        const q = tf.zeros([3, 1]);
        const k = tf.tensor2d([[0], [1], [-Math.LN2]]);
        const v = tf.tensor2d([[6], [3], [12]]);
        expectClose(linearAttention(q, k, v, { causal: true }), [[6], [4], [36 / 7]], TOL);
        expectClose(linearAttention(q, k, v), [[36 / 7], [36 / 7], [36 / 7]], TOL);
      });
    });

    it('equals the naive form for lengths around the chunk boundaries (causal)', () => {
      tf.tidy(() => {
        for (const seq of [1, 31, 32, 33, 65, 97]) {
          const q = seededNormal([2, seq, 3], seq);
          const k = seededNormal([2, seq, 3], seq + 100);
          const v = seededNormal([2, seq, 2], seq + 200);
          expectClose(linearAttention(q, k, v, { causal: true }), naive(q, k, v, true, elu1), {
            ...TOL,
            label: `seq ${seq}`,
          });
        }
      });
    });

    it('a feature map with more features than dK, and rank 4 inputs', () => {
      tf.tidy(() => {
        const q = seededNormal([2, 2, 17, 3], 1);
        const k = seededNormal([2, 2, 17, 3], 2);
        const v = seededNormal([2, 2, 17, 5], 3);
        const phi = (x: tf.Tensor) =>
          tf.concat(
            [tf.sigmoid(x), tf.exp(tf.mul(x, 0.5)), tf.ones([...x.shape.slice(0, -1), 1])],
            -1,
          );
        for (const causal of [false, true]) {
          expectClose(
            linearAttention(q, k, v, { featureMap: phi, causal }),
            naive(q, k, v, causal, phi),
            TOL,
          );
        }
      });
    });

    it('leaks no tensors', async () => {
      const q = seededNormal([3, 40, 4], 1);
      await expectNoLeaks(() => linearAttention(q, q, q, { causal: true }).dispose());
      await expectNoLeaks(() => linearAttention(q, q, q).dispose());
      q.dispose();
    });

    it('throws before computing for causal with seqQ ≠ seqK', () => {
      tf.tidy(() => {
        expect(() =>
          linearAttention(tf.zeros([4, 2]), tf.zeros([5, 2]), tf.zeros([5, 1]), { causal: true }),
        ).toThrow(/linearAttention/);
      });
    });
  });
});
