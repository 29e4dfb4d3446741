/**
 * Small helpers the notebooks share: reading tensors as typed nested arrays, printing
 * them, comparing numbers with a tolerance, timing and measuring memory, and watching what
 * a learner's function mentions, runs or reads, so that an exercise's check can enforce
 * what it forbids.
 *
 * Notebook code imports them (`import { show, assertClose } from './helpers'`); tslab
 * compiles this file with the notebook's cells. It is not library code: it runs only in
 * the notebooks' Node kernel.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tslab from 'tslab';

/** A 2-D tensor's values as rows of numbers (booleans read as 0 and 1). */
export function rowsOf(t: tf.Tensor): number[][] {
  if (t.rank !== 2) {
    throw new Error(`rowsOf: argument 't' must have rank 2, got shape [${t.shape.join(', ')}]`);
  }
  return t.arraySync() as number[][];
}

/**
 * The `[rows, cols]` matrix at the given leading indices of a tensor of any rank >= 2,
 * as rows of numbers: `matrixAt(weights, 0, 1)` is batch 0, head index 1.
 */
export function matrixAt(t: tf.Tensor, ...lead: number[]): number[][] {
  if (t.rank !== lead.length + 2) {
    throw new Error(
      `matrixAt: a tensor of shape [${t.shape.join(', ')}] needs ${t.rank - 2} leading ` +
        `indices, got ${lead.length}`,
    );
  }
  return tf.tidy(() => {
    const rows = t.shape[t.rank - 2]!;
    const cols = t.shape[t.rank - 1]!;
    const begin = [...lead, 0, 0];
    const size = [...lead.map(() => 1), rows, cols];
    return tf.reshape(tf.slice(t, begin, size), [rows, cols]).arraySync() as number[][];
  });
}

/** A tensor's values as a flat array of numbers. */
export function valuesOf(t: tf.Tensor): number[] {
  return Array.from(t.dataSync());
}

/** Prints a tensor of rank 1 or 2 (or nested numbers) as rows of fixed-width numbers. */
export function show(label: string, t: tf.Tensor | number[][], decimals = 4): void {
  const rows = Array.isArray(t) ? t : t.rank === 1 ? [valuesOf(t)] : rowsOf(t);
  const shape = Array.isArray(t) ? [rows.length, rows[0]?.length ?? 0] : t.shape;
  const cell = (x: number) => x.toFixed(decimals).padStart(decimals + 4);
  console.log(`${label}  shape [${shape.join(', ')}]`);
  for (const row of rows) console.log(`  ${row.map(cell).join(' ')}`);
}

/** Largest |a − b| over all entries of two tensors of one shape. */
export function maxDiff(a: tf.Tensor, b: tf.Tensor): number {
  if (a.shape.join() !== b.shape.join()) {
    throw new Error(`maxDiff: shapes differ, [${a.shape.join(', ')}] and [${b.shape.join(', ')}]`);
  }
  return tf
    .tidy(() => tf.max(tf.abs(tf.sub(tf.cast(a, 'float32'), tf.cast(b, 'float32')))))
    .dataSync()[0]!;
}

/**
 * Throws unless `actual` has the shape of `expected` and every entry is within `tol` of
 * it (NaN matches only NaN). `what` names the quantity in the message.
 */
export function assertClose(
  actual: tf.Tensor | number[] | number[][],
  expected: number[] | number[][],
  tol: number,
  what: string,
): void {
  const asRows = (x: number[] | number[][]): number[][] =>
    x.length > 0 && Array.isArray(x[0]) ? (x as number[][]) : [x as number[]];
  const got =
    actual instanceof tf.Tensor
      ? actual.rank <= 1
        ? [valuesOf(actual)]
        : rowsOf(actual)
      : asRows(actual);
  const want = asRows(expected);
  if (got.length !== want.length) {
    throw new Error(`${what}: ${got.length} rows, expected ${want.length}`);
  }
  want.forEach((row, i) => {
    if (got[i]!.length !== row.length) {
      throw new Error(`${what}: row ${i} has ${got[i]!.length} entries, expected ${row.length}`);
    }
    row.forEach((e, j) => {
      const a = got[i]![j]!;
      const ok = Number.isNaN(e) ? Number.isNaN(a) : Math.abs(a - e) <= tol;
      if (!ok) throw new Error(`${what}[${i}][${j}] = ${a}, expected ${e} (tolerance ${tol})`);
    });
  });
}

