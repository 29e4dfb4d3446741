// Stage 6 benchmark, run with `pnpm bench gpt` (builds first).
//
// 1. One training step (forward, backward, Adam with global-norm clipping) of the configuration the
//    training script ships, at its batch size, on wasm (MHA_BACKEND to force another), against
//    PyTorch 1.13 on 1 thread (OPENBLAS_NUM_THREADS=1) on the same model: the median of
//    STEPS steps after two warm-up steps each.
// 2. Generation, 100 new tokens from a 6-character prompt, with the KV cache and recomputing
//    every position, in tokens per second (seeded random weights: the text does not matter,
//    the two must give the same one).
// 3. The KV cache's bytes after 128 positions for 4, 2 and 1 key/value heads (of 4 query
//    heads), counted from the cached tensors themselves.
//
// Wall and CPU time are both printed: wasm and PyTorch each run on one thread here, so CPU
// time is what a machine shared with other work would have taken alone.
//
// The last line is JSON: trainStepMs, torchTrainStepMs, ratio, tokensPerSecondCached,
// tokensPerSecondRecompute, backend.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, useBestBackend } from '@mha/runtime';
import { toVariables, train } from '@mha/runtime/training';
import * as tf from '@tensorflow/tfjs-core';
import { createOptimizer, defaults } from '../scripts/training.js';
import { runBlocks } from '../src/gpt.js';
import {
  buildCharTokenizer,
  disposeGpt,
  type GptConfig,
  generate,
  initGpt,
  kvCacheBytes,
  languageModelLoss,
} from '../src/index.js';

