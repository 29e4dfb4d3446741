// The pieces of training the training script and the benchmark share: settings, the
// optimiser and the learning-rate schedule. The loop itself is @mha/runtime's.
import { type LearningRateSchedule, warmupCosine } from '@mha/runtime/training';
import * as tf from '@tensorflow/tfjs-core';
import type { GptConfig } from '../src/index.js';

/** Every setting, with its default; `--name value` on the command line overrides it. */
export const defaults = {
  dModel: 128,
  numLayers: 4,
  numHeads: 4,
  numKvHeads: 2,
  dFF: 512,
  seqLen: 128,
  batch: 16,
  steps: 3400,
  lr: 3e-3,
  minLr: 3e-4,
  warmup: 200,
  clip: 1,
  positional: 'rope' as GptConfig['positional'],
  seed: 6,
  evalEvery: 250,
  evalPoems: 400,
  checkpointEvery: 100,
  measure: 0,
  /** Where the shipped float16 weights go, from the package folder. */
  output: 'src/weights/tang-poet.bin',
  /** Where checkpoints go, from the package folder. */
  checkpoints: 'node_modules/.cache/mha-gpt/checkpoint',
};
export type Settings = typeof defaults;

export function parseArgs(argv: string[]): Settings {
  const settings: Record<string, number | string> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    const name = arg.replace(/^--/, '');
    if (!arg.startsWith('--') || !(name in defaults))
      throw new Error(`train: unknown option ${arg}`);
    const value = argv[++i];
    if (value === undefined) throw new Error(`train: option ${arg} needs a value`);
    settings[name] = typeof defaults[name as keyof Settings] === 'number' ? Number(value) : value;
  }
  return settings as Settings;
}

/** The learning rate of step 1, 2, …: linear warm-up to `lr`, then cosine decay to `minLr`. */
export function schedule(s: Settings): LearningRateSchedule {
  return warmupCosine({ peak: s.lr, warmupSteps: s.warmup, totalSteps: s.steps, floor: s.minLr });
}

/** Adam with β₂ = 0.95, as GPT-style models train. */
export function createOptimizer(s: Settings): tf.Optimizer {
  return tf.train.adam(s.lr, 0.9, 0.95, 1e-8);
}
