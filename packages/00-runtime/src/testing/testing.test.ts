import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { expectClose, expectNoLeaks, toleranceFor } from './index.js';

describe('expectNoLeaks', () => {
  it('passes a tidy callback and returns its result', async () => {
    const value = await expectNoLeaks(() => tf.tidy(() => tf.add(1, 2).dataSync()[0]));
    expect(value).toBe(3);
  });

  it('catches a deliberate leak, and says how many tensors', async () => {
    let leaked: tf.Tensor[] = [];
    await expect(
      expectNoLeaks(() => {
        leaked = [tf.scalar(1), tf.scalar(2)];
      }, 'leaky'),
    ).rejects.toThrow(/^leaky leaked 2 tensor\(s\): \d+ live before, \d+ after$/);
    tf.dispose(leaked);
  });

  it('catches an async leak', async () => {
    let leaked: tf.Tensor | undefined;
    await expect(
      expectNoLeaks(async () => {
        await Promise.resolve();
        leaked = tf.scalar(1);
      }),
    ).rejects.toThrow('callback leaked 1 tensor(s)');
    leaked?.dispose();
  });

  it('notices a callback that frees tensors it did not create', async () => {
    const outside = tf.scalar(1);
    await expect(expectNoLeaks(() => outside.dispose())).rejects.toThrow(
      'callback freed 1 tensor(s)',
    );
  });
});

describe('expectClose', () => {
  it('accepts values within tolerance, from tensors or arrays', () => {
    const t = tf.tensor2d([
      [1, 2],
      [3, 4],
    ]);
    expect(() =>
      expectClose(t, [
        [1, 2],
        [3, 4 + 1e-7],
      ]),
    ).not.toThrow();
    t.dispose();
  });

  it('rejects values beyond tolerance and points at the worst one', () => {
    expect(() => expectClose([1, 2, 3], [1, 2.5, 3.001], { atol: 1e-3, rtol: 0 })).toThrow(
      'values: 1 of 3 values differ beyond atol=0.001, rtol=0; worst at flat index 1: got 2, expected 2.5',
    );
  });

  it('rejects a shape mismatch', () => {
    expect(() => expectClose([[1, 2]], [[1], [2]])).toThrow(
      'shape [1, 2] differs from expected [2, 1]',
    );
  });

  it('treats NaN and infinities strictly', () => {
    expect(() => expectClose([Number.NaN], [Number.NaN])).not.toThrow();
    expect(() => expectClose([0], [Number.NaN])).toThrow('differ');
    expect(() => expectClose([Number.NaN], [0])).toThrow('differ');
    expect(() => expectClose([Number.POSITIVE_INFINITY], [1e30])).toThrow('differ');
  });

  it('uses a relative tolerance for large numbers', () => {
    expect(() => expectClose([1e6 + 5], [1e6], { atol: 0, rtol: 1e-5 })).not.toThrow();
    expect(() => expectClose([1e6 + 20], [1e6], { atol: 0, rtol: 1e-5 })).toThrow('differ');
  });

  it('has a tolerance for each backend, loosest for unknown ones', () => {
    expect(toleranceFor('cpu').atol).toBeLessThan(toleranceFor('wasm').atol);
    expect(toleranceFor('webgl').atol).toBeGreaterThanOrEqual(toleranceFor('wasm').atol);
  });
});
