import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import { scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  positiveRandomFeatures,
  randomFeatureAttention,
  randomFeatureProjection,
} from '../src/index.js';
import { literalMask } from './support.js';

function inputs(lead: number[], seq: number, dK: number, dV: number, seed: number, scale = 1) {
  return {
    q: seededNormal([...lead, seq, dK], seed, { std: scale }),
    k: seededNormal([...lead, seq, dK], seed + 1, { std: scale }),
    v: seededNormal([...lead, seq, dV], seed + 2),
  };
}

/** Mean absolute difference between two tensors. */
const meanAbs = (a: tf.Tensor, b: tf.Tensor) =>
  tf.tidy(() => tf.mean(tf.abs(tf.sub(a, b))).dataSync()[0]!);

describe('randomFeatureProjection', () => {
  it('is [dK, m], the same bits on every backend for a seed, different for another seed', async () => {
    const seen: Float32Array[] = [];
    await onEveryBackend(() => {
      const w = randomFeatureProjection(8, 20, 42);
      expect(w.shape).toEqual([8, 20]);
      seen.push(w.dataSync() as Float32Array);
      w.dispose();
    });
    for (const values of seen) expect(Array.from(values)).toEqual(Array.from(seen[0]!));
    const other = randomFeatureProjection(8, 20, 43);
    expect(Array.from(other.dataSync())).not.toEqual(Array.from(seen[0]!));
    other.dispose();
  });

  it('makes the columns of each group of dK orthogonal', () => {
    tf.tidy(() => {
      const dK = 6;
      const w = randomFeatureProjection(dK, 15, 7).arraySync(); // groups: 0–5, 6–11, 12–14
      const column = (f: number) => w.map((row) => row[f]!);
      const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
      for (const [a, b] of [
        [0, 5],
        [2, 3],
        [6, 11],
        [12, 14],
      ] as const) {
        const cos =
          dot(column(a), column(b)) /
          Math.sqrt(dot(column(a), column(a)) * dot(column(b), column(b)));
        expect(Math.abs(cos)).toBeLessThan(1e-5);
      }
      // Across groups they are independent, so generally not orthogonal.
      expect(Math.abs(dot(column(0), column(6)))).toBeGreaterThan(1e-3);
    });
  });

  it('names the function and the argument in its errors', () => {
    expect(() => randomFeatureProjection(0, 4, 1)).toThrow(
      "randomFeatureProjection: 'dK' must be an integer >= 1, got 0",
    );
    expect(() => randomFeatureProjection(4, 4, -1)).toThrow(/'seed'/);
  });
});

describe('positiveRandomFeatures', () => {
  it('are positive, and φ(q)·φ(k) averages to exp(q·k/√dK) (unbiased)', () => {
    tf.tidy(() => {
      // q·k = 0.3·0.2·4 = 0.24 over √4: exp(0.12). One feature's estimate has relative variance
      // e^{‖q̃ + k̃‖²} − 1 = e^{0.5} − 1 ≈ 0.65; 40 draws of m = 256 give a relative standard
      // error of about √(0.65 / 10240) ≈ 0.008, so 0.03 is nearly four of them.
      const q = tf.tensor2d([[0.3, 0.3, 0.3, 0.3]]);
      const k = tf.tensor2d([[0.2, 0.2, 0.2, 0.2]]);
      let total = 0;
      for (let seed = 0; seed < 40; seed++) {
        const w = randomFeatureProjection(4, 256, seed);
        const phiQ = positiveRandomFeatures(q, w);
        expect(phiQ.dataSync().every((x) => x > 0)).toBe(true);
        total += tf.sum(tf.mul(phiQ, positiveRandomFeatures(k, w))).dataSync()[0]!;
      }
      expect(Math.abs(total / 40 / Math.exp(0.12) - 1)).toBeLessThan(0.03);
    });
  });

  it("'row' and 'all' scale rows by constants that cancel in attention", () => {
    tf.tidy(() => {
      const w = randomFeatureProjection(4, 8, 3);
      const x = seededNormal([2, 5, 4], 9);
      const plain = positiveRandomFeatures(x, w);
      const row = positiveRandomFeatures(x, w, { stabilise: 'row' });
      const all = positiveRandomFeatures(x, w, { stabilise: 'all' });
      const ratio = (a: tf.Tensor) => tf.div(plain, a);
      // 'row': one factor per row; 'all': one factor per batch entry (over all rows).
      expectClose(
        ratio(row),
        tf.broadcastTo(tf.slice(ratio(row), [0, 0, 0], [2, 5, 1]), [2, 5, 8]),
        { rtol: 1e-4, atol: 0 },
      );
      expectClose(
        ratio(all),
        tf.broadcastTo(tf.slice(ratio(all), [0, 0, 0], [2, 1, 1]), [2, 5, 8]),
        { rtol: 1e-4, atol: 0 },
      );
      expect(tf.max(row).dataSync()[0]).toBeCloseTo(1 / Math.sqrt(8), 6);
    });
  });

  it('names the function and the argument in its errors', () => {
    tf.tidy(() => {
      expect(() => positiveRandomFeatures(tf.zeros([3, 4]), tf.zeros([5, 8]))).toThrow(
        "positiveRandomFeatures: argument 'projection' must be [dK, m] for 'x' [..., seq, dK], got x [3, 4] and projection [5, 8]",
      );
      expect(() =>
        positiveRandomFeatures(tf.zeros([3, 4]), tf.zeros([4, 8]), { stabilise: 'x' as never }),
      ).toThrow(/'stabilise'/);
    });
  });
});

