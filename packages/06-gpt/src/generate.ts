import { mulberry32 } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import {
  checkGptParams,
  type GptCacheLayer,
  type GptConfig,
  type GptParams,
  runBlocks,
} from './gpt.js';
import { type CharTokenizer, EOS_ID } from './tokenizer.js';

/** A model with its tokenizer: what `loadTangPoet` returns and {@link generate} takes. */
export interface GptModel {
  params: GptParams;
  /** The same as `params.config`. */
  config: GptConfig;
  tokenizer: CharTokenizer;
}

/** How the next token is drawn from the scores. */
export interface SamplingOptions {
  /** Divides the logits before the softmax: < 1 sharpens, > 1 flattens. Default 1. */
  temperature?: number;
  /** Keep only the k most likely tokens. Default: all. */
  topK?: number;
  /** Keep the fewest most likely tokens whose probabilities sum to at least p (nucleus). Default 1: all. */
  topP?: number;
}

/** Options for {@link generate}. */
export interface GenerateOptions extends SamplingOptions {
  /** Most tokens to generate (`<eos>` included). Required. */
  maxNewTokens: number;
  /** Seed of the draws, an integer in [0, 2^32): the same seed gives the same text. Required. */
  seed: number;
  /**
   * Keep each layer's keys and values between steps (default `true`); `false` recomputes the
   * whole sequence at every step, for comparison. Both give the same text.
   */
  cache?: boolean;
}

/** Throws unless the sampling options are valid for a vocabulary of `vocabSize`. */
export function checkSamplingOptions(
  options: SamplingOptions,
  vocabSize: number,
  fn: string,
): void {
  const { temperature = 1, topK, topP = 1 } = options;
  if (!(temperature > 0) || !Number.isFinite(temperature)) {
    throw new Error(`${fn}: option 'temperature' must be a finite number > 0, got ${temperature}`);
  }
  if (topK !== undefined && (!Number.isInteger(topK) || topK < 1 || topK > vocabSize)) {
    throw new Error(`${fn}: option 'topK' must be an integer in 1 … ${vocabSize}, got ${topK}`);
  }
  if (!(topP > 0 && topP <= 1)) {
    throw new Error(`${fn}: option 'topP' must be a number in (0, 1], got ${topP}`);
  }
}

/**
 * The probabilities the sampler draws from: softmax of the logits over the temperature,
 * restricted to the top k, then to the nucleus of mass p, renormalised.
 *
 * $$p_v \propto \exp(z_v / \tau)\ \text{for}\ v \in \text{top-}k \cap \text{top-}p, \quad 0 \text{ otherwise}$$
 *
 * @param logits the scores of every token.
 * @returns the kept token ids (most likely first) and their probabilities (summing to 1).
 */
export function samplingDistribution(
  logits: ArrayLike<number>,
  options: SamplingOptions = {},
): { ids: number[]; probs: number[] } {
  checkSamplingOptions(options, logits.length, 'samplingDistribution');
  // BEGIN SOLUTION
  const { temperature = 1, topK = logits.length, topP = 1 } = options;
  const scaled = Array.from(logits, (z) => z / temperature);
  const order = scaled.map((_, i) => i).sort((a, b) => scaled[b]! - scaled[a]! || a - b);
  const ids = order.slice(0, topK);
  const top = scaled[ids[0]!]!;
  const weights = ids.map((i) => Math.exp(scaled[i]! - top)); // stable softmax numerators
  const total = weights.reduce((s, w) => s + w, 0);
  let probs = weights.map((w) => w / total);
  // nucleus: the shortest prefix whose mass reaches topP (at least one token)
  let mass = 0;
  let keep = 0;
  while (keep < probs.length && (keep === 0 || mass < topP)) mass += probs[keep++]!;
  probs = probs.slice(0, keep).map((p) => p / mass);
  return { ids: ids.slice(0, keep), probs };
  // END SOLUTION
}

/**
 * Draws one token id from {@link samplingDistribution} with a uniform number `u` in [0, 1).
 *
 * @param logits the scores of every token.
 * @param options `temperature` (default 1), `topK`, `topP`.
 * @param random a source of uniform numbers in [0, 1), e.g. `mulberry32(seed)`.
 */
