import { expectClose } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';

// In its own process, with nothing registered before the package is imported.
describe('importing @mha/encoder-block', () => {
  it('leaves TensorFlow.js able to differentiate any tfjs-core op; ensureGradients is safe to repeat', async () => {
    expect(tf.getGradient('BatchMatMul')).toBeUndefined();
    const { ensureGradients } = await import('../src/index.js');
    expect(tf.getGradient('BatchMatMul')).toBeDefined();
    expect(tf.getGradient('SquaredDifference')).toBeDefined();
    await ensureGradients();
    await ensureGradients();
    tf.tidy(() => {
      // d/dx mean (x − 0)² = 2x / 3
      const x = tf.tensor1d([1, -2, 3]);
      const dx = tf.grad((t: tf.Tensor) => tf.losses.meanSquaredError(tf.zeros([3]), t))(x);
      expectClose(dx, [2 / 3, -4 / 3, 2]);
    });
  });
});
