// A language model's loss, forward and backward, on the wasm backend. First the log-softmax
// alone: tfjs's `tf.logSoftmax` beside this package's `logSoftmax` (SIMD exponentials, the
// forward pass's probabilities reused by the gradient). Then the whole cross-entropy: written
// with tfjs ops as the formula reads (`tf.logSoftmax`, the target's entry picked by a one-hot
// product) beside `maskedCrossEntropy` (`logSoftmax`, the entry gathered). Run with
// `pnpm bench log-softmax`.
//
// The shape is stage 6's small model in notebook 06: 8 sequences of 64 characters scored
// against a vocabulary of 5000. The four run in turns; each figure is the median CPU time of
// 15 runs, after 3 warm-up runs, and each ratio is against the pair's tfjs-ops contender.
import * as tf from '@tensorflow/tfjs-core';
import { registerGradients } from '../src/gradients/index.js';
import { useBestBackend } from '../src/index.js';
import { logSoftmax } from '../src/kernels/index.js';
import { maskedCrossEntropy } from '../src/training/index.js';

const SHAPE: [number, number, number] = [8, 64, 5000];
const RUNS = 15;
const WARMUP = 3;

await useBestBackend({ env: { MHA_BACKEND: process.env.MHA_BACKEND ?? 'wasm' } });
registerGradients();
const backend = tf.getBackend();
const x = tf.randomNormal(SHAPE, 0, 3, 'float32', 1);
const weights = tf.randomUniform(SHAPE, 0, 1, 'float32', 2);

const targets = tf.randomUniformInt([SHAPE[0], SHAPE[1]], 0, SHAPE[2], 3) as tf.Tensor2D;
const lengths = Array(SHAPE[0]).fill(SHAPE[1]);

/** A loss of the logits, each contender's. */
type Loss = (z: tf.Tensor) => tf.Scalar;
const contenders: Array<[string, Loss]> = [
  ['tf.logSoftmax, Σ w ⊙ ln softmax', (z) => tf.sum(tf.mul(tf.logSoftmax(z), weights))],
  ['logSoftmax, Σ w ⊙ ln softmax', (z) => tf.sum(tf.mul(logSoftmax(z), weights))],
  [
    'cross-entropy with tfjs ops',
    (z) => {
      const picked = tf.sum(tf.mul(tf.logSoftmax(z), tf.oneHot(targets, SHAPE[2])), -1);
      return tf.neg(tf.mean(picked)) as tf.Scalar;
    },
  ],
  ['maskedCrossEntropy', (z) => maskedCrossEntropy(z as tf.Tensor3D, targets, lengths)],
];
/** One forward and backward pass; returns its CPU milliseconds. */
function once(loss: Loss): number {
  const started = process.cpuUsage();
  const g = tf.grad(loss)(x);
  g.dataSync();
  const used = process.cpuUsage(started);
  g.dispose();
  return (used.user + used.system) / 1000;
}
const times = contenders.map(() => [] as number[]);
for (let run = 0; run < WARMUP + RUNS; run++) {
  contenders.forEach(([, loss], i) => {
    const ms = once(loss);
    if (run >= WARMUP) times[i]!.push(ms);
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gap = tf.tidy(() => tf.max(tf.abs(tf.sub(tf.logSoftmax(x), logSoftmax(x)))).dataSync()[0]!);
console.log(
  `logits [${SHAPE.join(', ')}], forward and backward, ${backend}, median CPU time of ${RUNS} runs:`,
);
contenders.forEach(([name], i) => {
  const ms = median(times[i]!);
  const base = median(times[i - (i % 2)]!); // each pair's first, tfjs's
  console.log(
    `  ${name.padEnd(36)} ${ms.toFixed(1).padStart(7)} ms CPU  (${(base / ms).toFixed(2)}×)`,
  );
});
const [ops, ours] = contenders.slice(2).map(([, loss]) => loss(x).dataSync()[0]!);
console.log(`  the two cross-entropies: ${ops!.toFixed(6)} and ${ours!.toFixed(6)} nats`);
console.log(`  largest difference between the two forward values: ${gap.toExponential(2)}`);
tf.dispose([x, weights, targets]);
