// Hidden tests: the teacher's grader runs them beside the visible ones; they are
// never copied into a student workspace. They live as if in the package's test/
// folder, so they import '../src/index.js'.
import { expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { mergeHeads, splitHeads } from '../src/index.js';

/** A nested array of `shape` whose entry at `index` is `value(index)`. */
function build(
  shape: number[],
  value: (index: number[]) => number,
  prefix: number[] = [],
): unknown {
  if (prefix.length === shape.length) return value(prefix);
  return Array.from({ length: shape[prefix.length]! }, (_, i) =>
    build(shape, value, [...prefix, i]),
  );
}

describe('splitHeads', () => {
  describe('hidden', () => {
    it('keeps batch entries and positions apart while it slices the features', () => {
      // x[b, t, f] = 100b + 10t + f, dModel 6, 3 heads, so dK = 2.
      // Head h takes features 2h and 2h + 1: out[b, h, t, d] = x[b, t, 2h + d] = 100b + 10t + 2h + d.
      tf.tidy(() => {
        const x = tf.tensor3d(
          build([2, 4, 6], ([b, t, f]) => 100 * b! + 10 * t! + f!) as number[][][],
        );
        const heads = splitHeads(x, 3);
        expect(heads.shape).toEqual([2, 3, 4, 2]);
        expect(heads.arraySync()).toEqual(
          build([2, 3, 4, 2], ([b, h, t, d]) => 100 * b! + 10 * t! + 2 * h! + d!),
        );
      });
    });

    it('gives one feature per head when numHeads = dModel', () => {
      // dK = 1: out[0, h, t, 0] = x[0, t, h]; x = [[1, 2, 3], [4, 5, 6]] -> heads [1,4], [2,5], [3,6].
      tf.tidy(() => {
        const heads = splitHeads(
          tf.tensor3d([
            [
              [1, 2, 3],
              [4, 5, 6],
            ],
          ]),
          3,
        );
        expect(heads.arraySync()).toEqual([
          [
            [[1], [4]],
            [[2], [5]],
            [[3], [6]],
          ],
        ]);
      });
    });

    it('leaves its input usable', async () => {
      const x = tf.ones([1, 2, 4]) as tf.Tensor3D;
      await expectNoLeaks(() => splitHeads(x, 2).dispose(), 'splitHeads');
      expect(x.isDisposed).toBe(false);
      x.dispose();
    });
  });
});

describe('mergeHeads', () => {
  describe('hidden', () => {
    it('lays heads side by side for every batch entry and position', () => {
      // x[b, h, t, d] = 1000b + 100h + 10t + d with 3 heads of width dV = 2:
      // out[b, t, 2h + d] = x[b, h, t, d].
      tf.tidy(() => {
        const x = tf.tensor4d(
          build(
            [2, 3, 4, 2],
            ([b, h, t, d]) => 1000 * b! + 100 * h! + 10 * t! + d!,
          ) as number[][][][],
        );
        const merged = mergeHeads(x);
        expect(merged.shape).toEqual([2, 4, 6]);
        expect(merged.arraySync()).toEqual(
          build(
            [2, 4, 6],
            ([b, t, f]) => 1000 * b! + 100 * Math.floor(f! / 2) + 10 * t! + (f! % 2),
          ),
        );
      });
    });

    it('is a plain reshape for one head', () => {
      // [1, 1, 2, 3] -> [1, 2, 3] with the same numbers in the same order.
      tf.tidy(() => {
        const merged = mergeHeads(
          tf.tensor4d([
            [
              [
                [1, 2, 3],
                [4, 5, 6],
              ],
            ],
          ]),
        );
        expect(merged.arraySync()).toEqual([
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
        ]);
      });
    });
  });
});
