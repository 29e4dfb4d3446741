// The same run in a page: bundled with esbuild, served under a strict content security
// policy; the result goes into #result as JSON.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as stage3 from '@mha/encoder-block';
import * as training from '@mha/runtime/training';
import { runTraining } from '../training.cjs';

const status = document.getElementById('status');
try {
  await tf.setBackend('cpu');
  const result = await runTraining(tf, stage3, training);
  document.getElementById('result').textContent = JSON.stringify(result);
  status.textContent = 'done';
} catch (error) {
  status.textContent = 'failed';
  document.getElementById('result').textContent = JSON.stringify({ error: String(error) });
  console.error(error);
}
