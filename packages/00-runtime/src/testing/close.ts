import * as tf from '@tensorflow/tfjs-core';

/** Absolute and relative tolerance: |actual − expected| ≤ atol + rtol·|expected|. */
export interface Tolerance {
  atol: number;
  rtol: number;
}

/**
 * The default float32 tolerance for a backend. `cpu` does plain float32
 * arithmetic in JavaScript; `wasm` (XNNPACK) and `tensorflow` reorder sums and
 * may fuse multiply-adds, so they get a little more room.
 */
export function toleranceFor(backend: string = tf.getBackend()): Tolerance {
  switch (backend) {
    case 'cpu':
      return { atol: 1e-6, rtol: 1e-5 };
    case 'wasm':
    case 'tensorflow':
      return { atol: 1e-5, rtol: 1e-5 };
    default:
      return { atol: 1e-4, rtol: 1e-4 };
  }
}

type Nested = number | boolean | Nested[];
/** Anything {@link expectClose} can compare. */
export type Comparable = tf.Tensor | Nested | Float32Array | Int32Array | Uint8Array;

function toFlat(value: Comparable): { values: number[]; shape: number[] | undefined } {
  if (value instanceof tf.Tensor) {
    return { values: Array.from(value.dataSync() as ArrayLike<number>), shape: value.shape };
  }
  if (ArrayBuffer.isView(value))
    return { values: Array.from(value as ArrayLike<number>), shape: undefined };
  if (typeof value === 'number' || typeof value === 'boolean')
    return { values: [Number(value)], shape: [] };
  const shape: number[] = [];
  let level: Nested = value;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0] as Nested;
  }
  const values: number[] = [];
  const walk = (v: Nested): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else values.push(Number(v));
  };
  walk(value);
  return { values, shape };
}

/**
 * Throws unless `actual` and `expected` have the same shape (where both carry
 * one) and agree element-wise within a tolerance. NaN matches only NaN, and
 * ±Infinity only itself.
 *
 * @param options tolerance; defaults to {@link toleranceFor} the active backend.
 */
export function expectClose(
  actual: Comparable,
  expected: Comparable,
  options: Partial<Tolerance> & { label?: string } = {},
): void {
  const { atol, rtol } = { ...toleranceFor(), ...options };
  const label = options.label ?? 'values';
  const a = toFlat(actual);
  const e = toFlat(expected);
  if (
    a.shape &&
    e.shape &&
    (a.shape.length !== e.shape.length || a.shape.some((d, i) => d !== e.shape![i]))
  ) {
    throw new Error(
      `${label}: shape [${a.shape.join(', ')}] differs from expected [${e.shape.join(', ')}]`,
    );
  }
  if (a.values.length !== e.values.length) {
    throw new Error(`${label}: ${a.values.length} values, expected ${e.values.length}`);
  }
  let worst = -1;
  let worstExcess = 0;
  let mismatches = 0;
  for (let i = 0; i < e.values.length; i++) {
    const x = a.values[i]!;
    const y = e.values[i]!;
    let excess: number;
    if (Number.isNaN(y) || Number.isNaN(x))
      excess = Number.isNaN(x) && Number.isNaN(y) ? 0 : Infinity;
    else if (!Number.isFinite(y) || !Number.isFinite(x)) excess = x === y ? 0 : Infinity;
    else excess = Math.abs(x - y) - (atol + rtol * Math.abs(y));
    if (excess > 0) {
      mismatches++;
      if (excess > worstExcess) {
        worstExcess = excess;
        worst = i;
      }
    }
  }
  if (mismatches > 0) {
    throw new Error(
      `${label}: ${mismatches} of ${e.values.length} values differ beyond atol=${atol}, rtol=${rtol}; ` +
        `worst at flat index ${worst}: got ${a.values[worst]}, expected ${e.values[worst]}`,
    );
  }
}
