// Runs the SIMD kernels of kernel-module.ts on float32 arrays, in a WebAssembly memory of
// their own: copies the operands in, runs, copies the result out. Plain arrays in and out,
// no tensors: the tfjs kernels that call these live in register.ts.
import { kernelModuleBytes, PANEL_WIDTH, TILE_ROWS } from './kernel-module.js';

const PAGE_BYTES = 65536;
/** Default bytes copied in per kernel call (rows of A and C; floats for exp). */
const CHUNK_BYTES = 8 << 20;
/**
 * Larger B than this (as given plus packed) is left to the backend's own product, so the
 * kernels' memory, which WebAssembly never shrinks, stays well inside its 4 GiB.
 */
const MAX_B_BYTES = 1 << 30;

// The few members of the WebAssembly JavaScript API used here, declared for this file: the
// packages compile without the DOM library, and Node's types leave them out.
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
};

type Product = (
  a: number,
  packed: number,
  c: number,
  rows: number,
  panels: number,
  k: number,
) => void;

interface KernelExports {
  memory: WasmMemory;
  product4: Product;
  product1: Product;
  pack: (
    b: number,
    packed: number,
    k: number,
    n: number,
    rowStride: number,
    columnStride: number,
  ) => void;
  exp: (at: number, count: number) => void;
}

/** One product's operands and sizes: `C[m, n] = A[m, k]·B` with B `[k, n]` or `[n, k]`. */
export interface ProductArrays {
  a: Float32Array;
  b: Float32Array;
  /** Receives C, row-major `[m, n]`. */
  out: Float32Array;
  m: number;
  k: number;
  n: number;
  /** B is stored `[n, k]`: multiply by its transpose. */
  transposeB: boolean;
}

/** The compiled kernels and their scratch memory. */
export class SimdKernels {
  private readonly kernel: KernelExports;
  private readonly chunkBytes: number;
  private floats: Float32Array;

  private constructor(kernel: KernelExports, chunkBytes: number) {
    this.kernel = kernel;
    this.chunkBytes = chunkBytes;
    this.floats = new Float32Array(kernel.memory.buffer);
  }

  /**
   * Compiles the kernels, or returns null where this WebAssembly has no SIMD (or may not
   * compile code, as under a content security policy without 'wasm-unsafe-eval').
   *
   * @param chunkBytes bytes of rows of A and C processed per kernel call (default 8 MiB;
   *   at least 4 rows are taken whatever it says).
   */
  static create(chunkBytes = CHUNK_BYTES): SimdKernels | null {
    try {
      const module = new WebAssembly.Module(kernelModuleBytes());
      const instance = new WebAssembly.Instance(module, {});
      return new SimdKernels(instance.exports as unknown as KernelExports, chunkBytes);
    } catch {
      return null;
    }
  }

  /** Whether a product of these sizes fits the kernel's scratch memory. */
  static fits(k: number, n: number): boolean {
    return (k * n + packedLength(k, n)) * 4 <= MAX_B_BYTES;
  }

  /** `out = a·b` (or `a·bᵀ`); see {@link ProductArrays}. */
  multiply({ a, b, out, m, k, n, transposeB }: ProductArrays): void {
    if (m === 0 || n === 0) return;
    if (k === 0) {
      out.fill(0, 0, m * n);
      return;
    }
    const paddedN = Math.ceil(n / PANEL_WIDTH) * PANEL_WIDTH;
    const panels = paddedN / PANEL_WIDTH;
    const packedFloats = packedLength(k, n);
    const rowsPerChunk = Math.max(
      TILE_ROWS,
      Math.floor(this.chunkBytes / 4 / (k + paddedN) / TILE_ROWS) * TILE_ROWS,
    );
    const chunkRows = Math.min(m, rowsPerChunk);
    // scratch layout, in floats: B as given | B packed | a chunk of A | the same chunk of C
    const bAt = 0;
    const packedAt = k * n;
    const aAt = packedAt + packedFloats;
    const cAt = aAt + chunkRows * k;
    this.reserve(cAt + chunkRows * paddedN);
    const floats = this.floats;
    floats.set(b.subarray(0, k * n), bAt);
    if (paddedN !== n) floats.fill(0, packedAt, aAt); // the last panel's padding
    const [rowStride, columnStride] = transposeB ? [1, k] : [n, 1];
    this.kernel.pack(bAt * 4, packedAt * 4, k, n, rowStride, columnStride);
    for (let start = 0; start < m; start += chunkRows) {
      const rows = Math.min(chunkRows, m - start);
      floats.set(a.subarray(start * k, (start + rows) * k), aAt);
      const tiled = rows - (rows % TILE_ROWS);
      if (tiled > 0) this.kernel.product4(aAt * 4, packedAt * 4, cAt * 4, tiled, panels, k);
      if (tiled < rows) {
        const aLeft = (aAt + tiled * k) * 4;
        const cLeft = (cAt + tiled * paddedN) * 4;
        this.kernel.product1(aLeft, packedAt * 4, cLeft, rows - tiled, panels, k);
      }
      if (paddedN === n) {
        out.set(floats.subarray(cAt, cAt + rows * n), start * n);
      } else {
        for (let i = 0; i < rows; i++) {
          const from = cAt + i * paddedN;
          out.set(floats.subarray(from, from + n), (start + i) * n);
        }
      }
    }
  }

  /**
   * `out[i] = e^values[i]`, within 2 units in the last place (see kernel-module.ts), with
   * NaN, ±∞ and results beyond float32's range as float32 rounds them. `out` may be `values`.
   */
  exp(values: Float32Array, out: Float32Array): void {
    const chunk = Math.max(4, Math.floor(this.chunkBytes / 16) * 4);
    this.reserve(Math.min(chunk, values.length) + 4);
    const floats = this.floats;
    for (let start = 0; start < values.length; start += chunk) {
      const count = Math.min(chunk, values.length - start);
      floats.set(values.subarray(start, start + count), 0);
      this.kernel.exp(0, count); // rounds count up to whole vectors: reserve left room
      out.set(floats.subarray(0, count), start);
    }
  }

  /** Grows the memory to hold at least `floats` floats. */
  private reserve(floats: number): void {
    const bytes = floats * 4;
    const have = this.kernel.memory.buffer.byteLength;
    if (bytes > have) {
      this.kernel.memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
      this.floats = new Float32Array(this.kernel.memory.buffer);
    }
  }
}

/** Floats in packed B: k rows of every 8-column panel, the last panel padded with zeros. */
function packedLength(k: number, n: number): number {
  return Math.ceil(n / PANEL_WIDTH) * PANEL_WIDTH * k;
}
