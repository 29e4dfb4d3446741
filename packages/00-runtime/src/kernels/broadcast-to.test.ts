import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoLeaks, onEveryBackend } from '../testing/index.js';
import { broadcastTo } from './broadcast-to.js';

const initial = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initial);
});

describe('broadcastTo', () => {
  it('repeats floats along axes of size 1 and new leading axes, as written out by hand', async () => {
    await onEveryBackend((backend) => {
      const x = tf.tensor2d([[1], [-0]]); // [2, 1]
      const y = broadcastTo(x, [2, 2, 3]);
      expect(y.shape, backend).toEqual([2, 2, 3]);
      expect(y.arraySync(), backend).toEqual([
        [
          [1, 1, 1],
          [-0, -0, -0],
        ],
        [
          [1, 1, 1],
          [-0, -0, -0],
        ],
      ]);
      // the sign of zero survives: 1/-0 = -∞
      expect(1 / (y.dataSync()[3] as number), backend).toBe(Number.NEGATIVE_INFINITY);
      tf.dispose([x, y]);
    });
  });

  it('keeps NaN and ±∞, bool and int32, and equals tf.broadcastTo', async () => {
    await onEveryBackend((backend) => {
      const cases = [
        tf.tensor3d([Number.NaN, Infinity, Number.NEGATIVE_INFINITY, 2.5], [1, 4, 1]),
        tf.tensor3d([true, false, true, true], [1, 4, 1], 'bool'),
        tf.tensor3d([7, -3, 0, 16777217], [1, 4, 1], 'int32'),
      ];
      for (const x of cases) {
        const got = broadcastTo(x, [3, 4, 5]);
        const want = tf.broadcastTo(x, [3, 4, 5]);
        expect(got.dtype, `${backend}, ${x.dtype}`).toBe(x.dtype);
        expect(Array.from(got.dataSync()), `${backend}, ${x.dtype}`).toEqual(
          Array.from(want.dataSync()),
        );
        tf.dispose([x, got, want]);
      }
    });
  });

  it('has the gradient of tf.broadcastTo: the sum over the repeated axes', async () => {
    await onEveryBackend((backend) => {
      const x = tf.tensor2d([[1], [2]]); // [2, 1] -> [3, 2, 4]
      const g = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(broadcastTo(t, [3, 2, 4]), 2)))(x);
      expect(g.arraySync(), backend).toEqual([[24], [24]]); // 2 · 3 · 4 copies of each
      tf.dispose([x, g]);
    });
  });

  it('refuses a shape it cannot broadcast to, naming both shapes', () => {
    const x = tf.zeros([2, 3]);
    expect(() => broadcastTo(x, [4, 3, 3])).toThrow(
      "broadcastTo: argument 'x' of shape [2, 3] cannot be broadcast to [4, 3, 3]",
    );
    expect(() => broadcastTo(x, [3])).toThrow(
      "broadcastTo: argument 'x' of shape [2, 3] cannot be broadcast to [3]",
    );
    x.dispose();
  });

  it('leaks no tensors', async () => {
    await onEveryBackend(async (backend) => {
      const x = tf.tensor2d([[1], [2]]);
      const b = tf.tensor2d([[true], [false]], [2, 1], 'bool');
      await expectNoLeaks(() => broadcastTo(x, [3, 2, 4]).dispose(), backend);
      await expectNoLeaks(() => broadcastTo(b, [3, 2, 4]).dispose(), backend);
      tf.dispose([x, b]);
    });
  });
});
