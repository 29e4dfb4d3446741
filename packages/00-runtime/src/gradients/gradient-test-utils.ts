// Functions that exercise each gradient in GRADIENTS, shared by the
// finite-difference test and the comparison with tfjs's own gradients.
import * as tf from '@tensorflow/tfjs-core';
import { seededUniform } from '../core/init.js';
import { GRADIENTS } from './register.js';

/** One differentiable function and the inputs to differentiate it at. */
export interface GradientCase {
  name: string;
  /** Kernels whose gradients the case checks; each must appear on the tape. */
  kernels: string[];
  /** Shapes of the inputs and the interval their values are drawn from. */
  inputs: Array<{ shape: number[]; min?: number; max?: number; awayFromZero?: boolean }>;
  f: (...xs: tf.Tensor[]) => tf.Tensor;
  /**
   * tfjs-core 4.22's own gradient throws here: it does not sum broadcast axes back
   * (BatchMatMul, Maximum) or gets the shape wrong (Cumsum along a non-last axis).
   */
  tfjsGradientFails?: boolean;
  /** tfjs-core 4.22 defines no gradient for one of the case's kernels (its comparisons but ≥). */
  tfjsHasNoGradient?: boolean;
  /** A kernel tfjs-core's own gradient calls, which some backends (wasm) do not have. */
  tfjsGradientNeeds?: string;
}

