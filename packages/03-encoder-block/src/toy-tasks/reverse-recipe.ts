import { reverseTaskSampler } from './reverse-data.js';
import type { ReverseTrainingOptions } from './train-reverse.js';

/** Size of the held-out set in {@link reverseRecipe}. */
const HELD_OUT_SIZE = 500;
/** Seed of the held-out set; training draws from another stream and skips these sequences. */
const HELD_OUT_SEED = 2024;

/**
 * A configuration of the reversal task and model that learns fast on the wasm
 * backend: 9 content tokens, valid prefixes of 2 to 8 tokens, two post-LN
 * blocks of width 32 with 2 heads, Adam at 5e-3 on batches of 32. Training
 * stops once 500 held-out sequences reach 99% token accuracy (a few hundred steps;
 * steps and times are in docs/performance.md). The last block's heads then put most
 * of their weight on the mirrored key.
 *
 * Override any part by spreading: `trainReverseModel({ ...reverseRecipe(), onProgress })`.
 *
 * @returns complete training options, held-out set included.
 */
export function reverseRecipe(): ReverseTrainingOptions & {
  heldOut: NonNullable<ReverseTrainingOptions['heldOut']>;
} {
  const task = { vocabSize: 10, minLen: 2, maxLen: 8 };
  return {
    task,
    model: { dModel: 32, numHeads: 2, dFF: 64, numLayers: 2, normFirst: false },
    steps: 1500,
    batchSize: 32,
    learningRate: 5e-3,
    seed: 1,
    reportEvery: 25,
    heldOut: reverseTaskSampler(task, HELD_OUT_SEED)(HELD_OUT_SIZE),
    stopAtAccuracy: 0.99,
  };
}
