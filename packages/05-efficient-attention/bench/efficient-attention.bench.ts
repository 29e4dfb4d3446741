// Attention beyond O(n²), measured: batch 1, 8 heads, dK = dV = 64, float32, n ∈ {1024, 2048,
// 4096, 16384}. For each n and method it prints the median wall time of a forward pass (output
// read back) and the peak tensor memory that tf.profile reports (peakBytes), then the growth
// from n = 4096 to 16384 and the issue's targets as measured:
//   - memory-efficient attention: at most 1/8 of exact attention's peak bytes at n = 4096,
//     and it runs at n = 16384, where exact attention refuses with a clear error;
//   - local and linear attention: at most 5× the time from n = 4096 to n = 16384;
//   - memory-efficient attention: at most 2× exact attention's time where both fit;
//   - causal memory-efficient attention: at most 0.6× the time of non-causal at n = 8192,
//     1 head, dK = dV = 64 (it skips the key blocks above the diagonal).
//
// Every measurement runs in a fresh Node process (this file, started with `--one`): the wasm
// backend's heap never shrinks, and after one multi-gigabyte exact attention a second one in
// the same process can fail to find room. Each process warms its kernels up at n = 256 first.
// Runs are taken in turns (method A, B, C, …, then A, B, C, … again) so that a busy machine
// slows them alike. Run with `pnpm bench efficient` (builds first); it takes several minutes.
// `node --import tsx bench/efficient-attention.bench.ts --only local` measures only the methods
// whose names start with the given word (`--only causal`: only the causal comparison).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  exactAttention,
  linearAttention,
  localAttention,
  memoryEfficientAttention,
  randomFeatureAttention,
} from '@mha/efficient-attention';
import { seededNormal, useBestBackend } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

const HEADS = 8;
const D_K = 64;
const SIZES = [1024, 2048, 4096, 16384] as const;
const WINDOW = 256;
const FEATURES = 256;

type Forward = (q: tf.Tensor, k: tf.Tensor, v: tf.Tensor) => tf.Tensor;
const METHODS: Array<{ name: string; forward: Forward }> = [
  { name: 'exact', forward: (q, k, v) => exactAttention(q, k, v).output },
  { name: 'memory-efficient (block 128)', forward: (q, k, v) => memoryEfficientAttention(q, k, v) },
  {
    name: `local (window ${WINDOW})`,
    forward: (q, k, v) => localAttention(q, k, v, { window: WINDOW }),
  },
  { name: 'linear (elu+1)', forward: (q, k, v) => linearAttention(q, k, v) },
  {
    name: `random features (${FEATURES})`,
    forward: (q, k, v) => randomFeatureAttention(q, k, v, { numFeatures: FEATURES, seed: 1 }),
  },
];

/** What one child process reports. */
type Measurement = { ms: number } | { peakBytes: number } | { error: string };

