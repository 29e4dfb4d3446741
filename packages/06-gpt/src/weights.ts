import * as tf from '@tensorflow/tfjs-core';
import type { GptModel } from './generate.js';
import { checkGptConfig, type GptConfig, type GptParams, gptTensors, initGpt } from './gpt.js';
import { type CharTokenizerJSON, tokenizerFromJSON } from './tokenizer.js';

/** How the numbers are stored: 4 bytes each, or 2 (IEEE half precision). */
export type WeightDtype = 'float32' | 'float16';

/** The JSON header of a weights file. */
interface Header {
  format: 'mha-gpt';
  version: 1;
  config: GptConfig;
  tokenizer: CharTokenizerJSON;
  dtype: WeightDtype;
  /** Shapes of the tensors, in `gptTensors` order. */
  shapes: number[][];
  /** Anything else worth keeping with the weights (training figures, say). */
  meta?: Record<string, unknown>;
}

const MAGIC = 'MHAGPT01';

/** float32 -> IEEE 754 half (round to nearest even), as its 16 bits. */
function toHalf(value: number): number {
  const f32 = new Float32Array([value]);
  const bits = new Uint32Array(f32.buffer)[0]!;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  let mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0); // inf / NaN
  const e = exponent - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00; // overflow -> inf
  if (e <= 0) {
    if (e < -10) return sign; // underflow -> 0
    mantissa |= 0x800000; // subnormal half
    const shift = 14 - e;
    const half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    return sign | (half + (rest > mid || (rest === mid && half & 1) ? 1 : 0));
  }
  let half = (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && half & 1)) half += 1; // may carry into the exponent
  return sign | half;
}

/** IEEE 754 half bits -> number. */
function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >>> 10) & 0x1f;
  const mantissa = h & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/**
 * Writes a model (weights, config and tokenizer) into one self-describing file: 8 magic
 * bytes, a 4-byte little-endian header length, the JSON header, then every tensor's numbers
 * in `gptTensors` order, float32 or float16.
 *
 * @param model `{ params, tokenizer }`.
 * @param options `dtype` (default `'float32'`), `meta` (kept in the header).
 */
export function serializeGpt(
  model: Pick<GptModel, 'params' | 'tokenizer'>,
  options: { dtype?: WeightDtype; meta?: Record<string, unknown> } = {},
): Uint8Array {
  const { dtype = 'float32', meta } = options;
  const tensors = gptTensors(model.params);
  const header: Header = {
    format: 'mha-gpt',
    version: 1,
    config: model.params.config,
    tokenizer: model.tokenizer.toJSON(),
    dtype,
    shapes: tensors.map((t) => t.shape),
    ...(meta ? { meta } : {}),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerEnd = 12 + json.length;
  const dataStart = Math.ceil(headerEnd / 4) * 4;
  const count = tensors.reduce((n, t) => n + t.size, 0);
  const bytes = new Uint8Array(dataStart + count * (dtype === 'float16' ? 2 : 4));
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(8, json.length, true);
  bytes.set(json, 12);
  let at = dataStart;
  for (const t of tensors) {
    const values = t.dataSync() as Float32Array;
    if (dtype === 'float32') {
      bytes.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), at);
      at += values.byteLength;
    } else {
      const halves = new Uint16Array(values.length);
      for (let i = 0; i < values.length; i++) halves[i] = toHalf(values[i]!);
      bytes.set(new Uint8Array(halves.buffer), at);
      at += halves.byteLength;
    }
  }
  return bytes;
}

/**
 * Reads a file written by {@link serializeGpt} back into a model. The caller owns the
 * tensors: `disposeGpt(model.params)`.
 *
 * @param data the file's bytes.
 * @returns `{ params, config, tokenizer }` and the header's `meta`.
 */
export function deserializeGpt(
  data: ArrayBuffer | Uint8Array,
): GptModel & { meta?: Record<string, unknown> } {
  const fn = 'deserializeGpt';
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) {
    throw new Error(`${fn}: argument 'data' is not a weights file (no '${MAGIC}' at its start)`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as Header;
  if (header.format !== 'mha-gpt' || header.version !== 1) {
    throw new Error(`${fn}: unknown format ${header.format} version ${header.version}`);
  }
  checkGptConfig(header.config, fn);
  const tokenizer = tokenizerFromJSON(header.tokenizer);
  const width = header.dtype === 'float16' ? 2 : 4;
  let at = Math.ceil((12 + length) / 4) * 4;
  const expected = header.shapes.reduce((n, s) => n + s.reduce((a, b) => a * b, 1), 0);
  if (bytes.length !== at + expected * width) {
    throw new Error(
      `${fn}: argument 'data' holds ${bytes.length} bytes, its header describes ${at + expected * width}`,
    );
  }
  // the structure from the config, then every tensor replaced by the stored values
  const skeleton = initGpt(header.config);
  const slots = gptTensors(skeleton);
  const loaded = header.shapes.map((shape) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const values = new Float32Array(size);
    for (let i = 0; i < size; i++, at += width) {
      values[i] = width === 4 ? view.getFloat32(at, true) : fromHalf(view.getUint16(at, true));
    }
    return tf.tensor(values, shape, 'float32');
  });
  if (
    loaded.length !== slots.length ||
    loaded.some((t, i) => t.shape.join() !== slots[i]!.shape.join())
  ) {
    tf.dispose([...loaded, ...slots]);
    throw new Error(`${fn}: the stored tensors do not match the model its config describes`);
  }
  const swap = new Map(slots.map((t, i) => [t, loaded[i]!]));
  const replace = <T>(node: T): T => {
    if (node instanceof tf.Tensor) return (swap.get(node) ?? node) as T;
    if (Array.isArray(node)) return node.map(replace) as T;
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replace(v)])) as T;
    }
    return node;
  };
  const params = replace(skeleton) as GptParams;
  tf.dispose(slots);
  return {
    params,
    config: params.config,
    tokenizer,
    ...(header.meta ? { meta: header.meta } : {}),
  };
}

export { fromHalf, toHalf };
