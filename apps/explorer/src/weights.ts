import type { ReverseModelConfig, ReverseModelParams } from '@mha/encoder-block';
import * as tf from '@tensorflow/tfjs-core';

/** The file the explorer loads for page 3: a trained reversal model, its size and provenance. */
export interface ReverseWeightsFile {
  format: 'mha-reverse-model';
  version: 1;
  /** The model's size, as `initReverseModel` takes it. */
  config: ReverseModelConfig;
  /** How the weights were obtained (recipe seed, steps, held-out accuracy). */
  provenance: Record<string, number | string>;
  /** Every parameter tensor by its path in the params object, e.g. `blocks.0.attention.wQ`. */
  tensors: Record<string, { shape: number[]; float32Base64: string }>;
}

/** A params object: tensors in nested objects and arrays. */
export type Tree = tf.Tensor | Tree[] | { [key: string]: Tree | undefined };

/** Every tensor of `tree` by its dotted path (`blocks.0.attention.wQ`). */
export function flatten(tree: Tree, prefix: string, out: Map<string, tf.Tensor>): void {
  if (tree instanceof tf.Tensor) {
    out.set(prefix, tree);
  } else if (Array.isArray(tree)) {
    tree.forEach((child, i) => {
      flatten(child, `${prefix}.${i}`, out);
    });
  } else {
    for (const [key, child] of Object.entries(tree)) {
      if (child !== undefined) flatten(child, prefix === '' ? key : `${prefix}.${key}`, out);
    }
  }
}

/** Float32 values as base64 of their little-endian bytes. */
export function toBase64(values: Float32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

/** The inverse of {@link toBase64}. */
export function fromBase64(text: string): Float32Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}

/** Writes a reversal model's parameters as a {@link ReverseWeightsFile} (float32, little-endian). */
export function serializeReverseModel(
  params: ReverseModelParams,
  config: ReverseModelConfig,
  provenance: ReverseWeightsFile['provenance'],
): ReverseWeightsFile {
  const flat = new Map<string, tf.Tensor>();
  flatten(params as unknown as Tree, '', flat);
  const tensors: ReverseWeightsFile['tensors'] = {};
  for (const [path, t] of flat) {
    tensors[path] = { shape: t.shape, float32Base64: toBase64(t.dataSync() as Float32Array) };
  }
  return { format: 'mha-reverse-model', version: 1, config, provenance, tensors };
}

/**
 * Rebuilds the parameters from a {@link ReverseWeightsFile}. The caller owns the tensors
 * (`tf.dispose(params)`).
 *
 * @throws Error `loadReverseModel: ...` for another format, a missing tensor or a size that
 *   does not match its shape.
 */
export function loadReverseModel(file: ReverseWeightsFile): ReverseModelParams {
  const fn = 'loadReverseModel';
  if (file?.format !== 'mha-reverse-model' || file.version !== 1) {
    throw new Error(`${fn}: expected format 'mha-reverse-model' version 1`);
  }
  const read = (path: string) => {
    const entry = file.tensors[path];
    if (entry === undefined) throw new Error(`${fn}: tensor '${path}' is missing`);
    const values = fromBase64(entry.float32Base64);
    const size = entry.shape.reduce((a, b) => a * b, 1);
    if (values.length !== size) {
      throw new Error(
        `${fn}: tensor '${path}' has ${values.length} values, its shape [${entry.shape}] needs ${size}`,
      );
    }
    return tf.tensor(values, entry.shape, 'float32');
  };
  const has = (path: string) => file.tensors[path] !== undefined;
  const optional = (path: string) => (has(path) ? read(path) : undefined);
  const blocks = Array.from({ length: file.config.numLayers }, (_, l) => {
    const at = (name: string) => `blocks.${l}.${name}`;
    const attention = {
      wQ: read(at('attention.wQ')) as tf.Tensor2D,
      wK: read(at('attention.wK')) as tf.Tensor2D,
      wV: read(at('attention.wV')) as tf.Tensor2D,
      wO: read(at('attention.wO')) as tf.Tensor2D,
      bQ: optional(at('attention.bQ')) as tf.Tensor1D | undefined,
      bK: optional(at('attention.bK')) as tf.Tensor1D | undefined,
      bV: optional(at('attention.bV')) as tf.Tensor1D | undefined,
      bO: optional(at('attention.bO')) as tf.Tensor1D | undefined,
    };
    const norm = (name: string) => ({
      gamma: read(at(`${name}.gamma`)) as tf.Tensor1D,
      beta: read(at(`${name}.beta`)) as tf.Tensor1D,
    });
    return {
      attention,
      norm1: norm('norm1'),
      feedForward: {
        w1: read(at('feedForward.w1')) as tf.Tensor2D,
        b1: read(at('feedForward.b1')) as tf.Tensor1D,
        w2: read(at('feedForward.w2')) as tf.Tensor2D,
        b2: read(at('feedForward.b2')) as tf.Tensor1D,
      },
      norm2: norm('norm2'),
    };
  });
  return {
    embedding: read('embedding') as tf.Tensor2D,
    blocks,
    ...(has('finalNorm.gamma')
      ? {
          finalNorm: {
            gamma: read('finalNorm.gamma') as tf.Tensor1D,
            beta: read('finalNorm.beta') as tf.Tensor1D,
          },
        }
      : {}),
    classifier: {
      w: read('classifier.w') as tf.Tensor2D,
      b: read('classifier.b') as tf.Tensor1D,
    },
  };
}
