// The bytes of a small WebAssembly module with two 128-bit SIMD kernels: a matrix product
// (with the packing it needs) and the exponential, further down.
//
// C = A·B, with A [rows, k] row-major and B "packed": cut into panels of 8 columns, each
// panel stored k rows of 8 floats one after another, so the kernel reads it front to back.
// The kernel keeps a tile of MR rows × 8 columns of C in registers (MR·2 vectors of 4
// floats) and, for each of the k steps, adds the outer product of MR numbers of A (each
// copied to all four lanes) and 8 numbers of B:
//
//   C[i+r, j..j+7] += A[i+r, l] · B[l, j..j+7]     for r < MR, l = 0 .. k-1
//
// Per step that is 2 loads of B, MR loads of A and MR·4 float adds and multiplies, so B's
// panel (k·32 bytes) and MR rows of A (MR·k·4 bytes) stay in the L1 cache for the whole
// tile. Rows are visited in blocks of ROW_BLOCK, so a block of A stays in L2 while every
// panel of B passes over it.
//
// Why 4 × 8: measured on one x86-64 core against 2 × 16, 3 × 8, 5 × 8, 6 × 8, A packed
// too, and the k loop unrolled twice, 4 × 8 and 2 × 16 were fastest (about 40 GFLOP/s for
// [1024, 512]·[512, 512]); larger tiles need more than the 16 vector registers x86-64 has,
// and spill.
import {
  CONTROL,
  EXPORT,
  F32,
  F32X4,
  FunctionBody,
  HEADER,
  I32,
  I32X4,
  local,
  name,
  SECTION,
  section,
  V128,
  VALUE,
  vector,
} from './wasm-writer.js';

/** Columns per panel of packed B: two vectors of four floats. */
export const PANEL_WIDTH = 8;
/** Rows of C per tile in the main kernel; leftover rows go to a one-row kernel. */
export const TILE_ROWS = 4;
/** Rows of A visited against every panel of B before moving on. */
const ROW_BLOCK = 64;

/**
 * The body of `product_MR(a, packed, c, rows, panels, k)`: C[rows, panels·8] = A·B for
 * byte addresses `a`, `packed` and `c`, `rows` a multiple of `tileRows`, `k` ≥ 1.
 */
