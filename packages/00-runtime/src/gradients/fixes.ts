import * as tf from '@tensorflow/tfjs-core';

// The gradients this package registers over tfjs-core 4.22's: each replaces one that
// is wrong, fails on a backend, or is missing (see the README's "Gradients" section).
// The engine calls `gradFunc(dy, saved, attrs)` inside its own tidy; `saved` holds the
// inputs named by `inputsToSave`.

/**
 * Sums a gradient back to the shape of an input that broadcasting stretched: every
 * copy of the input contributed to the output, so its gradient is the sum over the
 * copies (over the axes it was stretched along, and any leading axes it lacks).
 */
function sumToShape(dy: tf.Tensor, shape: readonly number[]): tf.Tensor {
  if (tf.util.arraysEqual(dy.shape, shape as number[])) return dy;
  const leading = dy.rank - shape.length;
  const axes = dy.shape
    .map((_, axis) => axis)
    .filter((axis) => axis < leading || (shape[axis - leading] === 1 && dy.shape[axis] !== 1));
  const summed = axes.length === 0 ? dy : tf.sum(dy, axes); // drops the broadcast axes
  return tf.reshape(summed, shape as number[]); // -> the input's shape
}

/**
 * $C = AB$: $\partial L/\partial A = G B^\top$, $\partial L/\partial B = A^\top G$ with
 * $G = \partial L/\partial C$, transposes following. tfjs-core's does not sum broadcast
 * batch axes back, so `tf.matMul(x3d, w2d)` (the usual x·W) cannot be differentiated.
 */
const batchMatMulGrad: tf.GradConfig = {
  kernelName: 'BatchMatMul',
  inputsToSave: ['a', 'b'],
  gradFunc: (dy, saved, attrs) => {
    const [a, b] = [saved[0]!, saved[1]!];
    const g = dy as tf.Tensor;
    const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
    const [da, db] = !transposeA
      ? !transposeB
        ? [() => tf.matMul(g, b, false, true), () => tf.matMul(a, g, true, false)] // G·Bᵀ, Aᵀ·G
        : [() => tf.matMul(g, b), () => tf.matMul(g, a, true, false)] // G·B, Gᵀ·A
      : !transposeB
        ? [() => tf.matMul(b, g, false, true), () => tf.matMul(a, g)] // B·Gᵀ, A·G
        : [() => tf.matMul(b, g, true, true), () => tf.matMul(g, a, true, true)]; // Bᵀ·Gᵀ, Gᵀ·Aᵀ
    return { a: () => sumToShape(da(), a.shape), b: () => sumToShape(db(), b.shape) };
  },
};

/**
 * $\max(a, b)$ and $\min(a, b)$ pass the gradient to the side they chose (to `a` on a tie).
 * tfjs-core's do not sum broadcast axes back.
 */
function extremumGrad(kernelName: 'Maximum' | 'Minimum'): tf.GradConfig {
  const choosesA = kernelName === 'Maximum' ? tf.greaterEqual : tf.lessEqual;
  return {
    kernelName,
    inputsToSave: ['a', 'b'],
    gradFunc: (dy, saved) => {
      const [a, b] = [saved[0]!, saved[1]!];
      const toA = tf.cast(choosesA(a, b), 'float32'); // [broadcast shape]
      return {
        a: () => sumToShape(tf.mul(dy as tf.Tensor, toA), a.shape),
        b: () => sumToShape(tf.mul(dy as tf.Tensor, tf.sub(1, toA)), b.shape),
      };
    },
  };
}

/**
 * $y_i = \sum_{j \le i} x_j$ along `axis`: $x_j$ reaches every $y_i$ with $i \ge j$, so
 * its gradient is the cumulative sum of $\partial L/\partial y$ the other way. tfjs-core's
 * transposes the result for any axis but the last, giving the wrong shape.
 */
const cumsumGrad: tf.GradConfig = {
  kernelName: 'Cumsum',
  gradFunc: (dy, _saved, attrs) => {
    const { axis, exclusive, reverse } = attrs as {
      axis: number;
      exclusive: boolean;
      reverse: boolean;
    };
    return { x: () => tf.cumsum(dy as tf.Tensor, axis, exclusive, !reverse) };
  },
};

/**
 * $y = \prod_{i \in \text{axes}} x_i$: $\partial y/\partial x_i = \prod_{j \ne i} x_j$, taken
 * as the product of an exclusive cumulative product from each side (exact with zeros).
 * tfjs-core's fails on a negative axis and, without `@tensorflow/tfjs`, on every call
 * (it calls `Tensor.reshape`, a method tfjs-core alone does not install).
 */
const prodGrad: tf.GradConfig = {
  kernelName: 'Prod',
  inputsToSave: ['x'],
  gradFunc: (dy, saved, attrs) => {
    const x = saved[0]!;
    const { axis } = attrs as { axis: number | number[] | null | undefined };
    const axes = tf.util.parseAxisParam(axis ?? x.shape.map((_, i) => i), x.shape);
    const kept = x.shape.map((_, i) => i).filter((i) => !axes.includes(i));
    const perm = [...kept, ...axes];
    const inverse = perm.map((_, i) => perm.indexOf(i));
    return {
      x: () => {
        const moved = tf.transpose(x, perm); // reduced axes last
        const outer = kept.reduce((n, i) => n * x.shape[i]!, 1);
        const rows = tf.reshape(moved, [outer, -1]); // [outer, n]
        const others = tf.mul(tf.cumprod(rows, 1, true), tf.cumprod(rows, 1, true, true)); // ∏_{j≠i}
        const dx = tf.mul(tf.reshape(dy as tf.Tensor, [outer, 1]), others); // [outer, n]
        return tf.transpose(tf.reshape(dx, moved.shape), inverse); // -> x.shape
      },
    };
  },
};

