// What every run of this example trains, in Node (ES modules and CommonJS) and in the
// browser: written as CommonJS so that all three load the very same file. Nothing here
// registers gradients: importing @mha/encoder-block (as its README says) is all it takes.

/**
 * Trains each case a few steps and reports its loss before and after.
 *
 * @param tf `@tensorflow/tfjs-core`, with a backend set.
 * @param stage3 `@mha/encoder-block`.
 * @param training `@mha/runtime/training` (toVariables for the encoder block's parameters).
 */
async function runTraining(tf, stage3, training) {
  // Fixed data: x [3, 4], weights start small and seeded, so every run is the same.
  const x = tf.tensor2d([0.5, -1.2, 0.3, 0.8, 1.1, 0.4, -0.7, -0.2, -0.3, 0.9, 1.4, -1.0], [3, 4]);
  const labels = tf.tensor2d([1, 0, 0, 1, 1, 0], [3, 2]);
  const oneHot = tf.tensor2d([0, 1, 1, 0, 0, 1], [3, 2]);
  const near = (t) => tf.losses.meanSquaredError(tf.fill(t.shape, 0.3), t);

  // Each case: a name and a loss of z = x·w ([3, 2]); together they cover tfjs-core's
  // losses, activations and the ops a model is written with.
  const cases = [
    ['matMul, meanSquaredError', (z) => tf.losses.meanSquaredError(labels, z)],
    ['absoluteDifference', (z) => tf.losses.absoluteDifference(labels, z)],
    ['huberLoss', (z) => tf.losses.huberLoss(labels, z)],
    ['hingeLoss', (z) => tf.losses.hingeLoss(labels, z)],
    ['logLoss', (z) => tf.losses.logLoss(labels, tf.sigmoid(z))],
    ['sigmoidCrossEntropy', (z) => tf.losses.sigmoidCrossEntropy(labels, z)],
    ['softmaxCrossEntropy', (z) => tf.losses.softmaxCrossEntropy(oneHot, z)],
    ['cosineDistance', (z) => tf.losses.cosineDistance(labels, z, 1)],
    ['computeWeightedLoss', (z) => tf.losses.computeWeightedLoss(tf.square(z), labels)],
    ['sigmoid', (z) => near(tf.sigmoid(z))],
    ['tanh', (z) => near(tf.tanh(z))],
    ['softplus', (z) => near(tf.softplus(z))],
    ['leakyRelu', (z) => near(tf.leakyRelu(z, 0.2))],
    ['selu', (z) => near(tf.selu(z))],
    ['elu', (z) => near(tf.elu(z))],
    ['relu6', (z) => near(tf.relu6(tf.add(z, 1)))],
    ['prelu', (z) => near(tf.prelu(z, tf.tensor1d([0.1, 0.2])))],
    [
      'gelu (tanh form, pow)',
      (z) => {
        const inner = tf.mul(Math.sqrt(2 / Math.PI), tf.add(z, tf.mul(0.044715, tf.pow(z, 3))));
        return near(tf.mul(tf.mul(0.5, z), tf.add(1, tf.tanh(inner))));
      },
    ],
    ['atan', (z) => near(tf.atan(z))],
    ['clipByValue', (z) => near(tf.clipByValue(z, -0.5, 2))],
    ['abs', (z) => near(tf.abs(z))],
    ['sqrt, square', (z) => near(tf.sqrt(tf.add(tf.square(z), 1)))],
    ['exp, log1p', (z) => near(tf.log1p(tf.exp(z)))],
    ['prod', (z) => near(tf.prod(z, -1))],
    ['min, max', (z) => near(tf.sub(tf.max(z, 1), tf.min(z, 1)))],
    ['maximum, minimum', (z) => near(tf.maximum(tf.minimum(z, 1), tf.reverse(z, 0)))],
    ['reverse', (z) => near(tf.mul(tf.reverse(z, 1), tf.tensor1d([1, 2])))],
    ['stridedSlice', (z) => near(tf.stridedSlice(z, [0, 1], [3, 2], [2, 1]))],
    ['unstack, stack', (z) => near(tf.stack(tf.unstack(z).slice(1)))],
    [
      'split, concat',
      (z) => {
        const [first, rest] = tf.split(z, [1, 2], 0);
        return near(tf.concat([rest, first], 0));
      },
    ],
    ['gather', (z) => near(tf.gather(z, tf.tensor1d([2, 0, 2], 'int32')))],
    ['cumsum', (z) => near(tf.cumsum(z, 0))],
    ['logSoftmax', (z) => tf.neg(tf.mean(tf.mul(oneHot, tf.logSoftmax(z))))],
    ['logSumExp', (z) => near(tf.logSumExp(z, 1))],
    ['norm', (z) => tf.square(tf.sub(tf.norm(z), 3))],
    ['moments', (z) => tf.square(tf.sub(tf.moments(z).variance, 0.5))],
    ['conv1d', (z) => near(tf.conv1d(tf.reshape(z, [1, 6, 1]), tf.ones([3, 1, 1]), 1, 'valid'))],
    [
      'pad, mirrorPad',
      (z) =>
        near(
          tf.add(
            tf.pad(z, [
              [1, 0],
              [0, 1],
            ]),
            tf.mirrorPad(
              z,
              [
                [1, 0],
                [0, 1],
              ],
              'reflect',
            ),
          ),
        ),
    ],
    ['where, greater', (z) => near(tf.where(tf.greater(z, 0), z, tf.mul(z, 0.1)))],
    ['squaredDifference', (z) => tf.mean(tf.squaredDifference(z, labels))],
    ['tile, transpose', (z) => near(tf.transpose(tf.tile(z, [1, 2])))],
    ['broadcastTo, sum', (z) => tf.square(tf.sub(tf.sum(tf.broadcastTo(z, [2, 3, 2])), 5))],
  ];

  const ops = {};
  for (const [index, [name, loss]] of cases.entries()) {
    const w = tf.variable(tf.randomUniform([4, 2], -0.5, 0.5, 'float32', 10 + index));
    const optimizer = tf.train.adam(0.05);
    const value = () => tf.tidy(() => loss(tf.matMul(x, w)));
    const before = value();
    for (let step = 0; step < 20; step++) tf.dispose(optimizer.minimize(value, true, [w]));
    const after = value();
    ops[name] = [before.dataSync()[0], after.dataSync()[0]];
    tf.dispose([w, before, after]);
    optimizer.dispose();
  }

  // Each optimiser trains a stage-3 encoder block towards a target, 8 steps.
  const optimizers = {
    sgd: () => tf.train.sgd(0.1),
    momentum: () => tf.train.momentum(0.05, 0.9),
    adam: () => tf.train.adam(0.01),
    adagrad: () => tf.train.adagrad(0.1),
    rmsprop: () => tf.train.rmsprop(0.01),
    adamax: () => tf.train.adamax(0.02),
  };
  const input = tf.randomNormal([2, 5, 8], 0, 1, 'float32', 7);
  const target = tf.randomNormal([2, 5, 8], 0, 1, 'float32', 8);
  const trained = {};
  for (const [name, make] of Object.entries(optimizers)) {
    const variables = [];
    const params = training.toVariables(
      stage3.initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 1 }),
      variables,
    );
    const optimizer = make();
    const value = () =>
      tf.tidy(() => {
        const { output } = stage3.encoderBlock(params, input, { numHeads: 2 });
        return tf.losses.meanSquaredError(target, output);
      });
    const before = value();
    for (let step = 0; step < 8; step++) tf.dispose(optimizer.minimize(value, true, variables));
    const after = value();
    trained[name] = [before.dataSync()[0], after.dataSync()[0]];
    tf.dispose([...variables, before, after]);
    optimizer.dispose();
  }
  tf.dispose([x, labels, oneHot, input, target]);
  return { backend: tf.getBackend(), ops, optimizers: trained };
}

module.exports = { runTraining };
