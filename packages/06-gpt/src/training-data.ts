import { deriveSeed, mulberry32 } from '@mha/runtime';
import { maskedCrossEntropy } from '@mha/runtime/training';
import * as tf from '@tensorflow/tfjs-core';
import { type GptParams, gpt } from './gpt.js';
import { BOS_ID, type CharTokenizer, EOS_ID } from './tokenizer.js';

/**
 * Every text as `<bos> text <eos>`, end to end: one stream of ids to cut training windows
 * from (sequence packing: no padding, every position a training example).
 *
 * @returns int32 ids, `Σ (length + 2)` of them.
 */
export function packTexts(texts: readonly string[], tokenizer: CharTokenizer): Int32Array {
  const ids: number[] = [];
  for (const text of texts) ids.push(BOS_ID, ...tokenizer.encode(text), EOS_ID);
  return Int32Array.from(ids);
}

/** Options for {@link packedBatch}. */
export interface PackedBatchOptions {
  /** Windows per batch. */
  batch: number;
  /** Positions per window. */
  seqLen: number;
  /** Integer seed: the same seed cuts the same windows. */
  seed: number;
}

/**
 * A batch of `batch` windows of `seqLen` ids from a packed stream, at seeded random offsets,
 * with each window's targets: the same ids shifted one position on.
 *
 * @returns `inputs` and `targets`, int32 `[batch, seqLen]`; the caller disposes them.
 */
export function packedBatch(
  stream: Int32Array,
  options: PackedBatchOptions,
): { inputs: tf.Tensor2D; targets: tf.Tensor2D } {
  const { batch, seqLen, seed } = options;
  const fn = 'packedBatch';
  if (!Number.isInteger(batch) || batch < 1 || !Number.isInteger(seqLen) || seqLen < 1) {
    throw new Error(`${fn}: options 'batch' and 'seqLen' must be positive integers`);
  }
  if (stream.length < seqLen + 1) {
    throw new Error(`${fn}: argument 'stream' holds ${stream.length} ids, fewer than seqLen + 1`);
  }
  const random = mulberry32(deriveSeed(seed, 'packedBatch'));
  const inputs = new Int32Array(batch * seqLen);
  const targets = new Int32Array(batch * seqLen);
  for (let b = 0; b < batch; b++) {
    const start = Math.floor(random() * (stream.length - seqLen));
    inputs.set(stream.subarray(start, start + seqLen), b * seqLen);
    targets.set(stream.subarray(start + 1, start + seqLen + 1), b * seqLen);
  }
  return {
    inputs: tf.tensor2d(inputs, [batch, seqLen], 'int32'),
    targets: tf.tensor2d(targets, [batch, seqLen], 'int32'),
  };
}

/**
 * The language-modelling loss: mean cross-entropy (nats) of the next id at every position.
 *
 * $$\mathcal{L} = -\frac{1}{BT} \sum_{b,t} \log p_\theta(y_{b,t} \mid x_{b,\le t})$$
 *
 * @param params the model.
 * @param inputs `[batch, seq]` int32 ids.
 * @param targets `[batch, seq]` int32 ids: `inputs` one position on.
 */
export function languageModelLoss(
  params: GptParams,
  inputs: tf.Tensor2D,
  targets: tf.Tensor2D,
): tf.Scalar {
  return tf.tidy(() => {
    const { logits } = gpt(params, inputs); // [batch, seq, vocabSize]
    const [batch, seq] = inputs.shape;
    return maskedCrossEntropy(logits, targets, Array(batch).fill(seq)); // every position
  });
}