function productFunction(tileRows: number): number[] {
  // parameters
  const [a, packed, c, rows, panels, k] = [0, 1, 2, 3, 4, 5];
  // i32 locals
  let next = 6;
  const rowBytes = next++; // k·4: one row of A
  const cRowBytes = next++; // panels·32: one row of C
  const panelBytes = next++; // k·32: one panel of packed B
  const blockStart = next++;
  const blockEnd = next++;
  const panel = next++;
  const row = next++;
  const aAt = next++; // &A[row, l]
  const aEnd = next++; // &A[row, k]
  const bAt = next++; // &B[l, panel·8 .. panel·8+7] in packed B
  const cAt = next++; // &C[row, panel·8]
  const rowOffset = Array.from({ length: tileRows }, () => next++); // r·rowBytes
  const i32Count = next - 6;
  // v128 locals
  const acc = Array.from({ length: tileRows }, () => [next++, next++]); // C tile, 2 per row
  const [b0, b1, aSplat] = [next++, next++, next++];
  const v128Count = next - 6 - i32Count;

  const body = new FunctionBody();
  const { emit, exitUnlessBelow } = body;

  emit(local.get(k), I32.const(2), I32.shl, local.set(rowBytes));
  emit(local.get(panels), I32.const(32), I32.mul, local.set(cRowBytes));
  emit(local.get(k), I32.const(32), I32.mul, local.set(panelBytes));
  for (let r = 0; r < tileRows; r++) {
    emit(local.get(rowBytes), I32.const(r), I32.mul, local.set(rowOffset[r]!));
  }

  // for (blockStart = 0; blockStart < rows; blockStart += ROW_BLOCK)
  emit(I32.const(0), local.set(blockStart), CONTROL.block, CONTROL.loop);
  exitUnlessBelow(blockStart, rows);
  // blockEnd = min(blockStart + ROW_BLOCK, rows)
  emit(local.get(blockStart), I32.const(ROW_BLOCK), I32.add, local.get(rows));
  emit(local.get(blockStart), I32.const(ROW_BLOCK), I32.add, local.get(rows), I32.ltU);
  emit(CONTROL.select, local.set(blockEnd));

  //   for (panel = 0; panel < panels; panel++)
  emit(I32.const(0), local.set(panel), CONTROL.block, CONTROL.loop);
  exitUnlessBelow(panel, panels);

  //     for (row = blockStart; row < blockEnd; row += tileRows)
  emit(local.get(blockStart), local.set(row), CONTROL.block, CONTROL.loop);
  exitUnlessBelow(row, blockEnd);
  for (const [lo, hi] of acc) emit(V128.zero(), local.set(lo!), V128.zero(), local.set(hi!));
  emit(local.get(a), local.get(row), local.get(rowBytes), I32.mul, I32.add, local.tee(aAt));
  emit(local.get(rowBytes), I32.add, local.set(aEnd));
  emit(local.get(packed), local.get(panel), local.get(panelBytes), I32.mul, I32.add);
  emit(local.set(bAt));

  //       for (l = 0; l < k; l++): the tile += A[row.., l] ⊗ B[l, panel]
  emit(CONTROL.loop);
  emit(local.get(bAt), V128.load(0), local.set(b0));
  emit(local.get(bAt), V128.load(16), local.set(b1));
  for (let r = 0; r < tileRows; r++) {
    emit(local.get(aAt), local.get(rowOffset[r]!), I32.add, V128.load32Splat(), local.set(aSplat));
    const [lo, hi] = acc[r]!;
    emit(local.get(lo!), local.get(aSplat), local.get(b0), F32X4.mul, F32X4.add, local.set(lo!));
    emit(local.get(hi!), local.get(aSplat), local.get(b1), F32X4.mul, F32X4.add, local.set(hi!));
  }
  emit(local.get(bAt), I32.const(32), I32.add, local.set(bAt));
  emit(local.get(aAt), I32.const(4), I32.add, local.tee(aAt), local.get(aEnd), I32.ltU);
  emit(CONTROL.brIf(0), CONTROL.end);

  //       C[row + r, panel·8 ..] = tile row r
  emit(local.get(c), local.get(row), local.get(cRowBytes), I32.mul, I32.add);
  emit(local.get(panel), I32.const(32), I32.mul, I32.add, local.set(cAt));
  for (let r = 0; r < tileRows; r++) {
    const [lo, hi] = acc[r]!;
    emit(local.get(cAt), local.get(lo!), V128.store(0));
    emit(local.get(cAt), local.get(hi!), V128.store(16));
    if (r + 1 < tileRows) emit(local.get(cAt), local.get(cRowBytes), I32.add, local.set(cAt));
  }
  emit(local.get(row), I32.const(tileRows), I32.add, local.set(row), CONTROL.br(0));
  emit(CONTROL.end, CONTROL.end); // rows

  emit(local.get(panel), I32.const(1), I32.add, local.set(panel), CONTROL.br(0));
  emit(CONTROL.end, CONTROL.end); // panels

  emit(local.get(blockStart), I32.const(ROW_BLOCK), I32.add, local.set(blockStart));
  emit(CONTROL.br(0), CONTROL.end, CONTROL.end); // row blocks
  emit(CONTROL.end); // function

  return body.encode([
    [i32Count, VALUE.i32],
    [v128Count, VALUE.v128],
  ]);
}

/**
 * The body of `pack(b, packed, k, n, rowStride, columnStride)`: writes B in panels,
 * `packed[(p·k + l)·8 + j] = B[l, 8p + j]` for every column 8p + j < n, where B[l, c] is the
 * float at `b + (l·rowStride + c·columnStride)·4`: strides (n, 1) for B stored [k, n], and
 * (1, k) for B stored [n, k] and read transposed. Columns past n are left as they are.
 */
