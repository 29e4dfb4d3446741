// Hidden tests: the teacher's grader runs them beside the visible ones; they are
// never copied into a student workspace. They live as if in the package's test/
// folder, so they import '../src/index.js'.
import { expectClose } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, it } from 'vitest';
import { type EncoderBlockParams, encoderBlock } from '../src/index.js';

/**
 * A block of width 4 whose two sub-layers output exactly 0: W^O, b^O, W₂ and b₂ are 0.
 * W^Q = W^K = 0 too, so every attention logit is 0 and the weights are uniform.
 */
function silentBlock(norm2: { gamma: number[]; beta: number[] }): EncoderBlockParams {
  const zeros = tf.zeros([4, 4]) as tf.Tensor2D;
  return {
    attention: { wQ: zeros, wK: zeros, wV: tf.eye(4) as tf.Tensor2D, wO: zeros },
    norm1: { gamma: tf.ones([4]) as tf.Tensor1D, beta: tf.zeros([4]) as tf.Tensor1D },
    feedForward: {
      w1: tf.ones([4, 3]) as tf.Tensor2D,
      b1: tf.zeros([3]) as tf.Tensor1D,
      w2: tf.zeros([3, 4]) as tf.Tensor2D,
      b2: tf.zeros([4]) as tf.Tensor1D,
    },
    norm2: { gamma: tf.tensor1d(norm2.gamma), beta: tf.tensor1d(norm2.beta) },
  };
}

// One sequence of two tokens. LN([1, 2, 3, 4]) = [−1.341635, −0.447212, 0.447212, 1.341635]
// (μ = 2.5, σ² = 1.25, √(1.25 + 1e-5) = 1.1180384); LN([4, 4, 0, 0]) = [1, 1, −1, −1]
// (μ = 2, σ² = 4), to within 2e-6 from ε.
const x = () =>
  tf.tensor3d([
    [
      [1, 2, 3, 4],
      [4, 4, 0, 0],
    ],
  ]);

describe('encoderBlock', () => {
  describe('hidden', () => {
    it('pre-LN: silent sub-layers leave x unchanged (both residual paths)', () => {
      // h = x + MHA(LN₁(x)) = x + 0; y = h + FFN(LN₂(h)) = h + 0.
      tf.tidy(() => {
        const params = silentBlock({ gamma: [1, 1, 1, 1], beta: [0, 0, 0, 0] });
        const { output, attentionWeights } = encoderBlock(params, x(), {
          numHeads: 2,
          normFirst: true,
        });
        expectClose(output, x());
        // All logits are 0, so each head spreads 1/2 over the two tokens.
        expectClose(attentionWeights, tf.fill([1, 2, 2, 2], 0.5));
      });
    });

    it('post-LN: silent sub-layers give LN₂(LN₁(x)), with norm 2 applied last', () => {
      // h = LN₁(x + 0) = LN(x); y = LN₂(h + 0) = γ₂ ⊙ LN(LN(x)) + β₂. A second normalisation
      // sees σ² = 1 − ε/σ²(x) and changes LN(x) by less than 1e-5, so with γ₂ = 2 and β₂ = 1,
      // y = 2·LN(x) + 1 within the tolerance.
      tf.tidy(() => {
        const params = silentBlock({ gamma: [2, 2, 2, 2], beta: [1, 1, 1, 1] });
        const { output } = encoderBlock(params, x(), { numHeads: 2 });
        expectClose(
          output,
          [
            [
              [1 - 2 * 1.3416354, 1 - 2 * 0.4472118, 1 + 2 * 0.4472118, 1 + 2 * 1.3416354],
              [3, 3, -1, -1],
            ],
          ],
          { atol: 1e-4, rtol: 0 },
        );
      });
    });
  });
});
