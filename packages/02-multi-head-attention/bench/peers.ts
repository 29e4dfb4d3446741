// Shared by the stage 2 and stage 3 benchmarks: the ONNX Runtime peers, PyTorch in a
// subprocess, timing in turns, and the tables. Node only (benchmarks are not library code).
//
// The peers run the same layer, with the same weights, exported from PyTorch to ONNX by
// scripts/export_onnx_peers.py into node_modules/.cache/mha-bench (outside git). The export
// runs once, on first use, when Debian's python3-torch is present; without it every peer row
// prints one line saying it was skipped and why.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIMD_MATMUL_KERNEL } from '@mha/runtime/kernels';
import * as tf from '@tensorflow/tfjs-core';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'mha-bench');
const EXPORT_SCRIPT = join(ROOT, 'scripts', 'export_onnx_peers.py');
export const PYTHON = process.env.MHA_PYTHON ?? '/usr/bin/python3';

/** A result, or the reason there is none. */
export type Maybe<T> = { value: T } | { skipped: string };

function pythonFailure(result: ReturnType<typeof spawnSync>): string {
  if (result.error) return `${PYTHON} could not run (${result.error.message})`;
  const stderr = String(result.stderr);
  if (stderr.includes("No module named 'torch'")) {
    return `${PYTHON} has no torch (Debian: apt-get install python3-torch)`;
  }
  return `${PYTHON} failed: ${stderr.trim().split('\n').pop()}`;
}

