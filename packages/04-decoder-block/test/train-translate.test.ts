import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  evaluateTranslator,
  type TranslatorReport,
  trainTranslator,
  translateTaskSampler,
} from '../src/index.js';

describe('trainTranslator', () => {
  it('a tiny model learns the task far beyond chance in a short run, leaking nothing', async () => {
    // Chance: 1 of 5 symbols per position (4 symbols + EOS), so a whole sequence of 2 or 3
    // symbols plus EOS is right with probability at most 1/125.
    const task = { numSymbols: 4, minLen: 2, maxLen: 3 };
    const heldOut = translateTaskSampler(task, 99)(60);
    const reports: TranslatorReport[] = [];
    const before = tf.memory().numTensors;
    const result = await trainTranslator({
      task,
      model: { dModel: 16, numHeads: 2, dFF: 32, numEncoderLayers: 1, numDecoderLayers: 1 },
      steps: 150,
      batchSize: 32,
      learningRate: 1e-2,
      seed: 3,
      reportEvery: 50,
      heldOut,
      onProgress: (r) => reports.push(r),
    });
    expect(reports.map((r) => r.step)).toEqual([50, 100, 150]);
    expect(result.losses).toHaveLength(150);
    expect(result.losses.slice(-10).reduce((s, l) => s + l, 0) / 10).toBeLessThan(
      result.losses[0]! / 3,
    );
    const evaluation = evaluateTranslator(result.params, heldOut);
    expect(evaluation.tokenAccuracy).toBeGreaterThan(0.7);
    expect(evaluation.exactMatch).toBeGreaterThan(0.3); // chance: < 0.01
    tf.dispose(result.variables);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects bad options', async () => {
    const base = {
      task: { numSymbols: 4, minLen: 2, maxLen: 3 },
      model: { dModel: 8, numHeads: 2, dFF: 8, numEncoderLayers: 1, numDecoderLayers: 1 },
      steps: 1,
      batchSize: 2,
      learningRate: 1e-2,
      seed: 1,
    };
    await expect(trainTranslator({ ...base, learningRate: 0 })).rejects.toThrow(
      "trainTranslator: option 'learningRate' must be > 0, got 0",
    );
    await expect(trainTranslator({ ...base, stopAtExactMatch: 0.9 })).rejects.toThrow(
      "trainTranslator: option 'stopAtExactMatch' needs a 'heldOut' set",
    );
    await expect(trainTranslator({ ...base, warmupSteps: 1 })).rejects.toThrow(
      "trainTranslator: option 'warmupSteps' must be an integer in [0, steps), got 1",
    );
  });
});
