import { expectClose } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { ensureGradients } from '../src/index.js';

// Nothing in this file registers gradients before ensureGradients does.
describe('ensureGradients', () => {
  it('leaves TensorFlow.js able to differentiate, and is safe to call twice', async () => {
    expect(tf.getGradient('BatchMatMul')).toBeUndefined();
    await ensureGradients();
    await ensureGradients();
    expect(tf.getGradient('BatchMatMul')).toBeDefined();
    tf.tidy(() => {
      // d/dx Σ x² = 2x
      const dx = tf.grad((x: tf.Tensor) => tf.sum(tf.square(x)))(tf.tensor1d([1, -2, 3]));
      expectClose(dx, [2, -4, 6]);
    });
  });
});
