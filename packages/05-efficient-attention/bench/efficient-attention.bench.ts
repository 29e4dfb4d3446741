// Attention beyond O(n²), measured: batch 1, 8 heads, dK = dV = 64, float32, n ∈ {1024, 4096,
// 16384}. For each n and method it prints the median wall time of a forward pass (output
// read back) and the peak tensor memory that tf.profile reports (peakBytes), then the growth
// from n = 4096 to 16384 and the issue's targets as measured:
//   - memory-efficient attention: at most 1/8 of exact attention's peak bytes at n = 4096,
//     and it runs at n = 16384, where exact attention refuses with a clear error;
//   - local and linear attention: at most 5× the time from n = 4096 to n = 16384;
//   - memory-efficient attention: at most 2× exact attention's time where both fit.
// The methods run in turns (A, B, C, …, A, B, C, …) so that a busy machine slows them alike.
// Run with `pnpm bench efficient` (builds first). It takes several minutes: exact arithmetic
// at n = 16384 is about 550 GFLOP.
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
const SIZES = [1024, 4096, 16384] as const;
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

interface Cell {
  ms?: number;
  peakBytes?: number;
  error?: string;
}

const runsFor = (n: number) => (n >= 16384 ? 1 : n >= 4096 ? 3 : 5);

async function timeOnce(forward: () => tf.Tensor): Promise<number> {
  const start = performance.now();
  const out = forward();
  await out.data();
  const ms = performance.now() - start;
  out.dispose();
  return ms;
}

async function peakBytes(forward: () => tf.Tensor): Promise<number> {
  const info = await tf.profile(() => {
    forward().dispose();
  });
  return info.peakBytes;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

const choice = await useBestBackend();
tf.env().set('PROD', true);
console.log(
  `efficient attention: batch 1, ${HEADS} heads, dK = dV = ${D_K}, float32; ${choice.message}; ` +
    'the machine may be busy with other work, so times are indicative',
);
const table = new Map<string, Cell>();
for (const n of SIZES) {
  const q = seededNormal([1, HEADS, n, D_K], 1);
  const k = seededNormal([1, HEADS, n, D_K], 2);
  const v = seededNormal([1, HEADS, n, D_K], 3);
  const live = METHODS.filter(({ name, forward }) => {
    try {
      // One untimed call: the warm-up, and the check that it fits at all.
      tf.tidy(() => forward(q, k, v).dataSync());
      return true;
    } catch (error) {
      table.set(`${name}@${n}`, { error: (error as Error).message });
      return false;
    }
  });
  const times = new Map<string, number[]>(live.map(({ name }) => [name, []]));
  for (let run = 0; run < runsFor(n); run++) {
    for (const { name, forward } of live)
      times.get(name)!.push(await timeOnce(() => forward(q, k, v)));
  }
  for (const { name, forward } of live) {
    const sorted = times.get(name)!.sort((a, b) => a - b);
    const ms = sorted[Math.floor(sorted.length / 2)]!;
    table.set(`${name}@${n}`, { ms, peakBytes: await peakBytes(() => forward(q, k, v)) });
  }
  tf.dispose([q, k, v]);
  console.log(`  n = ${n}: done (${runsFor(n)} timed run(s) per method after one warm-up)`);
}

const header = `  ${'method'.padEnd(30)}${SIZES.map((n) => `n = ${n}`.padStart(26)).join('')}`;
console.log(`\nms per forward (median) / peak tensor bytes (tf.profile peakBytes)\n${header}`);
for (const { name } of METHODS) {
  const cells = SIZES.map((n) => {
    const cell = table.get(`${name}@${n}`)!;
    return (
      cell.error ? 'refused (see below)' : `${cell.ms!.toFixed(0)} ms / ${mb(cell.peakBytes!)}`
    ).padStart(26);
  });
  console.log(`  ${name.padEnd(30)}${cells.join('')}`);
}
for (const [key, cell] of table) {
  if (cell.error) console.log(`\n${key.replace('@', ' at n = ')}: ${cell.error}`);
}

const get = (name: string, n: number) =>
  table.get(`${METHODS.find((m) => m.name.startsWith(name))!.name}@${n}`)!;
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? Number.NaN : a / b;
console.log('\ngrowth from n = 4096 to n = 16384 (time; 4× n is 4× for O(n), 16× for O(n²))');
for (const { name } of METHODS) {
  const r = ratio(get(name, 16384).ms, get(name, 4096).ms);
  const bytes = ratio(get(name, 16384).peakBytes, get(name, 4096).peakBytes);
  console.log(
    `  ${name.padEnd(30)} ${Number.isNaN(r) ? 'n/a (did not run at 16384)' : `time ${r.toFixed(2)}×, peak bytes ${bytes.toFixed(2)}×`}`,
  );
}

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const memRatio = ratio(get('memory-efficient', 4096).peakBytes, get('exact', 4096).peakBytes);
const runsAtTop = get('memory-efficient', 16384).ms !== undefined;
const exactRefused = get('exact', 16384).error !== undefined;
console.log('\ntargets, as measured');
console.log(
  `  memory-efficient peak / exact peak at n = 4096: ${memRatio.toFixed(3)} (target <= 0.125): ${verdict(memRatio <= 0.125)}`,
);
console.log(
  `  memory-efficient runs at n = 16384: ${runsAtTop ? 'yes' : 'no'}; exact refuses there: ${exactRefused ? 'yes' : 'no'}: ${verdict(runsAtTop && exactRefused)}`,
);
for (const name of ['local', 'linear']) {
  const r = ratio(get(name, 16384).ms, get(name, 4096).ms);
  console.log(`  ${name} time 16384 / 4096: ${r.toFixed(2)}× (target <= 5×): ${verdict(r <= 5)}`);
}
for (const n of SIZES) {
  const r = ratio(get('memory-efficient', n).ms, get('exact', n).ms);
  if (Number.isNaN(r)) continue;
  console.log(
    `  memory-efficient / exact time at n = ${n}: ${r.toFixed(2)}× (target <= 2×): ${verdict(r <= 2)}`,
  );
}
