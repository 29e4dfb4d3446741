import { assertShape, deriveSeed } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import { ensureGradients } from '../gradients.js';
import {
  checkReverseTaskConfig,
  type ReverseBatch,
  type ReverseTaskConfig,
  reverseTaskSampler,
} from './reverse-data.js';
import {
  initReverseModel,
  type ReverseModelConfig,
  type ReverseModelOptions,
  type ReverseModelParams,
  reverseModel,
} from './reverse-model.js';
import { toVariables, yieldToEventLoop } from './training-support.js';

/** Everything {@link trainReverseModel} needs. */
export interface ReverseTrainingOptions {
  /** The task: vocabulary and lengths. */
  task: ReverseTaskConfig;
  /**
   * The model's size (its vocabulary comes from the task), and which pieces it has:
   * `positionalEncoding` and `paddingMask`, both default `true`, are used in training
   * and evaluation alike.
   */
  model: Omit<ReverseModelConfig, 'vocabSize'>;
  /** Maximum number of optimiser steps. */
  steps: number;
  /** Sequences per step. */
  batchSize: number;
  /** Adam's learning rate. */
  learningRate: number;
  /** Seeds the initial weights and the training data. */
  seed: number;
  /** Report every this many steps (and after the last one). Default 50. */
  reportEvery?: number;
  /** Called with each report. */
  onProgress?: (report: TrainingReport) => void;
  /** Sequences to measure generalisation on; training never draws any of them. */
  heldOut?: ReverseBatch;
  /** Stop at the first report whose held-out token accuracy reaches this. Needs `heldOut`. */
  stopAtAccuracy?: number;
}

/** One progress report. */
export interface TrainingReport {
  /** Optimiser steps taken so far. */
  step: number;
  /** Cross-entropy of this step's batch, before the update. */
  loss: number;
  /** Token accuracy on this step's batch, after the update. */
  accuracy: number;
  /** Token accuracy on the held-out set, when one was given. */
  heldOutAccuracy?: number;
  /** Wall-clock seconds since training started. */
  seconds: number;
}

/** What {@link trainReverseModel} returns. */
export interface ReverseTrainingResult {
  /** The trained parameters, every one a `tf.Variable`. */
  params: ReverseModelParams;
  /** The same variables as a flat list; the caller disposes them: `tf.dispose(variables)`. */
  variables: tf.Variable[];
  /** The loss of every step, first step first. */
  losses: number[];
  /** Every progress report. */
  reports: TrainingReport[];
}

/** What {@link evaluateReverseModel} returns. */
export interface ReverseEvaluation {
  /** Fraction of valid positions predicted correctly. */
  tokenAccuracy: number;
  /** Fraction of sequences whose whole valid prefix is correct. */
  sequenceAccuracy: number;
  /** `[batch][maxLen]`: the most likely token at each position (padding positions included). */
  predictions: number[][];
}

function validPositions(lengths: readonly number[], seq: number): tf.Tensor2D {
  const rows = lengths.map((length) => Array.from({ length: seq }, (_, i) => (i < length ? 1 : 0)));
  return tf.tensor2d(rows, [lengths.length, seq], 'float32');
}

/**
 * Mean cross-entropy over the valid positions; padded positions are not scored.
 *
 * $$\mathcal{L} = -\frac{1}{\sum_n L_n}\sum_{n}\sum_{i < L_n} \log p_\theta(y_{n,i} \mid x_n)$$
 *
 * @param logits `[batch, seq, vocabSize]`.
 * @param targets `[batch, seq]` int32 token ids.
 * @param lengths `[batch]` valid-prefix lengths.
 * @returns a scalar.
 */
export function reverseLoss(
  logits: tf.Tensor3D,
  targets: tf.Tensor2D,
  lengths: readonly number[],
): tf.Scalar {
  const fn = 'reverseLoss';
  assertShape(targets, [lengths.length, logits.shape[1]], 'targets', fn);
  assertShape(logits, [lengths.length, -1, -1], 'logits', fn);
  const [, seq, vocabSize] = logits.shape;
  return tf.tidy(() => {
    // 1) log-probability of the correct token at every position
    const logProbs = tf.logSoftmax(logits); // [batch, seq, vocabSize]
    const picked = tf.sum(tf.mul(logProbs, tf.oneHot(targets, vocabSize)), -1); // -> [batch, seq]
    // 2) average over the valid positions only
    const valid = validPositions(lengths, seq);
    return tf.neg(tf.div(tf.sum(tf.mul(picked, valid)), tf.sum(valid))) as tf.Scalar;
  });
}

/**
 * Runs the model on a batch and scores its predictions at the valid positions.
 *
 * @param params the model.
 * @param batch the sequences to score.
 * @param options `numHeads` and `normFirst`, as the model was built with, and the
 *   `positionalEncoding` and `paddingMask` it was trained with (both default `true`);
 *   the training options' `model` can be passed as it is.
 */
