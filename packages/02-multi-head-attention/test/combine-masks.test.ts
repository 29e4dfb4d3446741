import { expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { combineMasks } from '../src/index.js';

// Bool tensors read back as 1 and 0.
const T = 1;
const F = 0;

describe('combineMasks', () => {
  it('ands padding and causal masks into [batch, 1, seq, seq] (worked by hand)', async () => {
    await onEveryBackend((backend) => {
      // Padding: sequence 0 has 3 real keys of 3, sequence 1 has 2.
      const padding = tf.tensor4d([[[[T, T, T]]], [[[T, T, F]]]], [2, 1, 1, 3], 'bool');
      const causal = tf.tensor4d(
        [
          [
            [
              [T, F, F],
              [T, T, F],
              [T, T, T],
            ],
          ],
        ],
        [1, 1, 3, 3],
        'bool',
      );
      const both = combineMasks(padding, causal);
      expect(both.shape).toEqual([2, 1, 3, 3]);
      // Sequence 1's last query may see keys 0 and 1 only: causal allows all three,
      // padding removes key 2.
      expect(both.arraySync(), backend).toEqual([
        [
          [
            [T, F, F],
            [T, T, F],
            [T, T, T],
          ],
        ],
        [
          [
            [T, F, F],
            [T, T, F],
            [T, T, F],
          ],
        ],
      ]);
      tf.dispose([padding, causal, both]);
    });
  });

  it('ands three masks of different ranks', () => {
    const a = tf.tensor2d([[T, T, F]], [1, 3], 'bool'); // [seqQ = 1, seqK = 3]
    const b = tf.tensor3d([[[T, F, T]], [[T, T, T]]], [2, 1, 3], 'bool'); // [batch, 1, seqK]
    const c = tf.tensor1d([T, T, T], 'bool'); // [seqK]
    const all = combineMasks(a, b, c);
    expect(all.arraySync()).toEqual([[[T, F, F]], [[T, T, F]]]);
    tf.dispose([a, b, c, all]);
  });

  it('returns a new tensor for a single mask', () => {
    const only = tf.tensor2d([[T, F]], [1, 2], 'bool');
    const copy = combineMasks(only);
    only.dispose();
    expect(copy.arraySync()).toEqual([[T, F]]); // still readable: not the same tensor
    copy.dispose();
  });

  it('names the argument, dtype and shapes in its errors', () => {
    const bool = tf.tensor2d([[T, F]], [1, 2], 'bool');
    const ones = tf.ones([1, 2]);
    const wrong = tf.tensor2d([[T, F, T]], [1, 3], 'bool');
    expect(() => combineMasks()).toThrow('combineMasks: needs at least one mask, got none');
    expect(() => combineMasks(bool, ones)).toThrow(
      "combineMasks: argument 'masks[1]' must be a bool tensor (true = may attend), got " +
        "dtype 'float32' and shape [1, 2]; convert a 0/1 mask with tf.cast(mask, 'bool')",
    );
    expect(() => combineMasks(bool, wrong)).toThrow(
      "combineMasks: the masks' shapes [1, 2], [1, 3] do not broadcast together " +
        '(axis −1 from the end differs)',
    );
    tf.dispose([bool, ones, wrong]);
  });

  it('leaks no tensors', async () => {
    const a = tf.tensor4d([T, F], [1, 1, 1, 2], 'bool');
    const b = tf.tensor4d([T, T, F, T], [1, 1, 2, 2], 'bool');
    await expectNoLeaks(() => combineMasks(a, b).dispose());
    await expectNoLeaks(() => combineMasks(a).dispose());
    tf.dispose([a, b]);
  });
});