/** Runs a Python script and parses the JSON line it prints. */
export function runPython<T>(script: string, args: Array<string | number>): Maybe<T> {
  const result = spawnSync(PYTHON, [script, ...args.map(String)], {
    encoding: 'utf8',
    env: { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1' },
  });
  if (result.error || result.status !== 0) return { skipped: pythonFailure(result) };
  return { value: JSON.parse(result.stdout.trim().split('\n').pop()!) as T };
}

/** The exported models' folder, exporting them first when they are missing. */
export function onnxCache(): Maybe<string> {
  if (!existsSync(join(CACHE_DIR, 'manifest.json'))) {
    const made = runPython<unknown>(EXPORT_SCRIPT, [CACHE_DIR]);
    if ('skipped' in made) return { skipped: `no ONNX export: ${made.skipped}` };
  }
  return { value: CACHE_DIR };
}

/** PyTorch's parameters of one exported model, by state_dict name, as stored ([out, in]). */
export function readTorchWeights(
  name: string,
): Map<string, { shape: number[]; data: Float32Array }> {
  const entries = JSON.parse(readFileSync(join(CACHE_DIR, `${name}.weights.json`), 'utf8')) as {
    name: string;
    shape: number[];
    offset: number;
  }[];
  const bytes = readFileSync(join(CACHE_DIR, `${name}.weights.bin`));
  const weights = new Map<string, { shape: number[]; data: Float32Array }>();
  for (const e of entries) {
    const size = e.shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(size);
    for (let i = 0; i < size; i++) data[i] = bytes.readFloatLE(e.offset + 4 * i);
    weights.set(e.name, { shape: e.shape, data });
  }
  return weights;
}

/** PyTorch's `in_proj_weight` `[3·dModel, dModel]` as this project's `wQ`, `wK`, `wV`. */
export function attentionParamsFromTorch(
  weights: Map<string, { shape: number[]; data: Float32Array }>,
  prefix: string,
) {
  const get = (n: string) => weights.get(prefix + n)!;
  const inW = get('in_proj_weight');
  const inB = get('in_proj_bias');
  const d = inW.shape[1]!;
  // Linear weight [out, in] -> this project's [in, out]
  const matrix = (data: Float32Array, rows: number) =>
    tf.transpose(tf.tensor2d(data, [rows, d])) as tf.Tensor2D;
  const part = (i: number) => inW.data.subarray(i * d * d, (i + 1) * d * d);
  const bias = (i: number) => tf.tensor1d(inB.data.subarray(i * d, (i + 1) * d));
  return {
    wQ: matrix(part(0), d),
    wK: matrix(part(1), d),
    wV: matrix(part(2), d),
    wO: matrix(get('out_proj.weight').data, d),
    bQ: bias(0),
    bK: bias(1),
    bV: bias(2),
    bO: tf.tensor1d(get('out_proj.bias').data),
  };
}

/** One ONNX Runtime peer behind a common face: run x, get named outputs back. */
export interface Peer {
  name: string;
  run: (x: Float32Array, shape: number[]) => Promise<Record<string, Float32Array>>;
}

type OrtModule = typeof import('onnxruntime-web');

async function peerFrom(
  ort: OrtModule,
  name: string,
  provider: 'wasm' | 'cpu',
  model: string,
): Promise<Peer> {
  const inference = await ort.InferenceSession.create(model, {
    executionProviders: [provider],
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
  return {
    name,
    run: async (x, shape) => {
      const feeds = { x: new ort.Tensor('float32', x, shape) };
      const out = await inference.run(feeds);
      const values: Record<string, Float32Array> = {};
      for (const [key, t] of Object.entries(out)) {
        values[key] = t.data as Float32Array;
        t.dispose();
      }
      return values;
    },
  };
}

/** onnxruntime-web (wasm, SIMD, 1 thread) and onnxruntime-node (native, 1 thread). */
export async function loadPeers(model: string): Promise<Array<Maybe<Peer>>> {
  const file = join(CACHE_DIR, `${model}.onnx`);
  const peers: Array<Maybe<Peer>> = [];
  try {
    const web = (await import('onnxruntime-web')) as OrtModule;
    web.env.wasm.numThreads = 1;
    web.env.wasm.simd = true;
    peers.push({
      value: await peerFrom(web, 'onnxruntime-web, wasm SIMD, 1 thread', 'wasm', file),
    });
  } catch (error) {
    peers.push({ skipped: `onnxruntime-web: ${(error as Error).message}` });
  }
  try {
    const node = (await import('onnxruntime-node')) as unknown as OrtModule;
    peers.push({ value: await peerFrom(node, 'onnxruntime-node, native, 1 thread', 'cpu', file) });
  } catch (error) {
    peers.push({ skipped: `onnxruntime-node: ${(error as Error).message}` });
  }
  return peers;
}

/** Largest |a − b| over two equally long arrays. */
export function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}

/**
 * One contender's times: wall-clock median and range, and the median CPU time of this
 * process (all its threads) over the same runs. On a busy machine the wall clock also
 * counts the time other processes held the cores; CPU time counts only the work done, so
 * ratios are taken from it.
 */
export interface Timing {
  median: number;
  low: number;
  high: number;
  cpu: number;
  runs: number;
}

const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function summarise(times: number[], cpuTimes: number[]): Timing {
  return {
    median: medianOf(times),
    low: Math.min(...times),
    high: Math.max(...times),
    cpu: medianOf(cpuTimes),
    runs: times.length,
  };
}

/** CPU time (user + system) this process has used so far, in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Times each contender `runs` times after `warmUp` rounds, in turns (A, B, C, A, B, C, …),
 * so that a busy machine slows them alike and their ratios stay fair.
 */
export async function timeInTurns(
  contenders: Array<() => Promise<unknown>>,
  warmUp: number,
  runs: number,
): Promise<Timing[]> {
  const times: number[][] = contenders.map(() => []);
  const cpuTimes: number[][] = contenders.map(() => []);
  for (let i = 0; i < warmUp + runs; i++) {
    for (const [j, run] of contenders.entries()) {
      const start = performance.now();
      const cpuStart = cpuMs();
      await run();
      const cpu = cpuMs() - cpuStart;
      const ms = performance.now() - start;
      if (i >= warmUp) {
        times[j]!.push(ms);
        cpuTimes[j]!.push(cpu);
      }
    }
  }
  return times.map((t, j) => summarise(t, cpuTimes[j]!));
}

/**
 * One table row per contender: wall-clock median and range, CPU-time median, GFLOP/s of
 * CPU time, and ours ÷ this row by CPU time and by wall clock.
 */
export function printTable(
  rows: Array<{ name: string; timing: Timing | string }>,
  flop: number,
  oursName: string,
): void {
  const ours = rows.find((r) => r.name === oursName)?.timing;
  const oursTiming = typeof ours === 'object' ? ours : undefined;
  console.log(
    `  ${'implementation'.padEnd(46)} ${'wall ms'.padStart(8)} ${'wall min–max'.padStart(15)}` +
      ` ${'CPU ms'.padStart(8)} ${'GFLOP/s'.padStart(7)} ${'ours÷row CPU'.padStart(12)}` +
      ` ${'wall'.padStart(5)}`,
  );
  for (const { name, timing } of rows) {
    if (typeof timing === 'string') {
      console.log(`  ${name.padEnd(46)} skipped: ${timing}`);
      continue;
    }
    const range = `${timing.low.toFixed(1)}–${timing.high.toFixed(1)}`;
    const cpuRatio = oursTiming ? (oursTiming.cpu / timing.cpu).toFixed(2) : '–';
    const wallRatio = oursTiming ? (oursTiming.median / timing.median).toFixed(2) : '–';
    console.log(
      `  ${name.padEnd(46)} ${timing.median.toFixed(1).padStart(8)} ${range.padStart(15)}` +
        ` ${timing.cpu.toFixed(1).padStart(8)} ${(flop / (timing.cpu * 1e6)).toFixed(1).padStart(7)}` +
        ` ${cpuRatio.padStart(12)} ${wallRatio.padStart(5)}`,
    );
  }
}

/**
 * Where the time goes: `tf.profile`'s per-kernel times for one call of `run`, grouped by
 * kernel name (matrix products also by operand shapes), largest first, with each group's
 * share of the summed kernel time.
 */
export async function printProfile(label: string, run: () => tf.TensorContainer): Promise<void> {
  const info = await tf.profile(() => run());
  const groups = new Map<string, { ms: number; calls: number }>();
  let total = 0;
  for (const kernel of info.kernels) {
    // A custom gradient shows as a scope ('unnamed scope', 'backward') around kernels that
    // are listed on their own too: count only registered kernels, so each counts once.
    if (tf.getKernel(kernel.name, tf.getBackend()) === undefined) continue;
    const ms = Number(await kernel.kernelTimeMs);
    const shapes = kernel.inputShapes.map((shape) => `[${shape.join('×')}]`).join('·');
    const name =
      kernel.name === 'BatchMatMul'
        ? `matMul ${shapes}`
        : kernel.name === SIMD_MATMUL_KERNEL
          ? `SIMD matMul ${shapes}`
          : kernel.name;
    const group = groups.get(name) ?? { ms: 0, calls: 0 };
    group.ms += ms;
    group.calls += 1;
    groups.set(name, group);
    total += ms;
  }
  tf.dispose(info.result as tf.TensorContainer);
  const top = [...groups].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8);
  const parts = top.map(
    ([name, g]) => `${name} ${((100 * g.ms) / total).toFixed(0)}% (${g.calls}×)`,
  );
  console.log(`  where ${label}'s ${total.toFixed(0)} ms of kernel time goes: ${parts.join(', ')}`);
}
