import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { splitHeads } from '../src/index.js';

describe('splitHeads', () => {
  it('gives [batch, numHeads, seq, dK]', () => {
    const x = tf.zeros([2, 3, 8]) as tf.Tensor3D;
    const heads = splitHeads(x, 4);
    expect(heads.shape).toEqual([2, 4, 3, 2]);
    tf.dispose([x, heads]);
  });

  it('hands head i the features i·dK … (i+1)·dK − 1 (worked by hand)', async () => {
    await onEveryBackend((backend) => {
      // One sequence of two positions, dModel 6, three heads, so dK = 6 / 3 = 2:
      // head 0 gets features 0–1, head 1 features 2–3, head 2 features 4–5.
      const x = tf.tensor3d([
        [
          [0, 1, 2, 3, 4, 5],
          [10, 11, 12, 13, 14, 15],
        ],
      ]);
      const heads = splitHeads(x, 3);
      expectClose(
        heads,
        [
          [
            [
              [0, 1],
              [10, 11],
            ],
            [
              [2, 3],
              [12, 13],
            ],
            [
              [4, 5],
              [14, 15],
            ],
          ],
        ],
        { atol: 0, rtol: 0, label: backend },
      );
      tf.dispose([x, heads]);
    });
  });

  it('matches column slices of seeded data, head by head', () => {
    const x = seededNormal([2, 5, 12], 7) as tf.Tensor3D;
    const heads = splitHeads(x, 4); // dK = 3
    for (let i = 0; i < 4; i++) {
      const head = tf.slice(heads, [0, i, 0, 0], [2, 1, 5, 3]);
      const columns = tf.slice(x, [0, 0, 3 * i], [2, 5, 3]);
      expectClose(tf.reshape(head, [2, 5, 3]), columns, { atol: 0, rtol: 0, label: `head ${i}` });
      tf.dispose([head, columns]);
    }
    tf.dispose([x, heads]);
  });

  it('keeps every value with one head', () => {
    const x = seededNormal([1, 4, 6], 3) as tf.Tensor3D;
    const heads = splitHeads(x, 1);
    expect(heads.shape).toEqual([1, 1, 4, 6]);
    expectClose(tf.reshape(heads, [1, 4, 6]), x, { atol: 0, rtol: 0 });
    tf.dispose([x, heads]);
  });

  it('names the argument, the value and the shape in its errors', () => {
    const flat = tf.zeros([2, 6]) as unknown as tf.Tensor3D;
    const x = tf.zeros([1, 2, 6]) as tf.Tensor3D;
    expect(() => splitHeads(flat, 2)).toThrow(
      "splitHeads: argument 'x' must have shape [batch, seq, dModel], got [2, 6]",
    );
    expect(() => splitHeads(x, 4)).toThrow(
      "splitHeads: argument 'numHeads' must be a positive integer dividing dModel, " +
        'got numHeads = 4 and dModel = 6 (x [1, 2, 6])',
    );
    expect(() => splitHeads(x, 0)).toThrow('got numHeads = 0 and dModel = 6');
    expect(() => splitHeads(x, 1.5)).toThrow('got numHeads = 1.5 and dModel = 6');
    tf.dispose([flat, x]);
  });

  it('leaks no tensors', async () => {
    const x = seededNormal([2, 3, 8], 1) as tf.Tensor3D;
    await expectNoLeaks(() => splitHeads(x, 2).dispose());
    x.dispose();
  });
});
