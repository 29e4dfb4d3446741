import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { mergeHeads } from '../src/index.js';

describe('mergeHeads', () => {
  it('gives [batch, seq, numHeads·dV]', () => {
    const x = tf.zeros([2, 4, 3, 5]) as tf.Tensor4D;
    const merged = mergeHeads(x);
    expect(merged.shape).toEqual([2, 3, 20]);
    tf.dispose([x, merged]);
  });

  it('lays head i into features i·dV … (i+1)·dV − 1 (worked by hand)', async () => {
    await onEveryBackend((backend) => {
      // Three heads of width dV = 2 over two positions; position t of the result is
      // head 0's row t, then head 1's, then head 2's.
      const heads = tf.tensor4d([
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
      ]);
      const merged = mergeHeads(heads);
      expectClose(
        merged,
        [
          [
            [0, 1, 2, 3, 4, 5],
            [10, 11, 12, 13, 14, 15],
          ],
        ],
        { atol: 0, rtol: 0, label: backend },
      );
      tf.dispose([heads, merged]);
    });
  });

  it('puts x[b, i, t, d] at feature i·dV + d of position t, for seeded data', () => {
    const [batch, numHeads, seq, dV] = [2, 3, 4, 5];
    const x = seededNormal([batch, numHeads, seq, dV], 11) as tf.Tensor4D;
    const merged = mergeHeads(x);
    const input = x.arraySync();
    const output = merged.arraySync();
    for (let b = 0; b < batch; b++)
      for (let i = 0; i < numHeads; i++)
        for (let t = 0; t < seq; t++)
          for (let d = 0; d < dV; d++)
            expect(output[b]![t]![i * dV + d]).toBe(input[b]![i]![t]![d]);
    tf.dispose([x, merged]);
  });

  it('names the argument and the shape in its error', () => {
    const x = tf.zeros([2, 3, 4]) as unknown as tf.Tensor4D;
    expect(() => mergeHeads(x)).toThrow(
      "mergeHeads: argument 'x' must have shape [batch, numHeads, seq, dV], got [2, 3, 4]",
    );
    x.dispose();
  });

  it('leaks no tensors', async () => {
    const x = seededNormal([2, 2, 3, 4], 1) as tf.Tensor4D;
    await expectNoLeaks(() => mergeHeads(x).dispose());
    x.dispose();
  });
});
