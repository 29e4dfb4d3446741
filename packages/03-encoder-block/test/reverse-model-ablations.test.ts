import { expectClose } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  evaluateReverseModel,
  initReverseModel,
  reverseModel,
  reverseTaskSampler,
  trainReverseModel,
} from '../src/index.js';

const CONFIG = { vocabSize: 7, dModel: 8, numHeads: 2, dFF: 16, numLayers: 2 };

/** Largest absolute difference between two tensors of one shape. */
function maxGap(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]!);
}

describe('reverseModel without the positional encoding', () => {
  // Tokens [3, 1, 4, 2] then one pad; the permutation moves position i to PERM[i].
  const TOKENS = [3, 1, 4, 2, 0];
  const PERM = [2, 0, 3, 1]; // permuted[PERM[i]] = tokens[i]
  const permuted = [0, 0, 0, 0, 0];
  PERM.forEach((to, from) => {
    permuted[to] = TOKENS[from]!;
  });

  /** The valid logits of the permuted input, put back in the original order. */
  function unpermutedLogits(logits: tf.Tensor3D): tf.Tensor2D {
    const rows = PERM.map((to) => tf.slice(logits, [0, to, 0], [1, 1, CONFIG.vocabSize]));
    return tf.reshape(tf.concat(rows, 1), [4, CONFIG.vocabSize]); // [1, 4, vocab] -> [4, vocab]
  }

  it('is permutation-equivariant on the valid tokens; with PE it is not', () => {
    tf.tidy(() => {
      const params = initReverseModel(CONFIG, 11);
      const a = tf.tensor2d([TOKENS], undefined, 'int32');
      const b = tf.tensor2d([permuted], undefined, 'int32');
      for (const positionalEncoding of [false, true]) {
        const options = { numHeads: 2, positionalEncoding };
        const original = tf.slice(
          reverseModel(params, a, [4], options).logits,
          [0, 0, 0],
          [1, 4, CONFIG.vocabSize],
        ); // -> [1, 4, vocab]
        const back = unpermutedLogits(reverseModel(params, b, [4], options).logits);
        const gap = maxGap(tf.reshape(original, [4, CONFIG.vocabSize]), back);
        if (positionalEncoding) {
          // PE marks each position, so moving a token changes what the model computes for it.
          expect(gap).toBeGreaterThan(1e-2);
        } else {
          expect(gap).toBeLessThan(1e-5);
        }
      }
    });
  });

  it('cannot tell positions apart: a row of one repeated token gives the same logits everywhere', () => {
    // Without PE every position of [5, 5, 5, 5] has the same input vector, attends to the
    // same keys and so computes the same thing; PE makes the four rows differ.
    tf.tidy(() => {
      const params = initReverseModel(CONFIG, 12);
      const same = tf.tensor2d([[5, 5, 5, 5]], undefined, 'int32');
      for (const positionalEncoding of [false, true]) {
        const { logits } = reverseModel(params, same, [4], { numHeads: 2, positionalEncoding });
        const first = tf.slice(logits, [0, 0, 0], [1, 1, CONFIG.vocabSize]); // [1, 1, vocab]
        const gap = maxGap(logits, tf.tile(first, [1, 4, 1]));
        if (positionalEncoding) expect(gap).toBeGreaterThan(1e-2);
        else expect(gap).toBeLessThan(1e-5);
      }
    });
  });
});

