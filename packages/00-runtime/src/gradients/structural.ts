import * as tf from '@tensorflow/tfjs-core';
import { sumToShape } from './broadcast.js';

// Gradients of reductions, layout kernels and matrix products. Each moves the
// incoming gradient back to where the input's values went.

/** `dy` of a reduction over `axes` put back to rank, then stretched to `shape`. */
function spreadOver(dy: tf.Tensor, shape: number[], axes: number[]): tf.Tensor {
  const kept = shape.map((size, axis) => (axes.includes(axis) ? 1 : size));
  const withAxes = tf.reshape(dy, kept); // reduced axes back as size 1
  return tf.mul(withAxes, tf.ones(shape)); // -> shape, each value copied over its axes
}

/** $y = \sum_{i \in \text{axes}} x_i$: every $x_i$ receives $\partial L/\partial y$. */
export const sumGrad: tf.GradConfig = {
  kernelName: 'Sum',
  inputsToSave: ['x'],
  gradFunc: (dy, saved, attrs) => {
    const x = saved[0]!;
    const axes = tf.util.parseAxisParam(attrs.axis as number | number[], x.shape);
    return { x: () => spreadOver(dy as tf.Tensor, x.shape, axes) };
  },
};

/** $y = \frac{1}{n}\sum_{i} x_i$: every $x_i$ receives $\frac{1}{n}\,\partial L/\partial y$. */
export const meanGrad: tf.GradConfig = {
  kernelName: 'Mean',
  inputsToSave: ['x'],
  gradFunc: (dy, saved, attrs) => {
    const x = saved[0]!;
    const axes = tf.util.parseAxisParam(attrs.axis as number | number[], x.shape);
    const count = axes.reduce((n, axis) => n * x.shape[axis]!, 1);
    return { x: () => tf.div(spreadOver(dy as tf.Tensor, x.shape, axes), count) };
  },
};

/**
 * $y = \max_i x_i$: the gradient goes to the entries equal to the maximum (to
 * each of them on a tie, as TensorFlow does).
 */
export const maxGrad: tf.GradConfig = {
  kernelName: 'Max',
  inputsToSave: ['x'],
  outputsToSave: [true],
  gradFunc: (dy, saved, attrs) => {
    const [x, y] = [saved[0]!, saved[1]!];
    const axes = tf.util.parseAxisParam(attrs.reductionIndices as number | number[], x.shape);
    const kept = x.shape.map((size, axis) => (axes.includes(axis) ? 1 : size));
    const isMax = tf.cast(tf.equal(x, tf.reshape(y, kept)), 'float32'); // [x.shape]
    return { x: () => tf.mul(spreadOver(dy as tf.Tensor, x.shape, axes), isMax) };
  },
};

/** A reshape moves no values: reshape the gradient back. */
export const reshapeGrad: tf.GradConfig = {
  kernelName: 'Reshape',
  inputsToSave: ['x'],
  gradFunc: (dy, saved) => ({ x: () => tf.reshape(dy as tf.Tensor, saved[0]!.shape) }),
};

/** A transpose by `perm` is undone by the inverse permutation. */
export const transposeGrad: tf.GradConfig = {
  kernelName: 'Transpose',
  gradFunc: (dy, _saved, attrs) => {
    const perm = attrs.perm as number[];
    const inverse = perm.map((_, axis) => perm.indexOf(axis));
    return { x: () => tf.transpose(dy as tf.Tensor, inverse) };
  },
};

/** A slice's gradient is `dy` in the sliced window and zero elsewhere. */
export const sliceGrad: tf.GradConfig = {
  kernelName: 'Slice',
  inputsToSave: ['x'],
  gradFunc: (dy, saved, attrs) => {
    const x = saved[0]!;
    const [begin, size] = tf.slice_util.parseSliceParams(
      x,
      attrs.begin as number | number[],
      attrs.size as number | number[],
    ) as [number[], number[]];
    const paddings = x.shape.map((n, axis): [number, number] => [
      begin[axis]!,
      n - begin[axis]! - size[axis]!,
    ]);
    return { x: () => tf.pad(dy as tf.Tensor, paddings) };
  },
};

/** Tiling copies $x$ `reps[i]` times along axis $i$; each copy's gradient adds up. */
export const tileGrad: tf.GradConfig = {
  kernelName: 'Tile',
  inputsToSave: ['x'],
  gradFunc: (dy, saved, attrs) => {
    const x = saved[0]!;
    const reps = attrs.reps as number[];
    // Output axis i holds reps[i] copies of length x.shape[i], copy index first.
    const split = x.shape.flatMap((n, axis) => [reps[axis]!, n]);
    const copyAxes = x.shape.map((_, axis) => 2 * axis);
    const perCopy = tf.reshape(dy as tf.Tensor, split); // [r0, n0, r1, n1, ...]
    return { x: () => tf.reshape(tf.sum(perCopy, copyAxes), x.shape) }; // -> [n0, n1, ...]
  },
};

/** `tf.stack` along `axis`: input $k$ gets slice $k$ of the gradient along that axis. */
export const packGrad: tf.GradConfig = {
  kernelName: 'Pack',
  saveAllInputs: true,
  gradFunc: (dy, saved, attrs) => {
    const grad = dy as tf.Tensor;
    const axis = (attrs.axis as number) < 0 ? (attrs.axis as number) + grad.rank : attrs.axis;
    const parts = tf.unstack(grad, axis as number);
    return Object.fromEntries(saved.map((_, k) => [k, () => parts[k]!]));
  },
};

