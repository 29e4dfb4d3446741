import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
import { afterAll, describe, expect, it } from 'vitest';
import { backendsPresent } from '../core/backend.js';
import { expectNoLeaks, onEveryBackend } from '../testing/index.js';
import { sliceFirstAxis } from './slice-first-axis.js';
import { SLICE_FIRST_AXIS_KERNEL } from './wasm-simd/register.js';

const initial = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initial);
});

describe('sliceFirstAxis', () => {
  it('takes whole entries of the first axis, as written out by hand', async () => {
    await onEveryBackend((backend) => {
      const x = tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [3, 2, 2]);
      const y = sliceFirstAxis(x, 1, 2);
      expect(y.shape, backend).toEqual([2, 2, 2]);
      expect(Array.from(y.dataSync()), backend).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
      const none = sliceFirstAxis(x, 3, 0);
      expect(none.shape, backend).toEqual([0, 2, 2]);
      tf.dispose([x, y, none]);
    });
  });

  it('keeps the dtype: int32 and bool', async () => {
    await onEveryBackend((backend) => {
      const ints = tf.tensor2d([1, -2, 3, 16777217], [4, 1], 'int32');
      const flags = tf.tensor2d([true, false, true, true], [2, 2], 'bool');
      const a = sliceFirstAxis(ints, 2, 2);
      const b = sliceFirstAxis(flags, 0, 1);
      expect([a.dtype, Array.from(a.dataSync())], backend).toEqual(['int32', [3, 16777217]]);
      expect([b.dtype, Array.from(b.dataSync())], backend).toEqual(['bool', [1, 0]]);
      tf.dispose([ints, flags, a, b]);
    });
  });

  it("has tf.slice's gradient: dy in its rows, zeros elsewhere", async () => {
    await onEveryBackend((backend) => {
      const x = tf.zeros([4, 2]);
      const g = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(sliceFirstAxis(t, 1, 2), [[1, 2]])))(x);
      expect(g.arraySync(), backend).toEqual([
        [0, 0],
        [1, 2],
        [1, 2],
        [0, 0],
      ]);
      tf.dispose([x, g]);
    });
  });

  it('copies on the wasm kernel there', async () => {
    if (!(await backendsPresent()).includes('wasm')) return;
    await tf.setBackend('wasm');
    const x = tf.ones([5, 3]);
    const info = await tf.profile(() => sliceFirstAxis(x, 1, 3));
    expect(info.kernels.map((k) => k.name)).toEqual([SLICE_FIRST_AXIS_KERNEL]);
    x.dispose();
    await tf.setBackend(initial);
  });

  it('refuses a scalar and a range outside the first axis, naming the shape', () => {
    const x = tf.zeros([3, 2]);
    const s = tf.scalar(1);
    expect(() => sliceFirstAxis(s, 0, 1)).toThrow(
      "sliceFirstAxis: argument 'x' must have rank >= 1, got shape []",
    );
    expect(() => sliceFirstAxis(x, 2, 2)).toThrow(
      "sliceFirstAxis: entries 2 … 3 (begin 2, size 2) are not within the first axis of 'x', shape [3, 2]",
    );
    expect(() => sliceFirstAxis(x, -1, 1)).toThrow('sliceFirstAxis: entries');
    expect(() => sliceFirstAxis(x, 0.5, 1)).toThrow('sliceFirstAxis: entries');
    tf.dispose([x, s]);
  });

  it('leaks no tensors, forward or backward', async () => {
    await onEveryBackend(async (backend) => {
      const x = tf.ones([4, 2]);
      await expectNoLeaks(() => sliceFirstAxis(x, 1, 2).dispose(), backend);
      await expectNoLeaks(
        () =>
          tf
            .grad((t: tf.Tensor) => tf.sum(sliceFirstAxis(t, 1, 2)))(x)
            .dispose(),
        backend,
      );
      x.dispose();
    });
  });
});
