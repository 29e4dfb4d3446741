import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
import { afterAll, describe, expect, it } from 'vitest';
import { backendsPresent } from '../core/backend.js';
import { expectClose, expectNoLeaks, onEveryBackend } from '../testing/index.js';
import { logSoftmax } from './log-softmax.js';
import { SIMD_EXP_KERNEL } from './wasm-simd/register.js';

const initial = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initial);
});

// The reference, in float64 with Math: ln softmax(x)_j = x_j - m - ln Σ_k e^(x_k - m).
function logSoftmaxRow(row: number[]): number[] {
  const m = Math.max(...row);
  const total = row.reduce((s, v) => s + Math.exp(v - m), 0);
  return row.map((v) => v - m - Math.log(total));
}

const ROWS = [
  [1, 2, 3, 4, 5],
  [-80, 0, 80, 0.5, -0.5],
  [1000, 999, -1000, 998.5, 1000], // large values: the shift keeps e^(x - m) finite
  [0, 0, 0, 0, 0],
  [-3.25, 7, 2.5, -1e-3, 6.75],
  [0.1, 0.2, 0.3, 0.4, 0.5],
];

describe('logSoftmax', () => {
  it('gives ln softmax over the last axis as a float64 computation does, on every backend', async () => {
    // worked by hand for [1, 2, 3]: ln(e + e² + e³) = 3 + ln(1 + e⁻¹ + e⁻²) = 3.4076059644
    expect(logSoftmaxRow([1, 2, 3])[0]).toBeCloseTo(1 - 3.4076059644, 9);
    await onEveryBackend((backend) => {
      const got = logSoftmax(tf.tensor3d(ROWS.flat(), [2, 3, 5]));
      expect(got.shape).toEqual([2, 3, 5]);
      expect(got.dtype).toBe('float32');
      expectClose(got, [ROWS.slice(0, 3).map(logSoftmaxRow), ROWS.slice(3).map(logSoftmaxRow)], {
        atol: 2e-5,
        rtol: 1e-5,
        label: backend,
      });
      const one = logSoftmax(tf.tensor1d([1, 2, 3]));
      expectClose(one, logSoftmaxRow([1, 2, 3]), { atol: 1e-6, rtol: 1e-6, label: backend });
      tf.dispose([got, one]);
    });
  });

  it('gives -∞ where x is -∞, and NaN for a row that is all -∞ (as tf.logSoftmax)', async () => {
    const ninf = Number.NEGATIVE_INFINITY;
    await onEveryBackend((backend) => {
      const got = logSoftmax(
        tf.tensor2d(
          [
            [0, ninf, 0],
            [ninf, ninf, ninf],
          ],
          [2, 3],
        ),
      );
      const [masked, empty] = got.arraySync() as number[][];
      expect(masked![1], backend).toBe(ninf);
      expect(masked![0], backend).toBeCloseTo(-Math.LN2, 6);
      expect(masked![2], backend).toBeCloseTo(-Math.LN2, 6);
      expect(empty!.every(Number.isNaN), backend).toBe(true);
      got.dispose();
    });
  });

  it('has the gradient c - softmax(x)·Σc of L = Σ c ⊙ ln softmax(x), on every backend', async () => {
    const rows = [
      [1, 2, 3, 4],
      [-80, 0, 80, 0.5],
      [1000, 999, -1000, 998.5],
    ];
    const c = [
      [3, -1, 0.5, 2],
      [1, 1, 1, 1],
      [-2, 4, 0.25, 1.5],
    ];
    const expected = rows.map((row, i) => {
      const p = logSoftmaxRow(row).map(Math.exp);
      const sum = c[i]!.reduce((s, v) => s + v, 0);
      return c[i]!.map((cj, j) => cj - p[j]! * sum);
    });
    await onEveryBackend((backend) => {
      const x = tf.tensor2d(rows.flat(), [3, 4]);
      const weights = tf.tensor2d(c.flat(), [3, 4]);
      const g = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(logSoftmax(t), weights)))(x);
      expectClose(g, expected, { atol: 2e-5, rtol: 1e-5, label: backend });
      tf.dispose([x, weights, g]);
    });
  });

  it('passes the upstream gradient of a -∞ entry straight through', async () => {
    await onEveryBackend((backend) => {
      const x = tf.tensor1d([0.5, Number.NEGATIVE_INFINITY, -1]);
      const dy = tf.tensor1d([-2, 4, 0.25]);
      const [g] = tf.grads((t: tf.Tensor) => logSoftmax(t))([x], dy);
      const p = logSoftmaxRow([0.5, Number.NEGATIVE_INFINITY, -1]).map(Math.exp);
      const sum = -2 + 4 + 0.25;
      expectClose(
        g!,
        [-2, 4, 0.25].map((d, j) => d - p[j]! * sum),
        { atol: 1e-6, rtol: 1e-6, label: backend },
      );
      tf.dispose([x, dy, g!]);
    });
  });

  it('takes its exponentials on the SIMD kernel on wasm, forward and backward', async () => {
    if (!(await backendsPresent()).includes('wasm')) return;
    await tf.setBackend('wasm');
    const x = tf.tensor2d(ROWS.flat(), [6, 5]);
    const forward = await tf.profile(() => logSoftmax(x));
    expect(forward.kernels.map((k) => k.name)).toContain(SIMD_EXP_KERNEL);
    const both = await tf.profile(() => tf.grad((t: tf.Tensor) => tf.sum(logSoftmax(t)))(x));
    const names = both.kernels.map((k) => k.name);
    expect(names.filter((n) => n === SIMD_EXP_KERNEL)).toHaveLength(1); // forward only
    expect(names).not.toContain('Exp');
    x.dispose();
    await tf.setBackend(initial);
  });

  it('refuses what is not a tensor of rank >= 1, naming itself', () => {
    expect(() => logSoftmax([1, 2] as unknown as tf.Tensor)).toThrow(
      /logSoftmax: argument 'x' must be a tf\.Tensor/,
    );
    const scalar = tf.scalar(1);
    expect(() => logSoftmax(scalar)).toThrow(/logSoftmax: .*rank >= 1.*got shape \[\]/);
    scalar.dispose();
  });

  it('leaks no tensors, forward or backward', async () => {
    await onEveryBackend(async (backend) => {
      const x = tf.tensor2d([
        [1, 2],
        [3, 4],
      ]);
      await expectNoLeaks(() => logSoftmax(x).dispose(), backend);
      await expectNoLeaks(
        () =>
          tf
            .grad((t: tf.Tensor) => tf.sum(tf.mul(logSoftmax(t), t)))(x)
            .dispose(),
        backend,
      );
      x.dispose();
    });
  });
});
