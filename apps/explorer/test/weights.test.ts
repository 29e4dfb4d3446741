import { readFileSync } from 'node:fs';
import { evaluateReverseModel, reverseRecipe } from '@mha/encoder-block';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, test } from 'vitest';
import {
  loadReverseModel,
  type ReverseWeightsFile,
  serializeReverseModel,
} from '../src/weights.ts';

const file = JSON.parse(
  readFileSync(new URL('../public/reverse-model.json', import.meta.url), 'utf8'),
) as ReverseWeightsFile;

describe('the shipped reversal weights', () => {
  test('reach the accuracy their file claims on the held-out set', () => {
    const before = tf.memory().numTensors;
    const params = loadReverseModel(file);
    const recipe = reverseRecipe();
    expect(file.config).toEqual({ ...recipe.model, vocabSize: recipe.task.vocabSize });
    const evaluation = evaluateReverseModel(params, recipe.heldOut, file.config);
    expect(evaluation.tokenAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(evaluation.tokenAccuracy).toBeCloseTo(Number(file.provenance.heldOutTokenAccuracy), 4);
    tf.dispose(params as unknown as tf.TensorContainer);
    expect(tf.memory().numTensors).toBe(before);
  });

  test('survive a round trip through serializeReverseModel and loadReverseModel', () => {
    const params = loadReverseModel(file);
    const again = serializeReverseModel(params, file.config, file.provenance);
    expect(again).toEqual(file);
    tf.dispose(params as unknown as tf.TensorContainer);
  });

  test('loadReverseModel names what is wrong with a bad file', () => {
    expect(() => loadReverseModel({ ...file, format: 'other' as 'mha-reverse-model' })).toThrow(
      "loadReverseModel: expected format 'mha-reverse-model' version 1",
    );
    const { embedding: _, ...rest } = file.tensors;
    expect(() => loadReverseModel({ ...file, tensors: rest })).toThrow(
      "loadReverseModel: tensor 'embedding' is missing",
    );
    const short = { ...file.tensors, 'classifier.b': { shape: [10], float32Base64: 'AAAAAA==' } };
    expect(() => loadReverseModel({ ...file, tensors: short })).toThrow(
      "loadReverseModel: tensor 'classifier.b' has 1 values, its shape [10] needs 10",
    );
  });
});
