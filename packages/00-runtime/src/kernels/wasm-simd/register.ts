// The runtime's kernels for tfjs's wasm backend (the SIMD ones and a contiguous copy), so
// that they run like any other op: on the backend's tensors, inside tidy, profiled by
// tf.profile under their own names; and an Identity that shares its input's memory.
import * as tf from '@tensorflow/tfjs-core';
import { SimdKernels } from './simd-kernels.js';

/** The matrix product's kernel name (see batchedMatMul). */
export const SIMD_MATMUL_KERNEL = 'MhaSimdMatMul';
/** The exponential's kernel name (see exp). */
export const SIMD_EXP_KERNEL = 'MhaSimdExp';
/** The contiguous copy's kernel name (see sliceFirstAxis). */
export const SLICE_FIRST_AXIS_KERNEL = 'MhaSliceFirstAxis';

/** What the kernels need of the wasm backend: output allocation and views of its memory. */
interface WasmHeap {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(info: tf.TensorInfo): tf.TypedArray;
  /** One more tensor holds this memory (the backend frees it when the last one lets go). */
  incRef(dataId: tf.DataId): void;
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
      register(SLICE_FIRST_AXIS_KERNEL, sliceFirstAxis as unknown as tf.KernelFunc);
      if (!tf.getGradient(SLICE_FIRST_AXIS_KERNEL)) {
        tf.registerGradient({
          kernelName: SLICE_FIRST_AXIS_KERNEL,
          gradFunc: sliceFirstAxisGradient as unknown as tf.GradFunc,
        });
      }
    }
    shareIdentity();
  }
  return kernels;
}

/**
 * Makes the wasm backend's `Identity` share its input's memory instead of copying it.
 *
 * tfjs runs `Identity` for `tf.clone` and for every tensor it keeps for a backward pass
 * (the inputs and outputs that a gradient reads). Its wasm backend copies the data there,
 * where its own reshape, and the cpu backend's Identity, share it: tensors are never
 * written in place, so a copy only costs time and memory (figures in
 * docs/performance.md). The shared version counts one more holder of the memory, exactly
 * as the backend's reshape does. Strings keep the backend's own kernel. Called once, with
 * the other kernels (simdKernels).
 */
export function shareIdentity(): void {
  const own = tf.getKernel('Identity', 'wasm');
  if (!own || own.kernelFunc === identityShared) return;
  identityFallback = own.kernelFunc;
  tf.unregisterKernel('Identity', 'wasm');
  tf.registerKernel({ ...own, kernelFunc: identityShared as unknown as tf.KernelFunc });
}

/** The backend's own Identity, kept for strings (see shareIdentity). */
let identityFallback: tf.KernelFunc | undefined;

/** `x` itself, as a new tensor on the same memory. */
function identityShared(args: {
  inputs: { x: tf.TensorInfo };
  backend: WasmHeap;
  attrs: tf.NamedAttrMap;
}): tf.TensorInfo | tf.TensorInfo[] {
  const { x } = args.inputs;
  if (x.dtype === 'string') {
    return (identityFallback as tf.KernelFunc)(args as unknown as Parameters<tf.KernelFunc>[0]);
  }
  args.backend.incRef(x.dataId);
  return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
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

/** Rows `begin` … `begin + size − 1` of `x`: one contiguous copy within the backend's memory. */
function sliceFirstAxis(args: {
  inputs: { x: tf.TensorInfo };
  attrs: { begin: number; size: number };
  backend: WasmHeap;
}): tf.TensorInfo {
  const { inputs, attrs, backend } = args;
  const { x } = inputs;
  const rowLength = x.shape.slice(1).reduce((a, d) => a * d, 1);
  const out = backend.makeOutput([attrs.size, ...x.shape.slice(1)], x.dtype);
  // views taken after makeOutput, which may grow (and so move) the backend's memory
  const from = backend.typedArrayFromHeap(x);
  const start = attrs.begin * rowLength;
  backend.typedArrayFromHeap(out).set(from.subarray(start, start + attrs.size * rowLength));
  return out;
}

/** `tf.slice`'s gradient: `dy` padded with zero rows back to the shape of `x`. */
function sliceFirstAxisGradient(
  dy: tf.Tensor,
  _saved: tf.Tensor[],
  attrs: { begin: number; size: number; rows: number },
): { x: () => tf.Tensor } {
  const after = attrs.rows - attrs.begin - attrs.size;
  const padding = dy.shape.map((_, i): [number, number] =>
    i === 0 ? [attrs.begin, after] : [0, 0],
  );
  return { x: () => tf.pad(dy, padding) };
}
