import { backendsPresent, expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dropout } from '../src/index.js';

const initialBackend = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initialBackend);
});

describe('dropout', () => {
  it('passes x through unchanged when not training, or when the rate is 0', () => {
    tf.tidy(() => {
      const x = tf.tensor2d([
        [1, -2],
        [3, 4],
      ]);
      const evalMode = dropout(x, { rate: 0.9 });
      const zeroRate = dropout(x, { rate: 0, training: true });
      expect(evalMode.shape).toEqual([2, 2]);
      expectClose(evalMode, x, { atol: 0, rtol: 0 });
      expectClose(zeroRate, x, { atol: 0, rtol: 0 });
    });
  });

  it('zeroes about a fraction p and scales the rest by 1/(1 − p), keeping the mean', () => {
    // 40 000 entries with p = 0.25: the zero count is Binomial(40000, 0.25), mean 10 000,
    // standard deviation √(40000·0.25·0.75) ≈ 87, so ±500 is more than five deviations.
    tf.tidy(() => {
      const y = dropout(tf.ones([200, 200]), { rate: 0.25, training: true, seed: 5 });
      const values = Array.from(y.dataSync());
      const zeros = values.filter((v) => v === 0).length;
      expect(Math.abs(zeros - 10000)).toBeLessThan(500);
      for (const v of values) expect([0, Math.fround(1 / 0.75)]).toContain(v); // float32
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      expect(Math.abs(mean - 1)).toBeLessThan(0.02);
    });
  });

  it('repeats its pattern for a seed, on every backend present, and changes it with the seed', async () => {
    const patterns: number[][] = [];
    for (const backend of await backendsPresent()) {
      await tf.setBackend(backend);
      patterns.push(
        tf.tidy(() =>
          Array.from(dropout(tf.ones([64]), { rate: 0.5, training: true, seed: 7 }).dataSync()),
        ),
      );
    }
    for (const pattern of patterns) expect(pattern).toEqual(patterns[0]);
    const other = tf.tidy(() =>
      Array.from(dropout(tf.ones([64]), { rate: 0.5, training: true, seed: 8 }).dataSync()),
    );
    expect(other).not.toEqual(patterns[0]);
  });

  it('rejects a rate outside [0, 1) and a missing seed', () => {
    tf.tidy(() => {
      const x = tf.ones([3]);
      expect(() => dropout(x, { rate: 1 })).toThrow(
        "dropout: option 'rate' must be in [0, 1), got 1",
      );
      expect(() => dropout(x, { rate: -0.1 })).toThrow(
        "dropout: option 'rate' must be in [0, 1), got -0.1",
      );
      expect(() => dropout(x, { rate: 0.5, training: true })).toThrow(
        "dropout: option 'seed' is required when training with rate > 0 (got rate 0.5, seed undefined)",
      );
    });
  });

  it('leaks no tensors', async () => {
    const x = tf.ones([4, 4]);
    await expectNoLeaks(
      () => dropout(x, { rate: 0.5, training: true, seed: 1 }).dispose(),
      'training',
    );
    await expectNoLeaks(() => dropout(x, { rate: 0.5 }).dispose(), 'inference');
    x.dispose();
  });
});
