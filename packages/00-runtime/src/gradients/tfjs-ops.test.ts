// After `import '@mha/runtime/gradients'`, tfjs-core alone differentiates its ops and
// losses: each gradient is checked against central finite differences,
// (L(x + h) − L(x − h)) / 2h, of a scalar loss L = Σ w ⊙ f(x) with fixed weights w.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../core/init.js';
import { onEveryBackend } from '../testing/index.js';
import './index.js';

const H = 1e-2;
const TOLERANCE = 5e-3;

/** Values in ±[0.3, 1.5], away from the kinks of abs, relu, step and friends. */
function pointFor(size: number, seed: number): number[] {
  const next = mulberry32(seed);
  return Array.from({ length: size }, () => (next() < 0.5 ? -1 : 1) * (0.3 + 1.2 * next()));
}

const labels = tf.tensor1d([1, 0, 1, 0, 1, 0]);
const OPS: Array<[string, (x: tf.Tensor1D) => tf.Tensor]> = [
  ['meanSquaredError', (x) => tf.losses.meanSquaredError(labels, x)],
  ['absoluteDifference', (x) => tf.losses.absoluteDifference(labels, x)],
  ['huberLoss', (x) => tf.losses.huberLoss(labels, x)],
  ['hingeLoss', (x) => tf.losses.hingeLoss(labels, x)],
  ['logLoss', (x) => tf.losses.logLoss(labels, tf.sigmoid(x))],
  ['sigmoidCrossEntropy', (x) => tf.losses.sigmoidCrossEntropy(labels, x)],
  [
    'softmaxCrossEntropy',
    (x) =>
      tf.losses.softmaxCrossEntropy(
        tf.tensor2d([
          [0, 1, 0],
          [0, 0, 1],
        ]),
        tf.reshape(x, [2, 3]),
      ),
  ],
  ['cosineDistance', (x) => tf.losses.cosineDistance(labels, x, 0)],
  ['computeWeightedLoss', (x) => tf.losses.computeWeightedLoss(tf.square(x), labels)],
  ['sigmoid', (x) => tf.sigmoid(x)],
  ['tanh', (x) => tf.tanh(x)],
  ['softplus', (x) => tf.softplus(x)],
  ['leakyRelu', (x) => tf.leakyRelu(x, 0.1)],
  ['selu', (x) => tf.selu(x)],
  ['elu', (x) => tf.elu(x)],
  ['relu6', (x) => tf.relu6(tf.mul(x, 4))],
  ['prelu', (x) => tf.prelu(x, tf.tensor1d([0.2]))],
  [
    'gelu (tanh form)',
    (x) => {
      const cube = tf.pow(x, tf.scalar(3));
      const inner = tf.mul(Math.sqrt(2 / Math.PI), tf.add(x, tf.mul(0.044715, cube)));
      return tf.mul(tf.mul(0.5, x), tf.add(1, tf.tanh(inner)));
    },
  ],
  ['atan', (x) => tf.atan(x)],
  ['atan2', (x) => tf.atan2(x, tf.scalar(2))],
  ['abs', (x) => tf.abs(x)],
  ['clipByValue', (x) => tf.clipByValue(x, -1.6, 0.2)],
  ['log1p ∘ abs', (x) => tf.log1p(tf.abs(x))],
  ['expm1', (x) => tf.expm1(x)],
  ['reciprocal', (x) => tf.reciprocal(x)],
  ['squaredDifference', (x) => tf.squaredDifference(x, tf.scalar(0.5))],
  ['minimum', (x) => tf.minimum(x, tf.reverse(x))],
  ['maximum', (x) => tf.maximum(x, tf.scalar(0.1))],
  ['prod along −1', (x) => tf.prod(tf.reshape(x, [2, 3]), -1)],
  ['min', (x) => tf.min(tf.reshape(x, [2, 3]), 1)],
  ['reverse', (x) => tf.reverse(tf.reshape(x, [2, 3]), 1)],
  ['stridedSlice', (x) => tf.stridedSlice(x, [1], [6], [2])],
  ['unstack', (x) => tf.unstack(tf.reshape(x, [2, 3]))[1]!],
  ['split', (x) => tf.split(x, [2, 4])[1]!],
  ['gather', (x) => tf.gather(x, tf.tensor1d([5, 0, 5], 'int32'))],
  ['cumsum', (x) => tf.cumsum(tf.reshape(x, [3, 2]), 0)],
  ['logSoftmax', (x) => tf.logSoftmax(tf.reshape(x, [2, 3]))],
  ['logSumExp', (x) => tf.logSumExp(tf.reshape(x, [2, 3]), 1)],
  ['norm', (x) => tf.norm(x)],
  ['moments', (x) => tf.moments(x).variance],
  [
    'matMul, x[2, 1, 3]·w[3, 2]',
    (x) => tf.matMul(tf.reshape(x, [2, 1, 3]), tf.tensor2d([1, 2, 3, 4, 5, 6], [3, 2])),
  ],
  [
    'conv1d',
    (x) =>
      tf.conv1d(
        tf.reshape(x, [1, 6, 1]) as tf.Tensor3D,
        tf.tensor3d([1, -2, 0.5], [3, 1, 1]),
        1,
        'valid',
      ),
  ],
  ['pad', (x) => tf.pad(x, [[1, 2]])],
  ['mirrorPad, reflect', (x) => tf.mirrorPad(x, [[2, 1]], 'reflect')],
  [
    'mirrorPad, symmetric',
    (x) =>
      tf.mirrorPad(
        tf.reshape(x, [2, 3]),
        [
          [1, 0],
          [1, 2],
        ],
        'symmetric',
      ),
  ],
  ['where ∘ greater', (x) => tf.where(tf.greater(x, 0), x, tf.mul(x, 0.1))],
  ['broadcastTo', (x) => tf.broadcastTo(tf.reshape(x, [1, 6]), [2, 6])],
];

function lossFor(f: (x: tf.Tensor1D) => tf.Tensor, x: tf.Tensor1D): tf.Scalar {
  const y = f(x);
  const w = tf.reshape(tf.add(tf.range(0, y.size), 1), y.shape); // 1, 2, 3, … : every output counts differently
  return tf.sum(tf.mul(y, tf.div(w, y.size)));
}

describe('tfjs-core ops and losses differentiate after importing @mha/runtime/gradients', () => {
  it('lists at least 40 of them', () => expect(OPS.length).toBeGreaterThanOrEqual(40));

  it.each(OPS.map(([name, f], i) => [name, f, i] as const))('%s', (_name, f, i) =>
    onEveryBackend(() => {
      const values = pointFor(6, 100 + i);
      const x = tf.tensor1d(values);
      const dx = tf.tidy(() =>
        tf
          .grad((t: tf.Tensor) => lossFor(f, t as tf.Tensor1D))(x)
          .dataSync(),
      );
      const at = (k: number, delta: number) =>
        tf.tidy(() => {
          const shifted = values.slice();
          shifted[k]! += delta;
          return lossFor(f, tf.tensor1d(shifted)).dataSync()[0]!;
        });
      values.forEach((_, k) => {
        const numeric = (at(k, H) - at(k, -H)) / (2 * H);
        expect(Math.abs(dx[k]! - numeric), `∂L/∂x[${k}]`).toBeLessThanOrEqual(
          TOLERANCE * (1 + Math.abs(numeric)),
        );
      });
      x.dispose();
    }),
  );
});
