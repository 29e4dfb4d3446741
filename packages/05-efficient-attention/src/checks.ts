import { formatShape } from '@mha/runtime';
import type * as tf from '@tensorflow/tfjs-core';

/** Throws unless `value` is an integer ≥ `min`, naming the function and the argument. */
export function checkInteger(value: unknown, min: number, name: string, fnName: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    const what = min === 0 ? 'a non-negative integer' : `an integer >= ${min}`;
    throw new Error(`${fnName}: '${name}' must be ${what}, got ${JSON.stringify(value)}`);
  }
}

/** Throws unless `value` is a non-negative integer or `Infinity` (no limit). */
export function checkReach(value: unknown, name: string, fnName: string): void {
  if (value === Number.POSITIVE_INFINITY) return;
  checkInteger(value, 0, name, fnName);
}

/**
 * Throws unless q, k and v are float32 with rank >= 2, share their leading axes, q and k
 * share dK and k and v share seqK. Every message names the function and all three shapes.
 */
export function checkQueryKeyValue(q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, fnName: string): void {
  const shapes = `q ${formatShape(q.shape)}, k ${formatShape(k.shape)}, v ${formatShape(v.shape)}`;
  for (const [name, t] of [
    ['q', q],
    ['k', k],
    ['v', v],
  ] as const) {
    if (t.rank < 2) {
      throw new Error(`${fnName}: argument '${name}' must have rank >= 2, got ${shapes}`);
    }
    if (t.dtype !== 'float32') {
      throw new Error(`${fnName}: argument '${name}' must be float32, got dtype '${t.dtype}'`);
    }
  }
  if (k.rank !== q.rank || v.rank !== q.rank) {
    throw new Error(`${fnName}: arguments 'q', 'k' and 'v' must have the same rank, got ${shapes}`);
  }
  const lead = (t: tf.Tensor) => t.shape.slice(0, -2);
  if ([k, v].some((t) => lead(t).some((d, i) => d !== lead(q)[i]))) {
    throw new Error(
      `${fnName}: arguments 'k' and 'v' must have the same leading axes as 'q', got ${shapes}`,
    );
  }
  const last = (t: tf.Tensor) => t.shape[t.rank - 1]!;
  const seq = (t: tf.Tensor) => t.shape[t.rank - 2]!;
  if (last(k) !== last(q)) {
    throw new Error(
      `${fnName}: argument 'k' must have the same dK (last axis) as 'q', got ${shapes}`,
    );
  }
  if (seq(v) !== seq(k)) {
    throw new Error(
      `${fnName}: argument 'v' must have the same seqK (second-to-last axis) as 'k', got ${shapes}`,
    );
  }
}

/** Throws unless an options object is an object (or absent). */
export function checkOptionsObject(options: unknown, fnName: string): void {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new Error(`${fnName}: 'options' must be an object, got ${JSON.stringify(options)}`);
  }
}

/** Throws unless the `causal` option is a boolean. */
export function checkCausal(causal: unknown, fnName: string): void {
  if (typeof causal !== 'boolean') {
    throw new Error(`${fnName}: option 'causal' must be a boolean, got ${JSON.stringify(causal)}`);
  }
}

/** Throws unless q and k have the same sequence length, which `causal` needs. */
export function checkCausalLengths(q: tf.Tensor, k: tf.Tensor, fnName: string): void {
  if (q.shape[q.rank - 2] !== k.shape[k.rank - 2]) {
    throw new Error(
      `${fnName}: 'causal' needs seqQ = seqK, got q ${formatShape(q.shape)} and k ${formatShape(k.shape)}`,
    );
  }
}