/** In a child: one timed run, or one profiled run, of one method at one n. */
async function measureOne(method: number, n: number, what: 'time' | 'peak'): Promise<Measurement> {
  await useBestBackend({ log: false });
  tf.env().set('PROD', true);
  const { forward } = METHODS[method]!;
  const inputs = (size: number) =>
    [1, 2, 3].map((seed) => seededNormal([1, HEADS, size, D_K], seed + size));
  const small = inputs(256);
  tf.dispose(forward(small[0]!, small[1]!, small[2]!)); // warm-up: kernels, wasm memory
  tf.dispose(small);
  const [q, k, v] = inputs(n) as [tf.Tensor, tf.Tensor, tf.Tensor];
  try {
    if (what === 'peak') {
      const info = await tf.profile(() => {
        forward(q, k, v).dispose();
      });
      return { peakBytes: info.peakBytes };
    }
    const start = performance.now();
    const out = forward(q, k, v);
    await out.data();
    const ms = performance.now() - start;
    out.dispose();
    return { ms };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const CAUSAL_N = 8192;

/** In a child: one timed memory-efficient forward at n = 8192, 1 head, causal or not. */
async function measureCausal(causal: boolean): Promise<Measurement> {
  await useBestBackend({ log: false });
  tf.env().set('PROD', true);
  const inputs = (size: number) => [1, 2, 3].map((seed) => seededNormal([1, 1, size, D_K], seed));
  // warm-up at a size that takes every path of both (causal: several query blocks)
  const small = inputs(2048);
  tf.dispose(memoryEfficientAttention(small[0]!, small[1]!, small[2]!, { causal }));
  tf.dispose(small);
  const [q, k, v] = inputs(CAUSAL_N) as [tf.Tensor, tf.Tensor, tf.Tensor];
  const start = performance.now();
  const out = memoryEfficientAttention(q, k, v, { causal });
  await out.data();
  const ms = performance.now() - start;
  tf.dispose([out, q, k, v]);
  return { ms };
}

function runChild(
  method: number | 'causal' | 'full',
  n: number,
  what: 'time' | 'peak',
): Measurement {
  const self = fileURLToPath(import.meta.url);
  const args = ['--import', 'tsx', self, '--one', String(method), String(n), what];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status === 0 && line.startsWith('{')) return JSON.parse(line) as Measurement;
  const last = result.stderr.trim().split('\n').filter(Boolean).pop() ?? '';
  return { error: `the process failed (${result.status ?? result.signal}): ${last.slice(0, 300)}` };
}

const runsFor = (n: number) => (n >= 16384 ? 1 : n >= 4096 ? 3 : 5);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const choice = await useBestBackend();
  console.log(
    `efficient attention: batch 1, ${HEADS} heads, dK = dV = ${D_K}, float32, on ${choice.name}; ` +
      'one process per measurement; the machine may be busy with other work',
  );
  type Cell = { times: number[]; peakBytes?: number; error?: string };
  const table = new Map<string, Cell>();
  const key = (m: number, n: number) => `${m}@${n}`;
  const only = process.argv.indexOf('--only');
  const wanted = only >= 0 ? (process.argv[only + 1] ?? '') : '';
  if (wanted === 'causal') return causalComparison();
  for (const n of SIZES) {
    for (const [m, { name }] of METHODS.entries()) {
      table.set(key(m, n), name.startsWith(wanted) ? { times: [] } : { times: [], error: 'skip' });
    }
    for (let run = 0; run < runsFor(n); run++) {
      for (const [m] of METHODS.entries()) {
        const cell = table.get(key(m, n))!;
        if (cell.error) continue;
        const result = runChild(m, n, 'time');
        if ('error' in result) cell.error = result.error;
        else if ('ms' in result) cell.times.push(result.ms);
      }
    }
    for (const [m] of METHODS.entries()) {
      const cell = table.get(key(m, n))!;
      if (cell.error) continue;
      const result = runChild(m, n, 'peak');
      if ('peakBytes' in result) cell.peakBytes = result.peakBytes;
      else if ('error' in result) cell.error = result.error;
    }
    console.log(`  n = ${n}: measured (${runsFor(n)} timed run(s) per method)`);
  }

  const ms = (m: number, n: number) => {
    const cell = table.get(key(m, n))!;
    return cell.error || cell.times.length === 0 ? undefined : median(cell.times);
  };
  const peak = (m: number, n: number) => table.get(key(m, n))!.peakBytes;
  const width = 22;
  console.log('\nms per forward (median) / peak tensor memory (tf.profile peakBytes)');
  console.log(`  ${'method'.padEnd(30)}${SIZES.map((n) => `n = ${n}`.padStart(width)).join('')}`);
  for (const [m, { name }] of METHODS.entries()) {
    const cells = SIZES.map((n) => {
      const t = ms(m, n);
      const p = peak(m, n);
      return (
        t === undefined || p === undefined
          ? table.get(key(m, n))!.error === 'skip'
            ? 'not measured'
            : 'refused, see below'
          : `${t.toFixed(0)} ms / ${mib(p)}`
      ).padStart(width);
    });
    console.log(`  ${name.padEnd(30)}${cells.join('')}`);
  }
  for (const [m, { name }] of METHODS.entries()) {
    for (const n of SIZES) {
      const error = table.get(key(m, n))!.error;
      if (error && error !== 'skip') console.log(`\n${name} at n = ${n}: ${error}`);
    }
  }

  console.log('\ngrowth from n = 4096 to n = 16384 (4× n: 4× for O(n), 16× for O(n²))');
  for (const [m, { name }] of METHODS.entries()) {
    const t = (ms(m, 16384) ?? Number.NaN) / (ms(m, 4096) ?? Number.NaN);
    const p = (peak(m, 16384) ?? Number.NaN) / (peak(m, 4096) ?? Number.NaN);
    const text = Number.isNaN(t)
      ? 'n/a (does not run at both)'
      : `time ${t.toFixed(2)}×, peak bytes ${p.toFixed(2)}×`;
    console.log(`  ${name.padEnd(30)} ${text}`);
  }

  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const [EXACT, MEMORY, LOCAL, LINEAR] = [0, 1, 2, 3];
  console.log('\ntargets, as measured');
  const memoryRatio = (peak(MEMORY, 4096) ?? Number.NaN) / (peak(EXACT, 4096) ?? Number.NaN);
  console.log(
    `  memory-efficient / exact peak bytes at n = 4096: ${memoryRatio.toFixed(3)} ` +
      `(target <= 0.125): ${verdict(memoryRatio <= 0.125)}`,
  );
  const runsTop = ms(MEMORY, 16384) !== undefined;
  const exactRefused = table.get(key(EXACT, 16384))!.error !== undefined;
  console.log(
    `  memory-efficient runs at n = 16384: ${runsTop ? 'yes' : 'no'}; exact refuses there ` +
      `with a clear error: ${exactRefused ? 'yes' : 'no'}: ${verdict(runsTop && exactRefused)}`,
  );
  for (const [m, name] of [
    [LOCAL, 'local'],
    [LINEAR, 'linear'],
  ] as const) {
    const r = (ms(m, 16384) ?? Number.NaN) / (ms(m, 4096) ?? Number.NaN);
    console.log(`  ${name} time 16384 / 4096: ${r.toFixed(2)}× (target <= 5×): ${verdict(r <= 5)}`);
  }
  for (const n of SIZES) {
    const r = (ms(MEMORY, n) ?? Number.NaN) / (ms(EXACT, n) ?? Number.NaN);
    if (Number.isNaN(r)) continue;
    console.log(
      `  memory-efficient / exact time at n = ${n}: ${r.toFixed(2)}× (target <= 2×): ${verdict(r <= 2)}`,
    );
  }
  if (wanted === '') causalComparison();
}

