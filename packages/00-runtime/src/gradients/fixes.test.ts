// Each gradient this package registers over tfjs-core's: first the upstream bug (tfjs-core
// 4.22's own function, imported from its dist/ and registered in place of ours), then this
// package's result against values worked out by hand.
import * as tf from '@tensorflow/tfjs-core';
import { batchMatMulGradConfig } from '@tensorflow/tfjs-core/dist/gradients/BatchMatMul_grad.js';
import { cumsumGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Cumsum_grad.js';
import { gatherGradConfig } from '@tensorflow/tfjs-core/dist/gradients/GatherV2_grad.js';
import { maximumGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Maximum_grad.js';
import { minimumGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Minimum_grad.js';
import { mirrorPadGradConfig } from '@tensorflow/tfjs-core/dist/gradients/MirrorPad_grad.js';
import { prodGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Prod_grad.js';
import { describe, expect, it } from 'vitest';
import { expectNoLeaks, onEveryBackend } from '../testing/index.js';
import { GRADIENTS, registerGradients } from './index.js';

/** Runs `f` with tfjs-core's own gradient for one kernel, then puts this package's back. */
function withUpstream<T>(config: tf.GradConfig | undefined, kernelName: string, f: () => T): T {
  if (config) tf.registerGradient(config);
  else tf.unregisterGradient(kernelName);
  try {
    return f();
  } finally {
    registerGradients();
  }
}

/** The gradients of `loss` at `xs`, as nested arrays. */
function gradsAt(loss: (...xs: tf.Tensor[]) => tf.Tensor, xs: tf.Tensor[]): unknown[] {
  return tf
    .tidy(() => tf.grads(loss as (...xs: tf.Tensor[]) => tf.Scalar)(xs))
    .map((g) => {
      const values = g.arraySync();
      g.dispose();
      return values;
    });
}

describe("gradients registered over tfjs-core's", () => {
  it('BatchMatMul sums broadcast batch axes back: x[2, 2, 3]·w[3, 1]', () =>
    onEveryBackend(() => {
      const x = tf.ones([2, 2, 3]);
      const w = tf.tensor2d([[1], [2], [3]]);
      const loss = (a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.matMul(a, b));
      expect(() =>
        withUpstream(batchMatMulGradConfig, 'BatchMatMul', () => gradsAt(loss, [x, w])),
      ).toThrow(/does not match the shape of the input/);
      // ∂L/∂x = 1·wᵀ per row; ∂L/∂w_k = Σ over 2 batches × 2 rows of x[…, k] = 4.
      const [dx, dw] = gradsAt(loss, [x, w]);
      expect(dx).toEqual([
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
      ]);
      expect(dw).toEqual([[4], [4], [4]]);
      tf.dispose([x, w]);
    }));

  it('Maximum and Minimum sum broadcast axes back: a[3] against b[2, 1]', () =>
    onEveryBackend(() => {
      const a = tf.tensor1d([1, -2, 3]);
      const b = tf.tensor2d([[0], [5]]);
      const max = (p: tf.Tensor, q: tf.Tensor) => tf.sum(tf.maximum(p, q));
      const min = (p: tf.Tensor, q: tf.Tensor) => tf.sum(tf.minimum(p, q));
      expect(() => withUpstream(maximumGradConfig, 'Maximum', () => gradsAt(max, [a, b]))).toThrow(
        /does not match the shape of the input/,
      );
      expect(() => withUpstream(minimumGradConfig, 'Minimum', () => gradsAt(min, [a, b]))).toThrow(
        /does not match the shape of the input/,
      );
      // Row b = 0 takes a, b, a; row b = 5 takes b three times.
      expect(gradsAt(max, [a, b])).toEqual([
        [1, 0, 1],
        [[1], [3]],
      ]);
      // min: row b = 0 takes b, a, b; row b = 5 takes a three times.
      expect(gradsAt(min, [a, b])).toEqual([
        [1, 2, 1],
        [[2], [0]],
      ]);
      tf.dispose([a, b]);
    }));

  it('Cumsum along an inner axis', () =>
    onEveryBackend(() => {
      const x = tf.tensor2d([1, 2, 3, 4, 5, 6], [3, 2]);
      const w = tf.tensor2d([1, 1, 2, 2, 3, 3], [3, 2]);
      const loss = (t: tf.Tensor) => tf.sum(tf.mul(w, tf.cumsum(t, 0)));
      expect(() => withUpstream(cumsumGradConfig, 'Cumsum', () => gradsAt(loss, [x]))).toThrow(
        /does not match the shape of the input/,
      );
      // x_i reaches y_k for k ≥ i: ∂L/∂x_i = Σ_{k ≥ i} w_k = 6, 5, 3.
      expect(gradsAt(loss, [x])).toEqual([
        [
          [6, 6],
          [5, 5],
          [3, 3],
        ],
      ]);
      tf.dispose([x, w]);
    }));

  it('Prod along −1 and over all axes, zeros included', () =>
    onEveryBackend(() => {
      const x = tf.tensor2d([
        [1, 2, 3],
        [4, 0, 6],
      ]);
      const alongLast = (t: tf.Tensor) => tf.sum(tf.prod(t, -1));
      const overAll = (t: tf.Tensor) => tf.prod(t);
      expect(() => withUpstream(prodGradConfig, 'Prod', () => gradsAt(alongLast, [x]))).toThrow(
        /rank of input 2 must match length of perm/,
      );
      expect(() => withUpstream(prodGradConfig, 'Prod', () => gradsAt(overAll, [x]))).toThrow(
        /reshape is not a function/,
      );
      // ∂/∂x_i of ∏ x = product of the others.
      expect(gradsAt(alongLast, [x])).toEqual([
        [
          [6, 3, 2],
          [0, 24, 0],
        ],
      ]);
      expect(gradsAt(overAll, [x])).toEqual([
        [
          [0, 0, 0],
          [0, 144, 0],
        ],
      ]);
      tf.dispose(x);
    }));

  it('GatherV2 with repeated indices, on every axis', () =>
    onEveryBackend((backend) => {
      const x = tf.tensor2d([
        [1, 2, 3],
        [4, 5, 6],
      ]);
      const rows = (t: tf.Tensor) => tf.sum(tf.gather(t, [1, 1, 0], 0));
      const cols = (t: tf.Tensor) => tf.sum(tf.gather(t, tf.tensor1d([2, 0, 2], 'int32'), 1));
      if (backend === 'wasm') {
        expect(() => withUpstream(gatherGradConfig, 'GatherV2', () => gradsAt(rows, [x]))).toThrow(
          /UnsortedSegmentSum' not registered for backend 'wasm'/,
        );
      }
      expect(gradsAt(rows, [x])).toEqual([
        [
          [1, 1, 1],
          [2, 2, 2],
        ],
      ]);
      expect(gradsAt(cols, [x])).toEqual([
        [
          [1, 0, 2],
          [1, 0, 2],
        ],
      ]);
      tf.dispose(x);
    }));

  it('StridedSlice, which tfjs-core cannot differentiate at all', () =>
    onEveryBackend(() => {
      const x = tf.tensor2d([
        [1, 2, 3],
        [4, 5, 6],
      ]);
      const every2nd = (t: tf.Tensor) =>
        tf.sum(tf.mul(tf.stridedSlice(t, [0, 0], [2, 3], [1, 2]), 10));
      const lastRow = (t: tf.Tensor) => tf.sum(tf.stridedSlice(t, [-1], [0], [1], 0, 1, 0, 0, 1));
      expect(() => withUpstream(undefined, 'StridedSlice', () => gradsAt(every2nd, [x]))).toThrow(
        /gradient function not found for StridedSlice/,
      );
      expect(gradsAt(every2nd, [x])).toEqual([
        [
          [10, 0, 10],
          [10, 0, 10],
        ],
      ]);
      expect(gradsAt(lastRow, [x])).toEqual([
        [
          [0, 0, 0],
          [1, 1, 1],
        ],
      ]);
      tf.dispose(x);
    }));

  it('MirrorPad counts the reflected copies too', () =>
    onEveryBackend(() => {
      const x = tf.tensor1d([1, 2, 3, 4]);
      const reflect = (t: tf.Tensor) => tf.sum(tf.mirrorPad(t, [[1, 1]], 'reflect'));
      const symmetric = (t: tf.Tensor) => tf.sum(tf.mirrorPad(t, [[1, 1]], 'symmetric'));
      // reflect: [2, 1, 2, 3, 4, 3], so x₁ and x₂ appear twice; upstream counts each once.
      expect(withUpstream(mirrorPadGradConfig, 'MirrorPad', () => gradsAt(reflect, [x]))).toEqual([
        [1, 1, 1, 1],
      ]);
      expect(gradsAt(reflect, [x])).toEqual([[1, 2, 2, 1]]);
      // symmetric: [1, 1, 2, 3, 4, 4].
      expect(gradsAt(symmetric, [x])).toEqual([[2, 1, 1, 2]]);
      x.dispose();
    }));

  it.each([
    ['Greater', (t: tf.Tensor) => tf.greater(t, 0), [1, 0.1, 1]],
    ['Less', (t: tf.Tensor) => tf.less(t, 0), [0.1, 1, 0.1]],
    ['LessEqual', (t: tf.Tensor) => tf.lessEqual(t, 1), [1, 1, 0.1]],
    ['Equal', (t: tf.Tensor) => tf.equal(t, 3), [0.1, 0.1, 1]],
    ['NotEqual', (t: tf.Tensor) => tf.notEqual(t, 3), [1, 1, 0.1]],
    [
      'LogicalAnd',
      (t: tf.Tensor) => tf.logicalAnd(tf.greaterEqual(t, 0), tf.less(t, 2)),
      [1, 0.1, 0.1],
    ],
    ['LogicalOr', (t: tf.Tensor) => tf.logicalOr(tf.less(t, 0), tf.greater(t, 2)), [0.1, 1, 1]],
    ['LogicalNot', (t: tf.Tensor) => tf.logicalNot(tf.greater(t, 0)), [0.1, 1, 0.1]],
  ] as const)('%s passes no gradient: where(cond, x, x/10) at [1, −2, 3]', (name, cond, expected) =>
    onEveryBackend(() => {
      const x = tf.tensor1d([1, -2, 3]);
      const loss = (t: tf.Tensor) => tf.sum(tf.where(cond(t), t, tf.mul(t, 0.1)));
      expect(() => withUpstream(undefined, name, () => gradsAt(loss, [x]))).toThrow(
        new RegExp(`gradient function not found for ${name}`),
      );
      const [dx] = gradsAt(loss, [x]) as [number[]];
      for (const [i, value] of dx.entries()) expect(value).toBeCloseTo(expected[i]!, 6);
      tf.dispose(x);
    }),
  );

  it('leaks no tensor', () =>
    onEveryBackend(async () => {
      const x = tf.tensor2d([
        [1, 2, 3],
        [4, 0, 6],
      ]);
      await expectNoLeaks(() => {
        const gs = tf.grads((t: tf.Tensor) =>
          tf.add(tf.sum(tf.prod(t, 1)), tf.sum(tf.stridedSlice(t, [0, 1], [2, 3], [1, 1]))),
        )([x]);
        tf.dispose(gs);
      });
      x.dispose();
    }));
});

describe('registerGradients', () => {
  it('puts this package’s gradients back over any other, and lists them', () => {
    const other: tf.GradConfig = {
      kernelName: 'Cumsum',
      gradFunc: (dy) => ({ x: () => dy as tf.Tensor }),
    };
    tf.registerGradient(other);
    expect(registerGradients()).toEqual(GRADIENTS.map((config) => config.kernelName));
    for (const config of GRADIENTS) expect(tf.getGradient(config.kernelName)).toBe(config);
  });
});