export function evaluateReverseModel(
  params: ReverseModelParams,
  batch: ReverseBatch,
  options: ReverseModelOptions,
): ReverseEvaluation {
  const predictions = tf.tidy(() => {
    const tokens = tf.tensor2d(batch.tokens, undefined, 'int32');
    const { logits } = reverseModel(params, tokens, batch.lengths, options);
    return tf.argMax(logits, -1).arraySync() as number[][]; // [batch, seq, vocab] -> [batch, seq]
  });
  let correct = 0;
  let total = 0;
  let wholeSequences = 0;
  batch.lengths.forEach((length, n) => {
    let rowCorrect = 0;
    for (let i = 0; i < length; i++) {
      if (predictions[n]![i] === batch.targets[n]![i]) rowCorrect++;
    }
    correct += rowCorrect;
    total += length;
    if (rowCorrect === length) wholeSequences++;
  });
  return {
    tokenAccuracy: correct / total,
    sequenceAccuracy: wholeSequences / batch.lengths.length,
    predictions,
  };
}

function checkTrainingOptions(options: ReverseTrainingOptions): void {
  const fn = 'trainReverseModel';
  checkReverseTaskConfig(options.task, fn);
  for (const name of ['steps', 'batchSize', 'reportEvery'] as const) {
    const value = options[name];
    if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
      throw new Error(`${fn}: option '${name}' must be a positive integer, got ${value}`);
    }
  }
  if (!(options.learningRate > 0)) {
    throw new Error(`${fn}: option 'learningRate' must be > 0, got ${options.learningRate}`);
  }
  if (options.stopAtAccuracy !== undefined && options.heldOut === undefined) {
    throw new Error(`${fn}: option 'stopAtAccuracy' needs a 'heldOut' set to measure it on`);
  }
}

/**
 * Trains the token model on the reversal task with Adam, reporting progress as it goes.
 *
 * Each step draws a fresh batch (never a held-out sequence), computes
 * {@link reverseLoss} and updates every parameter. Every `reportEvery` steps
 * it measures the accuracy on that batch (and on the held-out set), calls
 * `onProgress`, and yields to the event loop so that output appears while it
 * runs. It stops after `steps` steps, or earlier once the held-out accuracy
 * reaches `stopAtAccuracy`.
 *
 * @param options see {@link ReverseTrainingOptions}.
 * @returns the trained parameters, the loss of every step and the reports.
 */
export async function trainReverseModel(
  options: ReverseTrainingOptions,
): Promise<ReverseTrainingResult> {
  checkTrainingOptions(options);
  await ensureGradients();
  const { task, model, steps, batchSize, learningRate, seed, heldOut, stopAtAccuracy } = options;
  const reportEvery = options.reportEvery ?? 50;
  const forwardOptions: ReverseModelOptions = {
    numHeads: model.numHeads,
    normFirst: model.normFirst,
    positionalEncoding: model.positionalEncoding,
    paddingMask: model.paddingMask,
  };
  const variables: tf.Variable[] = [];
  const initial = initReverseModel(
    { ...model, vocabSize: task.vocabSize },
    deriveSeed(seed, 'init'),
  );
  const params = toVariables(initial, variables);
  const nextBatch = reverseTaskSampler(task, deriveSeed(seed, 'data'), heldOut ? [heldOut] : []);
  const optimizer = tf.train.adam(learningRate);
  const losses: number[] = [];
  const reports: TrainingReport[] = [];
  const started = performance.now();
  try {
    for (let step = 1; step <= steps; step++) {
      const batch = nextBatch(batchSize);
      const cost = optimizer.minimize(
        () =>
          tf.tidy(() => {
            const tokens = tf.tensor2d(batch.tokens, undefined, 'int32');
            const targets = tf.tensor2d(batch.targets, undefined, 'int32');
            const { logits } = reverseModel(params, tokens, batch.lengths, forwardOptions);
            return reverseLoss(logits, targets, batch.lengths);
          }),
        true,
        variables,
      )!;
      const loss = cost.dataSync()[0]!;
      cost.dispose();
      losses.push(loss);
      if (step % reportEvery !== 0 && step !== steps) continue;
      const report: TrainingReport = {
        step,
        loss,
        accuracy: evaluateReverseModel(params, batch, forwardOptions).tokenAccuracy,
        seconds: (performance.now() - started) / 1000,
      };
      if (heldOut) {
        report.heldOutAccuracy = evaluateReverseModel(
          params,
          heldOut,
          forwardOptions,
        ).tokenAccuracy;
      }
      reports.push(report);
      options.onProgress?.(report);
      await yieldToEventLoop();
      if (stopAtAccuracy !== undefined && report.heldOutAccuracy! >= stopAtAccuracy) break;
    }
  } catch (error) {
    tf.dispose(variables);
    throw error;
  } finally {
    optimizer.dispose();
  }
  return { params, variables, losses, reports };
}
