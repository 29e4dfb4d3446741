// Stage 2's README example and a few training steps of stage 3, as a consumer
// of the published packages would write them (ES modules). Prints one JSON line.
// The backend is the best one installed, or the one MHA_BACKEND names.
import { trainReverseModel } from '@mha/encoder-block';
import { causalMask, initMultiHeadAttention, multiHeadAttention } from '@mha/multi-head-attention';
import { seededNormal, useBestBackend } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

const backend = await useBestBackend({ log: (line) => console.error(line) });

// Stage 2: causal self-attention over 2 sequences of 10 positions, 8 heads.
const params = initMultiHeadAttention({ dModel: 64, numHeads: 8, seed: 1 });
const x = seededNormal([2, 10, 64], 2); // [batch, seq, dModel]
const mask = causalMask(10); // true = may attend
const { output, weights } = multiHeadAttention(params, x, x, x, { numHeads: 8, mask });
// output: [2, 10, 64]; weights: [2, 8, 10, 10]

// A training loop of your own, with no extra line: the stages' initialisers
// registered the gradient functions. Two SGD steps on the attention weights.
const trainable = Object.fromEntries(
  Object.entries(params).map(([name, value]) => [name, tf.variable(value)]),
);
const sgd = tf.train.sgd(0.1);
const ownLoop = [0, 1].map(() => {
  const cost = sgd.minimize(
    () => tf.mean(tf.square(multiHeadAttention(trainable, x, x, x, { numHeads: 8, mask }).output)),
    true,
  );
  const value = cost.dataSync()[0];
  cost.dispose();
  return value;
});
sgd.dispose();

// Stage 3: five Adam steps of the toy reversal model; no extra line for gradients.
const training = await trainReverseModel({
  task: { vocabSize: 6, minLen: 2, maxLen: 5 },
  model: { dModel: 16, numHeads: 2, dFF: 32, numLayers: 1 },
  steps: 5,
  batchSize: 8,
  learningRate: 0.01,
  seed: 1,
});

console.log(
  JSON.stringify({
    backend: backend.name,
    backendMessage: backend.message,
    outputShape: output.shape,
    weightsShape: weights.shape,
    output: Array.from(output.dataSync()),
    weights: Array.from(weights.dataSync()),
    losses: training.losses,
    ownLoop,
  }),
);
tf.dispose([
  output,
  weights,
  x,
  mask,
  ...Object.values(params),
  ...Object.values(trainable),
  ...training.variables,
]);
