// Hidden tests: the teacher's grader runs them beside the visible ones; they are
// never copied into a student workspace. They live as if in the package's test/
// folder, so they import '../src/index.js'.
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { feedForward, layerNorm, sinusoidalPositionalEncoding } from '../src/index.js';

describe('sinusoidalPositionalEncoding', () => {
  describe('hidden', () => {
    it('gives [sin(pos), cos(pos), sin(pos/100), cos(pos/100)] for dModel 4', () => {
      // Pair i has frequency 10000^(−2i/4): i = 0 -> 1, i = 1 -> 10000^(−1/2) = 1/100.
      tf.tidy(() => {
        const pe = sinusoidalPositionalEncoding(3, 4);
        const row = (pos: number) => [
          Math.sin(pos),
          Math.cos(pos),
          Math.sin(pos / 100),
          Math.cos(pos / 100),
        ];
        expectClose(pe, [row(0), row(1), row(2)]);
      });
    });

    it('drops the last cosine for an odd dModel', () => {
      // dModel 3: pairs i = 0, 1 with frequencies 1 and 10000^(−2/3) = 0.00215443;
      // columns sin(pos), cos(pos), sin(pos · 0.00215443).
      tf.tidy(() => {
        const w1 = 10000 ** (-2 / 3);
        const pe = sinusoidalPositionalEncoding(2, 3);
        expect(pe.shape).toEqual([2, 3]);
        expectClose(pe, [
          [0, 1, 0],
          [Math.sin(1), Math.cos(1), Math.sin(w1)],
        ]);
      });
    });
  });
});

describe('layerNorm', () => {
  describe('hidden', () => {
    it('scales and shifts feature by feature', () => {
      // x = [1, 2, 3, 4]: μ = 2.5, σ² = (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25,
      // √(1.25 + 1e-5) = 1.1180384, so (x − μ)/σ = [−1.341635, −0.447212, 0.447212, 1.341635].
      // γ = [1, 2, 1, 1], β = [0, 0, 1, 0] -> [−1.341635, −0.894424, 1.447212, 1.341635].
      tf.tidy(() => {
        const params = { gamma: tf.tensor1d([1, 2, 1, 1]), beta: tf.tensor1d([0, 0, 1, 0]) };
        const y = layerNorm(params, tf.tensor2d([[1, 2, 3, 4]]));
        expectClose(y, [[-1.3416354, -0.8944236, 1.4472118, 1.3416354]]);
      });
    });

    it('uses the epsilon it is given', () => {
      // x = [1, 3]: μ = 2, σ² = 1; with ε = 0.25, (x − μ)/√1.25 = [−0.894427, 0.894427].
      tf.tidy(() => {
        const params = { gamma: tf.ones([2]) as tf.Tensor1D, beta: tf.zeros([2]) as tf.Tensor1D };
        expectClose(
          layerNorm(params, tf.tensor1d([1, 3]), { epsilon: 0.25 }),
          [-0.8944272, 0.8944272],
        );
      });
    });

    it('normalises each token of each sequence on its own', () => {
      // [batch 2, seq 1, 2]: [0, 2] -> [−1, 1]/√(1 + 1e-5) = ±0.999995, inside atol 1e-5;
      // the constant token [7, 7] has σ² = 0 and comes out as β = [0, 0].
      tf.tidy(() => {
        const params = { gamma: tf.ones([2]) as tf.Tensor1D, beta: tf.zeros([2]) as tf.Tensor1D };
        const y = layerNorm(params, tf.tensor3d([[[0, 2]], [[7, 7]]]));
        expectClose(y, [[[-1, 1]], [[0, 0]]], { atol: 1e-5 });
      });
    });
  });
});

describe('feedForward', () => {
  // dModel 1, dFF 2: w1 = [[1, −1]], b1 = [0, 0.5], w2 = [[1], [2]], b2 = [0.25].
  const params = () => ({
    w1: tf.tensor2d([[1, -1]]),
    b1: tf.tensor1d([0, 0.5]),
    w2: tf.tensor2d([[1], [2]]),
    b2: tf.tensor1d([0.25]),
  });

  describe('hidden', () => {
    it('computes relu(x·W₁ + b₁)·W₂ + b₂ by hand', () => {
      // x = 2:  hidden [2, −1.5] -> relu [2, 0]   -> 2·1 + 0·2 + 0.25 = 2.25
      // x = −1: hidden [−1, 1.5] -> relu [0, 1.5] -> 0·1 + 1.5·2 + 0.25 = 3.25
      tf.tidy(() => {
        expectClose(feedForward(params(), tf.tensor3d([[[2], [-1]]])), [[[2.25], [3.25]]]);
      });
    });

    it("uses the exact erf GELU for activation 'gelu'", () => {
      // GELU(h) = h·Φ(h): Φ(2) = 0.97724987, Φ(−1.5) = 0.06680720.
      // x = 2: hidden [2, −1.5] -> [1.95449974, −0.10021080] -> 1.95449974 − 0.20042160 + 0.25
      //      = 2.00407813. (The tanh approximation would give 2.00416, off by 8e-5.)
      tf.tidy(() => {
        const y = feedForward(params(), tf.tensor2d([[2]]), { activation: 'gelu' });
        expectClose(y, [[2.0040781]], { atol: 1e-5, rtol: 0 });
      });
    });

    it('leaves its input and parameters usable', async () => {
      const p = params();
      const x = tf.tensor2d([[1], [2]]);
      await expectNoLeaks(() => feedForward(p, x).dispose(), 'feedForward');
      expect([x, p.w1, p.b1, p.w2, p.b2].some((t) => t.isDisposed)).toBe(false);
      tf.dispose([x, p.w1, p.b1, p.w2, p.b2]);
    });
  });
});
