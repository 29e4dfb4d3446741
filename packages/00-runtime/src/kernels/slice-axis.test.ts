import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import '../gradients/index.js';
import { expectNoLeaks, onEveryBackend } from '../testing/index.js';
import { sliceAxis, swapLastTwo } from './slice-axis.js';

// x[a][b][c] = 100a + 10b + c, shape [2, 3, 4]
const cube = () =>
  tf.tensor3d(
    Array.from(
      { length: 24 },
      (_, i) => 100 * Math.floor(i / 12) + 10 * (Math.floor(i / 4) % 3) + (i % 4),
    ),
    [2, 3, 4],
  );

describe('sliceAxis', () => {
  it('takes entries along any axis, counted from either end', () =>
    onEveryBackend(() => {
      tf.tidy(() => {
        const x = cube();
        expect(sliceAxis(x, 1, 1, 2).arraySync()).toEqual([
          [
            [10, 11, 12, 13],
            [20, 21, 22, 23],
          ],
          [
            [110, 111, 112, 113],
            [120, 121, 122, 123],
          ],
        ]);
        expect(sliceAxis(x, -1, 3, 1).arraySync()).toEqual([
          [[3], [13], [23]],
          [[103], [113], [123]],
        ]);
        // leading axes of size 1: the contiguous path
        const row = tf.reshape(x, [1, 1, 6, 4]);
        expect(sliceAxis(row, -2, 4, 2).arraySync()).toEqual([
          [
            [
              [110, 111, 112, 113],
              [120, 121, 122, 123],
            ],
          ],
        ]);
      });
    }));

  it('equals tf.slice across leading axes, values and gradient; on cpu, in contiguous pieces', () =>
    onEveryBackend(async (backend) => {
      const x = tf.tidy(() => tf.reshape(tf.range(0, 3 * 2 * 40 * 16), [3, 2, 40, 16]));
      const weights = tf.tidy(() =>
        tf.reshape(tf.sin(tf.range(0, 3 * 2 * 20 * 16)), [3, 2, 20, 16]),
      );
      const viaSlice = (t: tf.Tensor) => tf.slice(t, [0, 0, 7, 0], [3, 2, 20, 16]);
      const [got, want] = [sliceAxis(x, 2, 7, 20), viaSlice(x)];
      expect(got.shape).toEqual([3, 2, 20, 16]);
      expect(Array.from(got.dataSync())).toEqual(Array.from(want.dataSync()));
      const loss = (take: (t: tf.Tensor) => tf.Tensor) => (t: tf.Tensor) =>
        tf.sum(tf.mul(take(t), weights));
      const dx = tf.grad(loss((t) => sliceAxis(t, -2, 7, 20)))(x);
      const dxWant = tf.grad(loss(viaSlice))(x);
      expect(Array.from(dx.dataSync())).toEqual(Array.from(dxWant.dataSync()));
      const { kernelNames } = await tf.profile(() => sliceAxis(x, 2, 7, 20));
      // 6 pieces of 20 × 16 entries: six contiguous slices, joined
      if (backend === 'cpu') expect(kernelNames).toContain('Concat');
      tf.dispose([x, weights, got, want, dx, dxWant]);
    }));

  it('passes gradients back to the entries it took', () =>
    onEveryBackend(() => {
      tf.tidy(() => {
        const x = tf.reshape(tf.range(0, 6), [1, 6, 1]);
        const dx = tf.grad((t: tf.Tensor) => tf.sum(sliceAxis(t, 1, 2, 3)))(x);
        expect(Array.from(dx.dataSync())).toEqual([0, 0, 1, 1, 1, 0]);
      });
    }));

  it('rejects an axis or a range outside x, and leaks nothing', async () => {
    const x = cube();
    expect(() => sliceAxis(x, 3, 0, 1)).toThrow(
      "sliceAxis: 'axis' must be an integer in [-3, 3) for 'x' of shape [2, 3, 4], got 3",
    );
    expect(() => sliceAxis(x, -1, 2, 3)).toThrow(
      "sliceAxis: entries 2 … 4 (begin 2, size 3) are not within axis -1 of 'x', shape [2, 3, 4]",
    );
    expect(() => sliceAxis([1, 2] as unknown as tf.Tensor, 0, 0, 1)).toThrow(
      "sliceAxis: argument 'x' must be a tf.Tensor, got object",
    );
    const flat = tf.reshape(x, [1, 24]);
    await expectNoLeaks(() => sliceAxis(flat, 1, 3, 4).dispose());
    tf.dispose([x, flat]);
  });
});

describe('swapLastTwo', () => {
  it('transposes each matrix', () => {
    tf.tidy(() => {
      const y = swapLastTwo(cube());
      expect(y.shape).toEqual([2, 4, 3]);
      expect((y.arraySync() as number[][][])[1]![2]).toEqual([102, 112, 122]);
    });
    expect(() => swapLastTwo(tf.tensor1d([1]))).toThrow(
      "swapLastTwo: argument 'x' must be a tf.Tensor of rank >= 2, got shape [1]",
    );
  });
});
