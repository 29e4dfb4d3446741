import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
import { afterAll, describe, expect, it } from 'vitest';
import { backendsPresent } from '../core/backend.js';
import { seededNormal } from '../core/init.js';
import { expectClose, expectNoLeaks, onEveryBackend } from '../testing/index.js';
import { batchedMatMul } from './batched-matmul.js';
import { SIMD_MATMUL_KERNEL } from './wasm-simd/register.js';

const initial = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initial);
});

// Shapes chosen to reach every path: a shared rank-2 b; batches, transposed or not, of
// large and of small products; a batch of one; a single row. On wasm, rows that are not a
// multiple of 4 and columns that are not a multiple of 8 reach the SIMD kernel's edges.
const CASES: Array<{ name: string; a: number[]; b: number[]; transposeB: boolean }> = [
  { name: 'shared b', a: [2, 5, 6], b: [6, 3], transposeB: false },
  { name: 'shared b, 130 rows', a: [2, 65, 6], b: [6, 11], transposeB: false },
  { name: 'shared b, transposed', a: [2, 5, 6], b: [3, 6], transposeB: true },
  { name: 'one row, shared b', a: [6], b: [6, 3], transposeB: false },
  { name: 'rank 3, large products', a: [3, 64, 64], b: [3, 64, 64], transposeB: false },
  {
    name: 'rank 4, large products, transposed',
    a: [2, 2, 64, 64],
    b: [2, 2, 80, 64],
    transposeB: true,
  },
  { name: 'batch of one', a: [1, 4, 3], b: [1, 3, 2], transposeB: false },
  { name: 'small products', a: [2, 3, 4, 5], b: [2, 3, 4, 5], transposeB: true },
  // Wide enough that the gradient of b transposes the other operand and its result.
  { name: 'shared b, transposed, wide', a: [2, 9, 4], b: [40, 4], transposeB: true },
  { name: 'shared b, deep', a: [2, 9, 40], b: [40, 4], transposeB: false },
];

