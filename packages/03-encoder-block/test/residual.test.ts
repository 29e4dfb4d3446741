import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, it } from 'vitest';
import { initLayerNorm, residualSubLayer } from '../src/index.js';

describe('residualSubLayer', () => {
  // x = [1, 3]: mean 2, variance 1, so LN(x) = [−1, 1]/√(1 + ε) with γ = 1, β = 0.
  // With F(h) = 2h: post-LN gives LN(3x) = LN(x); pre-LN gives x + 2·LN(x) = [−1, 5].
  const ln = 1 / Math.sqrt(1 + 1e-5);
  it('post-LN: LN(x + F(x)); pre-LN: x + F(LN(x))', async () => {
    const norm = initLayerNorm(2);
    const x = tf.tensor3d([[[1, 3]]]);
    const double = (h: tf.Tensor3D) => tf.mul(h, 2) as tf.Tensor3D;
    await expectNoLeaks(() =>
      tf.tidy(() => {
        expectClose(residualSubLayer(x, double, { norm, normFirst: false }), [[[-ln, ln]]]);
        expectClose(residualSubLayer(x, double, { norm, normFirst: true }), [
          [[1 - 2 * ln, 3 + 2 * ln]],
        ]);
      }),
    );
    tf.dispose([x, norm]);
  });
});