export const CASES: GradientCase[] = [
  {
    name: 'a + b, b broadcast [3, 1]',
    kernels: ['Add'],
    inputs: [{ shape: [2, 3, 4] }, { shape: [3, 1] }],
    f: (a, b) => tf.add(a, b),
  },
  {
    name: 'a - b, a broadcast [4]',
    kernels: ['Sub'],
    inputs: [{ shape: [4] }, { shape: [2, 3, 4] }],
    f: (a, b) => tf.sub(a, b),
  },
  {
    name: 'a · b, b broadcast [2, 1, 4]',
    kernels: ['Multiply'],
    inputs: [{ shape: [2, 3, 4] }, { shape: [2, 1, 4] }],
    f: (a, b) => tf.mul(a, b),
  },
  {
    name: 'a / b, both broadcast',
    kernels: ['RealDiv'],
    inputs: [{ shape: [3, 1] }, { shape: [1, 4], min: 0.5, max: 2 }],
    f: (a, b) => tf.div(a, b),
  },
  {
    name: 'where(mask, a², b), mask broadcast',
    kernels: ['Select'],
    inputs: [{ shape: [3, 4] }, { shape: [3, 4] }],
    f: (a, b) => tf.where(tf.tensor1d([true, false, false, true], 'bool'), tf.square(a), b),
  },
  { name: '-x', kernels: ['Neg'], inputs: [{ shape: [5] }], f: (x) => tf.neg(x) },
  { name: 'exp x', kernels: ['Exp'], inputs: [{ shape: [5] }], f: (x) => tf.exp(x) },
  {
    name: 'ln x',
    kernels: ['Log'],
    inputs: [{ shape: [5], min: 0.5, max: 2 }],
    f: (x) => tf.log(x),
  },
  { name: 'x²', kernels: ['Square'], inputs: [{ shape: [5] }], f: (x) => tf.square(x) },
  {
    name: '√x',
    kernels: ['Sqrt'],
    inputs: [{ shape: [5], min: 0.5, max: 2 }],
    f: (x) => tf.sqrt(x),
  },
  {
    name: '1/√x',
    kernels: ['Rsqrt'],
    inputs: [{ shape: [5], min: 0.5, max: 2 }],
    f: (x) => tf.rsqrt(x),
  },
  {
    name: 'relu x',
    kernels: ['Relu'],
    inputs: [{ shape: [8], awayFromZero: true }],
    f: (x) => tf.relu(x),
  },
  { name: 'erf x', kernels: ['Erf'], inputs: [{ shape: [6] }], f: (x) => tf.erf(x) },
  {
    name: 'sin x',
    kernels: ['Sin'],
    inputs: [{ shape: [5], min: -3, max: 3 }],
    f: (x) => tf.sin(x),
  },
  {
    name: 'cos x',
    kernels: ['Cos'],
    inputs: [{ shape: [5], min: -3, max: 3 }],
    f: (x) => tf.cos(x),
  },
  {
    name: 'sum over axes [0, 2]',
    kernels: ['Sum'],
    inputs: [{ shape: [2, 3, 4] }],
    f: (x) => tf.sum(x, [0, 2]),
  },
  {
    name: 'sum over -1, keepDims',
    kernels: ['Sum'],
    inputs: [{ shape: [2, 3, 4] }],
    f: (x) => tf.sum(x, -1, true),
  },
  {
    name: 'mean over axis 1',
    kernels: ['Mean'],
    inputs: [{ shape: [2, 3, 4] }],
    f: (x) => tf.mean(x, 1),
  },
  { name: 'mean of all', kernels: ['Mean'], inputs: [{ shape: [2, 3] }], f: (x) => tf.mean(x) },
  {
    name: 'max over -1, keepDims',
    kernels: ['Max'],
    inputs: [{ shape: [3, 5] }],
    f: (x) => tf.max(x, -1, true),
  },
  {
    name: 'max over axes [0, 1]',
    kernels: ['Max'],
    inputs: [{ shape: [3, 2, 4] }],
    f: (x) => tf.max(x, [0, 1]),
  },
  {
    name: 'reshape [2, 3, 4] -> [6, 4]',
    kernels: ['Reshape'],
    inputs: [{ shape: [2, 3, 4] }],
    f: (x) => tf.mul(tf.reshape(x, [6, 4]), tf.range(0, 4)),
  },
  {
    name: 'transpose [2, 0, 1]',
    kernels: ['Transpose'],
    inputs: [{ shape: [2, 3, 4] }],
    f: (x) => tf.transpose(x, [2, 0, 1]),
  },
  {
    name: 'slice begin [0, 1, 1] size [-1, 2, 2]',
    kernels: ['Slice'],
    inputs: [{ shape: [2, 3, 4] }],
    f: (x) => tf.slice(x, [0, 1, 1], [-1, 2, 2]),
  },
  {
    name: 'tile [2, 1, 3]',
    kernels: ['Tile'],
    inputs: [{ shape: [2, 3, 2] }],
    f: (x) => tf.tile(x, [2, 1, 3]),
  },
  {
    name: 'stack on axis 1',
    kernels: ['Pack'],
    inputs: [{ shape: [2, 3] }, { shape: [2, 3] }, { shape: [2, 3] }],
    f: (a, b, c) => tf.stack([a, b, c], 1),
  },
  {
    name: 'concat on axis -1',
    kernels: ['Concat'],
    inputs: [{ shape: [2, 3] }, { shape: [2, 1] }],
    f: (a, b) => tf.concat([a, b], -1),
  },
  {
    name: 'A·B',
    kernels: ['BatchMatMul'],
    inputs: [{ shape: [3, 4] }, { shape: [4, 2] }],
    f: (a, b) => tf.matMul(a, b),
  },
  {
    name: 'Aᵀ·B, batched',
    kernels: ['BatchMatMul'],
    inputs: [{ shape: [2, 4, 3] }, { shape: [2, 4, 2] }],
    f: (a, b) => tf.matMul(a, b, true, false),
  },
  {
    name: 'A·Bᵀ, batched',
    kernels: ['BatchMatMul'],
    inputs: [{ shape: [2, 3, 4] }, { shape: [2, 2, 4] }],
    f: (a, b) => tf.matMul(a, b, false, true),
  },
  {
    name: 'Aᵀ·Bᵀ, batched',
    kernels: ['BatchMatMul'],
    inputs: [{ shape: [2, 4, 3] }, { shape: [2, 2, 4] }],
    f: (a, b) => tf.matMul(a, b, true, true),
  },
  {
    name: 'elu x, both sides of 0',
    kernels: ['Elu'],
    inputs: [{ shape: [8], min: -2, max: 2, awayFromZero: true }],
    f: (x) => tf.elu(x),
  },
  {
    name: 'max(a, b), b broadcast [4]',
    tfjsGradientFails: true,
    kernels: ['Maximum'],
    inputs: [{ shape: [3, 4] }, { shape: [4] }],
    f: (a, b) => tf.maximum(a, b),
  },
  {
    name: 'where(a > b, a, b·2), a comparison on the path',
    tfjsHasNoGradient: true,
    kernels: ['Greater', 'Select'],
    inputs: [{ shape: [6] }, { shape: [6] }],
    f: (a, b) => tf.where(tf.greater(a, b), a, tf.mul(b, 2)),
  },
  {
    name: 'where(a < b, a, -b) + where(a ≤ b, a², b) + where(a = b, a, b)',
    tfjsHasNoGradient: true,
    kernels: ['Less', 'LessEqual', 'Equal'],
    inputs: [{ shape: [6] }, { shape: [6] }],
    f: (a, b) =>
      tf.add(
        tf.add(
          tf.where(tf.less(a, b), a, tf.neg(b)),
          tf.where(tf.lessEqual(a, b), tf.square(a), b),
        ),
        tf.where(tf.equal(a, b), a, b),
      ),
  },
  {
    name: 'where(isFinite(x), x², 0)',
    kernels: ['IsFinite'],
    inputs: [{ shape: [5] }],
    f: (x) => tf.where(tf.isFinite(x), tf.square(x), tf.zerosLike(x)),
  },
  {
    name: 'pad [[1, 2], [0, 1]] with 3',
    kernels: ['PadV2'],
    inputs: [{ shape: [2, 3] }],
    f: (x) =>
      tf.mul(
        tf.pad(
          x,
          [
            [1, 2],
            [0, 1],
          ],
          3,
        ),
        tf.range(1, 5),
      ),
  },
  {
    name: 'expandDims at axis 1',
    kernels: ['ExpandDims'],
    inputs: [{ shape: [2, 3] }],
    f: (x) => tf.mul(tf.expandDims(x, 1), tf.range(1, 4)),
  },
  {
    name: 'cumsum along axis 1',
    kernels: ['Cumsum'],
    inputs: [{ shape: [2, 4] }],
    f: (x) => tf.mul(tf.cumsum(x, 1), tf.range(1, 5)),
  },
  {
    name: 'cumsum along axis 0, exclusive and reversed',
    tfjsGradientFails: true,
    kernels: ['Cumsum'],
    inputs: [{ shape: [4, 2] }],
    f: (x) => tf.mul(tf.cumsum(x, 0, true, true), tf.reshape(tf.range(1, 5), [4, 1])),
  },
  {
    name: 'gather rows [2, 0, 2] along axis 1 (a repeated index)',
    tfjsGradientNeeds: 'UnsortedSegmentSum',
    kernels: ['GatherV2'],
    inputs: [{ shape: [2, 3, 2] }],
    f: (x) => tf.mul(tf.gather(x, tf.tensor1d([2, 0, 2], 'int32'), 1), tf.range(1, 3)),
  },
  {
    name: 'gather [[1], [0]] along axis 0',
    tfjsGradientNeeds: 'UnsortedSegmentSum',
    kernels: ['GatherV2'],
    inputs: [{ shape: [3, 4] }],
    f: (x) => tf.mul(tf.gather(x, tf.tensor2d([[1], [0]], [2, 1], 'int32'), 0), tf.range(1, 5)),
  },
  // tfjs's BatchMatMul kernels broadcast a batch axis only against size 1 (or a missing axis).
  {
    name: 'A·B, B broadcast over the batch',
    tfjsGradientFails: true,
    kernels: ['BatchMatMul'],
    inputs: [{ shape: [2, 3, 4] }, { shape: [1, 4, 2] }],
    f: (a, b) => tf.matMul(a, b),
  },
  {
    name: 'A·Bᵀ, A without batch axis',
    tfjsGradientFails: true,
    kernels: ['BatchMatMul'],
    inputs: [{ shape: [3, 4] }, { shape: [2, 2, 4] }],
    f: (a, b) => tf.matMul(a, b, false, true),
  },
];

