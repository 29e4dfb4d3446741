import { backendsPresent, expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { sinusoidalPositionalEncoding } from '../src/index.js';

/** The formula in double precision, for comparison: column c uses pair i = floor(c / 2). */
function reference(maxLen: number, dModel: number): number[][] {
  return Array.from({ length: maxLen }, (_, pos) =>
    Array.from({ length: dModel }, (_, c) => {
      const angle = pos / 10000 ** ((2 * Math.floor(c / 2)) / dModel);
      return c % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }),
  );
}

function rows(pe: tf.Tensor2D): number[][] {
  return pe.arraySync();
}

const initialBackend = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initialBackend);
});

describe('sinusoidalPositionalEncoding', () => {
  it('has shape [maxLen, dModel], for even and odd dModel', () => {
    for (const [maxLen, dModel] of [
      [1, 1],
      [7, 4],
      [3, 5],
      [50, 64],
    ] as const) {
      const pe = sinusoidalPositionalEncoding(maxLen, dModel);
      expect(pe.shape).toEqual([maxLen, dModel]);
      expect(pe.dtype).toBe('float32');
      pe.dispose();
    }
  });

  it('matches entries computed by hand (dModel = 4)', () => {
    // dModel = 4 has two pairs: ω₀ = 10000^(0/4) = 1 and ω₁ = 10000^(−2/4) = 1/100.
    // pos 0: every angle is 0, so [sin 0, cos 0, sin 0, cos 0] = [0, 1, 0, 1].
    // pos 1: [sin 1, cos 1, sin 0.01, cos 0.01] = [0.8414709848, 0.5403023059, 0.0099998333, 0.9999500004]
    // pos 2: [sin 2, cos 2, sin 0.02, cos 0.02] = [0.9092974268, −0.4161468365, 0.0199986667, 0.9998000067]
    const pe = sinusoidalPositionalEncoding(3, 4);
    expectClose(pe, [
      [0, 1, 0, 1],
      [0.8414709848, 0.5403023059, 0.0099998333, 0.9999500004],
      [0.9092974268, -0.4161468365, 0.0199986667, 0.9998000067],
    ]);
    pe.dispose();
  });

  it('matches entries computed by hand (dModel = 6, pos = 3)', () => {
    // ω = 10000^(−2i/6) for i = 0, 1, 2: 1, 0.0464158883, 0.0021544347.
    // Angles 3ω: 3, 0.1392476650, 0.0064633041.
    // Row: [sin 3, cos 3, sin 0.13925, cos 0.13925, sin 0.0064633, cos 0.0064633]
    //    = [0.1411200081, −0.9899924966, 0.1387981011, 0.9903206991, 0.0064632591, 0.9999791129]
    const pe = sinusoidalPositionalEncoding(4, 6);
    expectClose(
      tf.tidy(() => tf.slice(pe, [3, 0], [1, 6])),
      [[0.1411200081, -0.9899924966, 0.1387981011, 0.9903206991, 0.0064632591, 0.9999791129]],
    );
    pe.dispose();
  });

  it('handles an odd dModel: the last column is a lone sine, exponents use the real dModel', () => {
    // dModel = 5: ω = 10000^(−2i/5) for i = 0, 1, 2: 1, 0.0251188643, 0.0006309573.
    // pos 1: [sin 1, cos 1, sin 0.0251189, cos 0.0251189, sin 0.00063096]
    //      = [0.8414709848, 0.5403023059, 0.0251162229, 0.9996845379, 0.0006309573]
    const pe = sinusoidalPositionalEncoding(2, 5);
    expectClose(pe, [
      [0, 1, 0, 1, 0],
      [0.8414709848, 0.5403023059, 0.0251162229, 0.9996845379, 0.0006309573],
    ]);
    pe.dispose();
  });

  it('is made of unit-norm (sin, cos) pairs: PE(pos, 2i)² + PE(pos, 2i+1)² = 1', () => {
    const values = rows(sinusoidalPositionalEncoding(64, 16));
    for (const row of values) {
      for (let i = 0; i < 8; i++) {
        expect(row[2 * i]! ** 2 + row[2 * i + 1]! ** 2).toBeCloseTo(1, 5);
      }
      // so every row has squared norm dModel / 2 = 8
      expect(row.reduce((s, v) => s + v * v, 0)).toBeCloseTo(8, 4);
    }
  });

  it('makes PE(p)·PE(p + k) depend on the offset k only: Σᵢ cos(ωᵢ k)', () => {
    // sin(a)sin(b) + cos(a)cos(b) = cos(a − b), pair by pair.
    const dModel = 16;
    const values = rows(sinusoidalPositionalEncoding(40, dModel));
    const dot = (a: number[], b: number[]) => a.reduce((s, v, j) => s + v * b[j]!, 0);
    for (const k of [0, 1, 5, 17]) {
      const expected = Array.from({ length: dModel / 2 }, (_, i) =>
        Math.cos(k / 10000 ** ((2 * i) / dModel)),
      ).reduce((a, b) => a + b, 0);
      for (const p of [0, 3, 20]) {
        expect(dot(values[p]!, values[p + k]!)).toBeCloseTo(expected, 4);
      }
    }
  });

  it('stays accurate and bounded at large positions', () => {
    // float32 angles carry a relative error of about 6e-8, so at pos 4095 about 2.5e-4 in the
    // fastest sinusoid; the slow ones are far more accurate.
    const maxLen = 4096;
    const values = rows(sinusoidalPositionalEncoding(maxLen, 32));
    const expected = reference(maxLen, 32);
    const flat = values.flat();
    const exact = expected.flat();
    const largest = flat.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    const worstError = flat.reduce((m, v, j) => Math.max(m, Math.abs(v - exact[j]!)), 0);
    expect(largest).toBeLessThanOrEqual(1);
    expect(worstError).toBeLessThan(1e-3);
  });

  it('agrees with the double-precision formula on every backend present', async () => {
    for (const backend of await backendsPresent()) {
      await tf.setBackend(backend);
      const pe = sinusoidalPositionalEncoding(100, 12);
      expectClose(pe, reference(100, 12), { atol: 2e-5, rtol: 0, label: backend });
      pe.dispose();
    }
  });

  it('rejects a bad maxLen or dModel, naming the argument and the value', () => {
    expect(() => sinusoidalPositionalEncoding(0, 4)).toThrow(
      "sinusoidalPositionalEncoding: argument 'maxLen' must be a positive integer, got 0",
    );
    expect(() => sinusoidalPositionalEncoding(3, 2.5)).toThrow(
      "sinusoidalPositionalEncoding: argument 'dModel' must be a positive integer, got 2.5",
    );
    expect(() => sinusoidalPositionalEncoding(3, -4)).toThrow(
      "'dModel' must be a positive integer",
    );
  });

  it('leaks no tensors', async () => {
    await expectNoLeaks(() => sinusoidalPositionalEncoding(10, 7).dispose());
  });
});
