import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { assertShape, formatShape } from './assert-shape.js';

describe('assertShape', () => {
  it('accepts an exact match and -1 wildcards', () => {
    const x = tf.zeros([2, 3, 4]);
    expect(() => assertShape(x, [2, 3, 4], 'x', 'f')).not.toThrow();
    expect(() => assertShape(x, [-1, 3, -1], 'x', 'f')).not.toThrow();
    x.dispose();
  });

  it('names the function, the argument, the expected and the received shape', () => {
    const k = tf.zeros([2, 5, 3]);
    expect(() => assertShape(k, [-1, 5, 4], 'k', 'scaledDotProductAttention')).toThrow(
      "scaledDotProductAttention: argument 'k' must have shape [*, 5, 4], got [2, 5, 3]",
    );
    k.dispose();
  });

  it('reports a rank mismatch as such', () => {
    const q = tf.zeros([5, 4]);
    expect(() => assertShape(q, [-1, -1, 4], 'q', 'f')).toThrow(
      "f: argument 'q' must have shape [*, *, 4], got [5, 4] (rank 2, expected rank 3)",
    );
    q.dispose();
  });

  it('formats scalars and wildcards', () => {
    expect(formatShape([])).toBe('[]');
    expect(formatShape([-1, 2])).toBe('[*, 2]');
  });
});
