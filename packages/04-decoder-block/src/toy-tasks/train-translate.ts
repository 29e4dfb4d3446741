import { deriveSeed } from '@mha/runtime';
import { maskedCrossEntropy, toVariables, train, warmupCosine } from '@mha/runtime/training';
import * as tf from '@tensorflow/tfjs-core';
import { greedyDecode } from '../generate.js';
import {
  initTransformer,
  type TransformerConfig,
  type TransformerParams,
  transformer,
} from '../transformer.js';
import {
  BOS,
  checkTranslateTaskConfig,
  EOS,
  type TranslateBatch,
  type TranslateTaskConfig,
  translateTaskSampler,
  translateVocabSizes,
} from './translate-data.js';

/** The model sizes the trainer takes; vocabularies, maxLen and seed come from elsewhere. */
export type TranslatorModelConfig = Omit<
  TransformerConfig,
  'srcVocabSize' | 'tgtVocabSize' | 'maxLen' | 'seed'
>;

/** Everything {@link trainTranslator} needs. */
export interface TranslatorTrainingOptions {
  /** The task: symbols and lengths. */
  task: TranslateTaskConfig;
  /** The model's sizes. */
  model: TranslatorModelConfig;
  /** Maximum number of optimiser steps. */
  steps: number;
  /** Sequences per step. */
  batchSize: number;
  /** Adam's peak learning rate. */
  learningRate: number;
  /**
   * Steps of linear warm-up from 0 to `learningRate`; after them the rate falls along half a
   * cosine to a tenth of it at step `steps` (`warmupCosine`). Default 0 (no warm-up, decay
   * only); less than `steps`.
   */
  warmupSteps?: number;
  /** Seeds the initial weights and the training data. */
  seed: number;
  /** Report every this many steps (and after the last one). Default 50. */
  reportEvery?: number;
  /** Called with each report. */
  onProgress?: (report: TranslatorReport) => void;
  /** Sequences to measure generalisation on; training never draws any of them. */
  heldOut?: TranslateBatch;
  /** Stop at the first report whose held-out exact-match rate reaches this. Needs `heldOut`. */
  stopAtExactMatch?: number;
}

/** One progress report. */
export interface TranslatorReport {
  /** Optimiser steps taken so far. */
  step: number;
  /** Cross-entropy of this step's batch, before the update. */
  loss: number;
  /** Teacher-forced token accuracy on this step's batch, after the update. */
  accuracy: number;
  /** Fraction of held-out sequences `greedyDecode` gets exactly right, when a set was given. */
  heldOutExactMatch?: number;
  /** Wall-clock seconds since training started. */
  seconds: number;
}

/** What {@link trainTranslator} returns. */
export interface TranslatorTrainingResult {
  /** The trained model; every tensor in it is a `tf.Variable`. */
  params: TransformerParams;
  /** The same variables as a flat list; the caller disposes them: `tf.dispose(variables)`. */
  variables: tf.Variable[];
  /** The loss of every step, first step first. */
  losses: number[];
  /** Every progress report. */
  reports: TranslatorReport[];
}

/** What {@link evaluateTranslator} returns. */
export interface TranslatorEvaluation {
  /** Teacher-forced: fraction of scored target positions (symbols and EOS) predicted right. */
  tokenAccuracy: number;
  /** Generated: fraction of sequences `greedyDecode` reproduces exactly, EOS included. */
  exactMatch: number;
  /** `[batch][…]`: what `greedyDecode` produced for each source. */
  generated: number[][];
}

/** The model's `maxLen` for a task: the longest decoder input, BOS plus maxLen symbols. */
function modelMaxLen(task: TranslateTaskConfig): number {
  return task.maxLen + 1;
}

/**
 * Teacher-forced cross-entropy of a batch: mean over the L + 1 scored target positions.
 *
 * @param params the model.
 * @param batch the batch.
 * @returns a scalar.
 */
export function translatorLoss(params: TransformerParams, batch: TranslateBatch): tf.Scalar {
  return tf.tidy(() => {
    const src = tf.tensor2d(batch.srcTokens, undefined, 'int32');
    const tgt = tf.tensor2d(batch.tgtInput, undefined, 'int32');
    const { logits } = transformer(params, src, tgt, {
      srcLengths: batch.srcLengths,
      tgtLengths: batch.tgtLengths,
    });
    const targets = tf.tensor2d(batch.tgtOutput, undefined, 'int32');
    return maskedCrossEntropy(logits, targets, batch.tgtLengths);
  });
}

/** Teacher-forced token accuracy over the scored target positions. */
function teacherForcedAccuracy(params: TransformerParams, batch: TranslateBatch): number {
  const predictions = tf.tidy(() => {
    const src = tf.tensor2d(batch.srcTokens, undefined, 'int32');
    const tgt = tf.tensor2d(batch.tgtInput, undefined, 'int32');
    const { logits } = transformer(params, src, tgt, {
      srcLengths: batch.srcLengths,
      tgtLengths: batch.tgtLengths,
    });
    return tf.argMax(logits, -1).arraySync() as number[][]; // [batch, seqT, vocab] -> [batch, seqT]
  });
  let correct = 0;
  let total = 0;
  batch.tgtLengths.forEach((length, n) => {
    for (let i = 0; i < length; i++) if (predictions[n]![i] === batch.tgtOutput[n]![i]) correct++;
    total += length;
  });
  return correct / total;
}

