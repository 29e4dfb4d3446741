import { mulberry32 } from '@mha/runtime';
import { checkSamplingOptions, type SamplingOptions, sampleNextToken } from './generate.js';
import type { CharTokenizer } from './tokenizer.js';
import { BOS_ID, EOS_ID } from './tokenizer.js';

/** Counts of an n-gram model over a tokenizer's ids. */
export interface NgramModel {
  /** 1, 2 or 3. */
  order: 1 | 2 | 3;
  tokenizer: CharTokenizer;
  /** C(c). */
  unigrams: Map<number, number>;
  /** Number of targets counted, N. */
  total: number;
  /** C(b, c), keyed b·V + c. */
  bigrams: Map<number, number>;
  /** C(b, ·) and T(b) (distinct followers), keyed b. */
  bigramContexts: Map<number, { count: number; types: number }>;
  /** C(a, b, c), keyed (a·V + b)·V + c. */
  trigrams: Map<number, number>;
  /** C(a, b, ·) and T(a, b), keyed a·V + b. */
  trigramContexts: Map<number, { count: number; types: number }>;
}

/**
 * The counts of `keys` (each occurring once per occurrence of its n-gram), sorted, so that
 * every distinct key is counted with one Map entry rather than a lookup per occurrence; and
 * the counts of the histories, `Math.floor(key / V)`, with how many distinct keys each had.
 */
function countSorted(
  keys: Float64Array,
  V: number,
  counts: Map<number, number>,
  contexts: Map<number, { count: number; types: number }>,
): void {
  keys.sort();
  let context: { count: number; types: number } | undefined;
  let contextKey = -1;
  for (let i = 0; i < keys.length; ) {
    const key = keys[i]!;
    let j = i + 1;
    while (j < keys.length && keys[j] === key) j++;
    counts.set(key, j - i);
    const history = Math.floor(key / V);
    if (history !== contextKey || context === undefined) {
      context = { count: 0, types: 0 };
      contexts.set(history, context);
      contextKey = history;
    }
    context.count += j - i;
    context.types += 1;
    i = j;
  }
}

/** Each text as ids: `<bos> <bos>` (the histories of the first character), text, `<eos>`. */
function padded(tokenizer: CharTokenizer, text: string): number[] {
  return [BOS_ID, ...tokenizer.encode(text, { bos: true, eos: true })];
}

/**
 * Counts the unigrams, bigrams and trigrams of the texts over the tokenizer's ids, every
 * character and each text's `<eos>` being a target, with `<bos>` as the history of the
 * first character (twice for a trigram).
 *
 * @param texts the training texts.
 * @param tokenizer the tokenizer the model will be compared under.
 * @param order 1, 2 or 3. Default 3.
 */
export function trainNgram(
  texts: readonly string[],
  tokenizer: CharTokenizer,
  order: 1 | 2 | 3 = 3,
): NgramModel {
  if (![1, 2, 3].includes(order)) {
    throw new Error(`trainNgram: argument 'order' must be 1, 2 or 3, got ${order}`);
  }
  const V = tokenizer.vocabSize;
  const model: NgramModel = {
    order,
    tokenizer,
    unigrams: new Map(),
    total: 0,
    bigrams: new Map(),
    bigramContexts: new Map(),
    trigrams: new Map(),
    trigramContexts: new Map(),
  };
  const sequences = texts.map((text) => padded(tokenizer, text));
  const total = sequences.reduce((n, ids) => n + ids.length - 2, 0);
  const unigrams = new Float64Array(V);
  const bigramKeys = new Float64Array(order >= 2 ? total : 0);
  const trigramKeys = new Float64Array(order >= 3 ? total : 0);
  let n = 0;
  for (const ids of sequences) {
    for (let t = 2; t < ids.length; t++, n++) {
      const c = ids[t]!;
      unigrams[c] = unigrams[c]! + 1;
      if (order >= 2) bigramKeys[n] = ids[t - 1]! * V + c;
      if (order >= 3) trigramKeys[n] = (ids[t - 2]! * V + ids[t - 1]!) * V + c;
    }
  }
  model.total = total;
  unigrams.forEach((count, c) => {
    if (count > 0) model.unigrams.set(c, count);
  });
  if (order >= 2) countSorted(bigramKeys, V, model.bigrams, model.bigramContexts);
  if (order >= 3) countSorted(trigramKeys, V, model.trigrams, model.trigramContexts);
  return model;
}

