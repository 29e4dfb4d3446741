import { deriveSeed, seededNormal } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

/** Splits typed text into tokens: words, and `<pad>` kept whole. */
export function tokenize(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/**
 * Stand-in embeddings: one seeded random vector per distinct word, so the same word always
 * gets the same row (as a trained embedding table would give it).
 *
 * @returns `[seq, dModel]` float32; the caller disposes it.
 */
export function embedWords(words: readonly string[], dModel: number, seed: number): tf.Tensor2D {
  return tf.tidy(() => {
    const rows = words.map((w) => seededNormal([1, dModel], deriveSeed(seed, 'word', w)));
    return tf.concat(rows, 0) as tf.Tensor2D; // seq × [1, dModel] -> [seq, dModel]
  });
}
