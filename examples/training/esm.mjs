// ES modules in Node: tfjs-core, the cpu backend, stage 3. Prints one JSON line.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as stage3 from '@mha/encoder-block';
import * as training from '@mha/runtime/training';
import { runTraining } from './training.cjs';

await tf.setBackend('cpu');
console.log(JSON.stringify(await runTraining(tf, stage3, training)));
