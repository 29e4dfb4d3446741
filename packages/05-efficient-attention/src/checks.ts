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
