// Multi-head attention forward pass at the reference shape: batch 8, seq 128, dModel 512,
// 8 heads, float32, self-attention returning per-head weights. One table per backend
// present, each contender timed in turns in this one process: wall-clock median and range,
// median CPU time, GFLOP/s of CPU time, and ours ÷ row (by CPU time, which a busy machine
// distorts far less than the wall clock, and by wall clock). The contenders:
//   - this package's multiHeadAttention,
//   - the naive op sequence (three projections, transpose, matMul, softmax, matMul,
//     transpose, projection, written with plain tf ops),
//   - onnxruntime-web (wasm, SIMD, 1 thread) and onnxruntime-node (native, 1 thread) running
//     nn.MultiheadAttention exported from PyTorch with the same weights, checked to agree
//     with ours within 1e-4 before timing,
//   - PyTorch's nn.MultiheadAttention on one thread (a subprocess, so not in turns).
// Then the cost growth: time against seq ∈ {64, …, 1024} at dModel 512 on wasm.
// Run with `pnpm bench multi-head` (builds first); MHA_BACKEND=wasm limits it to one backend,
// MHA_BENCH_SWEEP=0 skips the sweep, MHA_BENCH_RUNS sets the runs per contender.
import { fileURLToPath } from 'node:url';
import { type MultiHeadAttentionParams, multiHeadAttention } from '@mha/multi-head-attention';
import { backendsPresent, seededNormal } from '@mha/runtime';
import { batchedMatMul } from '@mha/runtime/kernels';
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
} from './peers.ts';

const BATCH = 8;
const SEQ = 128;
const D_MODEL = 512;
const NUM_HEADS = 8;
const D_K = D_MODEL / NUM_HEADS;
const SWEEP_SEQS = [64, 128, 256, 512, 1024];
const SWEEP_BATCH = 2;
const TOLERANCE = 1e-4;
const TARGET = 0.9; // ours at most 0.9 × onnxruntime-web's time on wasm
const RUNS = Number(process.env.MHA_BENCH_RUNS ?? 9);

/** Matrix products only, 2 FLOPs per multiply-add: four projections, then Q·Kᵀ and A·V. */
const projectionFlop = (batch: number, seq: number) => 4 * 2 * batch * seq * D_MODEL * D_MODEL;
const coreFlop = (batch: number, seq: number) => 2 * 2 * batch * NUM_HEADS * seq * seq * D_K;
const flop = (batch: number, seq: number) => projectionFlop(batch, seq) + coreFlop(batch, seq);

/** The textbook op sequence, with no attention to any backend's fast path. */
function naiveMultiHeadAttention(p: MultiHeadAttentionParams, x: tf.Tensor3D): tf.Tensor[] {
  return tf.tidy(() => {
    const [batch, seq] = x.shape;
    const project = (t: tf.Tensor, w: tf.Tensor2D, b: tf.Tensor1D) =>
      tf.add(tf.matMul(tf.reshape(t, [batch * seq, D_MODEL]), w), b); // [batch·seq, dModel]
    const heads = (t: tf.Tensor) =>
      tf.transpose(tf.reshape(t, [batch, seq, NUM_HEADS, D_K]), [0, 2, 1, 3]); // [b, h, seq, dK]
    const q = heads(project(x, p.wQ, p.bQ!));
    const k = heads(project(x, p.wK, p.bK!));
    const v = heads(project(x, p.wV, p.bV!));
    const scores = tf.div(tf.matMul(q, k, false, true), Math.sqrt(D_K)); // [b, h, seq, seq]
    const weights = tf.softmax(scores);
    const context = tf.transpose(tf.matMul(weights, v), [0, 2, 1, 3]); // [b, seq, h, dK]
    const output = project(context, p.wO, p.bO!); // [batch·seq, dModel]
    return [tf.reshape(output, [batch, seq, D_MODEL]), weights];
  });
}

/** Runs a forward pass to completion (outputs read back) and frees its outputs. */
async function settle(outputs: tf.Tensor[]): Promise<void> {
  await Promise.all(outputs.map((t) => t.data()));
  tf.dispose(outputs);
}