/** Causal against non-causal memory-efficient attention, 3 runs each, in turns. */
function causalComparison(): void {
  const times = { causal: [] as number[], full: [] as number[] };
  for (let run = 0; run < 3; run++) {
    for (const which of ['full', 'causal'] as const) {
      const result = runChild(which, CAUSAL_N, 'time');
      if (!('ms' in result)) {
        console.log(`\ncausal comparison: ${'error' in result ? result.error : 'no time'}`);
        return;
      }
      times[which].push(result.ms);
    }
  }
  const [causal, full] = [median(times.causal), median(times.full)];
  const r = causal / full;
  console.log(
    `\nmemory-efficient attention at n = ${CAUSAL_N}, 1 head, dK = dV = ${D_K}, block 128 ` +
      `(median of 3): non-causal ${full.toFixed(0)} ms, causal ${causal.toFixed(0)} ms`,
  );
  console.log(
    `  causal / non-causal time: ${r.toFixed(2)}× (target <= 0.6×): ${r <= 0.6 ? 'met' : 'MISSED'}`,
  );
}

const one = process.argv.indexOf('--one');
if (one >= 0) {
  const [method, n, what] = process.argv.slice(one + 1);
  const measurement =
    method === 'causal' || method === 'full'
      ? await measureCausal(method === 'causal')
      : await measureOne(Number(method), Number(n), what as 'time' | 'peak');
  console.log(JSON.stringify(measurement));
} else {
  await main();
}
