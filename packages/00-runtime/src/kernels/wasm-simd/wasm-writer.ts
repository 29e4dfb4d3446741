// Just enough of the WebAssembly binary format to write one small module by hand: LEB128
// numbers, sections, and the opcodes the matrix-product kernel uses. Each instruction
// helper returns its bytes, so a function body reads like the text format:
//   [...local.get(a), ...i32.const(2), I32.shl]   is   (i32.shl (local.get $a) (i32.const 2))
// Reference: the WebAssembly core specification, "Binary Format", and its SIMD proposal.

/** Unsigned LEB128: 7 bits per byte, low bits first, the top bit set on all but the last. */
export function unsignedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value >>> 0;
  do {
    const low = rest & 0x7f;
    rest >>>= 7;
    bytes.push(rest === 0 ? low : low | 0x80);
  } while (rest !== 0);
  return bytes;
}

/** Signed LEB128, for `i32.const` immediates. */
export function signedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value | 0;
  for (;;) {
    const low = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (low & 0x40) === 0) || (rest === -1 && (low & 0x40) !== 0);
    bytes.push(done ? low : low | 0x80);
    if (done) return bytes;
  }
}

/** A vector: its length, then its items. */
export function vector(items: number[][]): number[] {
  return [...unsignedLeb(items.length), ...items.flat()];
}

/** A UTF-8 name (ASCII here). */
export function name(text: string): number[] {
  return vector(Array.from(text, (ch) => [ch.charCodeAt(0)]));
}

/** A section: its id, its size in bytes, its contents. */
export function section(id: number, contents: number[]): number[] {
  return [id, ...unsignedLeb(contents.length), ...contents];
}

export const SECTION = { type: 1, function: 3, memory: 5, export: 7, code: 10 } as const;
export const VALUE = { i32: 0x7f, v128: 0x7b } as const;
export const EXPORT = { function: 0, memory: 2 } as const;

/** The module header: "\0asm", version 1. */
export const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

export const local = {
  get: (index: number) => [0x20, ...unsignedLeb(index)],
  set: (index: number) => [0x21, ...unsignedLeb(index)],
  tee: (index: number) => [0x22, ...unsignedLeb(index)],
};

export const I32 = {
  const: (value: number) => [0x41, ...signedLeb(value)],
  eqz: 0x45,
  ltU: 0x49,
  add: 0x6a,
  sub: 0x6b,
  mul: 0x6c,
  shl: 0x74,
} as const;

export const F32 = {
  /** One float from `address + offset`. */
  load: (offset = 0) => [0x2a, ...memarg(2, offset)],
  store: (offset = 0) => [0x38, ...memarg(2, offset)],
} as const;

/** Control flow. Blocks here take and leave nothing (block type 0x40). */
export const CONTROL = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  /** Branch to the enclosing construct `depth` levels out: a block's end, a loop's start. */
  brIf: (depth: number) => [0x0d, ...unsignedLeb(depth)],
  br: (depth: number) => [0x0c, ...unsignedLeb(depth)],
  end: 0x0b,
  select: 0x1b,
};

/** SIMD instructions: prefix 0xfd, then the opcode as unsigned LEB128. */
function simd(opcode: number, ...immediates: number[]): number[] {
  return [0xfd, ...unsignedLeb(opcode), ...immediates];
}

/** A memory immediate: log2 of the alignment, then a constant byte offset. */
function memarg(alignLog2: number, offset: number): number[] {
  return [...unsignedLeb(alignLog2), ...unsignedLeb(offset)];
}

export const V128 = {
  /** Four floats from `address + offset`. */
  load: (offset = 0) => simd(0x00, ...memarg(4, offset)),
  /** One float from `address + offset`, copied into all four lanes. */
  load32Splat: (offset = 0) => simd(0x09, ...memarg(2, offset)),
  store: (offset = 0) => simd(0x0b, ...memarg(4, offset)),
  /** Sixteen zero bytes. */
  zero: () => simd(0x0c, ...new Array<number>(16).fill(0)),
  /** Four lanes holding the float32 nearest `value`. */
  f32x4: (value: number) =>
    simd(0x0c, ...new Uint8Array(Float32Array.of(value, value, value, value).buffer)),
  /** Four lanes holding the int32 `value`. */
  i32x4: (value: number) =>
    simd(0x0c, ...new Uint8Array(Int32Array.of(value, value, value, value).buffer)),
  /** Bits of the first operand where the third has ones, of the second elsewhere. */
  bitselect: simd(0x52),
};

export const F32X4 = {
  add: simd(0xe4),
  sub: simd(0xe5),
  mul: simd(0xe6),
  /** "Pseudo" minimum and maximum, one instruction on x86: `b < a ? b : a`, `a < b ? b : a`. */
  pmin: simd(0xea),
  pmax: simd(0xeb),
  /** Lane-wise comparisons: all ones where true, all zeros where false. */
  lt: simd(0x43),
  gt: simd(0x44),
};

export const I32X4 = {
  add: simd(0xae),
  sub: simd(0xb1),
  /** Shift every lane by an i32 count. */
  shl: simd(0xab),
  shrS: simd(0xac),
};

/**
 * A function body being written: `emit` appends instructions (bytes, or arrays of bytes
 * from the helpers above); `encode` gives the function's entry in the code section.
 */
export class FunctionBody {
  private readonly code: number[] = [];

  emit = (...parts: Array<number | number[]>): void => {
    for (const part of parts)
      typeof part === 'number' ? this.code.push(part) : this.code.push(...part);
  };

  /** `if (!(x < limit)) break` (unsigned): leaves the block around the current loop. */
  exitUnlessBelow = (x: number, limit: number): void =>
    this.emit(local.get(x), local.get(limit), I32.ltU, I32.eqz, CONTROL.brIf(1));

  /**
   * The entry: its size, the locals after the parameters (a count and a type per group),
   * then `prologue` and the instructions emitted.
   */
  encode(locals: Array<[count: number, type: number]>, prologue: number[] = []): number[] {
    const declared = vector(locals.map(([count, type]) => [...unsignedLeb(count), type]));
    const entry = [...declared, ...prologue, ...this.code];
    return [...unsignedLeb(entry.length), ...entry];
  }
}
