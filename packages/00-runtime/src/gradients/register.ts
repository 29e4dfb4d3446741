import * as tf from '@tensorflow/tfjs-core';
import {
  addGrad,
  castGrad,
  cosGrad,
  eluGrad,
  equalGrad,
  erfGrad,
  expGrad,
  greaterEqualGrad,
  greaterGrad,
  identityGrad,
  isFiniteGrad,
  lessEqualGrad,
  lessGrad,
  logGrad,
  maximumGrad,
  multiplyGrad,
  negGrad,
  onesLikeGrad,
  realDivGrad,
  reluGrad,
  rsqrtGrad,
  selectGrad,
  signGrad,
  sinGrad,
  sqrtGrad,
  squareGrad,
  subGrad,
  zerosLikeGrad,
} from './elementwise.js';
import {
  batchMatMulGrad,
  concatGrad,
  cumsumGrad,
  expandDimsGrad,
  gatherV2Grad,
  maxGrad,
  meanGrad,
  packGrad,
  padV2Grad,
  reshapeGrad,
  sliceGrad,
  sumGrad,
  tileGrad,
  transposeGrad,
} from './structural.js';

/**
 * The gradient functions this project supplies: one for every differentiable
 * kernel that training the stages records on the tape (found by profiling a
 * stage-3 training step with post-LN and pre-LN blocks, relu and gelu, and
 * dropout, and training through stage 5's local, linear, random-feature and
 * memory-efficient attention), written from the math. `@tensorflow/tfjs-core` defines its own
 * but registers them only when `@tensorflow/tfjs` (or tfjs-node) is imported.
 */
export const GRADIENTS: readonly tf.GradConfig[] = [
  addGrad,
  subGrad,
  multiplyGrad,
  realDivGrad,
  selectGrad,
  negGrad,
  identityGrad,
  castGrad,
  expGrad,
  logGrad,
  squareGrad,
  sqrtGrad,
  rsqrtGrad,
  reluGrad,
  erfGrad,
  sinGrad,
  cosGrad,
  zerosLikeGrad,
  onesLikeGrad,
  signGrad,
  greaterEqualGrad,
  greaterGrad,
  lessGrad,
  lessEqualGrad,
  equalGrad,
  isFiniteGrad,
  eluGrad,
  maximumGrad,
  sumGrad,
  meanGrad,
  maxGrad,
  reshapeGrad,
  transposeGrad,
  sliceGrad,
  tileGrad,
  packGrad,
  concatGrad,
  padV2Grad,
  expandDimsGrad,
  cumsumGrad,
  gatherV2Grad,
  batchMatMulGrad,
];

/**
 * Registers this project's gradient functions with TensorFlow.js for every
 * kernel in {@link GRADIENTS} that has none yet, so that `tf.grad`,
 * `tf.variableGrads` and the optimisers work with `@tensorflow/tfjs-core`
 * alone, in Node (ES modules or CommonJS) and in any bundle, with no dynamic
 * import or code generation. Gradients registered by someone else (for example
 * by `@tensorflow/tfjs`) are left alone. Safe to call any number of times.
 *
 * @returns the kernel names it registered on this call (empty when all had one).
 */
export function registerGradients(): string[] {
  const added: string[] = [];
  for (const config of GRADIENTS) {
    if (tf.getGradient(config.kernelName) !== undefined) continue;
    tf.registerGradient(config);
    added.push(config.kernelName);
  }
  return added;
}
