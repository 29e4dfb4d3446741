// Stage 3 benchmarks, run with `pnpm bench encoder-block` (builds first) against the built
// packages; MHA_BACKEND=wasm limits parts 1 and 2 to one backend.
//
// 1. One encoder block's forward pass at batch 8, seq 128, dModel 512, 8 heads, dFF 2048,
//    float32, post-LN, on every backend present (cpu only when MHA_BACKEND=cpu forces it),
//    timed in turns in this one process with onnxruntime-web (wasm, SIMD, 1 thread) and
//    onnxruntime-node (native, 1 thread) running nn.TransformerEncoderLayer exported from
//    PyTorch with the same weights (checked to agree within 1e-4 first), and beside PyTorch
//    on one thread (a subprocess). Wall-clock median and range, CPU time, GFLOP/s and
//    ours ÷ row by CPU time and by wall clock (see peers.ts).
// 2. One training step of the same block: forward in training mode, mean squared error
//    against a fixed target, gradients of every parameter, one Adam step; beside PyTorch
//    doing the same. ONNX Runtime's inference packages have no backward pass, so no peer row.
// 3. Wall time to train the toy reversal model (reverseRecipe) to 99% held-out token
//    accuracy on the default backend (MHA_BENCH_TOY=0 skips it).
import { fileURLToPath } from 'node:url';
import {
  type EncoderBlockParams,
  encoderBlock,
  ensureGradients,
  initEncoderBlock,
  mirroredAttention,
  reverseModel,
  reverseRecipe,
  trainReverseModel,
} from '@mha/encoder-block';
import type { MultiHeadAttentionParams } from '@mha/multi-head-attention';
import { backendsPresent, readBackendOverride, seededNormal, useBestBackend } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import {
  attentionParamsFromTorch,
  loadPeers,
  type Maybe,
  maxAbsDifference,
  onnxCache,
  type Peer,
  printProfile,
  printTable,
  readTorchWeights,
  runPython,
  type Timing,
  timeInTurns,
} from '../../02-multi-head-attention/bench/peers.ts';

const BATCH = 8;
const SEQ = 128;
const D_MODEL = 512;
const NUM_HEADS = 8;
const D_FF = 2048;
const D_K = D_MODEL / NUM_HEADS;
const TOLERANCE = 1e-4;
const TARGET = 0.9; // ours at most 0.9 × onnxruntime-web's time on wasm
const RUNS = Number(process.env.MHA_BENCH_RUNS ?? 9);

// Matrix products only, 2 FLOPs per multiply-add: four attention projections, Q·Kᵀ and A·V,
// then the two feed-forward products. A training step does about three times as many.
const FLOP =
  4 * 2 * BATCH * SEQ * D_MODEL * D_MODEL +
  2 * 2 * BATCH * NUM_HEADS * SEQ * SEQ * D_K +
  2 * 2 * BATCH * SEQ * D_MODEL * D_FF;

function timeTorch(runs: number, mode: 'forward' | 'train'): Timing | string {
  const script = fileURLToPath(new URL('./torch_encoder_layer.py', import.meta.url));
  const args = [BATCH, SEQ, D_MODEL, NUM_HEADS, D_FF, runs, ...(mode === 'train' ? ['train'] : [])];
  const result = runPython<{ ms: number; low: number; high: number; cpu: number }>(script, args);
  if ('skipped' in result) return result.skipped;
  const { ms, low, high, cpu } = result.value;
  return { median: ms, low, high, cpu, runs };
}

/** The exported layer's weights in this project's layout ([in, out] matrices). */
function paramsFromTorch(): EncoderBlockParams {
  const w = readTorchWeights('encoder-layer');
  const get = (n: string) => w.get(n)!;
  // Linear weight [out, in] -> this project's [in, out]
  const matrix = (n: string) =>
    tf.transpose(tf.tensor2d(get(n).data, get(n).shape as [number, number])) as tf.Tensor2D;
  const vector = (n: string) => tf.tensor1d(get(n).data);
  return {
    attention: attentionParamsFromTorch(w, 'self_attn.') as MultiHeadAttentionParams,
    norm1: { gamma: vector('norm1.weight'), beta: vector('norm1.bias') },
    feedForward: {
      w1: matrix('linear1.weight'),
      b1: vector('linear1.bias'),
      w2: matrix('linear2.weight'),
      b2: vector('linear2.bias'),
    },
    norm2: { gamma: vector('norm2.weight'), beta: vector('norm2.bias') },
  };
}

async function settle(result: { output: tf.Tensor; attentionWeights: tf.Tensor }) {
  await result.output.data();
  tf.dispose([result.output, result.attentionWeights]);
}