function timeTorch(batch: number, seq: number, runs: number): Timing | string {
  const script = fileURLToPath(new URL('./torch_multi_head_attention.py', import.meta.url));
  const result = runPython<{ ms: number; low: number; high: number; cpu: number }>(script, [
    batch,
    seq,
    D_MODEL,
    NUM_HEADS,
    runs,
  ]);
  if ('skipped' in result) return result.skipped;
  const { ms, low, high, cpu } = result.value;
  return { median: ms, low, high, cpu, runs };
}

/** Checks that a peer's output and weights match ours within the tolerance. */
async function agreement(
  peer: Peer,
  params: MultiHeadAttentionParams,
  x: tf.Tensor3D,
): Promise<string | undefined> {
  const { output, weights } = multiHeadAttention(params, x, x, x, { numHeads: NUM_HEADS });
  const theirs = await peer.run((await x.data()) as Float32Array, x.shape);
  const outputGap = maxAbsDifference(await output.data(), theirs.output!);
  const weightsGap = maxAbsDifference(await weights.data(), theirs.weights!);
  tf.dispose([output, weights]);
  const gaps = `max |Δoutput| ${outputGap.toExponential(1)}, max |Δweights| ${weightsGap.toExponential(1)}`;
  console.log(`  agreement with ${peer.name}: ${gaps}`);
  return outputGap <= TOLERANCE && weightsGap <= TOLERANCE ? undefined : `disagrees (${gaps})`;
}

console.log(
  `multi-head attention forward: batch ${BATCH}, seq ${SEQ}, dModel ${D_MODEL}, ` +
    `${NUM_HEADS} heads, float32; ${(flop(BATCH, SEQ) / 1e9).toFixed(2)} GFLOP of matrix products`,
);
tf.env().set('PROD', true);
const cache = onnxCache();
const peerResults: Array<Maybe<Peer>> =
  'skipped' in cache
    ? [
        { skipped: `onnxruntime-web: ${cache.skipped}` },
        { skipped: `onnxruntime-node: ${cache.skipped}` },
      ]
    : await loadPeers('multi-head-attention');
const peers = peerResults.flatMap((p) => ('value' in p ? [p.value] : []));
for (const p of peerResults) if ('skipped' in p) console.log(`  peer skipped: ${p.skipped}`);
const torchTiming = timeTorch(BATCH, SEQ, RUNS);
const torchWeights = 'skipped' in cache ? undefined : readTorchWeights('multi-head-attention');

const makeParams = () =>
  torchWeights === undefined
    ? undefined
    : (attentionParamsFromTorch(torchWeights, 'attention.') as MultiHeadAttentionParams);

for (const backend of await backendsPresent()) {
  await tf.setBackend(backend);
  // The cpu backend takes seconds per forward: fewer runs there.
  const [warmUp, runs] = backend === 'cpu' ? [1, 3] : [2, RUNS];
  const params =
    makeParams() ??
    ((await import('@mha/multi-head-attention')).initMultiHeadAttention({
      dModel: D_MODEL,
      numHeads: NUM_HEADS,
      seed: 1,
    }) as MultiHeadAttentionParams);
  const x = seededNormal([BATCH, SEQ, D_MODEL], 2) as tf.Tensor3D;
  const xValues = (await x.data()) as Float32Array;
  console.log(
    `\nbackend ${backend}: median of ${runs} runs each, in turns, after ${warmUp} warm-up`,
  );
  const timedPeers: Peer[] = [];
  const rows: Array<{ name: string; timing: Timing | string }> = [];
  for (const peer of peers) {
    const problem = await agreement(peer, params, x);
    if (problem === undefined) timedPeers.push(peer);
    else rows.push({ name: peer.name, timing: problem });
  }
  const ours = 'multiHeadAttention (this package)';
  const contenders = [
    () => settle(Object.values(multiHeadAttention(params, x, x, x, { numHeads: NUM_HEADS }))),
    () => settle(naiveMultiHeadAttention(params, x)),
    ...timedPeers.map((peer) => () => peer.run(xValues, x.shape)),
  ];
  const timings = await timeInTurns(contenders, warmUp, runs);
  rows.unshift(
    { name: ours, timing: timings[0]! },
    { name: 'naive op sequence (plain tf ops)', timing: timings[1]! },
    ...timedPeers.map((peer, i) => ({ name: peer.name, timing: timings[2 + i]! })),
  );
  rows.push({ name: 'PyTorch nn.MultiheadAttention, 1 thread', timing: torchTiming });
  printTable(rows, flop(BATCH, SEQ), ours);
  if (backend !== 'cpu') {
    await printProfile('multiHeadAttention', () =>
      Object.values(multiHeadAttention(params, x, x, x, { numHeads: NUM_HEADS })),
    );
  }
  const web = timedPeers.findIndex((p) => p.name.startsWith('onnxruntime-web'));
  if (backend === 'wasm' && web >= 0) {
    const ratio = timings[0]!.cpu / timings[2 + web]!.cpu;
    const wall = timings[0]!.median / timings[2 + web]!.median;
    const met = ratio <= TARGET ? 'met' : 'NOT met';
    console.log(
      `  target ours ≤ ${TARGET} × onnxruntime-web on wasm, by CPU time: ${ratio.toFixed(2)}, ${met} ` +
        `(by wall clock ${wall.toFixed(2)})`,
    );
  }
  tf.dispose([...Object.values(params), x]);
}

