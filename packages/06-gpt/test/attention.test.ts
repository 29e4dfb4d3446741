import { readFileSync } from 'node:fs';
import { initMultiHeadAttention, multiHeadAttention, paddingMask } from '@mha/multi-head-attention';
import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  applyRotaryEmbedding,
  type GroupedQueryAttentionParams,
  groupedQueryAttention,
  initGroupedQueryAttention,
} from '../src/index.js';

type Nested = number | Nested[];
interface RopeCase {
  name: string;
  x: Nested;
  base: number;
  offset: number;
  expected: Nested;
}
interface AttentionCase {
  name: string;
  numHeads: number;
  numKvHeads: number;
  causal: boolean;
  rope: number | null;
  lengths: number[] | null;
  x: Nested;
  params: Record<keyof GroupedQueryAttentionParams, Nested>;
  output: Nested;
  weights: Nested;
}

const fixtureUrl = new URL('./fixtures/gqa.json', import.meta.url);
const file = JSON.parse(readFileSync(fixtureUrl, 'utf8')) as {
  rope: RopeCase[];
  attention: AttentionCase[];
};
const fixtureTolerance = { atol: 1e-5, rtol: 1e-5 };

describe('applyRotaryEmbedding', () => {
  it('agrees with the PyTorch fixtures within 1e-5 on every backend', async () => {
    expect(file.rope.length).toBeGreaterThan(0);
    await onEveryBackend((backend) => {
      for (const c of file.rope) {
        const x = tf.tensor(c.x as number[]) as tf.Tensor4D;
        const out = applyRotaryEmbedding(x, { base: c.base, offset: c.offset });
        expectClose(out, c.expected, { ...fixtureTolerance, label: `${c.name} on ${backend}` });
        tf.dispose([x, out]);
      }
    });
  });

  it('rotates a hand-computed pair: dHead 2, position 1 turns (1, 0) by 1 radian', () => {
    // θ_0 = base^0 = 1, so position p rotates the pair (x_0, x_1) by p radians
    const x = tf.tensor4d([1, 0, 1, 0, 0, 2], [1, 1, 3, 2]);
    const out = applyRotaryEmbedding(x);
    const c = Math.cos(1);
    const s = Math.sin(1);
    const c2 = Math.cos(2);
    const s2 = Math.sin(2);
    // position 0: unchanged; position 1: (cos 1, sin 1); position 2: (0·c2 − 2·s2, 2·c2 + 0)
    expectClose(
      out,
      [
        [
          [
            [1, 0],
            [c, s],
            [-2 * s2, 2 * c2],
          ],
        ],
      ],
      { atol: 1e-6, rtol: 1e-6 },
    );
    tf.dispose([x, out]);
  });

  it('keeps the shape and the norm of every pair (a rotation)', () => {
    const x = seededNormal([2, 3, 7, 8], 1) as tf.Tensor4D;
    const out = applyRotaryEmbedding(x, { offset: 5 });
    expect(out.shape).toEqual([2, 3, 7, 8]);
    const norms = (t: tf.Tensor) =>
      tf.tidy(() => {
        const a = tf.slice(t, [0, 0, 0, 0], [-1, -1, -1, 4]);
        const b = tf.slice(t, [0, 0, 0, 4], [-1, -1, -1, 4]);
        return tf.add(tf.square(a), tf.square(b));
      });
    const [before, after] = [norms(x), norms(out)];
    expectClose(after, before, { atol: 1e-5, rtol: 1e-5 });
    tf.dispose([x, out, before, after]);
  });

  it('makes q_m · k_n depend only on m − n', () => {
    const q = seededNormal([1, 1, 1, 16], 2) as tf.Tensor4D;
    const k = seededNormal([1, 1, 1, 16], 3) as tf.Tensor4D;
    const dot = (m: number, n: number) =>
      tf.tidy(() => {
        const qm = applyRotaryEmbedding(q, { offset: m });
        const kn = applyRotaryEmbedding(k, { offset: n });
        return tf.sum(tf.mul(qm, kn)).dataSync()[0]!;
      });
    const pairs = [
      [3, 1],
      [10, 8],
      [52, 50],
    ] as const;
    const dots = pairs.map(([m, n]) => dot(m, n));
    expect(dots[1]).toBeCloseTo(dots[0]!, 4);
    expect(dots[2]).toBeCloseTo(dots[0]!, 4);
    // and it does depend on the distance: m − n = 2 differs from m − n = 5
    expect(Math.abs(dot(7, 2) - dots[0]!)).toBeGreaterThan(1e-3);
    tf.dispose([q, k]);
  });

  it('treats offset as a shift of positions: rows t … of offset 0 equal offset t', () => {
    const x = seededNormal([1, 2, 6, 4], 4) as tf.Tensor4D;
    const full = applyRotaryEmbedding(x);
    const tail = tf.slice(x, [0, 0, 4, 0], [-1, -1, 2, -1]) as tf.Tensor4D;
    const shifted = applyRotaryEmbedding(tail, { offset: 4 });
    expectClose(shifted, tf.slice(full, [0, 0, 4, 0], [-1, -1, 2, -1]));
    tf.dispose([x, full, tail, shifted]);
  });

  it('rejects bad input with messages that name the function and argument', () => {
    const odd = tf.zeros([1, 1, 2, 3]) as tf.Tensor4D;
    const rank3 = tf.zeros([1, 2, 4]) as unknown as tf.Tensor4D;
    const x = tf.zeros([1, 1, 2, 4]) as tf.Tensor4D;
    expect(() => applyRotaryEmbedding(odd)).toThrow(/applyRotaryEmbedding: .*'x'.*even dHead/);
    expect(() => applyRotaryEmbedding(rank3)).toThrow(/applyRotaryEmbedding: argument 'x'/);
    expect(() => applyRotaryEmbedding(x, { base: 0 })).toThrow(/option 'base'/);
    expect(() => applyRotaryEmbedding(x, { offset: -1 })).toThrow(/option 'offset'/);
    expect(() => applyRotaryEmbedding(x, { offset: 1.5 })).toThrow(/option 'offset'/);
    tf.dispose([odd, rank3, x]);
  });

  it('leaks no tensors', async () => {
    const x = seededNormal([1, 2, 3, 4], 5) as tf.Tensor4D;
    await expectNoLeaks(() => applyRotaryEmbedding(x).dispose());
    x.dispose();
  });
});