/** The inputs of a case, seeded by its position so that every run draws the same values. */
export function caseInputs(c: GradientCase, index: number): tf.Tensor[] {
  return c.inputs.map(({ shape, min = -1, max = 1, awayFromZero = false }, k) => {
    const x = seededUniform(shape, 1000 * index + k, { min, max });
    if (!awayFromZero) return x;
    // |x| >= 0.2, so that x ± h never crosses a kink at 0
    const shifted = tf.tidy(() => tf.add(x, tf.mul(tf.sign(x), 0.2)));
    x.dispose();
    return shifted;
  });
}

/** A fixed weighting so that the scalar loss Σ w·f(x) depends on every output entry. */
export function lossOf(c: GradientCase, index: number): (...xs: tf.Tensor[]) => tf.Scalar {
  return (...xs) => {
    const y = c.f(...xs);
    const w = seededUniform(y.shape, 7 + index, { min: 0.5, max: 1.5 });
    return tf.sum(tf.mul(y, w));
  };
}

/** Kernels `fn` runs, by name. */
export async function kernelsRun(fn: () => tf.Tensor): Promise<Set<string>> {
  const info = await tf.profile(fn);
  return new Set(info.kernels.map((k) => k.name));
}

/**
 * Makes this project's gradients the registered ones for `fn`'s duration,
 * whatever was registered before, and restores the registry afterwards.
 */
export async function withOurGradients<T>(fn: () => T | Promise<T>): Promise<T> {
  const before = GRADIENTS.map((config) => tf.getGradient(config.kernelName));
  for (const config of GRADIENTS) {
    if (tf.getGradient(config.kernelName) !== undefined) tf.unregisterGradient(config.kernelName);
    tf.registerGradient(config);
  }
  try {
    return await fn();
  } finally {
    GRADIENTS.forEach((config, i) => {
      tf.unregisterGradient(config.kernelName);
      const previous = before[i];
      if (previous !== undefined) tf.registerGradient(previous);
    });
  }
}