/**
 * Scores a model on a batch both ways: teacher-forced token accuracy, and the exact-match
 * rate of sequences generated by `greedyDecode` from the source alone (every symbol and the
 * final EOS right, nothing after it).
 *
 * @param params the model.
 * @param batch the sequences to score.
 */
export function evaluateTranslator(
  params: TransformerParams,
  batch: TranslateBatch,
): TranslatorEvaluation {
  const src = tf.tensor2d(batch.srcTokens, undefined, 'int32');
  let generated: number[][];
  try {
    generated = greedyDecode(params, src, {
      bos: BOS,
      eos: EOS,
      maxLen: params.config.maxLen,
      srcLengths: batch.srcLengths,
    });
  } finally {
    src.dispose();
  }
  const exact = generated.filter((row, n) => {
    const expected = batch.tgtOutput[n]!.slice(0, batch.tgtLengths[n]);
    return row.length === expected.length && row.every((id, i) => id === expected[i]);
  }).length;
  return {
    tokenAccuracy: teacherForcedAccuracy(params, batch),
    exactMatch: exact / generated.length,
    generated,
  };
}

function checkTrainingOptions(options: TranslatorTrainingOptions): void {
  const fn = 'trainTranslator';
  checkTranslateTaskConfig(options.task, fn);
  for (const name of ['steps', 'batchSize', 'reportEvery'] as const) {
    const value = options[name];
    if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
      throw new Error(`${fn}: option '${name}' must be a positive integer, got ${value}`);
    }
  }
  const { warmupSteps = 0 } = options;
  if (!Number.isInteger(warmupSteps) || warmupSteps < 0 || warmupSteps >= options.steps) {
    throw new Error(
      `${fn}: option 'warmupSteps' must be an integer in [0, steps), got ${warmupSteps}`,
    );
  }
  if (!(options.learningRate > 0)) {
    throw new Error(`${fn}: option 'learningRate' must be > 0, got ${options.learningRate}`);
  }
  if (options.stopAtExactMatch !== undefined && options.heldOut === undefined) {
    throw new Error(`${fn}: option 'stopAtExactMatch' needs a 'heldOut' set to measure it on`);
  }
}

/**
 * Trains an encoder–decoder Transformer on the reverse-and-translate task with Adam and
 * teacher forcing, reporting progress as it goes.
 *
 * Each step draws a fresh batch (never a held-out source), computes {@link translatorLoss}
 * and updates every parameter, at a rate that warms up and then decays (see `warmupSteps`).
 * Every `reportEvery` steps it measures the batch's token accuracy and, with a held-out set,
 * the exact-match rate of `greedyDecode`, calls `onProgress`, and yields to the event loop
 * (the runtime's `train` loop).
 *
 * @param options see {@link TranslatorTrainingOptions}.
 * @returns the trained parameters, the loss of every step and the reports.
 */
export async function trainTranslator(
  options: TranslatorTrainingOptions,
): Promise<TranslatorTrainingResult> {
  checkTrainingOptions(options);
  const { task, model, steps, batchSize, learningRate, seed, heldOut, stopAtExactMatch } = options;
  const variables: tf.Variable[] = [];
  const initial = initTransformer({
    ...model,
    ...translateVocabSizes(task),
    maxLen: modelMaxLen(task),
    seed: deriveSeed(seed, 'init'),
  });
  const params = toVariables(initial, variables);
  const nextBatch = translateTaskSampler(task, deriveSeed(seed, 'data'), heldOut ? [heldOut] : []);
  const optimizer = tf.train.adam(learningRate);
  const reports: TranslatorReport[] = [];
  const started = performance.now();
  let batch: TranslateBatch | undefined; // this step's, for its report
  try {
    const { losses } = await train({
      variables,
      optimizer,
      steps,
      reportEvery: options.reportEvery ?? 50,
      learningRate: warmupCosine({
        peak: learningRate,
        warmupSteps: options.warmupSteps ?? 0,
        totalSteps: steps,
        floor: learningRate / 10,
      }),
      loss: () => {
        batch = nextBatch(batchSize);
        return translatorLoss(params, batch);
      },
      onReport: ({ step, loss }) => {
        const report: TranslatorReport = {
          step,
          loss,
          accuracy: teacherForcedAccuracy(params, batch!),
          seconds: 0,
        };
        if (heldOut) report.heldOutExactMatch = evaluateTranslator(params, heldOut).exactMatch;
        report.seconds = (performance.now() - started) / 1000;
        reports.push(report);
        options.onProgress?.(report);
        return stopAtExactMatch !== undefined && report.heldOutExactMatch! >= stopAtExactMatch;
      },
    });
    return { params, variables, losses, reports };
  } catch (error) {
    tf.dispose(variables);
    throw error;
  } finally {
    optimizer.dispose();
  }
}
