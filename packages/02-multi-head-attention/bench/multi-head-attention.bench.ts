// Multi-head attention forward pass at the reference shape: batch 8, seq 128, dModel 512,
// 8 heads, float32. For every backend present it prints ms per forward (median after
// warm-up), GFLOP/s, and the ratios between:
//   - this package's multiHeadAttention,
//   - the naive op sequence: three projections, transpose, matMul, softmax, matMul,
//     transpose, projection, written with plain tf ops,
//   - PyTorch's nn.MultiheadAttention on one thread (a subprocess, when Debian's
//     python3-torch is installed).
// Run with `pnpm bench multi-head` (builds first); MHA_BACKEND=wasm limits it to one backend.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  initMultiHeadAttention,
  type MultiHeadAttentionParams,
  multiHeadAttention,
} from '@mha/multi-head-attention';
import { backendsPresent, seededNormal } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

const BATCH = 8;
const SEQ = 128;
const D_MODEL = 512;
const NUM_HEADS = 8;
const D_K = D_MODEL / NUM_HEADS;

// Matrix products only, 2 FLOPs per multiply-add: four projections, then Q·Kᵀ and A·V.
const FLOP = 4 * 2 * BATCH * SEQ * D_MODEL * D_MODEL + 2 * 2 * BATCH * NUM_HEADS * SEQ * SEQ * D_K;
const TARGET = 0.7; // multiHeadAttention at most 0.7× the naive sequence's time on wasm

/** The textbook op sequence, with no attention to any backend's fast path. */
function naiveMultiHeadAttention(p: MultiHeadAttentionParams, x: tf.Tensor3D): tf.Tensor {
  return tf.tidy(() => {
    const project = (t: tf.Tensor, w: tf.Tensor2D, b: tf.Tensor1D) =>
      tf.add(tf.matMul(tf.reshape(t, [BATCH * SEQ, D_MODEL]), w), b); // [batch·seq, dModel]
    const heads = (t: tf.Tensor) =>
      tf.transpose(tf.reshape(t, [BATCH, SEQ, NUM_HEADS, D_K]), [0, 2, 1, 3]); // [b, h, seq, dK]
    const q = heads(project(x, p.wQ, p.bQ!));
    const k = heads(project(x, p.wK, p.bK!));
    const v = heads(project(x, p.wV, p.bV!));
    const scores = tf.div(tf.matMul(q, k, false, true), Math.sqrt(D_K)); // [b, h, seq, seq]
    const weights = tf.softmax(scores);
    const context = tf.transpose(tf.matMul(weights, v), [0, 2, 1, 3]); // [b, seq, h, dK]
    const output = project(context, p.wO, p.bO!); // [batch·seq, dModel]
    return tf.reshape(output, [BATCH, SEQ, D_MODEL]);
  });
}

interface Timing {
  ms: number;
  runs: number;
}

/** Wall time of one forward pass, including reading its output back (`outputs[0]`). */
async function timeOnce(forward: () => tf.Tensor[]): Promise<number> {
  const start = performance.now();
  const outputs = forward();
  await outputs[0]!.data();
  const ms = performance.now() - start;
  tf.dispose(outputs);
  return ms;
}

/**
 * Median time of each forward pass. They run in turns (A, B, A, B, …) so that a busy
 * machine slows them alike and their ratio stays fair.
 */
async function timeInTurns(
  forwards: Array<() => tf.Tensor[]>,
  warmUp: number,
  runs: number,
): Promise<Timing[]> {
  const times: number[][] = forwards.map(() => []);
  for (let i = 0; i < warmUp + runs; i++) {
    for (const [j, forward] of forwards.entries()) {
      const ms = await timeOnce(forward);
      if (i >= warmUp) times[j]!.push(ms);
    }
  }
  return times.map((t) => ({ ms: t.sort((x, y) => x - y)[Math.floor(runs / 2)]!, runs }));
}

/** PyTorch's time, or the reason it was skipped. */
function timeTorch(runs: number): Timing | { skipped: string } {
  const python = process.env.MHA_PYTHON ?? '/usr/bin/python3';
  const script = fileURLToPath(new URL('./torch_multi_head_attention.py', import.meta.url));
  const args = [script, BATCH, SEQ, D_MODEL, NUM_HEADS, runs].map(String);
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
  const { ms } = JSON.parse(result.stdout) as { ms: number };
  return { ms, runs };
}

const gflops = (ms: number) => FLOP / (ms * 1e6);
const row = (name: string, t: Timing) =>
  `  ${name.padEnd(44)} ${t.ms.toFixed(1).padStart(9)} ${gflops(t.ms).toFixed(1).padStart(8)}`;

console.log(
  `multi-head attention forward: batch ${BATCH}, seq ${SEQ}, dModel ${D_MODEL}, ` +
    `${NUM_HEADS} heads, float32; ${(FLOP / 1e9).toFixed(2)} GFLOP of matrix products`,
);
const torchTiming = timeTorch(9);
if ('skipped' in torchTiming) console.log(`PyTorch skipped: ${torchTiming.skipped}`);

tf.env().set('PROD', true);
for (const backend of await backendsPresent()) {
  await tf.setBackend(backend);
  // The cpu backend takes seconds per forward: fewer runs there.
  const [warmUp, runs] = backend === 'cpu' ? [1, 3] : [2, 9];
  const params = initMultiHeadAttention({ dModel: D_MODEL, numHeads: NUM_HEADS, seed: 1 });
  const x = seededNormal([BATCH, SEQ, D_MODEL], 2) as tf.Tensor3D;

  const [ours, naive] = (await timeInTurns(
    [
      () => Object.values(multiHeadAttention(params, x, x, x, { numHeads: NUM_HEADS })),
      () => [naiveMultiHeadAttention(params, x)],
    ],
    warmUp,
    runs,
  )) as [Timing, Timing];
  const difference = tf.tidy(() => {
    const { output } = multiHeadAttention(params, x, x, x, { numHeads: NUM_HEADS });
    return tf.max(tf.abs(tf.sub(output, naiveMultiHeadAttention(params, x)))).dataSync()[0]!;
  });

  console.log(
    `\nbackend ${backend}: median of ${runs} runs each, in turns, after ${warmUp} warm-up`,
  );
  console.log(`  ${'implementation'.padEnd(44)} ${'ms'.padStart(9)} ${'GFLOP/s'.padStart(8)}`);
  console.log(row('multiHeadAttention (this package)', ours));
  console.log(row('naive op sequence (plain tf ops)', naive));
  const ratios = [`multiHeadAttention / naive = ${(ours.ms / naive.ms).toFixed(2)}`];
  if ('skipped' in torchTiming) {
    console.log(`  PyTorch nn.MultiheadAttention: skipped`);
  } else {
    console.log(row('PyTorch nn.MultiheadAttention, 1 thread', torchTiming));
    ratios.push(`multiHeadAttention / PyTorch = ${(ours.ms / torchTiming.ms).toFixed(2)}`);
    ratios.push(`naive / PyTorch = ${(naive.ms / torchTiming.ms).toFixed(2)}`);
  }
  console.log(`  ratios: ${ratios.join('; ')}`);
  if (backend === 'wasm') {
    const met = ours.ms <= TARGET * naive.ms ? 'met' : 'NOT met';
    console.log(`  target multiHeadAttention ≤ ${TARGET} × naive on wasm: ${met}`);
  }
  console.log(`  outputs agree: max |ours − naive| = ${difference.toExponential(1)}`);
  tf.dispose([...Object.values(params), x]);
}
