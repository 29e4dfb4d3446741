import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import { scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { localAttention } from '../src/index.js';
import { kernelOutputShapes, literalMask } from './support.js';

const TOL = { atol: 1e-5, rtol: 1e-5 };

/** Stage 1 with the band written out element by element (not with slidingWindowMask). */
function banded(q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, window: number, causal = false) {
  return tf.tidy(() => {
    const seqQ = q.shape[q.rank - 2]!;
    const seqK = k.shape[k.rank - 2]!;
    const mask = literalMask(
      seqQ,
      seqK,
      (i, j) => Math.abs(i - j) <= window && (!causal || j <= i),
    );
    return scaledDotProductAttention(q, k, v, { mask }).output;
  });
}

function inputs(lead: number[], seqQ: number, seqK: number, dK: number, dV: number, seed: number) {
  return {
    q: seededNormal([...lead, seqQ, dK], seed),
    k: seededNormal([...lead, seqK, dK], seed + 1),
    v: seededNormal([...lead, seqK, dV], seed + 2),
  };
}

describe('localAttention', () => {
  it('keeps the shape [..., seqQ, dV] for any leading axes', () => {
    tf.tidy(() => {
      for (const lead of [[], [3], [2, 2]]) {
        const { q, k, v } = inputs(lead, 9, 9, 4, 6, 1);
        expect(localAttention(q, k, v, { window: 2 }).shape).toEqual([...lead, 9, 6]);
      }
    });
  });

  it('window 0: each query takes exactly its own value', () => {
    tf.tidy(() => {
      const { q, k, v } = inputs([2], 7, 7, 3, 2, 4);
      expectClose(localAttention(q, k, v, { window: 0 }), v, TOL);
    });
  });

  it('hand-computed: window 1 on three positions with equal scores averages the neighbours', () => {
    // q = 0 makes every score 0: query 0 averages v0, v1; query 1 v0..v2; query 2 v1, v2.
    tf.tidy(() => {
      const q = tf.zeros([3, 2]);
      const k = tf.tensor2d([
        [1, 2],
        [3, 4],
        [5, 6],
      ]);
      const v = tf.tensor2d([[3], [6], [12]]);
      expectClose(localAttention(q, k, v, { window: 1 }), [[4.5], [7], [9]], TOL);
      expectClose(localAttention(q, k, v, { window: 1, causal: true }), [[3], [4.5], [9]], TOL);
    });
  });

  it('equals stage 1 with the band as a mask, edges and every window size', () =>
    onEveryBackend((backend) => {
      tf.tidy(() => {
        for (const [seq, window] of [
          [50, 3],
          [50, 16],
          [50, 17],
          [33, 40],
          [64, 0],
          [100, 20],
        ] as const) {
          const { q, k, v } = inputs([2, 2], seq, seq, 8, 5, seq + window);
          for (const causal of [false, true]) {
            expectClose(
              localAttention(q, k, v, { window, causal }),
              banded(q, k, v, window, causal),
              {
                ...TOL,
                label: `seq ${seq}, window ${window}, causal ${causal} (${backend})`,
              },
            );
          }
        }
      });
    }));

  it('equals stage 1 when seqQ ≠ seqK, including queries whose window holds no key (output 0)', () => {
    tf.tidy(() => {
      for (const [seqQ, seqK, window] of [
        [20, 45, 4],
        [45, 20, 4],
        [70, 18, 17],
      ] as const) {
        const { q, k, v } = inputs([2], seqQ, seqK, 4, 3, seqQ);
        const out = localAttention(q, k, v, { window });
        expectClose(out, banded(q, k, v, window), { ...TOL, label: `${seqQ} × ${seqK}` });
      }
      const { q, k, v } = inputs([], 30, 10, 4, 3, 9);
      const rows = localAttention(q, k, v, { window: 4 }).arraySync() as number[][];
      expect(rows.slice(14)).toEqual(Array.from({ length: 16 }, () => [0, 0, 0])); // i > 9 + 4
    });
  });

  it('keeps huge logits finite', () => {
    tf.tidy(() => {
      const { q, k, v } = inputs([2], 40, 40, 4, 3, 11);
      const big = tf.mul(q, 1e3);
      const out = localAttention(big, k, v, { window: 5 });
      expect(out.dataSync().every(Number.isFinite)).toBe(true);
      expectClose(out, banded(big, k, v, 5), TOL);
    });
  });

  it('never forms a [seqQ, seqK] tensor', async () => {
    const { q, k, v } = inputs([2], 300, 300, 8, 8, 3);
    const shapes = await kernelOutputShapes(() => localAttention(q, k, v, { window: 10 }));
    const square = shapes.filter((s) => s.length >= 2 && s.at(-1) === 300 && s.at(-2) === 300);
    expect(square).toEqual([]);
    expect(shapes.length).toBeGreaterThan(0);
    tf.dispose([q, k, v]);
  });

  it('names the function, the argument and the shapes in its errors', () => {
    tf.tidy(() => {
      const { q, k, v } = inputs([2], 6, 6, 4, 3, 1);
      expect(() => localAttention(q, k, v, { window: -1 })).toThrow(
        "localAttention: 'window' must be a non-negative integer, got -1",
      );
      expect(() => localAttention(q, k, v, { window: 1.5 })).toThrow(/'window'/);
      expect(() => localAttention(q, k, v, {} as never)).toThrow(/'window'/);
      expect(() => localAttention(q, k, v, { window: 1, causal: 1 as never })).toThrow(/'causal'/);
      expect(() => localAttention(q, tf.zeros([2, 6, 5]), v, { window: 1 })).toThrow(
        "localAttention: argument 'k' must have the same dK (last axis) as 'q', got q [2, 6, 4] and k [2, 6, 5]",
      );
      expect(() => localAttention(q, k, tf.zeros([2, 5, 3]), { window: 1 })).toThrow(/'v'.*seqK/);
      expect(() => localAttention(tf.zeros([6]), k, v, { window: 1 })).toThrow(
        /'q' must have rank >= 2/,
      );
      expect(() => localAttention(q, tf.zeros([2, 6, 4], 'int32'), v, { window: 1 })).toThrow(
        /float32/,
      );
      expect(() =>
        localAttention(q, tf.zeros([2, 8, 4]), tf.zeros([2, 8, 3]), { window: 1, causal: true }),
      ).toThrow("localAttention: 'causal' needs seqQ = seqK, got q [2, 6, 4] and k [2, 8, 4]");
    });
  });

  it('leaks no tensors', async () => {
    const { q, k, v } = inputs([2], 40, 40, 4, 3, 1);
    await expectNoLeaks(() => localAttention(q, k, v, { window: 3, causal: true }).dispose());
    await expectNoLeaks(() => expect(() => localAttention(q, k, v, { window: -3 })).toThrow());
    tf.dispose([q, k, v]);
  });
});