describe('batchedMatMul', () => {
  it('multiplies a tiny batch as computed by hand', async () => {
    await onEveryBackend((backend) => {
      const a = tf.tensor3d([
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 0],
          [0, 1],
        ],
      ]);
      const b = tf.tensor3d([
        [
          [5, 6],
          [7, 8],
        ],
        [
          [2, 3],
          [4, 5],
        ],
      ]);
      const c = batchedMatMul(a, b);
      // entry 0: [1·5+2·7, 1·6+2·8; 3·5+4·7, 3·6+4·8] = [19, 22; 43, 50]
      // entry 1: the identity times b[1] is b[1]
      expectClose(
        c,
        [
          [
            [19, 22],
            [43, 50],
          ],
          [
            [2, 3],
            [4, 5],
          ],
        ],
        { label: backend },
      );
      tf.dispose([a, b, c]);
    });
  });

  it('equals tf.matMul on every path and backend', async () => {
    await onEveryBackend((backend) => {
      CASES.forEach(({ name, a: aShape, b: bShape, transposeB }, i) => {
        const a = seededNormal(aShape, 10 + i);
        const b = seededNormal(bShape, 20 + i);
        const got = batchedMatMul(a, b, { transposeB });
        // tf.matMul needs rank >= 2: a single row goes in as [1, k].
        const want =
          a.rank === 1
            ? tf.squeeze(tf.matMul(tf.expandDims(a, 0), b, false, transposeB), [0])
            : tf.matMul(a, b, false, transposeB);
        // Sums of 64 products of unit normals: allow for a different summation order.
        expectClose(got, want, { atol: 1e-4, rtol: 1e-5, label: `${backend}, ${name}` });
        tf.dispose([a, b, got, want]);
      });
    });
  });

  it('passes gradients through on every path, equal to those of tf.matMul', async () => {
    await onEveryBackend((backend) => {
      CASES.forEach(({ name, a: aShape, b: bShape, transposeB }, i) => {
        if (aShape.length === 1) return; // tf.matMul has no rank-1 form to compare with
        const a = seededNormal(aShape, 30 + i);
        const b = seededNormal(bShape, 40 + i);
        const wantShape = tf.matMul(a, b, false, transposeB).shape;
        const probe = seededNormal(wantShape, 50 + i);
        const loss =
          (f: (x: tf.Tensor, y: tf.Tensor) => tf.Tensor) => (x: tf.Tensor, y: tf.Tensor) =>
            tf.sum(tf.mul(f(x, y), probe));
        const got = tf.grads(loss((x, y) => batchedMatMul(x, y, { transposeB })))([a, b]);
        // tfjs's own gradient of a broadcast rank-2 b has the wrong shape: fold a to rows.
        const reference = (x: tf.Tensor, y: tf.Tensor) =>
          y.rank === 2
            ? tf.reshape(
                tf.matMul(tf.reshape(x, [-1, x.shape.at(-1)!]), y, false, transposeB),
                wantShape,
              )
            : tf.matMul(x, y, false, transposeB);
        const want = tf.grads(loss(reference))([a, b]);
        const tolerance = { atol: 1e-4, rtol: 1e-5 };
        expectClose(got[0]!, want[0]!, { ...tolerance, label: `${backend}, ${name}, d/da` });
        expectClose(got[1]!, want[1]!, { ...tolerance, label: `${backend}, ${name}, d/db` });
        tf.dispose([a, b, probe, ...got, ...want]);
      });
    });
  });

  it('runs every product, and every product of the gradient, on a fast kernel on wasm', async () => {
    if (!(await backendsPresent()).includes('wasm')) return;
    await tf.setBackend('wasm');
    // The SIMD kernel, but for fewer than 128 rows against a shared b: XNNPACK's untransposed
    // 2-D product. Never the backend's scalar loop for batched or transposed products.
    const shapes = [
      { name: 'shared b, 10 rows', a: [2, 5, 6], b: [6, 3], transposeB: false, forward: 'xnn' },
      { name: 'shared b, 130 rows', a: [2, 65, 6], b: [6, 3], transposeB: false, forward: 'simd' },
      { name: 'shared b, transposed', a: [2, 5, 6], b: [3, 6], transposeB: true, forward: 'simd' },
      { name: 'per entry', a: [3, 64, 96], b: [3, 96, 80], transposeB: false, forward: 'simd' },
      {
        name: 'per entry, transposed',
        a: [2, 2, 64, 72],
        b: [2, 2, 80, 72],
        transposeB: true,
        forward: 'simd',
      },
    ];
    for (const { name, a: aShape, b: bShape, transposeB, forward } of shapes) {
      const a = seededNormal(aShape, 1);
      const b = seededNormal(bShape, 2);
      const info = await tf.profile(() =>
        tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.sum(batchedMatMul(x, y, { transposeB })))([
          a,
          b,
        ]),
      );
      const names = info.kernels.map((kernel) => kernel.name);
      const simdCount = names.filter((n) => n === SIMD_MATMUL_KERNEL).length;
      const xnn = info.kernels.filter((kernel) => kernel.name === 'BatchMatMul');
      // one product forward, two in the gradient, each on one of the two fast paths
      expect(simdCount + xnn.length, name).toBe(3);
      const first = names.find((n) => n === SIMD_MATMUL_KERNEL || n === 'BatchMatMul');
      expect(first, name).toBe(forward === 'simd' ? SIMD_MATMUL_KERNEL : 'BatchMatMul');
      for (const { inputShapes } of xnn) {
        // XNNPACK's conditions: one matrix each, untransposed
        const [left, right] = inputShapes as [number[], number[]];
        expect([left.length, right.length, left[1] === right[0]], name).toEqual([2, 2, true]);
      }
      tf.dispose([a, b]);
    }
    await tf.setBackend(initial);
  });

  it('differentiates a tied output projection without copying the gradient of its logits', async () => {
    if (!(await backendsPresent()).includes('wasm')) return;
    await tf.setBackend('wasm');
    // logits = x·Eᵀ, x [tokens 48, d 8], E [vocabulary 300, d 8]: dE = dyᵀ·x needs one
    // operand transposed. Not dy [48, 300], but x and the [8, 300] result of xᵀ·dy.
    const x = seededNormal([48, 8], 1);
    const e = seededNormal([300, 8], 2);
    const info = await tf.profile(() =>
      tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(batchedMatMul(a, b, { transposeB: true })))([
        x,
        e,
      ]),
    );
    const transposed = info.kernels.filter((k) => k.name === 'Transpose');
    expect(transposed.map((k) => k.inputShapes[0])).toEqual([
      [48, 8],
      [8, 300],
    ]);
    // xᵀ·dy on the SIMD kernel though it has 8 rows: XNNPACK would pack its b, made anew
    // by each step, anew too. (dx = dy·E, 48 rows against a shared E, goes to XNNPACK.)
    const products = info.kernels.filter((k) => k.name === SIMD_MATMUL_KERNEL);
    expect(products.map((k) => k.inputShapes)).toEqual([
      [
        [48, 8],
        [300, 8],
      ],
      [
        [8, 48],
        [48, 300],
      ],
    ]);
    tf.dispose([x, e]);
    await tf.setBackend(initial);
  });

  it('handles empty operands: no rows, no columns, an empty inner axis', async () => {
    await onEveryBackend((backend) => {
      const cases: Array<{ a: number[]; b: number[]; want: number[] }> = [
        { a: [0, 5], b: [5, 4], want: [0, 4] },
        { a: [200, 4], b: [4, 0], want: [200, 0] },
        { a: [2, 3, 0], b: [0, 4], want: [2, 3, 4] },
        { a: [2, 8, 0], b: [2, 0, 3], want: [2, 8, 3] },
        { a: [0, 8, 4], b: [0, 4, 3], want: [0, 8, 3] },
      ];
      for (const { a: aShape, b: bShape, want } of cases) {
        const c = batchedMatMul(tf.ones(aShape), tf.ones(bShape));
        const label = `${backend}: [${aShape}]·[${bShape}]`;
        expect(c.shape, label).toEqual(want);
        // a sum over an empty axis is 0
        expect(
          Array.from(c.dataSync()).every((v) => v === 0),
          label,
        ).toBe(true);
        c.dispose();
      }
    });
  });

  it('names the argument and both shapes when they do not fit', () => {
    const a = tf.zeros([2, 3, 4]);
    const vector = tf.zeros([4]);
    const matrix = tf.zeros([4, 5]);
    const wrongInner = tf.zeros([2, 5, 6]);
    const wrongLead = tf.zeros([3, 4, 5]);
    expect(() => batchedMatMul(a, vector)).toThrow(
      "batchedMatMul: argument 'b' must have rank >= 2, got a [2, 3, 4] and b [4]",
    );
    expect(() => batchedMatMul(vector, a)).toThrow(
      "batchedMatMul: argument 'a' must have rank >= 2 (or >= 1 when 'b' has rank 2), " +
        'got a [4] and b [2, 3, 4]',
    );
    expect(batchedMatMul(vector, matrix).shape).toEqual([5]);
    expect(() => batchedMatMul(a, wrongInner)).toThrow(
      "batchedMatMul: the second-to-last axis of 'b' must equal the last axis of 'a' " +
        '(transposeB = false), got a [2, 3, 4] and b [2, 5, 6]',
    );
    expect(() => batchedMatMul(a, wrongInner, { transposeB: true })).toThrow(
      "batchedMatMul: the last axis of 'b' must equal the last axis of 'a' " +
        '(transposeB = true), got a [2, 3, 4] and b [2, 5, 6]',
    );
    expect(() => batchedMatMul(a, wrongLead)).toThrow(
      "batchedMatMul: argument 'b' must be rank 2 or have the same leading axes as 'a', " +
        'got a [2, 3, 4] and b [3, 4, 5]',
    );
    tf.dispose([a, vector, matrix, wrongInner, wrongLead]);
  });

  it('leaks no tensors on any path', async () => {
    for (const backend of await backendsPresent()) {
      await tf.setBackend(backend);
      for (const { a: aShape, b: bShape, transposeB } of CASES) {
        const a = seededNormal(aShape, 1);
        const b = seededNormal(bShape, 2);
        await expectNoLeaks(() => batchedMatMul(a, b, { transposeB }).dispose(), backend);
        tf.dispose([a, b]);
      }
    }
    await tf.setBackend(initial);
  });
});
