import * as tf from '@tensorflow/tfjs-core';
import { formatShape } from '../core/assert-shape.js';
import { sliceFirstAxis } from './slice-first-axis.js';

const FN = 'sliceAxis';

/**
 * On cpu, `sliceAxis` takes its entries as one contiguous piece per index of the axes
 * before `axis` when there are at most this many pieces, each of at least `CPU_MIN_PIECE`
 * elements: `tf.slice` across the pieces computes each element's position on its own, a
 * contiguous piece is one copy (figures in docs/performance.md).
 */
const CPU_MAX_PIECES = 256;
const CPU_MIN_PIECE = 256;

/**
 * Entries `begin … begin + size − 1` of `x` along one axis, every other axis whole:
 * `tf.slice` along that axis. When every axis before it has size 1 (as for one sequence
 * of keys, `[1, 1, seqK, dK]`), the entries are contiguous and it takes them with
 * {@link sliceFirstAxis} (one copy on wasm, where `tf.slice` re-reads the whole tensor).
 * Otherwise, on cpu, it takes one contiguous piece per index of the axes before, and joins
 * them (see `CPU_MAX_PIECES`); elsewhere it calls `tf.slice`.
 *
 * @param x any tensor of rank >= 1.
 * @param axis which axis; negative counts from the end (−1 is the last), as in tfjs.
 * @param begin the first entry taken.
 * @param size how many entries.
 * @returns `x`'s shape with `size` at `axis`.
 */
export function sliceAxis<T extends tf.Tensor>(x: T, axis: number, begin: number, size: number): T {
  if (!(x instanceof tf.Tensor)) {
    throw new Error(`${FN}: argument 'x' must be a tf.Tensor, got ${typeof x}`);
  }
  if (!Number.isInteger(axis) || axis < -x.rank || axis >= x.rank) {
    throw new Error(
      `${FN}: 'axis' must be an integer in [${-x.rank}, ${x.rank}) for 'x' of shape ${formatShape(x.shape)}, got ${axis}`,
    );
  }
  const at = axis < 0 ? axis + x.rank : axis;
  const length = x.shape[at]!;
  if (
    !Number.isInteger(begin) ||
    !Number.isInteger(size) ||
    begin < 0 ||
    size < 0 ||
    begin + size > length
  ) {
    throw new Error(
      `${FN}: entries ${begin} … ${begin + size - 1} (begin ${begin}, size ${size}) are not within axis ${axis} of 'x', shape ${formatShape(x.shape)}`,
    );
  }
  const rest = x.shape.slice(at + 1);
  if (x.shape.slice(0, at).every((d) => d === 1)) {
    return tf.tidy(() => {
      const rows = tf.reshape(x, [length, ...rest]); // [length, ...rest]: no data moves
      const taken = sliceFirstAxis(rows, begin, size); // [size, ...rest]
      return tf.reshape(taken, [...x.shape.slice(0, at), size, ...rest]) as T;
    });
  }
  const outer = x.shape.slice(0, at).reduce((n, d) => n * d, 1);
  const inner = rest.reduce((n, d) => n * d, 1);
  if (tf.getBackend() === 'cpu' && outer <= CPU_MAX_PIECES && size * inner >= CPU_MIN_PIECE) {
    // One contiguous stretch per index of the axes before: `tf.slice` copies those on cpu
    // with one typed-array copy each, where a slice across them moves one element at a time.
    return tf.tidy(() => {
      const rows = tf.reshape(x, [outer * length, inner]); // no data moves
      const pieces = Array.from({ length: outer }, (_, o) =>
        tf.slice(rows, [o * length + begin, 0], [size, inner]),
      );
      return tf.reshape(tf.concat(pieces, 0), [...x.shape.slice(0, at), size, ...rest]) as T;
    });
  }
  return tf.slice(
    x,
    x.shape.map((_, i) => (i === at ? begin : 0)),
    x.shape.map((d, i) => (i === at ? size : d)),
  ) as T;
}

/** Swaps the last two axes: `[..., a, b] -> [..., b, a]` (a transpose of each matrix). */
export function swapLastTwo<T extends tf.Tensor>(x: T): T {
  if (!(x instanceof tf.Tensor) || x.rank < 2) {
    throw new Error(
      `swapLastTwo: argument 'x' must be a tf.Tensor of rank >= 2, got ${
        x instanceof tf.Tensor ? `shape ${formatShape(x.shape)}` : typeof x
      }`,
    );
  }
  const axes = x.shape.map((_, i) => i);
  return tf.transpose(x, [...axes.slice(0, -2), x.rank - 1, x.rank - 2]) as T; // [..., b, a]
}
