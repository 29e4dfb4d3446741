// In its own process, with nothing registered: parameters from the initialisers
// train on tfjs-core alone, with no extra line.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { glorotUniform, ones, zeros } from './init.js';

describe('the parameter initialisers', () => {
  it('leave TensorFlow.js able to differentiate what the stages compute', () => {
    expect(tf.getGradient('BatchMatMul')).toBeUndefined();
    const w = tf.variable(glorotUniform([3, 2], 1));
    const b = tf.variable(zeros([2]));
    const g = tf.variable(ones([2]));
    expect(tf.getGradient('BatchMatMul')).toBeDefined();
    tf.tidy(() => {
      // L = Σ (x·W + b) ⊙ g with x = [[1, 2, 3]]: ∂L/∂W = xᵀ·g, ∂L/∂b = g, ∂L/∂g = x·W + b.
      const x = tf.tensor2d([[1, 2, 3]]);
      const { grads } = tf.variableGrads(() => tf.sum(tf.mul(tf.add(tf.matMul(x, w), b), g)));
      expect(Array.from(grads[w.name]!.dataSync())).toEqual([1, 1, 2, 2, 3, 3]);
      expect(Array.from(grads[b.name]!.dataSync())).toEqual([1, 1]);
      const xw = tf.matMul(x, w).dataSync();
      expect(Array.from(grads[g.name]!.dataSync())).toEqual(Array.from(xw));
    });
    tf.dispose([w, b, g]);
  });
});
