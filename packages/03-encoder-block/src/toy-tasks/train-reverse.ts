import { deriveSeed } from '@mha/runtime';
import { maskedCrossEntropy, toVariables, train } from '@mha/runtime/training';
import * as tf from '@tensorflow/tfjs-core';
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
 * Each step draws a fresh batch (never a held-out sequence), computes the masked
 * cross-entropy of its valid positions and updates every parameter. Every `reportEvery` steps
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
  const { task, model, steps, batchSize, learningRate, seed, heldOut, stopAtAccuracy } = options;
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
  const reports: TrainingReport[] = [];
  let batch: ReverseBatch | undefined; // this step's, for its report
  try {
    const { losses } = await train({
      variables,
      optimizer,
      steps,
      reportEvery: options.reportEvery ?? 50,
      loss: () => {
        batch = nextBatch(batchSize);
        const tokens = tf.tensor2d(batch.tokens, undefined, 'int32');
        const targets = tf.tensor2d(batch.targets, undefined, 'int32');
        const { logits } = reverseModel(params, tokens, batch.lengths, forwardOptions);
        return maskedCrossEntropy(logits, targets, batch.lengths);
      },
      onReport: ({ step, loss, seconds }) => {
        const report: TrainingReport = {
          step,
          loss,
          accuracy: evaluateReverseModel(params, batch!, forwardOptions).tokenAccuracy,
          seconds,
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
        return stopAtAccuracy !== undefined && report.heldOutAccuracy! >= stopAtAccuracy;
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
