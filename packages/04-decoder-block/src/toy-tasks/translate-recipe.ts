import type { TranslatorTrainingOptions } from './train-translate.js';
import { translateTaskSampler } from './translate-data.js';

/** Size of the held-out set in {@link translateRecipe}. */
const HELD_OUT_SIZE = 500;
/** Seed of the held-out set; training draws from another stream and skips these sources. */
const HELD_OUT_SEED = 2024;

/**
 * A configuration of the reverse-and-translate task and model that learns fast on the wasm
 * backend. Override any part by spreading: `trainTranslator({ ...translateRecipe(), onProgress })`.
 *
 * @returns complete training options, held-out set included.
 */
export function translateRecipe(): TranslatorTrainingOptions & {
  heldOut: NonNullable<TranslatorTrainingOptions['heldOut']>;
} {
  const task = { numSymbols: 8, minLen: 2, maxLen: 8 };
  return {
    task,
    model: { dModel: 32, numHeads: 2, dFF: 64, numEncoderLayers: 1, numDecoderLayers: 1 },
    steps: 800,
    batchSize: 32,
    learningRate: 5e-3,
    warmupSteps: 50,
    seed: 1,
    reportEvery: 50,
    heldOut: translateTaskSampler(task, HELD_OUT_SEED)(HELD_OUT_SIZE),
    stopAtExactMatch: 0.99,
  };
}