/**
 * The probability of `c` after the history `a, b`, interpolated Witten–Bell style: each
 * order's maximum-likelihood estimate, mixed with the next lower order in proportion to how
 * many distinct characters followed the history.
 *
 * $$P_1(c) = \frac{C(c) + 1}{N + V}, \qquad
 *   P_2(c \mid b) = \frac{C(bc) + T(b)\,P_1(c)}{C(b\cdot) + T(b)}, \qquad
 *   P_3(c \mid ab) = \frac{C(abc) + T(ab)\,P_2(c \mid b)}{C(ab\cdot) + T(ab)}$$
 *
 * A history never seen falls back to the order below.
 */
export function ngramProbability(model: NgramModel, a: number, b: number, c: number): number {
  const V = model.tokenizer.vocabSize;
  const p1 = ((model.unigrams.get(c) ?? 0) + 1) / (model.total + V);
  if (model.order === 1) return p1;
  const ctx2 = model.bigramContexts.get(b);
  const p2 = ctx2
    ? ((model.bigrams.get(b * V + c) ?? 0) + ctx2.types * p1) / (ctx2.count + ctx2.types)
    : p1;
  if (model.order === 2) return p2;
  const ctx3 = model.trigramContexts.get(a * V + b);
  return ctx3
    ? ((model.trigrams.get((a * V + b) * V + c) ?? 0) + ctx3.types * p2) / (ctx3.count + ctx3.types)
    : p2;
}

/**
 * An n-gram model's mean cross-entropy in bits per character over texts, counted the way
 * `bitsPerChar` counts a GPT's: every character of each text and its `<eos>`.
 *
 * $$\text{bpc} = -\frac{1}{N} \sum \log_2 P_n(x_t \mid x_{t-2}, x_{t-1})$$
 */
export function ngramBitsPerChar(model: NgramModel, texts: readonly string[]): number {
  let bits = 0;
  let count = 0;
  for (const text of texts) {
    const ids = padded(model.tokenizer, text);
    for (let t = 2; t < ids.length; t++) {
      bits -= Math.log2(ngramProbability(model, ids[t - 2]!, ids[t - 1]!, ids[t]!));
      count += 1;
    }
  }
  if (count === 0) throw new Error(`ngramBitsPerChar: argument 'texts' holds no text`);
  return bits / count;
}

/**
 * Writes text after a prompt by drawing each next character from the n-gram model, with the
 * same sampler as `generate` (temperature, top-k, top-p over $\log P_n$), seeded.
 *
 * @param model from {@link trainNgram}.
 * @param prompt the start of the text.
 * @param options `maxNewTokens`, `seed` (required), `temperature`, `topK`, `topP`.
 * @returns the generated text after the prompt, stopping at `<eos>`.
 */
export function sampleNgram(
  model: NgramModel,
  prompt: string,
  options: SamplingOptions & { maxNewTokens: number; seed: number },
): string {
  const fn = 'sampleNgram';
  const V = model.tokenizer.vocabSize;
  checkSamplingOptions(options, V, fn);
  if (!Number.isInteger(options.maxNewTokens) || options.maxNewTokens < 0) {
    throw new Error(
      `${fn}: option 'maxNewTokens' must be an integer >= 0, got ${options.maxNewTokens}`,
    );
  }
  const random = mulberry32(options.seed);
  const ids = padded(model.tokenizer, prompt).slice(0, -1); // <bos> <bos> prompt, no <eos>
  const generated: number[] = [];
  const logits = new Float64Array(V);
  while (generated.length < options.maxNewTokens) {
    const [a, b] = [ids[ids.length - 2]!, ids[ids.length - 1]!];
    for (let c = 0; c < V; c++) logits[c] = Math.log(ngramProbability(model, a, b, c));
    const next = sampleNextToken(logits, options, random);
    if (next === EOS_ID) break;
    generated.push(next);
    ids.push(next);
  }
  return model.tokenizer.decode(generated);
}