function packFunction(): number[] {
  const [b, packed, k, n, rowStride, columnStride] = [0, 1, 2, 3, 4, 5];
  let next = 6;
  const rowStep = next++; // rowStride·4
  const columnStep = next++; // columnStride·4
  const first = next++; // the panel's first column
  const width = next++; // min(8, n - first)
  const l = next++;
  const j = next++;
  const rowAt = next++; // &B[l, first]
  const from = next++; // &B[l, first + j]
  const to = next++; // &packed[(p·k + l)·8 + j]
  const i32Count = next - 6;

  const body = new FunctionBody();
  const { emit, exitUnlessBelow } = body;

  emit(local.get(rowStride), I32.const(2), I32.shl, local.set(rowStep));
  emit(local.get(columnStride), I32.const(2), I32.shl, local.set(columnStep));
  emit(local.get(packed), local.set(to));
  // for (first = 0; first < n; first += 8)
  emit(I32.const(0), local.set(first), CONTROL.block, CONTROL.loop);
  exitUnlessBelow(first, n);
  // width = min(8, n - first)
  emit(local.get(n), local.get(first), I32.sub, I32.const(PANEL_WIDTH));
  emit(local.get(n), local.get(first), I32.sub, I32.const(PANEL_WIDTH), I32.ltU);
  emit(CONTROL.select, local.set(width));
  emit(local.get(b), local.get(first), local.get(columnStep), I32.mul, I32.add);
  emit(local.set(rowAt));
  //   for (l = 0; l < k; l++)
  emit(I32.const(0), local.set(l), CONTROL.block, CONTROL.loop);
  exitUnlessBelow(l, k);
  //     for (j = 0; j < width; j++) packed[.. + j] = B[l, first + j]
  emit(local.get(rowAt), local.set(from), I32.const(0), local.set(j));
  emit(CONTROL.block, CONTROL.loop);
  exitUnlessBelow(j, width);
  emit(local.get(to), local.get(j), I32.const(2), I32.shl, I32.add);
  emit(local.get(from), F32.load(), F32.store());
  emit(local.get(from), local.get(columnStep), I32.add, local.set(from));
  emit(local.get(j), I32.const(1), I32.add, local.set(j), CONTROL.br(0));
  emit(CONTROL.end, CONTROL.end);
  emit(local.get(to), I32.const(PANEL_WIDTH * 4), I32.add, local.set(to));
  emit(local.get(rowAt), local.get(rowStep), I32.add, local.set(rowAt));
  emit(local.get(l), I32.const(1), I32.add, local.set(l), CONTROL.br(0));
  emit(CONTROL.end, CONTROL.end);
  emit(local.get(first), I32.const(PANEL_WIDTH), I32.add, local.set(first), CONTROL.br(0));
  emit(CONTROL.end, CONTROL.end);
  emit(CONTROL.end); // function

  return body.encode([[i32Count, VALUE.i32]]);
}

/** Where the exponential is clamped: e^-104 rounds to 0 in float32, e^89 to +∞. */
const EXP_LOW = -104;
const EXP_HIGH = 89;
/** 1.5·2²³, and its bits: adding it to a float below 2²² in size rounds to an integer. */
const ROUNDING = 12582912;
const ROUNDING_BITS = 0x4b400000;

/**
 * The body of `exp(at, count)`: replaces `count` floats from byte address `at` (rounded up
 * to a multiple of 4) with their exponentials, four at a time. The classic range
 * reduction (as in Cephes' `expf`):
 *
 *   n = round(x·log₂e),   r = x − n·ln 2  (ln 2 split in two parts, so r stays exact),
 *   e^x = 2ⁿ · e^r,       e^r ≈ 1 + r + r²·p(r),  |r| ≤ ½ ln 2,  p of degree 5
 *   (Cephes' coefficients),
 *
 * then 2ⁿ is built from its bits, as two factors 2^⌊n/2⌋·2^(n−⌊n/2⌋) so that results that
 * underflow to subnormals or overflow to +∞ come out as float32 would round them. Within
 * 2 units in the last place of the exact value; NaN stays NaN, e^-∞ = 0, e^+∞ = +∞.
 */