/** Throws with `message` unless `condition` holds. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Every tensor inside a value: tensors, arrays and plain objects, any depth. */
export function tensorsIn(value: unknown): tf.Tensor[] {
  if (value instanceof tf.Tensor) return [value];
  if (Array.isArray(value)) return value.flatMap(tensorsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(tensorsIn);
  return [];
}

/** Disposes of every tensor inside a value (a parameter object, a list of results …). */
export function disposeAll(...values: unknown[]): void {
  tf.dispose(values.flatMap(tensorsIn));
}

/** The number of entries of every tensor inside a value: a model's parameter count. */
export function countEntries(value: unknown): number {
  return tensorsIn(value).reduce((sum, t) => sum + t.size, 0);
}

type AnyFunction = (...args: never[]) => unknown;

/**
 * Which of `names` the code of `fn` mentions, comments left out. A check uses it to refuse
 * a function that calls the very library function the exercise asks you to write (a
 * function imported by name into a notebook is bound when the import runs, so wrapping the
 * package's export afterwards would not see the call), or a loop where a formula is asked for.
 */
export function mentions(fn: AnyFunction, ...names: string[]): string[] {
  const code = fn
    .toString()
    .replace(/\/\*[\s\S]*?\*\//g, '') // block comments
    .replace(/\/\/.*$/gm, ''); // line comments
  return names.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
}

/** The names of the backend kernels `run` executes, in order (through `tf.profile`). */
export async function kernelsRun(run: () => tf.TensorContainer): Promise<string[]> {
  const info = await tf.profile(() => run());
  return info.kernels.map((k) => k.name);
}

/**
 * A copy of `values` that writes each read of an index to `log` as `${label}${index}`:
 * `watched([1, 2], 's', log)` logs `s0` when element 0 is read. A check uses it to see in
 * what order a function reads its inputs.
 */
export function watched(values: number[], label: string, log: string[]): number[] {
  return new Proxy([...values], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) log.push(`${label}${key}`);
      return Reflect.get(target, key, receiver);
    },
  });
}

/** A tensor's shape as text: `[2, 5, 8]`. */
export const shapeOf = (t: tf.Tensor): string => `[${t.shape.join(', ')}]`;

/** The head at index i (head i + 1) of a [batch, numHeads, seq, d] tensor, as [batch, seq, d]. */
export function headOf(t: tf.Tensor, i: number): tf.Tensor3D {
  if (t.rank !== 4) {
    throw new Error(`headOf: argument 't' must be [batch, numHeads, seq, d], got ${shapeOf(t)}`);
  }
  const [batch, , seq, d] = t.shape as [number, number, number, number];
  return tf.reshape(tf.slice(t, [0, i, 0, 0], [batch, 1, seq, d]), [batch, seq, d]);
}

/** Shows SVG pictures next to each other in the notebook. */
export function showSideBySide(...svgs: string[]): void {
  const style = 'display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start';
  tslab.display.html(`<div style="${style}">${svgs.join('')}</div>`);
}

/** A number of bytes, readably: `33.6 MB`, `8.59 GB`. */
export function formatBytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/**
 * Peak tensor bytes while `f` runs, above what was allocated before it. `tf.profile`'s
 * `peakBytes` also counts what was allocated before the call, so that is subtracted.
 */
export async function peakBytes(f: () => tf.Tensor): Promise<number> {
  const before = tf.memory().numBytes;
  const info = await tf.profile(() => {
    f().dispose();
  });
  return info.peakBytes - before;
}

/** Wall time of `f` in ms, its output read back (so the backend has finished). */
export function timeMs(f: () => tf.Tensor): number {
  const start = performance.now();
  const out = f();
  out.dataSync();
  out.dispose();
  return performance.now() - start;
}