describe('randomFeatureAttention', () => {
  it('approaches exact attention as numFeatures grows (mean over 5 seeds)', () => {
    tf.tidy(() => {
      const { q, k, v } = inputs([2], 48, 16, 4, 1, 0.5);
      const exact = scaledDotProductAttention(q, k, v).output;
      const error = (m: number) => {
        let sum = 0;
        for (let seed = 0; seed < 5; seed++) {
          sum += meanAbs(randomFeatureAttention(q, k, v, { numFeatures: m, seed }), exact);
        }
        return sum / 5;
      };
      const [e8, e64, e512] = [error(8), error(64), error(512)];
      expect(e64).toBeLessThan(e8);
      expect(e512).toBeLessThan(e64);
      expect(e512).toBeLessThan(0.05);
    });
  });

  it('causal: approaches exact attention with a causal mask', () => {
    tf.tidy(() => {
      const { q, k, v } = inputs([2], 30, 8, 3, 2, 0.5);
      const mask = literalMask(30, 30, (i, j) => j <= i);
      const exact = scaledDotProductAttention(q, k, v, { mask }).output;
      const out = randomFeatureAttention(q, k, v, { numFeatures: 1024, seed: 1, causal: true });
      expect(meanAbs(out, exact)).toBeLessThan(0.05);
      // Query 0 sees only key 0, whatever the features.
      expectClose(tf.slice(out, [0, 0, 0], [2, 1, 2]), tf.slice(v, [0, 0, 0], [2, 1, 2]), {
        atol: 1e-5,
        rtol: 1e-5,
      });
    });
  });

  it('is deterministic for a seed and the same on every backend', async () => {
    const { q, k, v } = inputs([2], 20, 8, 3, 4);
    const outs: tf.Tensor[] = [];
    await onEveryBackend(() => {
      outs.push(randomFeatureAttention(q, k, v, { numFeatures: 32, seed: 9 }));
    });
    const first = outs[0]!.arraySync();
    for (const out of outs) expectClose(out, first, { atol: 1e-5, rtol: 1e-5 });
    tf.dispose([...outs, q, k, v]);
  });

  it('stays finite with large logits, where the estimate breaks down', () => {
    tf.tidy(() => {
      const { q, k, v } = inputs([1], 32, 16, 4, 6, 3); // logits of size ~ 9² / 4 ≈ 20
      const out = randomFeatureAttention(q, k, v, { numFeatures: 64, seed: 2 });
      expect(out.dataSync().every(Number.isFinite)).toBe(true);
    });
  });

  it('names the function and the argument in its errors', () => {
    tf.tidy(() => {
      const { q, k, v } = inputs([1], 4, 4, 2, 1);
      expect(() => randomFeatureAttention(q, k, v, { numFeatures: 0, seed: 1 })).toThrow(
        "randomFeatureAttention: 'numFeatures' must be an integer >= 1, got 0",
      );
      expect(() => randomFeatureAttention(q, k, v, { numFeatures: 4 } as never)).toThrow(
        "randomFeatureAttention: 'seed' must be an integer in [0, 2^32), got undefined",
      );
      expect(() =>
        randomFeatureAttention(q, tf.zeros([1, 4, 3]), v, { numFeatures: 4, seed: 1 }),
      ).toThrow(/argument 'k' must have the same dK/);
    });
  });

  it('leaks no tensors', async () => {
    const { q, k, v } = inputs([2], 20, 4, 3, 1);
    for (const causal of [false, true]) {
      await expectNoLeaks(() =>
        randomFeatureAttention(q, k, v, { numFeatures: 16, seed: 3, causal }).dispose(),
      );
    }
    tf.dispose([q, k, v]);
  });
});
