import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { initReverseModel, reverseModel } from '../src/index.js';

const CONFIG = { vocabSize: 7, dModel: 8, numHeads: 2, dFF: 16, numLayers: 2 };

describe('reverseModel', () => {
  it('returns logits [batch, seq, vocabSize] and one attention map per block', () => {
    tf.tidy(() => {
      for (const normFirst of [false, true]) {
        const params = initReverseModel({ ...CONFIG, normFirst }, 1);
        expect(params.finalNorm !== undefined).toBe(normFirst); // pre-LN models get a final norm
        const tokens = tf.tensor2d(
          [
            [1, 2, 3, 0],
            [4, 5, 0, 0],
          ],
          undefined,
          'int32',
        );
        const { logits, attentionWeights } = reverseModel(params, tokens, [3, 2], {
          numHeads: 2,
          normFirst,
        });
        expect(logits.shape).toEqual([2, 4, 7]);
        expect(attentionWeights.map((w) => w.shape)).toEqual([
          [2, 2, 4, 4],
          [2, 2, 4, 4],
        ]);
      }
    });
  });

  it('cannot see past the valid prefix: padded tokens never change the valid logits', () => {
    tf.tidy(() => {
      const params = initReverseModel(CONFIG, 2);
      const padded = tf.tensor2d([[3, 1, 4, 0, 0]], undefined, 'int32');
      const garbage = tf.tensor2d([[3, 1, 4, 6, 2]], undefined, 'int32');
      const a = reverseModel(params, padded, [3], { numHeads: 2 }).logits;
      const b = reverseModel(params, garbage, [3], { numHeads: 2 }).logits;
      expectClose(tf.slice(b, [0, 0, 0], [1, 3, 7]), tf.slice(a, [0, 0, 0], [1, 3, 7]));
      // Without the lengths the model would see them: treating all 5 as valid changes the logits.
      const unmasked = reverseModel(params, garbage, [5], { numHeads: 2 }).logits;
      const gap = tf.max(
        tf.abs(tf.sub(tf.slice(unmasked, [0, 0, 0], [1, 3, 7]), tf.slice(a, [0, 0, 0], [1, 3, 7]))),
      );
      expect(gap.dataSync()[0]).toBeGreaterThan(1e-3);
    });
  });

  it('gives keys beyond each length zero attention in every block and head', () => {
    tf.tidy(() => {
      const params = initReverseModel(CONFIG, 3);
      const tokens = tf.tensor2d([[1, 2, 0, 0]], undefined, 'int32');
      for (const weights of reverseModel(params, tokens, [2], { numHeads: 2 }).attentionWeights) {
        expectClose(tf.slice(weights, [0, 0, 0, 2], [1, 2, 4, 2]), tf.zeros([1, 2, 4, 2]), {
          atol: 0,
          rtol: 0,
        });
      }
    });
  });

  it('rejects tokens that do not match the lengths', () => {
    tf.tidy(() => {
      const params = initReverseModel(CONFIG, 4);
      const tokens = tf.tensor2d([[1, 2, 0]], undefined, 'int32');
      expect(() => reverseModel(params, tokens, [2, 3], { numHeads: 2 })).toThrow(
        "reverseModel: argument 'tokens' must have shape [2, *], got [1, 3]",
      );
    });
  });

  it('leaks no tensors', async () => {
    const params = initReverseModel(CONFIG, 5);
    const tokens = tf.tensor2d([[1, 2, 0]], undefined, 'int32');
    await expectNoLeaks(() => {
      const { logits, attentionWeights } = reverseModel(params, tokens, [2], { numHeads: 2 });
      tf.dispose([logits, ...attentionWeights]);
    });
    tf.dispose([params, tokens] as unknown as tf.TensorContainer);
  });
});
