// The SIMD kernels as kernels of tfjs's wasm backend, so that they run like any other op:
// on the backend's tensors, inside tidy, profiled by tf.profile under their own names.
import * as tf from '@tensorflow/tfjs-core';
import { SimdKernels } from './simd-kernels.js';

/** The matrix product's kernel name (see batchedMatMul). */
export const SIMD_MATMUL_KERNEL = 'MhaSimdMatMul';
/** The exponential's kernel name (see exp). */
export const SIMD_EXP_KERNEL = 'MhaSimdExp';

/** What the kernels need of the wasm backend: output allocation and views of its memory. */
interface WasmHeap {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(info: tf.TensorInfo): tf.TypedArray;
}

let kernels: SimdKernels | null | undefined;

/**
 * The compiled kernels, registered with the wasm backend on first use; null where
 * WebAssembly cannot compile them (then callers use tfjs's own ops).
 */
export function simdKernels(): SimdKernels | null {
  if (kernels === undefined) {
    kernels = SimdKernels.create();
    if (kernels) {
      register(SIMD_MATMUL_KERNEL, product as unknown as tf.KernelFunc);
      register(SIMD_EXP_KERNEL, exponential as unknown as tf.KernelFunc);
    }
  }
  return kernels;
}

function register(kernelName: string, kernelFunc: tf.KernelFunc): void {
  if (!tf.getKernel(kernelName, 'wasm')) {
    tf.registerKernel({ kernelName, backendName: 'wasm', kernelFunc });
  }
}

/**
 * `[m, k]·[k, n] -> [m, n]`, or one such product per entry of `[batch, m, k]` and
 * `[batch, k, n]`; with `transposeB`, b is `[n, k]` or `[batch, n, k]`. Operands are read
 * in place from the wasm backend's memory, and C is written into its output there.
 */
function product(args: {
  inputs: { a: tf.TensorInfo; b: tf.TensorInfo };
  attrs: { transposeB: boolean };
  backend: WasmHeap;
}): tf.TensorInfo {
  const { inputs, attrs, backend } = args;
  const { a, b } = inputs;
  const { transposeB } = attrs;
  const batched = a.shape.length === 3;
  const batch = batched ? a.shape[0]! : 1;
  const [m, k] = a.shape.slice(-2) as [number, number];
  const n = b.shape[b.shape.length - (transposeB ? 2 : 1)]!;
  const out = backend.makeOutput(batched ? [batch, m, n] : [m, n], 'float32');
  // views taken after makeOutput, which may grow (and so move) the backend's memory
  const aValues = backend.typedArrayFromHeap(a) as Float32Array;
  const bValues = backend.typedArrayFromHeap(b) as Float32Array;
  const outValues = backend.typedArrayFromHeap(out) as Float32Array;
  for (let i = 0; i < batch; i++) {
    kernels!.multiply({
      a: aValues.subarray(i * m * k, (i + 1) * m * k),
      b: bValues.subarray(i * k * n, (i + 1) * k * n),
      out: outValues.subarray(i * m * n, (i + 1) * m * n),
      m,
      k,
      n,
      transposeB,
    });
  }
  return out;
}

/** `e^x` elementwise, float32. */
function exponential(args: { inputs: { x: tf.TensorInfo }; backend: WasmHeap }): tf.TensorInfo {
  const { inputs, backend } = args;
  const out = backend.makeOutput(inputs.x.shape, 'float32');
  const values = backend.typedArrayFromHeap(inputs.x) as Float32Array;
  kernels!.exp(values, backend.typedArrayFromHeap(out) as Float32Array);
  return out;
}