export function sampleNextToken(
  logits: ArrayLike<number>,
  options: SamplingOptions,
  random: () => number,
): number {
  if (typeof random !== 'function') {
    throw new Error(
      `sampleNextToken: argument 'random' must be a function returning numbers in [0, 1), got ${typeof random}`,
    );
  }
  // BEGIN SOLUTION
  const { ids, probs } = samplingDistribution(logits, options);
  let u = random();
  for (let j = 0; j < ids.length; j++) {
    u -= probs[j]!;
    if (u < 0) return ids[j]!;
  }
  return ids[ids.length - 1]!;
  // END SOLUTION
}

/**
 * Bytes a KV cache holds for `seq` positions: keys and values of `numKvHeads` heads of width
 * `dHead` in every layer, float32.
 *
 * $$\text{bytes} = 2 \cdot L \cdot h_{kv} \cdot d_\text{head} \cdot T \cdot \text{batch} \cdot 4$$
 */
export function kvCacheBytes(config: GptConfig, seq: number, batch = 1): number {
  const dHead = config.dModel / config.numHeads;
  return 2 * config.numLayers * config.numKvHeads * dHead * seq * batch * 4;
}

/**
 * Writes text after a prompt: feeds `<bos>` and the prompt, then draws one character at a
 * time from the model's distribution (temperature, top-k, top-p), feeding each back in,
 * until `<eos>`, `maxNewTokens` characters, or the model's `maxLen`. With the KV cache (the
 * default) each layer keeps its `numKvHeads` heads of keys and values, so a step runs the
 * model on one position; it gives the same text as recomputing every position.
 *
 * @param model `{ params, tokenizer }` (`config` is read from `params.config`).
 * @param prompt the start of the text (its characters outside the vocabulary become `<unk>`).
 * @param options `maxNewTokens`, `seed` (required), `temperature` (default 1), `topK`, `topP`,
 *   `cache` (default true).
 * @returns the generated text after the prompt, without special tokens.
 */
export function generate(model: GptModel, prompt: string, options: GenerateOptions): string {
  const fn = 'generate';
  const { params, tokenizer } = model ?? ({} as GptModel);
  checkGptParams(params, fn);
  if (tokenizer?.vocabSize !== params.config.vocabSize) {
    throw new Error(
      `${fn}: argument 'model' must hold a tokenizer of vocabSize ${params.config.vocabSize}, ` +
        `got ${tokenizer?.vocabSize}`,
    );
  }
  const { maxNewTokens, seed, cache = true } = options ?? ({} as GenerateOptions);
  if (!Number.isInteger(maxNewTokens) || maxNewTokens < 0) {
    throw new Error(`${fn}: option 'maxNewTokens' must be an integer >= 0, got ${maxNewTokens}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`${fn}: option 'seed' must be an integer in [0, 2^32), got ${seed}`);
  }
  checkSamplingOptions(options, params.config.vocabSize, fn);
  const ids = tokenizer.encode(prompt, { bos: true });
  const { maxLen } = params.config;
  if (ids.length > maxLen) {
    throw new Error(
      `${fn}: argument 'prompt' has ${ids.length - 1} characters; the model reads at most ${maxLen - 1}`,
    );
  }
  const random = mulberry32(seed);
  const generated: number[] = [];
  let layers: GptCacheLayer[] | undefined;
  let pending = ids; // tokens not yet fed to the model
  try {
    while (generated.length < maxNewTokens) {
      const input = cache ? pending : [...ids, ...generated];
      const [last, ...kept] = tf.tidy(() => {
        const tokens = tf.tensor2d(input, [1, input.length], 'int32');
        const out = runBlocks(params, tokens, cache ? layers : undefined, 1e-5);
        const [, seq, vocab] = out.logits.shape;
        const row = tf.slice(out.logits, [0, seq - 1, 0], [1, 1, vocab]); // -> [1, 1, vocab]
        return [row, ...(cache ? out.layers.flatMap((l) => [l.keys, l.values]) : [])];
      });
      const row = last!.dataSync() as Float32Array;
      last!.dispose();
      if (layers) tf.dispose(layers.flatMap((l) => [l.keys, l.values]));
      layers = cache
        ? params.blocks.map((_, l) => ({
            keys: kept[2 * l] as tf.Tensor4D,
            values: kept[2 * l + 1] as tf.Tensor4D,
          }))
        : undefined;
      const next = sampleNextToken(row, options, random);
      if (next === EOS_ID) break;
      generated.push(next);
      if (ids.length + generated.length >= maxLen) break;
      pending = [next];
    }
  } finally {
    if (layers) tf.dispose(layers.flatMap((l) => [l.keys, l.values]));
  }
  return tokenizer.decode(generated);
}