/**
 * $y = x[\ldots, \text{indices}, \ldots]$ along `axis`: each taken slice sends its gradient
 * back to the row it came from, summed where an index repeats. tfjs-core's scatters with
 * `UnsortedSegmentSum`, a kernel the wasm backend lacks; this one uses `ScatterNd`.
 */
const gatherV2Grad: tf.GradConfig = {
  kernelName: 'GatherV2',
  inputsToSave: ['x', 'indices'],
  gradFunc: (dy, saved, attrs) => {
    const [x, indices] = [saved[0]!, saved[1]!];
    const { axis, batchDims } = attrs as { axis: number; batchDims: number };
    if (batchDims !== 0) {
      throw new Error(`GatherV2 gradient: batchDims ${batchDims} is not supported (only 0)`);
    }
    const at = tf.util.parseAxisParam(axis, x.shape)[0]!;
    const before = x.shape.slice(0, at);
    const after = x.shape.slice(at + 1);
    return {
      x: () => {
        const flat = tf.reshape(dy as tf.Tensor, [...before, indices.size, ...after]);
        const perm = [at, ...before.map((_, i) => i), ...after.map((_, i) => at + 1 + i)];
        const front = tf.transpose(flat, perm); // -> [taken, ...before, ...after]
        const rows = tf.reshape(tf.cast(indices, 'int32'), [indices.size, 1]); // [taken, 1]
        const summed = tf.scatterND(rows, front, [x.shape[at]!, ...before, ...after]);
        return tf.transpose(
          summed,
          perm.map((_, i) => perm.indexOf(i)),
        ); // -> x.shape
      },
      indices: () => tf.zeros(indices.shape, 'float32'),
    };
  },
};

/**
 * The gradient of an op that only copies elements of `x` (some several times, some not at
 * all): each element of `x` receives the sum of the gradients of its copies. `pick` applies
 * the op to any tensor shaped like `x`; applied to the positions `0 … size−1`, it says
 * which element each output came from, so every option of the op behaves as forward.
 */
function copiesGradient(
  x: tf.Tensor,
  dy: tf.Tensor,
  pick: (t: tf.Tensor) => tf.Tensor,
  op: string,
) {
  // float32 positions: the wasm backend garbles int32 in StridedSlice (it reads them as
  // float32); float32 counts exactly up to 2^24 elements.
  if (x.size > 2 ** 24) {
    throw new Error(`${op} gradient: x has ${x.size} elements, more than 2^24`);
  }
  const positions = tf.reshape(tf.range(0, x.size, 1, 'float32'), x.shape); // flat index
  const from = pick(positions); // [dy's shape]: where each output element came from
  const rows = tf.reshape(tf.cast(from, 'int32'), [from.size, 1]); // [copies, 1]
  const values = tf.reshape(dy, [from.size]); // [copies]
  return tf.reshape(tf.scatterND(rows, values, [x.size]), x.shape); // summed -> x.shape
}

/** A strided slice copies some elements of `x`. tfjs-core defines no gradient for it. */
const stridedSliceGrad: tf.GradConfig = {
  kernelName: 'StridedSlice',
  inputsToSave: ['x'],
  gradFunc: (dy, saved, attrs) => {
    const a = attrs as Record<string, number> & {
      begin: number[];
      end: number[];
      strides: number[];
    };
    const pick = (t: tf.Tensor) =>
      tf.stridedSlice(
        t,
        a.begin,
        a.end,
        a.strides,
        a.beginMask,
        a.endMask,
        a.ellipsisMask,
        a.newAxisMask,
        a.shrinkAxisMask,
      );
    return { x: () => copiesGradient(saved[0]!, dy as tf.Tensor, pick, 'StridedSlice') };
  },
};

/**
 * Mirror padding copies elements next to the edges once more. tfjs-core's gradient keeps
 * only the central copy and drops the reflected ones' gradients.
 */
const mirrorPadGrad: tf.GradConfig = {
  kernelName: 'MirrorPad',
  inputsToSave: ['x'],
  gradFunc: (dy, saved, attrs) => {
    const { paddings, mode } = attrs as {
      paddings: Array<[number, number]>;
      mode: 'reflect' | 'symmetric';
    };
    const pick = (t: tf.Tensor) => tf.mirrorPad(t, paddings, mode);
    return { x: () => copiesGradient(saved[0]!, dy as tf.Tensor, pick, 'MirrorPad') };
  },
};

/**
 * Comparisons and logical operators are constant almost everywhere: zero gradient to
 * every input. tfjs-core defines none for these, so `tf.where(tf.greater(x, 0), …)` on a
 * differentiated `x` failed with "gradient function not found".
 */
function constantGrad(kernelName: string, inputs: string[]): tf.GradConfig {
  return {
    kernelName,
    inputsToSave: inputs,
    gradFunc: (_dy, saved) =>
      Object.fromEntries(inputs.map((name, i) => [name, () => tf.zeros(saved[i]!.shape)])),
  };
}

/** Every gradient this package registers, in registration order. */
export const GRADIENTS: readonly tf.GradConfig[] = [
  batchMatMulGrad,
  extremumGrad('Maximum'),
  extremumGrad('Minimum'),
  cumsumGrad,
  prodGrad,
  gatherV2Grad,
  stridedSliceGrad,
  mirrorPadGrad,
  ...['Greater', 'Less', 'LessEqual', 'Equal', 'NotEqual', 'LogicalAnd', 'LogicalOr'].map((name) =>
    constantGrad(name, ['a', 'b']),
  ),
  constantGrad('LogicalNot', ['x']),
];