/** Four projections x·W + b only: the n·d² part of ours, timed on its own. */
function projectionsOnly(p: MultiHeadAttentionParams, x: tf.Tensor3D): tf.Tensor[] {
  return tf.tidy(() =>
    (['Q', 'K', 'V', 'O'] as const).map((n) => tf.add(batchedMatMul(x, p[`w${n}`]), p[`b${n}`]!)),
  );
}

if (process.env.MHA_BENCH_SWEEP !== '0' && (await backendsPresent()).includes('wasm')) {
  await tf.setBackend('wasm');
  const params = makeParams() ?? undefined;
  if (params === undefined) {
    console.log('\ncost growth skipped: it runs the exported peers, and there are none');
  } else {
    console.log(
      `\ncost growth on wasm: batch ${SWEEP_BATCH}, dModel ${D_MODEL}, ${NUM_HEADS} heads; ` +
        `median CPU ms of 5 runs in turns (PyTorch: a subprocess). FLOP share of the n² term ` +
        `(Q·Kᵀ and A·V) against the n·d² projections; "proj" times ours' four projections alone; ` +
        `max |Δ| is the largest output difference from the ONNX Runtime peers.`,
    );
    const head = ['seq', 'n² share', 'ours', 'proj', 'ort-web', 'ort-node', 'torch', 'ours/web'];
    head.push('max |Δ|');
    console.log(`  ${head.map((h) => h.padStart(9)).join(' ')}`);
    for (const seq of SWEEP_SEQS) {
      const x = seededNormal([SWEEP_BATCH, seq, D_MODEL], 3) as tf.Tensor3D;
      const xValues = (await x.data()) as Float32Array;
      let gap = 0;
      for (const peer of peers) {
        const { output, weights } = multiHeadAttention(params, x, x, x, { numHeads: NUM_HEADS });
        const theirs = await peer.run(xValues, x.shape);
        gap = Math.max(gap, maxAbsDifference(await output.data(), theirs.output!));
        tf.dispose([output, weights]);
      }
      const timings = await timeInTurns(
        [
          () => settle(Object.values(multiHeadAttention(params, x, x, x, { numHeads: NUM_HEADS }))),
          () => settle(projectionsOnly(params, x)),
          ...peers.map((peer) => () => peer.run(xValues, x.shape)),
        ],
        1,
        5,
      );
      const torch = timeTorch(SWEEP_BATCH, seq, 5);
      const ms = (t: Timing | string | undefined) =>
        typeof t === 'object' ? t.cpu.toFixed(1) : '–';
      const share = coreFlop(SWEEP_BATCH, seq) / flop(SWEEP_BATCH, seq);
      const peerTiming = (prefix: string) => {
        const i = peers.findIndex((peer) => peer.name.startsWith(prefix));
        return i < 0 ? undefined : timings[2 + i];
      };
      const webTiming = peerTiming('onnxruntime-web');
      const cells = [
        String(seq),
        `${(100 * share).toFixed(0)}%`,
        ms(timings[0]),
        ms(timings[1]),
        ms(webTiming),
        ms(peerTiming('onnxruntime-node')),
        ms(torch),
        webTiming ? (timings[0]!.cpu / webTiming.cpu).toFixed(2) : '–',
        gap.toExponential(0),
      ];
      console.log(`  ${cells.map((c) => c.padStart(9)).join(' ')}`);
      x.dispose();
    }
    tf.dispose(Object.values(params));
  }
}
