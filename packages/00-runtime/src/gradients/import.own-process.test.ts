// In its own process: importing @mha/runtime/gradients registers tfjs-core's gradients and
// this package's, quietly.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it, vi } from 'vitest';

describe('import "@mha/runtime/gradients"', () => {
  it('registers every gradient, with no warning', async () => {
    expect(tf.getGradient('SquaredDifference')).toBeUndefined();
    const warn = vi.spyOn(console, 'warn');
    const { GRADIENTS } = await import('./index.js');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    for (const name of ['SquaredDifference', 'Log1p', 'Abs', 'Sigmoid', 'Softplus', 'Atan']) {
      expect(tf.getGradient(name), name).toBeDefined(); // tfjs-core's own
    }
    for (const config of GRADIENTS) expect(tf.getGradient(config.kernelName)).toBe(config);
  });
});
