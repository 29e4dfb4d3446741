import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../core/init.js';
import { kernelModuleBytes } from './kernel-module.js';
import { SimdKernels } from './simd-kernels.js';

/** Uniform values in [-1, 1) from a seed. */
function values(size: number, seed: number): Float32Array {
  const next = mulberry32(seed);
  return Float32Array.from({ length: size }, () => 2 * next() - 1);
}

/** C = A·B (or A·Bᵀ) in float64, the textbook triple loop. */
function reference(
  a: Float32Array,
  b: Float32Array,
  m: number,
  k: number,
  n: number,
  transposeB: boolean,
): Float64Array {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let l = 0; l < k; l++) sum += a[i * k + l]! * b[transposeB ? j * k + l : l * n + j]!;
      c[i * n + j] = sum;
    }
  }
  return c;
}

function maxError(got: Float32Array, want: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!));
  return worst;
}

describe('SimdKernels', () => {
  it('compiles here: Node has WebAssembly SIMD', () => {
    expect(kernelModuleBytes().length).toBeLessThan(4096); // Chromium compiles up to 4 KiB on the main thread
    expect(SimdKernels.create()).not.toBeNull();
  });

  it('multiplies a 2×3 by a 3×2 matrix as computed by hand', () => {
    const kernel = SimdKernels.create()!;
    const out = new Float32Array(4);
    const a = Float32Array.of(1, 2, 3, 4, 5, 6); // [[1, 2, 3], [4, 5, 6]]
    const b = Float32Array.of(7, 8, 9, 10, 11, 12); // [[7, 8], [9, 10], [11, 12]]
    kernel.multiply({ a, b, out, m: 2, k: 3, n: 2, transposeB: false });
    // [1·7+2·9+3·11, 1·8+2·10+3·12; 4·7+5·9+6·11, 4·8+5·10+6·12]
    expect(Array.from(out)).toEqual([58, 64, 139, 154]);
    kernel.multiply({ a, b, out, m: 2, k: 3, n: 2, transposeB: true });
    // B read as [2, 3] = [[7, 8, 9], [10, 11, 12]], transposed
    expect(Array.from(out)).toEqual([50, 68, 122, 167]);
  });

  // Rows around the tile of 4, columns around the panel of 8, k from 1 up.
  const SIZES: Array<[number, number, number]> = [
    [1, 1, 1],
    [3, 5, 7],
    [4, 8, 8],
    [5, 9, 9],
    [7, 64, 15],
    [66, 33, 17],
    [129, 70, 40],
  ];
  for (const [m, k, n] of SIZES) {
    for (const transposeB of [false, true]) {
      it(`equals the float64 product for [${m}, ${k}]·[${k}, ${n}], transposeB ${transposeB}`, () => {
        const kernel = SimdKernels.create()!;
        const a = values(m * k, m * 1000 + k);
        const b = values(k * n, n * 1000 + k);
        // filled with NaN, so that an entry the kernel never writes shows
        const out = new Float32Array(m * n).fill(Number.NaN);
        kernel.multiply({ a, b, out, m, k, n, transposeB });
        // k terms below 1 in size, summed in float32: rounding errors near √k·2⁻²⁴ ≈ 1e-6
        expect(maxError(out, reference(a, b, m, k, n, transposeB))).toBeLessThan(1e-5);
      });
    }
  }

  it('gives the same numbers however many rows it copies in per call', () => {
    const [m, k, n] = [37, 20, 11];
    const a = values(m * k, 1);
    const b = values(k * n, 2);
    const whole = new Float32Array(m * n);
    SimdKernels.create()!.multiply({ a, b, out: whole, m, k, n, transposeB: false });
    // 100 bytes is less than one row of A and C: the minimum of 4 rows per call applies
    for (const chunkBytes of [100, 4 * 8 * (k + 16), 4 * 13 * (k + 16)]) {
      const chunked = new Float32Array(m * n).fill(Number.NaN);
      SimdKernels.create(chunkBytes)!.multiply({ a, b, out: chunked, m, k, n, transposeB: false });
      expect(chunked).toEqual(whole);
    }
  });

  it('reuses and grows its memory across products of different sizes', () => {
    const kernel = SimdKernels.create()!;
    for (const [m, k, n] of [
      [2, 3, 4],
      [300, 200, 100],
      [5, 6, 7],
    ] as Array<[number, number, number]>) {
      const a = values(m * k, m);
      const b = values(k * n, n);
      const out = new Float32Array(m * n);
      kernel.multiply({ a, b, out, m, k, n, transposeB: false });
      expect(maxError(out, reference(a, b, m, k, n, false))).toBeLessThan(1e-4);
    }
  });

  it('writes zeros for k = 0 and nothing for an empty product', () => {
    const kernel = SimdKernels.create()!;
    const out = new Float32Array(6).fill(7);
    kernel.multiply({
      a: new Float32Array(0),
      b: new Float32Array(0),
      out,
      m: 2,
      k: 0,
      n: 3,
      transposeB: false,
    });
    expect(Array.from(out)).toEqual([0, 0, 0, 0, 0, 0]);
    const untouched = new Float32Array(2).fill(7);
    kernel.multiply({
      a: new Float32Array(0),
      b: new Float32Array(6),
      out: untouched,
      m: 0,
      k: 3,
      n: 2,
      transposeB: false,
    });
    expect(Array.from(untouched)).toEqual([7, 7]);
  });
});

