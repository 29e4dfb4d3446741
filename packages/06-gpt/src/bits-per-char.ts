import { logSoftmax } from '@mha/runtime/kernels';
import * as tf from '@tensorflow/tfjs-core';
import type { GptModel } from './generate.js';
import { checkGptParams, runBlocks } from './gpt.js';
import { PAD_ID } from './tokenizer.js';

/** Options for {@link bitsPerChar}. */
export interface BitsPerCharOptions {
  /** Sequences per forward pass. Default 16. */
  batchSize?: number;
}

/** One forward pass's worth of a text: inputs, targets, and the first target to score. */
interface Segment {
  inputs: number[];
  targets: number[];
  scoreFrom: number;
}

/**
 * The windows a text of `ids` is scored in: the whole text when it fits in `maxLen`
 * positions, else windows of `maxLen` that advance by half of it, each scoring only the
 * targets the windows before it did not (so every target sees at least `maxLen / 2`
 * characters of context once the text is that long).
 */
function segments(ids: readonly number[], maxLen: number): Segment[] {
  const n = ids.length - 1; // targets: ids[1 …]
  const stride = Math.max(1, Math.floor(maxLen / 2));
  const out: Segment[] = [];
  let scored = 0;
  for (let start = 0; ; start += stride) {
    const end = Math.min(start + maxLen, n);
    out.push({
      inputs: ids.slice(start, end),
      targets: ids.slice(start + 1, end + 1),
      scoreFrom: scored - start,
    });
    scored = end;
    if (end === n) return out;
  }
}

/** Sum of −ln p(target) over the scored targets of equal-length-padded segments. */
function segmentNats(model: GptModel, batch: readonly Segment[]): number {
  const { vocabSize } = model.params.config;
  const seq = Math.max(...batch.map((s) => s.inputs.length));
  const inputs = batch.flatMap((s) => [...s.inputs, ...Array(seq - s.inputs.length).fill(PAD_ID)]);
  const picks: number[] = [];
  batch.forEach((s, b) => {
    for (let t = Math.max(0, s.scoreFrom); t < s.targets.length; t++) {
      picks.push((b * seq + t) * vocabSize + s.targets[t]!); // flat index of the target's score
    }
  });
  const total = tf.tidy(() => {
    const tokens = tf.tensor2d(inputs, [batch.length, seq], 'int32');
    const { logits } = runBlocks(model.params, tokens, undefined, 1e-5); // [b, seq, V]
    const logProbs = logSoftmax(logits); // ln p over the last axis
    const flat = tf.reshape(logProbs, [-1]); // -> [b·seq·V]
    const picked = tf.gather(flat, tf.tensor1d(picks, 'int32')); // ln p(target)
    return tf.neg(tf.sum(picked));
  });
  const nats = total.dataSync()[0]!;
  total.dispose();
  return nats;
}

/**
 * The model's mean cross-entropy in bits per character: every character of each text and
 * its `<eos>`, each predicted from `<bos>` and the characters before it.
 *
 * $$\text{bpc} = -\frac{1}{N} \sum_{\text{texts}} \sum_{t=1}^{n+1} \log_2 p(x_t \mid x_{<t}),
 *   \qquad x_0 = \texttt{<bos>},\ x_{n+1} = \texttt{<eos>}$$
 *
 * Texts longer than the model's `maxLen` are scored in overlapping windows, every character
 * once.
 *
 * @param model `{ params, tokenizer }`.
 * @param texts the texts (characters outside the vocabulary count as `<unk>`).
 * @param options `batchSize` (default 16).
 * @returns bits per character, averaged over every character (not over texts).
 */
export function bitsPerChar(
  model: GptModel,
  texts: readonly string[],
  options: BitsPerCharOptions = {},
): number {
  const fn = 'bitsPerChar';
  checkGptParams(model?.params, fn);
  const { batchSize = 16 } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`${fn}: option 'batchSize' must be a positive integer, got ${batchSize}`);
  }
  if (!Array.isArray(texts) || texts.length === 0) {
    throw new Error(`${fn}: argument 'texts' must be a non-empty array of strings`);
  }
  const { maxLen } = model.params.config;
  const all = texts.flatMap((text) =>
    segments(model.tokenizer.encode(text, { bos: true, eos: true }), maxLen),
  );
  const count = all.reduce((n, s) => n + s.targets.length - Math.max(0, s.scoreFrom), 0);
  all.sort((a, b) => a.inputs.length - b.inputs.length); // little padding per batch
  let nats = 0;
  for (let i = 0; i < all.length; i += batchSize)
    nats += segmentNats(model, all.slice(i, i + batchSize));
  return nats / count / Math.LN2;
}