function paramsFrom(c: AttentionCase): GroupedQueryAttentionParams {
  const entries = Object.entries(c.params).map(([k, v]) => [k, tf.tensor(v as number[])]);
  return Object.fromEntries(entries) as unknown as GroupedQueryAttentionParams;
}

describe('groupedQueryAttention', () => {
  it('agrees with the PyTorch fixtures (MHA, GQA 2 kv heads, MQA; causal, padding, RoPE)', async () => {
    const kinds = new Set(file.attention.map((c) => c.numKvHeads));
    expect([...kinds].sort()).toEqual([1, 2, 4]);
    expect(file.attention.some((c) => c.lengths !== null)).toBe(true);
    expect(file.attention.some((c) => c.rope !== null)).toBe(true);
    await onEveryBackend((backend) => {
      for (const c of file.attention) {
        const params = paramsFrom(c);
        const x = tf.tensor(c.x as number[]) as tf.Tensor3D;
        const [batch, seq] = x.shape;
        const mask = c.lengths ? paddingMask(c.lengths, seq) : undefined;
        const { output, weights } = groupedQueryAttention(params, x, {
          numHeads: c.numHeads,
          numKvHeads: c.numKvHeads,
          causal: c.causal,
          rope: c.rope === null ? false : { base: c.rope },
          mask,
        });
        expect(weights.shape).toEqual([batch, c.numHeads, seq, seq]);
        const label = `${c.name} on ${backend}`;
        expectClose(output, c.output, { ...fixtureTolerance, label: `${label}: output` });
        expectClose(weights, c.weights, { ...fixtureTolerance, label: `${label}: weights` });
        tf.dispose([x, output, weights, ...Object.values(params)]);
        if (mask) mask.dispose();
      }
    });
  });

  it('with numKvHeads = numHeads equals stage 2 multiHeadAttention given the same weights', () => {
    const mha = initMultiHeadAttention({ dModel: 12, numHeads: 3, seed: 7 });
    const x = seededNormal([2, 5, 12], 8) as tf.Tensor3D;
    const mask = tf.tidy(() => tf.cast(tf.linalg.bandPart(tf.ones([5, 5]), -1, 0), 'bool'));
    const params = mha as Required<typeof mha>;
    const ours = groupedQueryAttention(params, x, { numHeads: 3, numKvHeads: 3 });
    const theirs = multiHeadAttention(mha, x, x, x, { numHeads: 3, mask });
    expectClose(ours.output, theirs.output);
    expectClose(ours.weights, theirs.weights);
    tf.dispose([x, mask, ours.output, ours.weights, theirs.output, theirs.weights]);
    tf.dispose(Object.values(mha));
  });

  it('creates weights of the documented shapes', () => {
    const p = initGroupedQueryAttention({ dModel: 16, numHeads: 4, numKvHeads: 2, seed: 1 });
    expect(p.wQ.shape).toEqual([16, 16]);
    expect(p.wK.shape).toEqual([16, 8]);
    expect(p.wV.shape).toEqual([16, 8]);
    expect(p.wO.shape).toEqual([16, 16]);
    expect([p.bQ.shape, p.bK.shape, p.bV.shape, p.bO.shape]).toEqual([[16], [8], [8], [16]]);
    tf.dispose(Object.values(p));
  });

  it('is causal: no weight above the diagonal, rows sum to 1', () => {
    const p = initGroupedQueryAttention({ dModel: 8, numHeads: 4, numKvHeads: 1, seed: 2 });
    const x = seededNormal([1, 4, 8], 3) as tf.Tensor3D;
    const { output, weights } = groupedQueryAttention(p, x, { numHeads: 4, numKvHeads: 1 });
    const w = weights.arraySync() as number[][][][];
    for (const head of w[0]!) {
      head.forEach((row, i) => {
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
        row.forEach((value, j) => {
          if (j > i) expect(value).toBe(0);
        });
      });
    }
    tf.dispose([x, output, weights, ...Object.values(p)]);
  });

  it('query heads of one group share keys: with equal query weights their weights match', () => {
    // MQA with every query head's columns equal: every head's weights are the same
    const p = initGroupedQueryAttention({ dModel: 8, numHeads: 2, numKvHeads: 1, seed: 4 });
    const col = tf.slice(p.wQ, [0, 0], [8, 4]);
    const wQ = tf.concat([col, col], 1) as tf.Tensor2D;
    const x = seededNormal([1, 3, 8], 5) as tf.Tensor3D;
    const { output, weights } = groupedQueryAttention({ ...p, wQ }, x, {
      numHeads: 2,
      numKvHeads: 1,
    });
    const [h0, h1] = [0, 1].map((h) => tf.slice(weights, [0, h, 0, 0], [1, 1, 3, 3]));
    expectClose(h0!, h1!);
    tf.dispose([col, wQ, x, output, weights, h0!, h1!, ...Object.values(p)]);
  });

  it('rejects bad input with messages that name the function and argument', () => {
    const p = initGroupedQueryAttention({ dModel: 8, numHeads: 4, numKvHeads: 2, seed: 1 });
    const x = tf.zeros([1, 3, 8]) as tf.Tensor3D;
    const o = { numHeads: 4, numKvHeads: 2 };
    expect(() => groupedQueryAttention(p, x, { ...o, numKvHeads: 3 })).toThrow(
      /groupedQueryAttention: 'numKvHeads' must be a positive integer dividing numHeads/,
    );
    expect(() => groupedQueryAttention(p, x, { ...o, numHeads: 3 })).toThrow(/'numHeads'/);
    expect(() => groupedQueryAttention(p, x, { numHeads: 4, numKvHeads: 4 })).toThrow(
      /groupedQueryAttention: argument 'params.wK'/,
    );
    const x2 = tf.zeros([1, 3, 6]) as tf.Tensor3D;
    expect(() => groupedQueryAttention(p, x2, o)).toThrow(/groupedQueryAttention/);
    const badMask = tf.ones([2, 2], 'bool');
    expect(() => groupedQueryAttention(p, x, { ...o, mask: badMask })).toThrow(
      /groupedQueryAttention: argument 'mask'/,
    );
    const q = initGroupedQueryAttention({ dModel: 12, numHeads: 4, numKvHeads: 2, seed: 1 });
    const x3 = tf.zeros([1, 3, 12]) as tf.Tensor3D;
    expect(() => groupedQueryAttention(q, x3, { ...o, rope: {} })).toThrow(/even dHead/);
    expect(() =>
      initGroupedQueryAttention({ dModel: 8, numHeads: 4, numKvHeads: 3, seed: 1 }),
    ).toThrow(/initGroupedQueryAttention: 'numKvHeads'/);
    tf.dispose([x, x2, x3, badMask, ...Object.values(p), ...Object.values(q)]);
  });

  it('leaks no tensors', async () => {
    const p = initGroupedQueryAttention({ dModel: 8, numHeads: 4, numKvHeads: 2, seed: 1 });
    const x = seededNormal([2, 3, 8], 2) as tf.Tensor3D;
    const mask = paddingMask([3, 2], 3);
    await expectNoLeaks(() => {
      const r = groupedQueryAttention(p, x, { numHeads: 4, numKvHeads: 2, rope: {}, mask });
      tf.dispose([r.output, r.weights]);
    });
    tf.dispose([x, mask, ...Object.values(p)]);
  });
});
