import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { reverseLoss } from '../src/index.js';

describe('reverseLoss', () => {
  it('is ln(vocabSize) for uniform logits', () => {
    // Every token has probability 1/4, so each scored position costs −ln(1/4) = ln 4 = 1.3862943611.
    tf.tidy(() => {
      const loss = reverseLoss(
        tf.zeros([2, 3, 4]),
        tf.tensor2d(
          [
            [1, 2, 0],
            [3, 0, 0],
          ],
          undefined,
          'int32',
        ),
        [3, 1],
      );
      expect(loss.shape).toEqual([]);
      expectClose(loss, Math.log(4));
    });
  });

  it('matches a case computed by hand, averaging over valid positions only', () => {
    // One sequence of length 2 (position 2 is padding), vocabSize 2.
    // pos 0: logits [0, ln 3] -> p = [1/4, 3/4], target 1: −ln(3/4) = 0.2876820725
    // pos 1: logits [0, 0]    -> p = [1/2, 1/2], target 0: −ln(1/2) = 0.6931471806
    // pos 2: padding, logits [100, −100] with target 1 would cost 200 if it were scored.
    // mean over the 2 valid positions: (0.2876820725 + 0.6931471806) / 2 = 0.4904146265
    tf.tidy(() => {
      const logits = tf.tensor3d([
        [
          [0, Math.log(3)],
          [0, 0],
          [100, -100],
        ],
      ]);
      const loss = reverseLoss(logits, tf.tensor2d([[1, 0, 1]], undefined, 'int32'), [2]);
      expectClose(loss, 0.4904146265);
    });
  });

  it('rejects targets or lengths that do not fit the logits', () => {
    tf.tidy(() => {
      const logits = tf.zeros([2, 3, 4]) as tf.Tensor3D;
      expect(() => reverseLoss(logits, tf.zeros([2, 4], 'int32'), [3, 3])).toThrow(
        "reverseLoss: argument 'targets' must have shape [2, 3], got [2, 4]",
      );
      expect(() => reverseLoss(logits, tf.zeros([1, 3], 'int32'), [3])).toThrow(
        "reverseLoss: argument 'logits' must have shape [1, *, *], got [2, 3, 4]",
      );
    });
  });

  it('leaks no tensors', async () => {
    const logits = tf.zeros([1, 2, 3]) as tf.Tensor3D;
    const targets = tf.zeros([1, 2], 'int32') as tf.Tensor2D;
    await expectNoLeaks(() => reverseLoss(logits, targets, [2]).dispose());
    tf.dispose([logits, targets]);
  });
});
