import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { expectNoLeaks, onEveryBackend } from '../testing/index.js';
import { blockWindows } from './block-windows.js';

describe('blockWindows', () => {
  it('lays out windows of rows, zeros outside, the block axis first', () =>
    onEveryBackend(async () => {
      // one [5, 1] matrix: rows 1 … 5
      const t = tf.tensor3d([[[1], [2], [3], [4], [5]]]);
      // step 2, 3 windows of 6 rows starting 2 rows before row 0:
      // window b covers rows 2b − 2 … 2b + 3
      const options = { step: 2, count: 3, before: 2, width: 6 };
      await expectNoLeaks(() => blockWindows(t, options).dispose()); // one tensor out, nothing else
      const windows = blockWindows(t, options);
      expect(windows.shape).toEqual([3, 1, 6, 1]);
      expect((windows.arraySync() as number[][][][]).map((w) => w[0]!.flat())).toEqual([
        [0, 0, 1, 2, 3, 4],
        [1, 2, 3, 4, 5, 0],
        [3, 4, 5, 0, 0, 0],
      ]);
      tf.dispose([t, windows]);
    }));

  it('rejects windows that are not whole blocks', () => {
    const t = tf.zeros([1, 4, 2]) as tf.Tensor3D;
    expect(() => blockWindows(t, { step: 2, count: 2, before: 1, width: 4 })).toThrow(
      /blockWindows: 'step' \(> 0\), 'count', 'before' and 'width' must be whole numbers/,
    );
    t.dispose();
  });
});
