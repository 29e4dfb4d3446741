import { mulberry32 } from '@mha/runtime';
import type * as tf from '@tensorflow/tfjs-core';
import { type DecoderCache, decodeStep } from './decode-step.js';
import { encode, type TransformerParams } from './transformer.js';

/** Options for {@link greedyDecode}. */
export interface GreedyDecodeOptions {
  /** The begin-of-sequence id, fed at position 0. Required. */
  bos: number;
  /** The end-of-sequence id: a sequence stops once it produces it. Required. */
  eos: number;
  /** Most tokens to generate per sequence (EOS included), 1 … the model's maxLen. Required. */
  maxLen: number;
  /** `[batch]` valid source lengths (source padding mask). Default: no padding. */
  srcLengths?: readonly number[];
}

/** Options for {@link sampleDecode}: those of {@link greedyDecode}, plus sampling settings. */
export interface SampleDecodeOptions extends GreedyDecodeOptions {
  /** Divides the logits before the softmax: < 1 sharpens, > 1 flattens. Default 1. */
  temperature?: number;
  /** Sample only among the k most likely tokens (renormalised). Default: all tokens. */
  topK?: number;
  /** Seed of the draws, an integer in [0, 2^32): the same seed gives the same tokens. Required. */
  seed: number;
}

/** Chooses one token from a row of logits. */
type Chooser = (logits: Float32Array | number[]) => number;

function checkDecodeOptions(
  params: TransformerParams,
  options: GreedyDecodeOptions,
  fn: string,
): void {
  if (options === null || typeof options !== 'object') {
    throw new Error(
      `${fn}: argument 'options' must be an object { bos, eos, maxLen${
        fn === 'sampleDecode' ? ', seed' : ''
      } }, got ${options}`,
    );
  }
  const { tgtVocabSize, maxLen } = params.config;
  for (const name of ['bos', 'eos'] as const) {
    const id = options[name];
    if (!Number.isInteger(id) || id < 0 || id >= tgtVocabSize) {
      throw new Error(
        `${fn}: option '${name}' must be a token id in 0 … ${tgtVocabSize - 1}, got ${id}`,
      );
    }
  }
  if (!Number.isInteger(options.maxLen) || options.maxLen < 1 || options.maxLen > maxLen) {
    throw new Error(
      `${fn}: option 'maxLen' must be an integer in 1 … ${maxLen} (the model's maxLen), ` +
        `got ${options.maxLen}`,
    );
  }
}

/** Index of the largest entry (the first one on ties). */
function argMax(row: Float32Array | number[]): number {
  let best = 0;
  for (let i = 1; i < row.length; i++) if (row[i]! > row[best]!) best = i;
  return best;
}

/**
 * The generation loop both decoders share: encode once, then one cached step per position,
 * each sequence stopping at its EOS. Internal.
 */
function generate(
  params: TransformerParams,
  srcTokens: tf.Tensor2D,
  options: GreedyDecodeOptions,
  choose: Chooser,
  fn: string,
): number[][] {
  const { bos, eos, maxLen, srcLengths } = options;
  let memory: tf.Tensor3D;
  try {
    memory = encode(params, srcTokens, { srcLengths });
  } catch (error) {
    throw new Error(`${fn}: ${(error as Error).message}`);
  }
  const batch = srcTokens.shape[0];
  const outputs: number[][] = Array.from({ length: batch }, () => []);
  const done = new Array<boolean>(batch).fill(false);
  let cache: DecoderCache | null = null;
  let token = new Array<number>(batch).fill(bos);
  try {
    for (let step = 0; step < maxLen && done.includes(false); step++) {
      const result: { logits: tf.Tensor2D; cache: DecoderCache } = decodeStep(
        params,
        memory,
        token,
        cache,
        { srcLengths },
      );
      cache = result.cache;
      const scores = result.logits.dataSync() as Float32Array; // [batch, tgtVocabSize], flat
      result.logits.dispose();
      if (!scores.every(Number.isFinite)) {
        throw new Error(
          `${fn}: the logits at step ${step} hold NaN or ±Infinity: a parameter holds one`,
        );
      }
      const vocab = params.config.tgtVocabSize;
      token = token.map((_, n) => {
        if (done[n]) return eos;
        const next = choose(scores.subarray(n * vocab, (n + 1) * vocab));
        outputs[n]!.push(next);
        if (next === eos) done[n] = true;
        return next;
      });
    }
  } finally {
    (cache as DecoderCache | null)?.dispose();
    memory.dispose();
  }
  return outputs;
}

