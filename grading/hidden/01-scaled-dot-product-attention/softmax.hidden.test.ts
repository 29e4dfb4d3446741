// Hidden tests: the teacher's grader runs them beside the visible ones; they are
// never copied into a student workspace. They live as if in the package's test/
// folder, so they import '../src/index.js'.
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { softmax } from '../src/index.js';

describe('softmax', () => {
  describe('hidden', () => {
    it('gives 1 for a row of one entry, whatever its value', () => {
      // softmax([x]) = e^x / e^x = 1, also for x = -1e4 where e^x underflows to 0.
      tf.tidy(() => {
        expectClose(softmax(tf.tensor3d([[[7]], [[-1e4]]])), [[[1]], [[1]]]);
      });
    });

    it('keeps precision for logits far below 0, where e^x underflows', () => {
      // e^-1000 is 0 in float32, so an unshifted softmax gives 0/0. Shifted by the
      // row maximum -1000: [0, -1] -> [1, e^-1] / (1 + e^-1) = [0.731059, 0.268941].
      tf.tidy(() => {
        const y = softmax(tf.tensor1d([-1000, -1001]));
        const e1 = Math.exp(-1);
        expectClose(y, [1 / (1 + e1), e1 / (1 + e1)]);
      });
    });

    it('shares equally between tied maxima', () => {
      // [ln 2, ln 2, 0] -> [2, 2, 1] / 5.
      tf.tidy(() => {
        const ln2 = Math.log(2);
        expectClose(softmax(tf.tensor2d([[ln2, ln2, 0]])), [[0.4, 0.4, 0.2]]);
      });
    });

    it('leaves its input usable and unchanged', async () => {
      const x = tf.tensor2d([
        [1, 2],
        [3, 4],
      ]);
      await expectNoLeaks(() => softmax(x).dispose(), 'softmax');
      expect(x.isDisposed).toBe(false);
      expectClose(x, [
        [1, 2],
        [3, 4],
      ]);
      x.dispose();
    });
  });
});