describe('reverseModel without the padding mask', () => {
  it('gives padded keys attention weight > 0 in every block and head; with the mask, 0', () => {
    tf.tidy(() => {
      const params = initReverseModel(CONFIG, 13);
      const tokens = tf.tensor2d([[1, 2, 0, 0]], undefined, 'int32');
      for (const paddingMask of [false, true]) {
        const { attentionWeights } = reverseModel(params, tokens, [2], {
          numHeads: 2,
          paddingMask,
        });
        for (const weights of attentionWeights) {
          const onPads = tf.slice(weights, [0, 0, 0, 2], [1, 2, 4, 2]); // keys 2 and 3
          const smallest = tf.min(onPads).dataSync()[0]!;
          if (paddingMask) expect(tf.max(onPads).dataSync()[0]).toBe(0);
          else expect(smallest).toBeGreaterThan(1e-3);
          // Rows still sum to 1 either way.
          expectClose(tf.sum(weights, -1), tf.ones([1, 2, 4]));
        }
      }
    });
  });

  it('lets the padded tokens change the valid logits', () => {
    tf.tidy(() => {
      const params = initReverseModel(CONFIG, 14);
      const padded = tf.tensor2d([[3, 1, 4, 0, 0]], undefined, 'int32');
      const garbage = tf.tensor2d([[3, 1, 4, 6, 2]], undefined, 'int32');
      const valid = (t: tf.Tensor2D, paddingMask: boolean) =>
        tf.slice(reverseModel(params, t, [3], { numHeads: 2, paddingMask }).logits, 0, [
          1,
          3,
          CONFIG.vocabSize,
        ]); // -> [1, 3, vocab]
      expect(maxGap(valid(padded, true), valid(garbage, true))).toBeLessThan(1e-5);
      expect(maxGap(valid(padded, false), valid(garbage, false))).toBeGreaterThan(1e-3);
    });
  });
});

describe('the ablation options', () => {
  it('reject values that are not booleans, naming the option', () => {
    tf.tidy(() => {
      const params = initReverseModel(CONFIG, 15);
      const tokens = tf.tensor2d([[1, 2, 0]], undefined, 'int32');
      const bad = (options: object) => () =>
        reverseModel(params, tokens, [2], { numHeads: 2, ...options });
      expect(bad({ positionalEncoding: 'no' })).toThrow(
        "reverseModel: option 'positionalEncoding' must be a boolean, got no",
      );
      expect(bad({ paddingMask: 0 })).toThrow(
        "reverseModel: option 'paddingMask' must be a boolean, got 0",
      );
    });
  });

  it('are threaded through evaluateReverseModel', () => {
    const params = initReverseModel(CONFIG, 16);
    const batch = reverseTaskSampler({ vocabSize: 7, minLen: 2, maxLen: 6 }, 3)(16);
    const direct = (options: { positionalEncoding?: boolean; paddingMask?: boolean }) =>
      tf.tidy(() => {
        const tokens = tf.tensor2d(batch.tokens, undefined, 'int32');
        const { logits } = reverseModel(params, tokens, batch.lengths, {
          numHeads: 2,
          ...options,
        });
        return tf.argMax(logits, -1).arraySync() as number[][]; // -> [batch, seq]
      });
    const variants = [{}, { positionalEncoding: false }, { paddingMask: false }];
    const predictions = variants.map((options) => {
      const evaluated = evaluateReverseModel(params, batch, { numHeads: 2, ...options });
      expect(evaluated.predictions).toEqual(direct(options));
      return JSON.stringify(evaluated.predictions);
    });
    // The three variants predict differently, so the comparison above can tell them apart.
    expect(new Set(predictions).size).toBe(3);
    tf.dispose(params as unknown as tf.TensorContainer);
  });

  it('are threaded through trainReverseModel: the first loss (same weights, same batch) changes', async () => {
    const firstLoss = async (model: { positionalEncoding?: boolean; paddingMask?: boolean }) => {
      const result = await trainReverseModel({
        task: { vocabSize: 7, minLen: 2, maxLen: 6 },
        model: { dModel: 8, numHeads: 2, dFF: 16, numLayers: 1, ...model },
        steps: 1,
        batchSize: 8,
        learningRate: 1e-3,
        seed: 4,
      });
      tf.dispose(result.variables);
      return result.losses[0]!;
    };
    const full = await firstLoss({});
    expect(await firstLoss({ positionalEncoding: true, paddingMask: true })).toBe(full);
    expect(Math.abs((await firstLoss({ positionalEncoding: false })) - full)).toBeGreaterThan(1e-4);
    expect(Math.abs((await firstLoss({ paddingMask: false })) - full)).toBeGreaterThan(1e-4);
  });
});
