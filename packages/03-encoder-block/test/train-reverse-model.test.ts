// tfjs-core alone registers no gradient functions: training runs on
// @mha/runtime's own, which trainReverseModel registers.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  evaluateReverseModel,
  reverseTaskSampler,
  type TrainingReport,
  trainReverseModel,
} from '../src/index.js';

// A tiny configuration: 5 content tokens, so guessing scores 1/5 = 20% per token.
const TASK = { vocabSize: 6, minLen: 2, maxLen: 5 };
const MODEL = { dModel: 16, numHeads: 2, dFF: 32, numLayers: 2 };
const heldOut = reverseTaskSampler(TASK, 99)(200);

describe('trainReverseModel', () => {
  it('learns: after 150 steps held-out token accuracy is far above chance (20%)', async () => {
    const before = tf.memory().numTensors;
    const reports: TrainingReport[] = [];
    const result = await trainReverseModel({
      task: TASK,
      model: MODEL,
      steps: 150,
      batchSize: 32,
      learningRate: 0.01,
      seed: 1,
      reportEvery: 50,
      heldOut,
      onProgress: (report) => reports.push(report),
    });
    // Progress arrives every 50 steps, with a loss and both accuracies.
    expect(reports.map((r) => r.step)).toEqual([50, 100, 150]);
    expect(result.reports).toEqual(reports);
    for (const r of reports) {
      expect(Number.isFinite(r.loss)).toBe(true);
      expect(r.accuracy).toBeGreaterThanOrEqual(0);
      expect(r.accuracy).toBeLessThanOrEqual(1);
      expect(r.heldOutAccuracy).toBeDefined();
    }
    // The loss falls: the first 10 steps average near ln 6 ≈ 1.8, the last 10 far lower.
    expect(result.losses).toHaveLength(150);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(result.losses.slice(-10))).toBeLessThan(0.7 * mean(result.losses.slice(0, 10)));
    // Measured on wasm: 69% held-out token accuracy at step 150. Require at least 2.5× chance.
    const { tokenAccuracy } = evaluateReverseModel(result.params, heldOut, { numHeads: 2 });
    expect(tokenAccuracy).toBe(reports.at(-1)!.heldOutAccuracy);
    expect(tokenAccuracy).toBeGreaterThan(0.5);
    // Only the trained variables are left; disposing them restores the count.
    expect(tf.memory().numTensors).toBe(before + result.variables.length);
    tf.dispose(result.variables);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('repeats itself for a seed', async () => {
    const run = async () => {
      const result = await trainReverseModel({
        task: TASK,
        model: MODEL,
        steps: 4,
        batchSize: 8,
        learningRate: 0.01,
        seed: 7,
      });
      tf.dispose(result.variables);
      return result.losses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
  });

  it('stops at the first report that reaches stopAtAccuracy', async () => {
    const result = await trainReverseModel({
      task: TASK,
      model: MODEL,
      steps: 100,
      batchSize: 8,
      learningRate: 0.01,
      seed: 3,
      reportEvery: 2,
      heldOut,
      stopAtAccuracy: 0, // any accuracy reaches 0
    });
    expect(result.losses).toHaveLength(2);
    expect(result.reports.map((r) => r.step)).toEqual([2]);
    tf.dispose(result.variables);
  });

  it('rejects bad options before building anything', async () => {
    const base = { task: TASK, model: MODEL, steps: 10, batchSize: 8, learningRate: 0.01, seed: 1 };
    const before = tf.memory().numTensors;
    await expect(trainReverseModel({ ...base, steps: 0 })).rejects.toThrow(
      "trainReverseModel: option 'steps' must be a positive integer, got 0",
    );
    await expect(trainReverseModel({ ...base, learningRate: -1 })).rejects.toThrow(
      "trainReverseModel: option 'learningRate' must be > 0, got -1",
    );
    await expect(trainReverseModel({ ...base, stopAtAccuracy: 0.9 })).rejects.toThrow(
      "trainReverseModel: option 'stopAtAccuracy' needs a 'heldOut' set to measure it on",
    );
    await expect(
      trainReverseModel({ ...base, task: { vocabSize: 6, minLen: 3, maxLen: 2 } }),
    ).rejects.toThrow('trainReverseModel: need integers 1 <= minLen <= maxLen');
    expect(tf.memory().numTensors).toBe(before);
  });
});
