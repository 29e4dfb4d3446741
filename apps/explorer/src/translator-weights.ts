import {
  initTransformer,
  type TransformerConfig,
  type TransformerParams,
} from '@mha/decoder-block';
import * as tf from '@tensorflow/tfjs-core';
import { flatten, fromBase64, type Tree, toBase64 } from './weights.ts';

/** The file the explorer loads for page 4: a trained translator, its size and provenance. */
export interface TranslatorWeightsFile {
  format: 'mha-translator-model';
  version: 1;
  /** The model's size, as `initTransformer` takes it (`normFirst` filled in). */
  config: Required<TransformerConfig>;
  /** How the weights were obtained (recipe, seed, steps, held-out exact match). */
  provenance: Record<string, number | string>;
  /** Every parameter tensor by its path in the params object, e.g. `decoderBlocks.0.norm1.gamma`. */
  tensors: Record<string, { shape: number[]; float32Base64: string }>;
}

/** Writes a translator's parameters as a {@link TranslatorWeightsFile} (float32, little-endian). */
export function serializeTranslator(
  params: TransformerParams,
  provenance: TranslatorWeightsFile['provenance'],
): TranslatorWeightsFile {
  const { config, ...tensorTree } = params;
  const flat = new Map<string, tf.Tensor>();
  flatten(tensorTree as unknown as Tree, '', flat);
  const tensors: TranslatorWeightsFile['tensors'] = {};
  for (const [path, t] of flat) {
    tensors[path] = { shape: t.shape, float32Base64: toBase64(t.dataSync() as Float32Array) };
  }
  return { format: 'mha-translator-model', version: 1, config, provenance, tensors };
}

/** Replaces every tensor of `tree` by the one `read` gives for its path. */
function rebuild(tree: Tree, prefix: string, read: (path: string, shape: number[]) => tf.Tensor) {
  if (tree instanceof tf.Tensor) return read(prefix, tree.shape);
  if (Array.isArray(tree))
    return tree.map((child, i): Tree => rebuild(child, `${prefix}.${i}`, read));
  const out: Record<string, Tree> = {};
  for (const [key, child] of Object.entries(tree)) {
    if (child !== undefined)
      out[key] = rebuild(child, prefix === '' ? key : `${prefix}.${key}`, read);
  }
  return out;
}

/**
 * Rebuilds a translator from a {@link TranslatorWeightsFile}: the layout is that of
 * `initTransformer(file.config)`, and every tensor must be in the file with that shape. The
 * caller owns the tensors (`tf.dispose(params)`).
 *
 * @throws Error `loadTranslator: ...` for another format, a missing tensor, a shape that is
 *   not the model's, a size that does not match its shape, or a tensor the model lacks.
 */
export function loadTranslator(file: TranslatorWeightsFile): TransformerParams {
  const fn = 'loadTranslator';
  if (file?.format !== 'mha-translator-model' || file.version !== 1) {
    throw new Error(`${fn}: expected format 'mha-translator-model' version 1`);
  }
  const { config, ...layout } = initTransformer(file.config);
  const used = new Set<string>();
  const made: tf.Tensor[] = [];
  const read = (path: string, shape: number[]) => {
    const entry = file.tensors[path];
    if (entry === undefined) throw new Error(`${fn}: tensor '${path}' is missing`);
    if (entry.shape.join() !== shape.join()) {
      throw new Error(
        `${fn}: tensor '${path}' has shape [${entry.shape}], the model needs [${shape}]`,
      );
    }
    const values = fromBase64(entry.float32Base64);
    const size = shape.reduce((a, b) => a * b, 1);
    if (values.length !== size) {
      throw new Error(
        `${fn}: tensor '${path}' has ${values.length} values, its shape [${shape}] needs ${size}`,
      );
    }
    used.add(path);
    const t = tf.tensor(values, shape, 'float32');
    made.push(t);
    return t;
  };
  try {
    const tensors = rebuild(layout as unknown as Tree, '', read);
    const extra = Object.keys(file.tensors).find((path) => !used.has(path));
    if (extra !== undefined) throw new Error(`${fn}: tensor '${extra}' is not part of the model`);
    return { config, ...(tensors as object) } as TransformerParams;
  } catch (error) {
    tf.dispose(made);
    throw error;
  } finally {
    tf.dispose(layout as unknown as tf.TensorContainer);
  }
}