async function timeBlock(backend: string, peers: Peer[], haveTorchWeights: boolean) {
  await tf.setBackend(backend);
  // The cpu backend takes about a minute per forward here: fewer runs there.
  const [warmUp, runs] = backend === 'cpu' ? [1, 3] : [2, RUNS];
  const params = haveTorchWeights
    ? paramsFromTorch()
    : initEncoderBlock({ dModel: D_MODEL, numHeads: NUM_HEADS, dFF: D_FF, seed: 1 });
  const x = seededNormal([BATCH, SEQ, D_MODEL], 2) as tf.Tensor3D;
  const xValues = (await x.data()) as Float32Array;
  console.log(
    `\nbackend ${backend}: median of ${runs} runs each, in turns, after ${warmUp} warm-up`,
  );
  const rows: Array<{ name: string; timing: Timing | string }> = [];
  const timed: Peer[] = [];
  for (const peer of peers) {
    const ours = encoderBlock(params, x, { numHeads: NUM_HEADS });
    const theirs = await peer.run(xValues, x.shape);
    const gap = maxAbsDifference(await ours.output.data(), theirs.output!);
    tf.dispose([ours.output, ours.attentionWeights]);
    console.log(`  agreement with ${peer.name}: max |Δoutput| ${gap.toExponential(1)}`);
    if (gap <= TOLERANCE) timed.push(peer);
    else
      rows.push({ name: peer.name, timing: `disagrees (max |Δoutput| ${gap.toExponential(1)})` });
  }
  const oursName = 'encoderBlock (this package)';
  const timings = await timeInTurns(
    [
      () => settle(encoderBlock(params, x, { numHeads: NUM_HEADS })),
      ...timed.map((peer) => () => peer.run(xValues, x.shape)),
    ],
    warmUp,
    runs,
  );
  rows.unshift(
    { name: oursName, timing: timings[0]! },
    ...timed.map((peer, i) => ({ name: peer.name, timing: timings[1 + i]! })),
  );
  rows.push({
    name: 'PyTorch nn.TransformerEncoderLayer, 1 thread',
    timing: timeTorch(RUNS, 'forward'),
  });
  printTable(rows, FLOP, oursName);
  if (backend !== 'cpu') {
    await printProfile('encoderBlock', () =>
      Object.values(encoderBlock(params, x, { numHeads: NUM_HEADS })),
    );
  }
  const web = timed.findIndex((p) => p.name.startsWith('onnxruntime-web'));
  if (backend === 'wasm' && web >= 0) {
    const ratio = timings[0]!.cpu / timings[1 + web]!.cpu;
    const wall = timings[0]!.median / timings[1 + web]!.median;
    const met = ratio <= TARGET ? 'met' : 'NOT met';
    console.log(
      `  target ours ≤ ${TARGET} × onnxruntime-web on wasm, by CPU time: ${ratio.toFixed(2)}, ${met} ` +
        `(by wall clock ${wall.toFixed(2)})`,
    );
  }
  tf.dispose([params as unknown as tf.TensorContainer, x]);
}

/** One Adam step on the block: forward (training mode), MSE, gradients, update. */
async function timeTrainingStep(backend: string): Promise<void> {
  await tf.setBackend(backend);
  const [warmUp, runs] = backend === 'cpu' ? [1, 2] : [2, Math.min(RUNS, 7)];
  const init = initEncoderBlock({ dModel: D_MODEL, numHeads: NUM_HEADS, dFF: D_FF, seed: 1 });
  const variables: tf.Variable[] = [];
  // The same nested object with every tensor made a trainable variable.
  const trainable = (node: unknown): unknown => {
    if (node instanceof tf.Tensor) {
      const v = tf.variable(node);
      variables.push(v);
      return v;
    }
    const entries = Object.entries(node as Record<string, unknown>);
    return Object.fromEntries(entries.map(([key, value]) => [key, trainable(value)]));
  };
  const params = trainable(init) as EncoderBlockParams;
  tf.dispose(init as unknown as tf.TensorContainer);
  const x = seededNormal([BATCH, SEQ, D_MODEL], 2) as tf.Tensor3D;
  const target = seededNormal([BATCH, SEQ, D_MODEL], 3) as tf.Tensor3D;
  const optimiser = tf.train.adam(1e-4);
  const step = async () => {
    const loss = optimiser.minimize(
      () => {
        const { output } = encoderBlock(params, x, { numHeads: NUM_HEADS, training: true });
        return tf.mean(tf.square(tf.sub(output, target))) as tf.Scalar;
      },
      true,
      variables,
    );
    await loss!.data();
    loss!.dispose();
  };
  const [timing] = await timeInTurns([step], warmUp, runs);
  const name = 'encoderBlock training step (this package)';
  console.log(`\ntraining step on ${backend}: median of ${runs} runs after ${warmUp} warm-up`);
  printTable(
    [
      { name, timing: timing! },
      { name: 'PyTorch, same step, 1 thread', timing: timeTorch(runs, 'train') },
    ],
    3 * FLOP,
    name,
  );
  if (backend !== 'cpu') {
    await printProfile('one training step', () => {
      const { value, grads } = tf.variableGrads(() => {
        const { output } = encoderBlock(params, x, { numHeads: NUM_HEADS, training: true });
        return tf.mean(tf.square(tf.sub(output, target))) as tf.Scalar;
      }, variables);
      return [value, ...Object.values(grads)];
    });
  }
  optimiser.dispose();
  tf.dispose([...variables, x, target]);
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
const cache = onnxCache();
const peerResults: Array<Maybe<Peer>> =
  'skipped' in cache
    ? [
        { skipped: `onnxruntime-web: ${cache.skipped}` },
        { skipped: `onnxruntime-node: ${cache.skipped}` },
      ]
    : await loadPeers('encoder-layer');
const peers = peerResults.flatMap((p) => ('value' in p ? [p.value] : []));
for (const p of peerResults) if ('skipped' in p) console.log(`  peer skipped: ${p.skipped}`);
// cpu is timed only when forced (MHA_BACKEND=cpu): measured at about 70 s per forward, it
// would add minutes to every run for a number nobody trains with.
const cpuForced = readBackendOverride(process.env) === 'cpu';
const backends = await backendsPresent();
for (const backend of backends) {
  if (backend === 'cpu' && !cpuForced) {
    console.log(`\nbackend cpu skipped: about a minute per forward; time it with MHA_BACKEND=cpu`);
  } else {
    await timeBlock(backend, peers, !('skipped' in cache));
  }
}
await ensureGradients();
for (const backend of backends) {
  if (backend !== 'cpu' || cpuForced) await timeTrainingStep(backend);
}
if (process.env.MHA_BENCH_TOY !== '0') await timeTraining();
