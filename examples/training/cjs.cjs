// CommonJS in Node: the same run through require(). Prints one JSON line.
const tf = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs-backend-cpu');
const stage3 = require('@mha/encoder-block');
const training = require('@mha/runtime/training');
const { runTraining } = require('./training.cjs');

tf.setBackend('cpu')
  .then(() => runTraining(tf, stage3, training))
  .then((result) => console.log(JSON.stringify(result)));
