// Hidden tests: the teacher's grader runs them beside the visible ones; they are
// never copied into a student workspace. They live as if in the package's test/
// folder, so they import '../src/index.js'.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { causalMask, combineMasks, paddingMask } from '../src/index.js';

const T = true;
const F = false;

/** A bool tensor's entries as booleans, nested like the tensor. */
function bools(mask: tf.Tensor): unknown {
  const toBool = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(toBool) : v === 1 || v === true;
  return toBool(mask.arraySync());
}

describe('paddingMask', () => {
  describe('hidden', () => {
    it('handles a length of 0 and a length of seqK', () => {
      // lengths [0, 3, 1], seqK 3: key j of sequence b is real when j < lengths[b].
      tf.tidy(() => {
        const mask = paddingMask([0, 3, 1], 3);
        expect(mask.dtype).toBe('bool');
        expect(mask.shape).toEqual([3, 1, 1, 3]);
        expect(bools(mask)).toEqual([[[[F, F, F]]], [[[T, T, T]]], [[[T, F, F]]]]);
      });
    });
  });
});

describe('causalMask', () => {
  describe('hidden', () => {
    it('handles more keys than queries, and more queries than keys', () => {
      // Query i sees key j when j <= i.
      tf.tidy(() => {
        expect(bools(causalMask(2, 4))).toEqual([
          [
            [
              [T, F, F, F],
              [T, T, F, F],
            ],
          ],
        ]);
        expect(bools(causalMask(4, 2))).toEqual([
          [
            [
              [T, F],
              [T, T],
              [T, T],
              [T, T],
            ],
          ],
        ]);
      });
    });

    it('lets a single query see the single key', () => {
      tf.tidy(() => {
        expect(bools(causalMask(1))).toEqual([[[[T]]]]);
      });
    });
  });
});

describe('combineMasks', () => {
  describe('hidden', () => {
    it('broadcasts a [seqQ, seqK] mask against a [batch, 1, 1, seqK] one', () => {
      // a = [[T, F], [T, T]] (per query), b = [[[[T, T]]], [[[F, T]]]] (per sequence).
      // a AND b, for sequence 0: a itself; for sequence 1: column 0 cleared.
      tf.tidy(() => {
        const a = tf.tensor2d(
          [
            [T, F],
            [T, T],
          ],
          [2, 2],
          'bool',
        );
        const b = tf.tensor4d([[[[T, T]]], [[[F, T]]]], [2, 1, 1, 2], 'bool');
        const both = combineMasks(a, b);
        expect(both.shape).toEqual([2, 1, 2, 2]);
        expect(bools(both)).toEqual([
          [
            [
              [T, F],
              [T, T],
            ],
          ],
          [
            [
              [F, F],
              [F, T],
            ],
          ],
        ]);
      });
    });

    it('leaves its inputs usable', () => {
      const a = tf.tensor2d([[T, F]], [1, 2], 'bool');
      const b = tf.tensor2d([[T, T]], [1, 2], 'bool');
      tf.tidy(() => {
        expect(bools(combineMasks(a, b))).toEqual([[T, F]]);
      });
      expect([a.isDisposed, b.isDisposed]).toEqual([false, false]);
      tf.dispose([a, b]);
    });
  });
});
