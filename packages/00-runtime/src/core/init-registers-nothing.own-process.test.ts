// In its own process, with nothing registered: creating tensors registers no gradient.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { glorotUniform, ones, seededNormal, seededUniform, zeros } from './init.js';

describe('the parameter initialisers', () => {
  it('register no gradient function (importing @mha/runtime/gradients does that)', () => {
    const before = ['BatchMatMul', 'Add', 'Multiply'].map((name) => tf.getGradient(name));
    expect(before).toEqual([undefined, undefined, undefined]);
    const made = [
      glorotUniform([3, 2], 1),
      zeros([2]),
      ones([2]),
      seededNormal([2], 2),
      seededUniform([2], 3),
    ];
    const after = ['BatchMatMul', 'Add', 'Multiply'].map((name) => tf.getGradient(name));
    expect(after).toEqual([undefined, undefined, undefined]);
    tf.dispose(made);
  });
});
