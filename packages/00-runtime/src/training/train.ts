import * as tf from '@tensorflow/tfjs-core';
import { clipByGlobalNorm } from './clip.js';
import type { LearningRateSchedule } from './schedules.js';

/** Lets pending output and events through: a macrotask, in Node and in browsers alike. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** What {@link train} passes to `onReport`. */
export interface StepReport {
  /** Optimiser steps taken so far, counted from 1. */
  step: number;
  /** This step's loss, before the update. */
  loss: number;
  /** The learning rate this step used (the optimiser's own when no schedule is given). */
  learningRate: number | undefined;
  /** The gradients' global norm before clipping (only with `clipNorm`). */
  gradientNorm?: number;
  /** Wall-clock seconds since training started. */
  seconds: number;
}

/** Everything {@link train} needs. */
export interface TrainOptions {
  /** The variables to update: every one the loss depends on that should learn. */
  variables: tf.Variable[];
  /** Any tfjs optimiser (`tf.train.adam(…)`, `tf.train.sgd(…)`, …); the caller disposes it. */
  optimizer: tf.Optimizer;
  /** Maximum number of steps. */
  steps: number;
  /** This step's scalar loss; run inside a `tf.tidy`, so intermediate tensors are freed. */
  loss: (step: number) => tf.Scalar;
  /** A learning rate per step (see warmupCosine, inverseSqrt). Default: the optimiser's own. */
  learningRate?: LearningRateSchedule;
  /** Clip the gradients to this global norm before each update (clipByGlobalNorm). Default: none. */
  clipNorm?: number;
  /** Call `onReport` every this many steps, and after the last one. Default 50. */
  reportEvery?: number;
  /**
   * Called with each report, after the step's update; then the loop yields to the event
   * loop, so output appears while it runs. Return `true` (or a promise of it) to stop early.
   */
  onReport?: (report: StepReport) => boolean | undefined | Promise<boolean | undefined>;
}

/** What {@link train} returns. */
export interface TrainResult {
  /** The loss of every step taken, first step first. */
  losses: number[];
  /** Steps taken (fewer than `steps` when `onReport` stopped the loop). */
  steps: number;
}

/** Sets an optimiser's learning rate: SGD and momentum keep it as a tensor, the others as a field. */
function setLearningRate(optimizer: tf.Optimizer, rate: number): void {
  const sgd = optimizer as unknown as { setLearningRate?: (rate: number) => void };
  if (typeof sgd.setLearningRate === 'function') sgd.setLearningRate(rate);
  else (optimizer as unknown as { learningRate: number }).learningRate = rate;
}

function checkTrainOptions(options: TrainOptions): void {
  const fn = 'train';
  if (options === null || typeof options !== 'object') {
    throw new Error(`${fn}: expected an options object { variables, optimizer, steps, loss }`);
  }
  const { variables, optimizer, steps, loss, reportEvery = 50, clipNorm } = options;
  if (!Array.isArray(variables) || variables.some((v) => !(v instanceof tf.Variable))) {
    throw new Error(`${fn}: option 'variables' must be an array of tf.Variable`);
  }
  if (!(optimizer instanceof tf.Optimizer)) {
    throw new Error(`${fn}: option 'optimizer' must be a tf.Optimizer, e.g. tf.train.adam(1e-3)`);
  }
  for (const [name, value] of [
    ['steps', steps],
    ['reportEvery', reportEvery],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${fn}: option '${name}' must be a positive integer, got ${value}`);
    }
  }
  if (typeof loss !== 'function') {
    throw new Error(`${fn}: option 'loss' must be a function (step) => scalar tensor`);
  }
  if (options.learningRate !== undefined && typeof options.learningRate !== 'function') {
    throw new Error(`${fn}: option 'learningRate' must be a schedule (step) => rate`);
  }
  if (clipNorm !== undefined && !(clipNorm > 0 && Number.isFinite(clipNorm))) {
    throw new Error(`${fn}: option 'clipNorm' must be a finite number > 0, got ${clipNorm}`);
  }
}

/**
 * The training loop: for each step, sets the learning rate, computes the loss and its
 * gradients with respect to `variables`, clips them, updates the variables, and every
 * `reportEvery` steps reports and yields to the event loop. Importing this module
 * registers the gradient functions tfjs-core needs (`@mha/runtime/gradients`).
 *
 * @param options see {@link TrainOptions}.
 * @returns every step's loss and the number of steps taken.
 * @throws Error naming the step when a loss is not a finite number.
 */
export async function train(options: TrainOptions): Promise<TrainResult> {
  checkTrainOptions(options);
  const { variables, optimizer, steps, loss, learningRate, clipNorm } = options;
  const reportEvery = options.reportEvery ?? 50;
  const losses: number[] = [];
  const started = performance.now();
  for (let step = 1; step <= steps; step++) {
    const rate = learningRate?.(step);
    if (rate !== undefined) setLearningRate(optimizer, rate);
    const { value, grads } = optimizer.computeGradients(() => tf.tidy(() => loss(step)), variables);
    let gradientNorm: number | undefined;
    try {
      let update = grads;
      if (clipNorm !== undefined) {
        const clipped = clipByGlobalNorm(grads, clipNorm);
        tf.dispose(grads);
        update = clipped.grads;
        gradientNorm = clipped.norm;
      }
      const lossValue = value.dataSync()[0]!;
      if (!Number.isFinite(lossValue)) {
        tf.dispose(update);
        throw new Error(`train: the loss at step ${step} is ${lossValue}`);
      }
      optimizer.applyGradients(update);
      tf.dispose(update);
      losses.push(lossValue);
    } finally {
      value.dispose();
    }
    if (step % reportEvery !== 0 && step !== steps) continue;
    const report: StepReport = {
      step,
      loss: losses[losses.length - 1]!,
      learningRate: rate ?? (optimizer as unknown as { learningRate?: number }).learningRate,
      seconds: (performance.now() - started) / 1000,
    };
    if (gradientNorm !== undefined) report.gradientNorm = gradientNorm;
    const stop = await options.onReport?.(report);
    await yieldToEventLoop();
    if (stop === true) break;
  }
  return { losses, steps: losses.length };
}
