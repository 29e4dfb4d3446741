import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { backendsPresent } from './backend.js';
import {
  deriveSeed,
  glorotUniform,
  mulberry32,
  ones,
  seededNormal,
  seededUniform,
  zeros,
} from './init.js';

describe('mulberry32', () => {
  it('matches an independent implementation of the published algorithm', () => {
    // Reference integers from a separate Python transcription of mulberry32
    // (32-bit wrap-around arithmetic written out with & 0xffffffff), divided by 2^32.
    const zero = mulberry32(0);
    expect([zero(), zero(), zero()]).toEqual(
      [1144304738, 1416247, 958946056].map((v) => v / 2 ** 32),
    );
    const fortyTwo = mulberry32(42);
    expect([fortyTwo(), fortyTwo()]).toEqual([2581720956, 1925393290].map((v) => v / 2 ** 32));
  });

  it('is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('rejects a missing or fractional seed', () => {
    expect(() => mulberry32(1.5)).toThrow(
      "mulberry32: 'seed' must be an integer in [0, 2^32), got 1.5",
    );
    expect(() => mulberry32(Number.NaN)).toThrow('got NaN');
  });
});

describe('deriveSeed', () => {
  it('gives different, stable seeds for different paths', () => {
    expect(deriveSeed(1, 'wQ')).toBe(deriveSeed(1, 'wQ'));
    expect(deriveSeed(1, 'wQ')).not.toBe(deriveSeed(1, 'wK'));
    expect(deriveSeed(1, 'wQ')).not.toBe(deriveSeed(2, 'wQ'));
  });
});

describe('glorotUniform', () => {
  it('stays within ±sqrt(6 / (fanIn + fanOut)) and fills the range', () => {
    const w = glorotUniform([64, 32], 7);
    const limit = Math.sqrt(6 / 96);
    const values = Array.from(w.dataSync());
    expect(Math.max(...values)).toBeLessThanOrEqual(limit);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-limit);
    expect(Math.max(...values)).toBeGreaterThan(0.9 * limit);
    expect(Math.min(...values)).toBeLessThan(-0.9 * limit);
    // Uniform on [-L, L] has variance L^2 / 3.
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    expect(variance).toBeCloseTo(limit ** 2 / 3, 2);
    w.dispose();
  });

  it('gives bit-identical weights for the same seed on every backend present', async () => {
    const before = tf.getBackend();
    const results: Float32Array[] = [];
    for (const name of await backendsPresent()) {
      await tf.setBackend(name);
      const w = glorotUniform([5, 7], 123);
      results.push(w.dataSync() as Float32Array);
      w.dispose();
    }
    await tf.setBackend(before);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(Array.from(r)).toEqual(Array.from(results[0]!));
  });

  it('differs between seeds', () => {
    const a = glorotUniform([3, 3], 1);
    const b = glorotUniform([3, 3], 2);
    expect(Array.from(a.dataSync())).not.toEqual(Array.from(b.dataSync()));
    tf.dispose([a, b]);
  });

  it('rejects bad shapes and seeds', () => {
    expect(() => glorotUniform([0, 3], 1)).toThrow(
      "glorotUniform: 'shape' must hold positive integers, got [0, 3]",
    );
    expect(() => glorotUniform([2, 3], -1)).toThrow("'seed' must be an integer");
  });
});

describe('seeded data, zeros and ones', () => {
  it('seededNormal has roughly the requested mean and std', () => {
    const x = seededNormal([20000], 3, { mean: 2, std: 0.5 });
    const v = Array.from(x.dataSync());
    const mean = v.reduce((s, a) => s + a, 0) / v.length;
    const std = Math.sqrt(v.reduce((s, a) => s + (a - mean) ** 2, 0) / v.length);
    expect(mean).toBeCloseTo(2, 1);
    expect(std).toBeCloseTo(0.5, 1);
    x.dispose();
  });

  it('seededUniform respects its bounds and odd lengths', () => {
    const x = seededUniform([3, 3], 9, { min: 5, max: 6 });
    for (const v of x.dataSync()) {
      expect(v).toBeGreaterThanOrEqual(5);
      expect(v).toBeLessThan(6);
    }
    const y = seededNormal([3], 9);
    expect(y.shape).toEqual([3]);
    tf.dispose([x, y]);
  });

  it('zeros and ones are float32 of the given shape', () => {
    const z = zeros([2, 3]);
    const o = ones([4]);
    expect(z.dtype).toBe('float32');
    expect(Array.from(z.dataSync())).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Array.from(o.dataSync())).toEqual([1, 1, 1, 1]);
    tf.dispose([z, o]);
  });
});
