import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
import { afterAll, describe, expect, it } from 'vitest';
import { backendsPresent } from '../core/backend.js';
import { expectClose, expectNoLeaks, onEveryBackend } from '../testing/index.js';
import { exp } from './exp.js';
import { SIMD_EXP_KERNEL } from './wasm-simd/register.js';

const initial = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initial);
});

describe('exp', () => {
  it('gives e^x as Math.exp does, within float32 rounding, on every backend', async () => {
    const x = [-30, -5.5, -1, -1e-3, 0, 1e-3, 0.5, 1, 2.25, 10, 80];
    await onEveryBackend((backend) => {
      const got = exp(tf.tensor2d(x, [1, x.length]));
      expect(got.shape).toEqual([1, x.length]);
      expect(got.dtype).toBe('float32');
      const values = got.dataSync();
      x.forEach((v, i) => {
        // 2 units in the last place of float32: 2·2⁻²³ relative
        const relative = Math.abs(values[i]! - Math.exp(v)) / Math.exp(v);
        expect(relative, `${backend}: e^${v}`).toBeLessThan(2.4e-7);
      });
      got.dispose();
    });
  });

  it('sends -∞ to exactly 0, +∞ to +∞ and NaN to NaN, on every backend', async () => {
    await onEveryBackend((backend) => {
      const got = exp(tf.tensor1d([Number.NEGATIVE_INFINITY, Infinity, Number.NaN]));
      expect(Array.from(got.dataSync()), backend).toEqual([0, Infinity, Number.NaN]);
      got.dispose();
    });
  });

  it('has the gradient dy·e^x, and 0 where x = -∞', async () => {
    await onEveryBackend((backend) => {
      const x = tf.tensor1d([-2, 0, 1.5, Number.NEGATIVE_INFINITY]);
      const dy = tf.tensor1d([3, -1, 0.5, 2]);
      const g = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(exp(t), dy)))(x);
      expectClose(g, [3 * Math.exp(-2), -1, 0.5 * Math.exp(1.5), 0], {
        atol: 1e-6,
        rtol: 1e-6,
        label: backend,
      });
      tf.dispose([x, dy, g]);
    });
  });

  it('runs on the SIMD kernel on wasm, and keeps int32 input on tf.exp', async () => {
    if (!(await backendsPresent()).includes('wasm')) return;
    await tf.setBackend('wasm');
    const floats = tf.tensor1d([0, 1]);
    const ints = tf.tensor1d([0, 1], 'int32');
    const simd = await tf.profile(() => exp(floats));
    const simdNames = simd.kernels.map((k) => k.name);
    expect(simdNames).toContain(SIMD_EXP_KERNEL);
    expect(simdNames).not.toContain('Exp');
    const plain = await tf.profile(() => exp(ints));
    expect(plain.kernels.map((k) => k.name)).toEqual(['Exp']);
    tf.dispose([floats, ints]);
    await tf.setBackend(initial);
  });

  it('leaks no tensors, forward or backward', async () => {
    await onEveryBackend(async (backend) => {
      const x = tf.tensor2d([
        [1, 2],
        [3, 4],
      ]);
      await expectNoLeaks(() => exp(x).dispose(), backend);
      await expectNoLeaks(
        () =>
          tf
            .grad((t: tf.Tensor) => tf.sum(exp(t)))(x)
            .dispose(),
        backend,
      );
      x.dispose();
    });
  });
});
