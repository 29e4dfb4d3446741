// Stage 3 benchmarks, run with `pnpm bench encoder-block` (builds first) against the built
// packages; MHA_BACKEND=wasm limits the first part to one backend.
//
// 1. One encoder block's forward pass at batch 8, seq 128, dModel 512, 8 heads, dFF 2048,
//    float32, post-LN: ms per forward (median after warm-up) and GFLOP/s on every backend
//    present (cpu only when MHA_BACKEND=cpu forces it), beside PyTorch's
//    nn.TransformerEncoderLayer on one thread when Debian's python3-torch is installed.
// 2. Wall time to train the toy reversal model (reverseRecipe) to 99% held-out token
//    accuracy on the default backend.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  encoderBlock,
  ensureGradients,
  initEncoderBlock,
  mirroredAttention,
  reverseModel,
  reverseRecipe,
  trainReverseModel,
} from '@mha/encoder-block';
import { backendsPresent, readBackendOverride, seededNormal, useBestBackend } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

const BATCH = 8;
const SEQ = 128;
const D_MODEL = 512;
const NUM_HEADS = 8;
const D_FF = 2048;
const D_K = D_MODEL / NUM_HEADS;

// Matrix products only, 2 FLOPs per multiply-add: four attention projections, Q·Kᵀ and A·V,
// then the two feed-forward products.
const FLOP =
  4 * 2 * BATCH * SEQ * D_MODEL * D_MODEL +
  2 * 2 * BATCH * NUM_HEADS * SEQ * SEQ * D_K +
  2 * 2 * BATCH * SEQ * D_MODEL * D_FF;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gflops = (ms: number) => (FLOP / (ms * 1e6)).toFixed(1);

/** PyTorch's median ms per forward, or the reason it was skipped. */
function timeTorch(runs: number): { ms: number } | { skipped: string } {
  const python = process.env.MHA_PYTHON ?? '/usr/bin/python3';
  const script = fileURLToPath(new URL('./torch_encoder_layer.py', import.meta.url));
  const args = [script, BATCH, SEQ, D_MODEL, NUM_HEADS, D_FF, runs].map(String);
  const result = spawnSync(python, args, { encoding: 'utf8' });
  if (result.error) return { skipped: `${python} could not run (${result.error.message})` };
  if (result.status !== 0) {
    const noTorch = result.stderr.includes("No module named 'torch'");
    return {
      skipped: noTorch
        ? `${python} has no torch (Debian: apt-get install python3-torch)`
        : `${python} failed: ${result.stderr.trim().split('\n').pop()}`,
    };
  }
  return JSON.parse(result.stdout) as { ms: number };
}

async function timeBlock(backend: string): Promise<void> {
  await tf.setBackend(backend);
  // The cpu backend takes about a minute per forward here: fewer runs there.
  const [warmUp, runs] = backend === 'cpu' ? [1, 3] : [2, 9];
  const params = initEncoderBlock({ dModel: D_MODEL, numHeads: NUM_HEADS, dFF: D_FF, seed: 1 });
  const x = seededNormal([BATCH, SEQ, D_MODEL], 2) as tf.Tensor3D;
  const times: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const start = performance.now();
    const { output, attentionWeights } = encoderBlock(params, x, { numHeads: NUM_HEADS });
    await output.data();
    const ms = performance.now() - start;
    tf.dispose([output, attentionWeights]);
    if (i >= warmUp) times.push(ms);
  }
  const ms = median(times);
  console.log(
    `  ${backend.padEnd(10)} ${ms.toFixed(1).padStart(9)} ms ${gflops(ms).padStart(7)} GFLOP/s` +
      `   (median of ${runs} after ${warmUp} warm-up)`,
  );
  tf.dispose([params as unknown as tf.TensorContainer, x]);
}

async function timeTraining(): Promise<void> {
  const choice = await useBestBackend({ log: false });
  const started = performance.now();
  await ensureGradients();
  const gradientSeconds = (performance.now() - started) / 1000;
  const recipe = reverseRecipe();
  const { task, model } = recipe;
  console.log(
    `\ntoy model: reverse prefixes of ${task.minLen}…${task.maxLen} tokens (vocabulary ` +
      `${task.vocabSize}), ${model.numLayers} blocks, dModel ${model.dModel}, ${model.numHeads} ` +
      `heads, dFF ${model.dFF}, batch ${recipe.batchSize}, Adam ${recipe.learningRate}; ` +
      `backend ${choice.name}`,
  );
  console.log(`  registering gradient functions took ${gradientSeconds.toFixed(1)} s`);
  const result = await trainReverseModel({
    ...recipe,
    onProgress: (r) =>
      console.log(
        `  step ${String(r.step).padStart(4)}  loss ${r.loss.toFixed(4)}  held-out accuracy ` +
          `${(100 * r.heldOutAccuracy!).toFixed(2)}%  ${r.seconds.toFixed(1)} s`,
      ),
  });
  const last = result.reports.at(-1)!;
  const reached = last.heldOutAccuracy! >= recipe.stopAtAccuracy!;
  const mirrored = tf.tidy(() => {
    const tokens = tf.tensor2d(recipe.heldOut.tokens, undefined, 'int32');
    const { attentionWeights } = reverseModel(result.params, tokens, recipe.heldOut.lengths, model);
    return mirroredAttention(attentionWeights.at(-1)!, recipe.heldOut.lengths);
  });
  const accuracy = `${(100 * last.heldOutAccuracy!).toFixed(2)}%`;
  const perStep = ((1000 * last.seconds) / last.step).toFixed(0);
  console.log(
    reached
      ? `  reached ${accuracy} held-out token accuracy after ${last.step} steps in ` +
          `${last.seconds.toFixed(1)} s (${perStep} ms per step)`
      : `  did NOT reach 99% within ${last.step} steps (${accuracy})`,
  );
  const perHead = mirrored.map((m) => m.toFixed(2)).join(', ');
  console.log(`  last block, attention on the mirrored key per head: ${perHead}`);
  tf.dispose(result.variables);
  if (!reached) process.exitCode = 1;
}

console.log(
  `encoder block forward (post-LN): batch ${BATCH}, seq ${SEQ}, dModel ${D_MODEL}, ` +
    `${NUM_HEADS} heads, dFF ${D_FF}, float32; ${(FLOP / 1e9).toFixed(2)} GFLOP of matrix products`,
);
tf.env().set('PROD', true);
// cpu is timed only when forced (MHA_BACKEND=cpu): measured at about 70 s per forward, it
// would add minutes to every run for a number nobody trains with.
const cpuForced = readBackendOverride(process.env) === 'cpu';
for (const backend of await backendsPresent()) {
  if (backend === 'cpu' && !cpuForced) {
    console.log(
      `  ${'cpu'.padEnd(10)} skipped: about a minute per forward; time it with MHA_BACKEND=cpu`,
    );
  } else {
    await timeBlock(backend);
  }
}
const torch = timeTorch(9);
if ('skipped' in torch) console.log(`  PyTorch skipped: ${torch.skipped}`);
else {
  console.log(
    `  ${'PyTorch'.padEnd(10)} ${torch.ms.toFixed(1).padStart(9)} ms ` +
      `${gflops(torch.ms).padStart(7)} GFLOP/s` +
      '   (nn.TransformerEncoderLayer, 1 thread, eval mode, median of 9)',
  );
}
await timeTraining();
