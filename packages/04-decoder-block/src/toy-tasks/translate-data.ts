import { mulberry32 } from '@mha/runtime';

/** Padding, in both vocabularies. */
export const PAD = 0;
/** Begin of sequence (target vocabulary only): the decoder's first input. */
export const BOS = 1;
/** End of sequence (target vocabulary only): the last token the decoder must produce. */
export const EOS = 2;

/** The shape of the reverse-and-translate task. */
export interface TranslateTaskConfig {
  /** Number of distinct symbols K ≥ 2: source ids 1 … K, target ids 3 … K + 2. */
  numSymbols: number;
  /** Shortest source, ≥ 1. */
  minLen: number;
  /** Longest source, and the padded source length. Targets are padded to maxLen + 1. */
  maxLen: number;
}

/** A batch of the task, as plain arrays. */
export interface TranslateBatch {
  /** `[batch][maxLen]`: L source ids, then PAD. */
  srcTokens: number[][];
  /** `[batch]`: each source's length L. */
  srcLengths: number[];
  /** `[batch][maxLen + 1]`: the decoder's input, BOS then the target shifted right, then PAD. */
  tgtInput: number[][];
  /** `[batch][maxLen + 1]`: what each decoder position must predict: the target, EOS, PAD. */
  tgtOutput: number[][];
  /** `[batch]`: L + 1, the positions scored (the L target symbols and EOS). */
  tgtLengths: number[];
}

/** Vocabulary sizes of the task: `{ srcVocabSize: K + 1, tgtVocabSize: K + 3 }`. */
export function translateVocabSizes(config: TranslateTaskConfig): {
  srcVocabSize: number;
  tgtVocabSize: number;
} {
  return { srcVocabSize: config.numSymbols + 1, tgtVocabSize: config.numSymbols + 3 };
}

/**
 * The fixed dictionary of the task: `table[s]` is the target id of source symbol s
 * (`table[0]` is PAD). It is a shuffle drawn from a fixed seed, the same for every run.
 */
export function translationTable(numSymbols: number): number[] {
  const random = mulberry32(7);
  const targets = Array.from({ length: numSymbols }, (_, i) => i + 3);
  for (let i = numSymbols - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [targets[i], targets[j]] = [targets[j]!, targets[i]!];
  }
  return [PAD, ...targets];
}

/** Checks a task configuration. Internal: shared by the sampler and the trainer. */
export function checkTranslateTaskConfig(config: TranslateTaskConfig, fnName: string): void {
  const { numSymbols, minLen, maxLen } = config;
  if (!Number.isInteger(numSymbols) || numSymbols < 2) {
    throw new Error(`${fnName}: 'numSymbols' must be an integer >= 2, got ${numSymbols}`);
  }
  if (!Number.isInteger(minLen) || !Number.isInteger(maxLen) || minLen < 1 || maxLen < minLen) {
    throw new Error(
      `${fnName}: need integers 1 <= minLen <= maxLen, got minLen ${minLen}, maxLen ${maxLen}`,
    );
  }
}

/**
 * The target of a source: reversed, each symbol translated by the table.
 *
 * $$y_i = \text{table}\big(x_{L-1-i}\big), \qquad i = 0 \ldots L-1$$
 *
 * @param source source ids, without padding.
 * @param table from {@link translationTable}.
 * @returns target ids, without BOS, EOS or padding.
 */
export function translateTarget(source: readonly number[], table: readonly number[]): number[] {
  return [...source].reverse().map((s) => table[s]!);
}

/**
 * Packs sources into a padded batch with their shifted targets.
 *
 * @param sources source ids, each without padding, lengths in minLen … maxLen.
 * @param config the task.
 */
export function translateBatch(
  sources: readonly (readonly number[])[],
  config: TranslateTaskConfig,
): TranslateBatch {
  const table = translationTable(config.numSymbols);
  const pad = (row: number[], length: number) =>
    row.concat(new Array<number>(length - row.length).fill(PAD));
  const batch: TranslateBatch = {
    srcTokens: [],
    srcLengths: [],
    tgtInput: [],
    tgtOutput: [],
    tgtLengths: [],
  };
  for (const source of sources) {
    const target = translateTarget(source, table);
    batch.srcTokens.push(pad([...source], config.maxLen));
    batch.srcLengths.push(source.length);
    batch.tgtInput.push(pad([BOS, ...target], config.maxLen + 1));
    batch.tgtOutput.push(pad([...target, EOS], config.maxLen + 1));
    batch.tgtLengths.push(source.length + 1);
  }
  return batch;
}

/**
 * A seeded source of examples: each call returns a fresh batch.
 *
 * Each source draws a length L uniformly from minLen … maxLen and L symbols uniformly from
 * 1 … K. The model must align (target position i reads source position L − 1 − i) and
 * translate (through the table).
 *
 * @param config the task.
 * @param seed an integer in [0, 2^32).
 * @param exclude batches whose sources are never drawn (a held-out set).
 * @returns `nextBatch(batchSize)`.
 */
export function translateTaskSampler(
  config: TranslateTaskConfig,
  seed: number,
  exclude: readonly TranslateBatch[] = [],
): (batchSize: number) => TranslateBatch {
  const fn = 'translateTaskSampler';
  checkTranslateTaskConfig(config, fn);
  const { numSymbols, minLen, maxLen } = config;
  const random = mulberry32(seed);
  const key = (row: readonly number[]) => row.join(',');
  const excluded = new Set(
    exclude.flatMap((b) => b.srcTokens.map((row, n) => key(row.slice(0, b.srcLengths[n])))),
  );
  const draw = (): number[] => {
    const length = minLen + Math.floor(random() * (maxLen - minLen + 1));
    return Array.from({ length }, () => 1 + Math.floor(random() * numSymbols));
  };
  return (batchSize: number) => {
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new Error(`${fn}: 'batchSize' must be a positive integer, got ${batchSize}`);
    }
    const sources: number[][] = [];
    let rejectedInARow = 0;
    while (sources.length < batchSize) {
      const source = draw();
      if (excluded.has(key(source))) {
        if (++rejectedInARow === 10_000) {
          throw new Error(`${fn}: 10000 draws in a row hit the excluded set`);
        }
        continue;
      }
      rejectedInARow = 0;
      sources.push(source);
    }
    return translateBatch(sources, config);
  };
}
