// Shared by this package's tests: PyTorch fixtures, nested arrays to tensors,
// and the backends to compare on.
import { readFixtureCases } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';

/** A nested array as JSON stores it. */
export type Nested = number | Nested[];

/** The `cases` array of `test/fixtures/<file>`, written by `scripts/make_fixtures.py`. */
export function loadCases<T>(file: string): T[] {
  return readFixtureCases<T>(new URL(`./fixtures/${file}`, import.meta.url));
}

/** A float32 tensor from a nested array. */
export function tensor<T extends tf.Tensor = tf.Tensor>(value: Nested): T {
  return tf.tensor(value as number[]) as T;
}

/** Fixture comparisons: within 1e-4 absolute, as PyTorch agreement is specified. */
export const FIXTURE_TOLERANCE = { atol: 1e-4, rtol: 0 };