/** The spacing of float32 numbers at `value`: 2^(e - 23) for normal numbers, 2^-149 below. */
function ulp(value: number): number {
  const exponent = Math.max(Math.floor(Math.log2(Math.abs(value))), -126);
  return 2 ** (exponent - 23);
}

describe('SimdKernels.exp', () => {
  it('gives e^0 = 1, e^1 = e and e^-1 = 1/e to float32 precision', () => {
    const out = new Float32Array(3);
    SimdKernels.create()!.exp(Float32Array.of(0, 1, -1), out);
    expect(out[0]).toBe(1);
    expect(Math.abs(out[1]! - Math.E) / ulp(Math.E)).toBeLessThanOrEqual(2);
    expect(Math.abs(out[2]! - 1 / Math.E) / ulp(1 / Math.E)).toBeLessThanOrEqual(2);
  });

  it('is within 2 units in the last place of the exact value from -104 to 88.7', () => {
    // every 1/1024 of the range, then float32 inputs; exact values from float64 Math.exp
    const x = Float32Array.from({ length: 196_000 }, (_, i) => -104 + i / 1024);
    const out = new Float32Array(x.length);
    SimdKernels.create()!.exp(x, out);
    let worst = 0;
    for (let i = 0; i < x.length; i++) {
      const exact = Math.exp(x[i]!);
      if (exact > 3.4028234663852886e38) continue; // overflows, checked below
      worst = Math.max(worst, Math.abs(out[i]! - exact) / ulp(exact));
    }
    expect(worst).toBeLessThanOrEqual(2);
  });

  it('keeps NaN, sends -∞ and far underflow to 0, and +∞ and overflow to +∞', () => {
    const x = Float32Array.of(Number.NaN, -Infinity, -1e30, -120, 89, 1e30, Infinity);
    const out = new Float32Array(x.length);
    SimdKernels.create()!.exp(x, out);
    expect(Array.from(out)).toEqual([Number.NaN, 0, 0, 0, Infinity, Infinity, Infinity]);
  });

  it('rounds into the subnormal range as float32 does', () => {
    const x = Float32Array.of(-90, -100, -103);
    const out = new Float32Array(x.length);
    SimdKernels.create()!.exp(x, out);
    x.forEach((v, i) => {
      // Math.fround rounds the float64 value to float32, subnormals included
      expect(Math.abs(out[i]! - Math.fround(Math.exp(v))), `e^${v}`).toBeLessThanOrEqual(
        2 * 2 ** -149,
      );
      expect(out[i]!, `e^${v}`).toBeGreaterThan(0);
    });
  });

  it('handles any length, in chunks or whole, in place or not', () => {
    const x = Float32Array.from({ length: 1003 }, (_, i) => (i % 37) - 20);
    const whole = new Float32Array(x.length);
    SimdKernels.create()!.exp(x, whole);
    const chunked = new Float32Array(x.length).fill(Number.NaN);
    SimdKernels.create(64)!.exp(x, chunked); // 16 floats per call
    expect(chunked).toEqual(whole);
    const inPlace = x.slice();
    SimdKernels.create()!.exp(inPlace, inPlace);
    expect(inPlace).toEqual(whole);
    x.forEach((v, i) => {
      expect(Math.abs(whole[i]! - Math.exp(v)) / ulp(Math.exp(v))).toBeLessThanOrEqual(2);
    });
  });
});