/** `tf.concat` along `axis`: each input gets its own stretch of the gradient back. */
export const concatGrad: tf.GradConfig = {
  kernelName: 'Concat',
  saveAllInputs: true,
  gradFunc: (dy, saved, attrs) => {
    const grad = dy as tf.Tensor;
    const axis = tf.util.parseAxisParam(attrs.axis as number, saved[0]!.shape)[0]!;
    const parts = tf.split(
      grad,
      saved.map((t) => t.shape[axis]!),
      axis,
    );
    return Object.fromEntries(saved.map((_, k) => [k, () => parts[k]!]));
  },
};

/**
 * $C = \operatorname{op}_A(A)\,\operatorname{op}_B(B)$ with optional transposes
 * and broadcast batch axes. For $C = AB$: $\partial L/\partial A = G B^\top$ and
 * $\partial L/\partial B = A^\top G$, where $G = \partial L/\partial C$; the
 * transposed cases follow by transposing both sides. Batch axes that were
 * broadcast are summed back.
 */
export const batchMatMulGrad: tf.GradConfig = {
  kernelName: 'BatchMatMul',
  inputsToSave: ['a', 'b'],
  gradFunc: (dy, saved, attrs) => {
    const [a, b] = [saved[0]!, saved[1]!];
    const g = dy as tf.Tensor;
    const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
    let da: () => tf.Tensor;
    let db: () => tf.Tensor;
    if (!transposeA && !transposeB) {
      da = () => tf.matMul(g, b, false, true); // G·Bᵀ
      db = () => tf.matMul(a, g, true, false); // Aᵀ·G
    } else if (transposeA && !transposeB) {
      da = () => tf.matMul(b, g, false, true); // (Aᵀ)ᵀ grad: B·Gᵀ
      db = () => tf.matMul(a, g, false, false); // A·G
    } else if (!transposeA && transposeB) {
      da = () => tf.matMul(g, b, false, false); // G·B
      db = () => tf.matMul(g, a, true, false); // Gᵀ·A
    } else {
      da = () => tf.matMul(b, g, true, true); // Bᵀ·Gᵀ
      db = () => tf.matMul(g, a, true, true); // Gᵀ·Aᵀ
    }
    return { a: () => sumToShape(da(), a.shape), b: () => sumToShape(db(), b.shape) };
  },
};

/** Padding adds constants: the gradient of the input is the gradient of its own region. */
export const padV2Grad: tf.GradConfig = {
  kernelName: 'PadV2',
  inputsToSave: ['x'],
  gradFunc: (dy, saved, attrs) => {
    const x = saved[0]!;
    const before = (attrs.paddings as Array<[number, number]>).map(([b]) => b);
    return { x: () => tf.slice(dy as tf.Tensor, before, x.shape) };
  },
};

/** Adding an axis of size 1 moves no values: reshape the gradient back. */
export const expandDimsGrad: tf.GradConfig = {
  kernelName: 'ExpandDims',
  inputsToSave: ['input'],
  gradFunc: (dy, saved) => ({ input: () => tf.reshape(dy as tf.Tensor, saved[0]!.shape) }),
};

/**
 * $y_i = \sum_{j \le i} x_j$ (along `axis`): $x_j$ reaches every $y_i$ with $i \ge j$,
 * so its gradient is the cumulative sum of $\partial L/\partial y$ taken the other way.
 * An exclusive sum stays exclusive.
 */
export const cumsumGrad: tf.GradConfig = {
  kernelName: 'Cumsum',
  gradFunc: (dy, _saved, attrs) => {
    const { axis, exclusive, reverse } = attrs as unknown as {
      axis: number;
      exclusive: boolean;
      reverse: boolean;
    };
    return { x: () => tf.cumsum(dy as tf.Tensor, axis, exclusive, !reverse) };
  },
};

/**
 * $y = x[\ldots, \text{indices}, \ldots]$ along `axis`: each taken slice sends its
 * gradient back to the row it came from, summed where an index repeats (a
 * scatter-add, done along the front axis). `batchDims` other than 0 is refused.
 */
export const gatherV2Grad: tf.GradConfig = {
  kernelName: 'GatherV2',
  inputsToSave: ['x', 'indices'],
  gradFunc: (dy, saved, attrs) => {
    const [x, indices] = [saved[0]!, saved[1]!];
    const { axis, batchDims } = attrs as unknown as { axis: number; batchDims: number };
    if (batchDims !== 0) {
      throw new Error(`GatherV2 gradient: batchDims ${batchDims} is not supported (only 0)`);
    }
    const rank = x.rank;
    const at = axis < 0 ? axis + rank : axis;
    const taken = indices.size;
    const before = x.shape.slice(0, at);
    const after = x.shape.slice(at + 1);
    return {
      x: () => {
        const flat = tf.reshape(dy as tf.Tensor, [...before, taken, ...after]); // one axis of indices
        const perm = [at, ...before.map((_, i) => i), ...after.map((_, i) => at + 1 + i)];
        const front = tf.transpose(flat, perm); // -> [taken, ...before, ...after]
        const rows = tf.reshape(tf.cast(indices, 'int32'), [taken, 1]); // [taken, 1]
        const summed = tf.scatterND(rows, front, [x.shape[at]!, ...before, ...after]);
        const inverse = perm.map((_, i) => perm.indexOf(i));
        return tf.transpose(summed, inverse); // -> x.shape
      },
      indices: () => tf.zeros(indices.shape, 'float32'),
    };
  },
};