/**
 * Greedy generation: at every step, the single most likely next token.
 *
 * $$\hat y_t = \arg\max_{v}\ p_\theta(v \mid \hat y_{<t}, x)$$
 *
 * Encodes the source once, then calls {@link decodeStep} with a KV cache, feeding each
 * chosen token back in. A sequence stops once it produces `eos`; the batch stops when every
 * sequence has, or after `maxLen` tokens.
 *
 * @param params the model.
 * @param srcTokens `[batch, seqS]` int32 source ids.
 * @param options `bos`, `eos`, `maxLen` (required) and `srcLengths`.
 * @returns per sequence, the generated ids after BOS: `eos` is the last one when it was
 *   produced within `maxLen` tokens.
 */
export function greedyDecode(
  params: TransformerParams,
  srcTokens: tf.Tensor2D,
  options: GreedyDecodeOptions,
): number[][] {
  checkDecodeOptions(params, options, 'greedyDecode');
  // BEGIN SOLUTION
  return generate(params, srcTokens, options, argMax, 'greedyDecode');
  // END SOLUTION
}

/**
 * Sampled generation: each next token drawn from the model's distribution, sharpened or
 * flattened by a temperature τ and optionally restricted to the k most likely tokens.
 *
 * $$p(v) \propto \exp(z_v / \tau)\ \text{ for } v \in \text{top-}k(z), \qquad 0 \text{ otherwise}$$
 *
 * The draws come from a seeded generator (mulberry32) in JavaScript, so the same seed gives
 * the same tokens on every backend.
 *
 * @param params the model.
 * @param srcTokens `[batch, seqS]` int32 source ids.
 * @param options those of {@link greedyDecode}, plus `temperature` (default 1), `topK`
 *   (default: every token) and `seed` (required).
 * @returns per sequence, the generated ids after BOS, `eos` last when produced.
 */
export function sampleDecode(
  params: TransformerParams,
  srcTokens: tf.Tensor2D,
  options: SampleDecodeOptions,
): number[][] {
  const fn = 'sampleDecode';
  checkDecodeOptions(params, options, fn);
  const { temperature = 1, topK, seed } = options;
  const vocab = params.config.tgtVocabSize;
  if (!(temperature > 0) || !Number.isFinite(temperature)) {
    throw new Error(`${fn}: option 'temperature' must be a finite number > 0, got ${temperature}`);
  }
  if (topK !== undefined && (!Number.isInteger(topK) || topK < 1 || topK > vocab)) {
    throw new Error(`${fn}: option 'topK' must be an integer in 1 … ${vocab}, got ${topK}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`${fn}: option 'seed' must be an integer in [0, 2^32), got ${seed}`);
  }
  const random = mulberry32(seed);
  const choose: Chooser = (logits) => {
    const scaled = Array.from(logits, (z) => z / temperature);
    const order = scaled.map((_, i) => i).sort((a, b) => scaled[b]! - scaled[a]! || a - b);
    const kept = order.slice(0, topK ?? vocab);
    const top = scaled[kept[0]!]!;
    const weights = kept.map((i) => Math.exp(scaled[i]! - top)); // stable softmax numerators
    let u = random() * weights.reduce((sum, w) => sum + w, 0);
    for (let j = 0; j < kept.length; j++) {
      u -= weights[j]!;
      if (u < 0) return kept[j]!;
    }
    return kept[kept.length - 1]!;
  };
  return generate(params, srcTokens, options, choose, fn);
}