const STEPS = 5;
const here = dirname(fileURLToPath(import.meta.url));
await useBestBackend({ env: { MHA_BACKEND: process.env.MHA_BACKEND ?? 'wasm' } });
const backend = tf.getBackend();
const VOCAB = 6205; // the shipped tokenizer's size (min count 5 on the training poems)
const config: GptConfig = {
  vocabSize: VOCAB,
  dModel: defaults.dModel,
  numHeads: defaults.numHeads,
  numKvHeads: defaults.numKvHeads,
  numLayers: defaults.numLayers,
  dFF: defaults.dFF,
  maxLen: defaults.seqLen,
  positional: 'rope',
  tieEmbeddings: true,
  seed: 1,
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// 1) one training step, ours
const variables: tf.Variable[] = [];
const params = toVariables(initGpt(config), variables);
const optimizer = createOptimizer(defaults);
const random = mulberry32(2);
const ids = (n: number) => Array.from({ length: n }, () => 4 + Math.floor(random() * (VOCAB - 4)));
const shape: [number, number] = [defaults.batch, defaults.seqLen];
const x = tf.tensor2d(ids(defaults.batch * defaults.seqLen), shape, 'int32');
const y = tf.tensor2d(ids(defaults.batch * defaults.seqLen), shape, 'int32');
const stepTimes: number[] = [];
const cpuTimes: number[] = [];
let last = 0;
let lastCpu = process.cpuUsage();
// the project's training loop, one report per step: each step's wall time
await train({
  variables,
  optimizer,
  steps: STEPS + 2,
  clipNorm: defaults.clip,
  loss: () => languageModelLoss(params, x, y),
  reportEvery: 1,
  onReport: ({ step, seconds }) => {
    const cpu = process.cpuUsage(lastCpu); // this process's CPU time since the last report
    if (step > 2) {
      stepTimes.push(1000 * (seconds - last)); // after two warm-up steps
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
    last = seconds;
    lastCpu = process.cpuUsage();
    return false;
  },
});
const trainStepMs = median(stepTimes);
const tokens = defaults.batch * defaults.seqLen;
console.log(
  `training step, batch ${defaults.batch} × ${defaults.seqLen}, dModel ${config.dModel}, ` +
    `${config.numLayers} layers, ${config.numHeads} heads / ${config.numKvHeads} kv heads, vocabulary ${VOCAB}:`,
);
const cpuMs = median(cpuTimes);
const rate = (ms: number) => ((1000 * tokens) / ms).toFixed(0);
console.log(
  `  ours (${backend}): ${trainStepMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU ` +
    `(${rate(trainStepMs)} tokens/s wall, ${rate(cpuMs)} on CPU time)`,
);

// 1b) PyTorch, 1 thread
const torchRun = spawnSync(
  '/usr/bin/python3',
  [
    join(here, 'torch_gpt.py'),
    JSON.stringify({ ...config, seqLen: defaults.seqLen, batch: defaults.batch, steps: STEPS }),
  ],
  { encoding: 'utf8', env: { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1' } },
);
let torchTrainStepMs: number | null = null;
if (torchRun.status === 0) {
  const peer = JSON.parse(torchRun.stdout.trim().split('\n').at(-1)!);
  torchTrainStepMs = peer.torchTrainStepMs as number;
  const torchCpuMs = peer.torchCpuMs as number;
  console.log(
    `  PyTorch (1 thread): ${torchTrainStepMs.toFixed(0)} ms wall, ${torchCpuMs.toFixed(0)} ms CPU ` +
      `(${rate(torchTrainStepMs)} tokens/s wall, ${rate(torchCpuMs)} on CPU time); ` +
      `ratio on CPU time ${(cpuMs / torchCpuMs).toFixed(2)}`,
  );
} else {
  console.log(
    `  PyTorch did not run: ${(torchRun.stderr || String(torchRun.error)).trim().split('\n').at(-1)}`,
  );
}

// 2) generation with and without the cache
const tokenizer = buildCharTokenizer([
  String.fromCodePoint(...Array.from({ length: VOCAB - 4 }, (_, i) => 0x4e00 + i)),
]);
const model = { params, config: params.config, tokenizer };
const options = { maxNewTokens: 100, temperature: 1, topK: 40, seed: 3 };
const prompt = '白日依山盡，';
generate(model, prompt, { ...options, maxNewTokens: 5 }); // warm-up
const timeGeneration = (cache: boolean) => {
  const start = performance.now();
  const text = generate(model, prompt, { ...options, cache });
  return { text, seconds: (performance.now() - start) / 1000 };
};
const cached = timeGeneration(true);
const recomputed = timeGeneration(false);
if (cached.text !== recomputed.text) throw new Error('cached and recomputed generation differ');
const n = [...cached.text].length;
const tokensPerSecondCached = n / cached.seconds;
const tokensPerSecondRecompute = n / recomputed.seconds;
console.log(
  `generation, ${n} tokens after a ${[...prompt].length}-character prompt (the same text both ways):`,
);
console.log(
  `  KV cache: ${tokensPerSecondCached.toFixed(1)} tokens/s; recompute: ${tokensPerSecondRecompute.toFixed(1)} tokens/s`,
);

// 3) KV cache bytes, counted from the tensors the model caches
console.log(`KV cache after ${defaults.seqLen} positions (float32, batch 1):`);
for (const numKvHeads of [4, 2, 1]) {
  const c = { ...config, numKvHeads };
  const p = initGpt(c);
  const out = tf.tidy(() =>
    runBlocks(
      p,
      tf.tensor2d([ids(defaults.seqLen)], [1, defaults.seqLen], 'int32'),
      undefined,
      1e-5,
    ),
  );
  const bytes = out.layers.reduce((s, l) => s + 4 * (l.keys.size + l.values.size), 0);
  if (bytes !== kvCacheBytes(c, defaults.seqLen))
    throw new Error('cache bytes differ from kvCacheBytes');
  console.log(`  ${numKvHeads} kv heads of ${config.numHeads}: ${(bytes / 1024).toFixed(0)} KiB`);
  tf.dispose([
    out.logits,
    ...out.attentionWeights,
    ...out.layers.flatMap((l) => [l.keys, l.values]),
  ]);
  disposeGpt(p);
}

console.log(
  JSON.stringify({
    trainStepMs: Math.round(trainStepMs),
    torchTrainStepMs: torchTrainStepMs === null ? null : Math.round(torchTrainStepMs),
    ratio: torchTrainStepMs === null ? null : Number((trainStepMs / torchTrainStepMs).toFixed(2)),
    tokensPerSecondCached: Number(tokensPerSecondCached.toFixed(1)),
    tokensPerSecondRecompute: Number(tokensPerSecondRecompute.toFixed(1)),
    backend,
  }),
);
