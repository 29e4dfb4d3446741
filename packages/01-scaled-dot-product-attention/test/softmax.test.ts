import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { softmax } from '../src/index.js';

const LN2 = Math.log(2);
const LN3 = Math.log(3);

describe('softmax', () => {
  describe('shapes', () => {
    it('keeps the shape, for rank 1 to 4', () => {
      for (const shape of [[5], [2, 3], [2, 3, 4], [2, 1, 3, 2]]) {
        tf.tidy(() => {
          const y = softmax(tf.zeros(shape));
          expect(y.shape).toEqual(shape);
          expect(y.dtype).toBe('float32');
        });
      }
    });

    it('works along the last axis only', () => {
      tf.tidy(() => {
        // A column of equal numbers must not matter: each row is normalised on its own.
        const y = softmax(
          tf.tensor2d([
            [0, 0],
            [5, 5],
          ]),
        );
        expectClose(y, [
          [0.5, 0.5],
          [0.5, 0.5],
        ]);
      });
    });
  });

  describe('a hand-computed case', () => {
    it('turns [0, ln 2, ln 3] into [1/6, 2/6, 3/6]', () => {
      // e^0 = 1, e^(ln 2) = 2, e^(ln 3) = 3; the sum is 1 + 2 + 3 = 6.
      // Second row: [ln 3, ln 3, 0] -> [3, 3, 1] / 7.
      tf.tidy(() => {
        const y = softmax(
          tf.tensor2d([
            [0, LN2, LN3],
            [LN3, LN3, 0],
          ]),
        );
        expectClose(y, [
          [1 / 6, 2 / 6, 3 / 6],
          [3 / 7, 3 / 7, 1 / 7],
        ]);
      });
    });
  });

  describe('numerical edge cases', () => {
    it('handles logits of ±1e4 without overflow, where the naive formula gives NaN', () => {
      tf.tidy(() => {
        const x = tf.tensor2d([
          [1e4, 0, -1e4],
          [1e4, 1e4, 1e4],
          [-1e4, -1e4, -1e4],
        ]);
        // Naive e^x / sum(e^x): e^1e4 = Infinity in float32, and Infinity / Infinity = NaN.
        const naive = tf.div(tf.exp(x), tf.sum(tf.exp(x), -1, true));
        expect(Number.isNaN(naive.dataSync()[0]!)).toBe(true);
        // Shifted by the row maximum: [0, -1e4, -2e4] -> [1, e^-1e4, e^-2e4] = [1, 0, 0].
        const y = softmax(x);
        expect(Array.from(y.dataSync()).every(Number.isFinite)).toBe(true);
        expectClose(y, [
          [1, 0, 0],
          [1 / 3, 1 / 3, 1 / 3],
          [1 / 3, 1 / 3, 1 / 3],
        ]);
      });
    });

    it('gives exactly 0 to a -Infinity entry when the row has a finite one', () => {
      // [0, -inf, ln 3] -> [1, 0, 3] / 4.
      tf.tidy(() => {
        const y = softmax(tf.tensor1d([0, Number.NEGATIVE_INFINITY, LN3]));
        expect(y.dataSync()[1]).toBe(0);
        expectClose(y, [0.25, 0, 0.75]);
      });
    });

    it('matches tf.softmax on seeded logits of several scales', () => {
      for (const std of [0.1, 1, 30]) {
        tf.tidy(() => {
          const x = seededNormal([3, 4, 7], 11, { std });
          expectClose(softmax(x), tf.softmax(x), { label: `std ${std}` });
        });
      }
    });
  });

  describe('invariants', () => {
    it('gives rows of non-negative numbers that sum to 1', () => {
      tf.tidy(() => {
        const y = softmax(seededNormal([2, 5, 6], 3, { std: 4 }));
        expect(Math.min(...y.dataSync())).toBeGreaterThanOrEqual(0);
        expectClose(tf.sum(y, -1), tf.ones([2, 5]));
      });
    });

    it('is unchanged when a constant is added to every entry of a row', () => {
      tf.tidy(() => {
        const x = seededNormal([4, 5], 5, { std: 2 });
        const perRow = tf.tensor2d([[100], [-50], [0.25], [7]]); // [4, 1], one constant per row
        // x + 100 is rounded to float32's spacing near 100 (about 8e-6), hence rtol 1e-4.
        expectClose(softmax(tf.add(x, perRow)), softmax(x), { atol: 1e-6, rtol: 1e-4 });
      });
    });

    it('permutes its output when the entries are permuted', () => {
      tf.tidy(() => {
        const x = tf.tensor1d([0.3, -1.2, 2.5, 0.8]);
        const order = tf.tensor1d([2, 0, 3, 1], 'int32');
        expectClose(softmax(tf.gather(x, order)), tf.gather(softmax(x), order));
      });
    });
  });

  describe('errors', () => {
    it('rejects a scalar', () => {
      const x = tf.scalar(1);
      expect(() => softmax(x)).toThrow(
        "softmax: argument 'x' must have rank >= 1 ([..., n]), got shape []",
      );
      x.dispose();
    });

    it('rejects a dtype other than float32', () => {
      const x = tf.tensor1d([1, 2], 'int32');
      expect(() => softmax(x)).toThrow("softmax: argument 'x' must be float32, got dtype 'int32'");
      x.dispose();
    });
  });

  describe('no leaks', () => {
    it('frees every intermediate tensor', async () => {
      const x = seededNormal([2, 3, 4], 1);
      const scalar = tf.scalar(0);
      await expectNoLeaks(() => softmax(x).dispose(), 'softmax');
      await expectNoLeaks(() => expect(() => softmax(scalar)).toThrow(), 'softmax (error)');
      tf.dispose([x, scalar]);
    });
  });
});
