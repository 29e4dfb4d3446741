import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { evaluateReverseModel, initReverseModel, type ReverseBatch } from '../src/index.js';

describe('evaluateReverseModel', () => {
  it('counts correct tokens over valid positions, and whole sequences', () => {
    // A classifier with W = 0 and b = 10 on token 3 predicts 3 everywhere, so the scores
    // can be counted by hand from the targets:
    //   row 1, length 3, targets [3, 1, 3]: 2 of 3 correct, not a whole sequence;
    //   row 2, length 2, targets [3, 3] (then padding, never scored): 2 of 2, whole.
    // tokens: 4 of 5 = 0.8; sequences: 1 of 2 = 0.5.
    const params = initReverseModel(
      { vocabSize: 5, dModel: 4, numHeads: 1, dFF: 4, numLayers: 1 },
      1,
    );
    tf.dispose(params.classifier);
    params.classifier = { w: tf.zeros([4, 5]), b: tf.tensor1d([0, 0, 0, 10, 0]) };
    const batch: ReverseBatch = {
      tokens: [
        [3, 1, 3],
        [3, 3, 0],
      ],
      targets: [
        [3, 1, 3],
        [3, 3, 0],
      ],
      lengths: [3, 2],
    };
    const result = evaluateReverseModel(params, batch, { numHeads: 1 });
    expect(result.tokenAccuracy).toBeCloseTo(0.8, 10);
    expect(result.sequenceAccuracy).toBeCloseTo(0.5, 10);
    expect(result.predictions).toEqual([
      [3, 3, 3],
      [3, 3, 3],
    ]);
    tf.dispose(params as unknown as tf.TensorContainer);
  });
});