function expFunction(): number[] {
  const [at, count] = [0, 1];
  let next = 2;
  const end = next++;
  const i32Count = next - 2;
  const [x, n, nFloat, r, r2, y, half] = [next++, next++, next++, next++, next++, next++, next++];

  // Constants are set once, before the loop, into locals of their own: a v128.const inside
  // the loop would be rebuilt on every pass.
  const prologue: number[] = [];
  const constants = new Map<string, number>();
  const constant = (bytes: number[]) => {
    const key = bytes.join(',');
    if (!constants.has(key)) {
      constants.set(key, next);
      prologue.push(...bytes, ...local.set(next++));
    }
    return local.get(constants.get(key)!);
  };
  const f32 = (value: number) => constant(V128.f32x4(value));

  const body = new FunctionBody();
  const { emit, exitUnlessBelow } = body;
  /** 2^e for int32 lanes e in [-126, 127]: the exponent field (e + 127) << 23 */
  const powerOfTwo = (e: number) =>
    emit(local.get(e), constant(V128.i32x4(127)), I32X4.add, I32.const(23), I32X4.shl);
  const [C1, C2] = [0.693359375, -2.1219444e-4]; // C1 + C2 = ln 2 to 3e-12; C1·n is exact
  const P = [
    1.98756915e-4, 1.39819995e-3, 8.33345191e-3, 4.16657959e-2, 1.66666655e-1, 5.00000012e-1,
  ];

  emit(local.get(at), local.get(count), I32.const(2), I32.shl, I32.add, local.set(end));
  emit(CONTROL.block, CONTROL.loop);
  exitUnlessBelow(at, end);
  // x = clamp(v, EXP_LOW, EXP_HIGH): pmax(v, low) and pmin(·, high) leave NaN as it is
  emit(local.get(at), V128.load(), f32(EXP_LOW), F32X4.pmax, f32(EXP_HIGH), F32X4.pmin);
  emit(local.set(x));
  // n = round(x·log₂e), by adding 1.5·2²³: the sum keeps no fraction, so the addition
  // itself rounds, and n sits in the low bits of the sum's mantissa. nFloat = sum − 1.5·2²³.
  emit(local.get(x), f32(Math.LOG2E), F32X4.mul, f32(ROUNDING), F32X4.add, local.tee(n));
  emit(f32(ROUNDING), F32X4.sub, local.set(nFloat));
  emit(local.get(n), constant(V128.i32x4(ROUNDING_BITS)), I32X4.sub, local.set(n));
  // r = (x − n·C1) − n·C2
  emit(local.get(x), local.get(nFloat), f32(C1), F32X4.mul, F32X4.sub);
  emit(local.get(nFloat), f32(C2), F32X4.mul, F32X4.sub, local.set(r));
  // y = p(r) by Estrin's scheme, in pairs of coefficients, which keeps the chain of
  // dependent operations short: p = (P5 + P4·r) + (P3 + P2·r)·r² + (P1 + P0·r)·r⁴.
  // Then e^r ≈ y·r² + r + 1.
  const pair = (high: number, low: number) =>
    emit(local.get(r), f32(high), F32X4.mul, f32(low), F32X4.add); // low + high·r
  emit(local.get(r), local.get(r), F32X4.mul, local.set(r2));
  pair(P[4]!, P[5]!);
  pair(P[2]!, P[3]!);
  emit(local.get(r2), F32X4.mul, F32X4.add);
  pair(P[0]!, P[1]!);
  emit(local.get(r2), local.get(r2), F32X4.mul, F32X4.mul, F32X4.add, local.set(y));
  emit(local.get(y), local.get(r2), F32X4.mul, local.get(r), F32X4.add);
  emit(f32(1), F32X4.add, local.set(y));
  // n as int32 lanes is in [-150, 128]; half = n >> 1, and n − half, each in [-75, 64]
  emit(local.get(n), I32.const(1), I32X4.shrS, local.set(half));
  emit(local.get(at), local.get(y));
  powerOfTwo(half);
  emit(F32X4.mul);
  emit(local.get(n), local.get(half), I32X4.sub, local.set(n));
  powerOfTwo(n);
  emit(F32X4.mul, V128.store());
  emit(local.get(at), I32.const(16), I32.add, local.set(at), CONTROL.br(0));
  emit(CONTROL.end, CONTROL.end, CONTROL.end);

  return body.encode(
    [
      [i32Count, VALUE.i32],
      [next - 2 - i32Count, VALUE.v128],
    ],
    prologue,
  );
}

/**
 * The module: one memory (exported as `memory`, grown by its user) and four functions:
 * `product4` for tiles of 4 rows, `product1` for the rows left over, `pack`, which writes
 * B in panels, and `exp`.
 */
export function kernelModuleBytes(): Uint8Array {
  const sixIntegers = [0x60, ...vector(new Array(6).fill([VALUE.i32])), ...vector([])];
  const twoIntegers = [0x60, ...vector(new Array(2).fill([VALUE.i32])), ...vector([])];
  return new Uint8Array([
    ...HEADER,
    ...section(SECTION.type, vector([sixIntegers, twoIntegers])),
    ...section(SECTION.function, vector([[0], [0], [0], [1]])),
    ...section(SECTION.memory, vector([[0x00, 1]])), // limits: at least one 64 KiB page
    ...section(
      SECTION.export,
      vector([
        [...name('memory'), EXPORT.memory, 0],
        [...name(`product${TILE_ROWS}`), EXPORT.function, 0],
        [...name('product1'), EXPORT.function, 1],
        [...name('pack'), EXPORT.function, 2],
        [...name('exp'), EXPORT.function, 3],
      ]),
    ),
    ...section(
      SECTION.code,
      vector([productFunction(TILE_ROWS), productFunction(1), packFunction(), expFunction()]),
    ),
  ]);
}
