import * as tf from '@tensorflow/tfjs-core';

/**
 * Seeded initialisation. Every random number is drawn in JavaScript from a
 * small, well-known generator (mulberry32) and only then handed to
 * TensorFlow.js, so the same seed gives bit-identical weights on every backend.
 */

function checkSeed(seed: number, fnName: string): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`${fnName}: 'seed' must be an integer in [0, 2^32), got ${seed}`);
  }
}

function checkShape(shape: readonly number[], fnName: string): void {
  if (!shape.every((d) => Number.isInteger(d) && d > 0)) {
    throw new Error(`${fnName}: 'shape' must hold positive integers, got [${shape.join(', ')}]`);
  }
}

/**
 * A seeded generator of floats in [0, 1): mulberry32, a 32-bit state
 * generator that is fast, portable and plenty for initialisation and test data.
 */
export function mulberry32(seed: number): () => number {
  checkSeed(seed, 'mulberry32');
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Derives an independent seed from a parent seed and a path of labels, so each
 * parameter gets its own stream: `deriveSeed(seed, 'attention', 'wQ')`.
 * FNV-1a over the seed and the labels.
 */
export function deriveSeed(seed: number, ...path: Array<string | number>): number {
  checkSeed(seed, 'deriveSeed');
  let hash = 0x811c9dc5;
  const text = [seed, ...path].join('/');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function product(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/**
 * Uniform samples in `[min, max)`, seeded.
 *
 * @param shape the tensor shape.
 * @param seed an integer in [0, 2^32). Required.
 */
export function seededUniform(
  shape: readonly number[],
  seed: number,
  { min = -1, max = 1 }: { min?: number; max?: number } = {},
): tf.Tensor {
  checkShape(shape, 'seededUniform');
  const next = mulberry32(seed);
  const values = new Float32Array(product(shape));
  for (let i = 0; i < values.length; i++) values[i] = min + (max - min) * next();
  return tf.tensor(values, [...shape], 'float32');
}

/**
 * Normal samples with the given mean and standard deviation, seeded (Box–Muller).
 *
 * @param shape the tensor shape.
 * @param seed an integer in [0, 2^32). Required.
 */
export function seededNormal(
  shape: readonly number[],
  seed: number,
  { mean = 0, std = 1 }: { mean?: number; std?: number } = {},
): tf.Tensor {
  checkShape(shape, 'seededNormal');
  const next = mulberry32(seed);
  const values = new Float32Array(product(shape));
  for (let i = 0; i < values.length; i += 2) {
    const u1 = 1 - next(); // in (0, 1], so the log is finite
    const u2 = next();
    const radius = Math.sqrt(-2 * Math.log(u1));
    values[i] = mean + std * radius * Math.cos(2 * Math.PI * u2);
    if (i + 1 < values.length) values[i + 1] = mean + std * radius * Math.sin(2 * Math.PI * u2);
  }
  return tf.tensor(values, [...shape], 'float32');
}

/**
 * Glorot (Xavier) uniform initialisation for a weight applied as x·W.
 *
 * $$W_{ij} \sim \mathcal{U}\left(-\sqrt{\tfrac{6}{n_\text{in}+n_\text{out}}},\ \sqrt{\tfrac{6}{n_\text{in}+n_\text{out}}}\right)$$
 *
 * @param shape `[in, out]` (a 1-D shape uses its length for both fans).
 * @param seed an integer in [0, 2^32). Required: the same seed gives the same bits on every backend.
 * @returns a float32 tensor of `shape`.
 */
export function glorotUniform(shape: readonly number[], seed: number): tf.Tensor {
  checkShape(shape, 'glorotUniform');
  const fanIn = shape.length === 1 ? shape[0]! : shape[shape.length - 2]!;
  const fanOut = shape[shape.length - 1]!;
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return seededUniform(shape, seed, { min: -limit, max: limit });
}

/** A float32 tensor of zeros, the usual bias initialisation. */
export function zeros(shape: readonly number[]): tf.Tensor {
  checkShape(shape, 'zeros');
  return tf.zeros([...shape], 'float32');
}

/** A float32 tensor of ones, the usual layer-norm gain initialisation. */
export function ones(shape: readonly number[]): tf.Tensor {
  checkShape(shape, 'ones');
  return tf.ones([...shape], 'float32');
}
