import { readFileSync } from 'node:fs';
import { evaluateTranslator, translateRecipe } from '@mha/decoder-block';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, test } from 'vitest';
import {
  loadTranslator,
  serializeTranslator,
  type TranslatorWeightsFile,
} from '../src/translator-weights.ts';

const file = JSON.parse(
  readFileSync(new URL('../public/translator-model.json', import.meta.url), 'utf8'),
) as TranslatorWeightsFile;

describe('the shipped translator weights', () => {
  test('generate the held-out sequences as well as their file claims', () => {
    const before = tf.memory().numTensors;
    const params = loadTranslator(file);
    const recipe = translateRecipe();
    expect(file.config.srcVocabSize).toBe(recipe.task.numSymbols + 1);
    expect(file.config.maxLen).toBe(recipe.task.maxLen + 1);
    const evaluation = evaluateTranslator(params, recipe.heldOut);
    expect(evaluation.exactMatch).toBeGreaterThanOrEqual(0.99);
    expect(evaluation.exactMatch).toBeCloseTo(Number(file.provenance.heldOutExactMatch), 4);
    tf.dispose(params as unknown as tf.TensorContainer);
    expect(tf.memory().numTensors).toBe(before);
  });

  test('survive a round trip through serializeTranslator and loadTranslator', () => {
    const params = loadTranslator(file);
    expect(serializeTranslator(params, file.provenance)).toEqual(file);
    tf.dispose(params as unknown as tf.TensorContainer);
  });

  test('loadTranslator names what is wrong with a bad file, and leaks nothing', () => {
    const before = tf.memory().numTensors;
    expect(() => loadTranslator({ ...file, format: 'other' as 'mha-translator-model' })).toThrow(
      "loadTranslator: expected format 'mha-translator-model' version 1",
    );
    const { tgtEmbedding: _, ...rest } = file.tensors;
    expect(() => loadTranslator({ ...file, tensors: rest })).toThrow(
      "loadTranslator: tensor 'tgtEmbedding' is missing",
    );
    const wrongShape = {
      ...file.tensors,
      'generator.b': { shape: [3], float32Base64: 'AAAAAA==' },
    };
    expect(() => loadTranslator({ ...file, tensors: wrongShape })).toThrow(
      "loadTranslator: tensor 'generator.b' has shape [3], the model needs [11]",
    );
    const short = { ...file.tensors, 'generator.b': { shape: [11], float32Base64: 'AAAAAA==' } };
    expect(() => loadTranslator({ ...file, tensors: short })).toThrow(
      "loadTranslator: tensor 'generator.b' has 1 values, its shape [11] needs 11",
    );
    const extra = {
      ...file.tensors,
      'decoderBlocks.1.norm1.gamma': file.tensors['decoderNorm.gamma']!,
    };
    expect(() => loadTranslator({ ...file, tensors: extra })).toThrow(
      "loadTranslator: tensor 'decoderBlocks.1.norm1.gamma' is not part of the model",
    );
    expect(tf.memory().numTensors).toBe(before);
  });
});
