import { mulberry32 } from '@mha/runtime';

/** The padding token. Content tokens are 1 … vocabSize − 1. */
export const PAD = 0;

/** The shape of the sequence-reversal task. */
export interface ReverseTaskConfig {
  /** Number of token ids, the padding token 0 included: content tokens are 1 … vocabSize − 1. */
  vocabSize: number;
  /** Shortest valid prefix, ≥ 1. */
  minLen: number;
  /** Longest valid prefix, and the padded length of every sequence. */
  maxLen: number;
}

/** A batch of the reversal task, as plain arrays. */
export interface ReverseBatch {
  /** `[batch][maxLen]`: a valid prefix of content tokens, then `PAD` up to maxLen. */
  tokens: number[][];
  /** `[batch][maxLen]`: the valid prefix reversed, then `PAD` (padded targets are never scored). */
  targets: number[][];
  /** `[batch]`: the length of each valid prefix. */
  lengths: number[];
}

/**
 * Checks a task configuration. Internal: shared by the sampler and the trainer.
 */
export function checkReverseTaskConfig(config: ReverseTaskConfig, fnName: string): void {
  const { vocabSize, minLen, maxLen } = config;
  if (!Number.isInteger(vocabSize) || vocabSize < 3) {
    throw new Error(
      `${fnName}: 'vocabSize' must be an integer >= 3 (PAD + 2 tokens), got ${vocabSize}`,
    );
  }
  if (!Number.isInteger(minLen) || !Number.isInteger(maxLen) || minLen < 1 || maxLen < minLen) {
    throw new Error(
      `${fnName}: need integers 1 <= minLen <= maxLen, got minLen ${minLen}, maxLen ${maxLen}`,
    );
  }
}

function sequenceKey(tokens: readonly number[]): string {
  return tokens.join(',');
}

/**
 * A seeded source of reversal examples: each call returns a fresh batch.
 *
 * Each example draws a length L uniformly from minLen … maxLen and L content
 * tokens uniformly from 1 … vocabSize − 1. Its target is the prefix reversed:
 * target[i] = token[L − 1 − i] for i < L. Positions i ≥ L are padding in both.
 * Output position i must therefore read input position L − 1 − i, which it
 * can only find by knowing where the valid prefix ends.
 *
 * @param config the task.
 * @param seed an integer in [0, 2^32): the same seed gives the same batches.
 * @param exclude batches whose sequences must never be drawn (a held-out set);
 *   such draws are rejected and redrawn.
 * @returns `nextBatch(batchSize)`.
 */
export function reverseTaskSampler(
  config: ReverseTaskConfig,
  seed: number,
  exclude: readonly ReverseBatch[] = [],
): (batchSize: number) => ReverseBatch {
  checkReverseTaskConfig(config, 'reverseTaskSampler');
  const { vocabSize, minLen, maxLen } = config;
  const random = mulberry32(seed);
  const excluded = new Set(
    exclude.flatMap((b) => b.tokens.map((row, n) => sequenceKey(row.slice(0, b.lengths[n])))),
  );
  const draw = (): number[] => {
    const length = minLen + Math.floor(random() * (maxLen - minLen + 1));
    return Array.from({ length }, () => 1 + Math.floor(random() * (vocabSize - 1)));
  };
  return (batchSize: number) => {
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new Error(
        `reverseTaskSampler: 'batchSize' must be a positive integer, got ${batchSize}`,
      );
    }
    const batch: ReverseBatch = { tokens: [], targets: [], lengths: [] };
    let rejectedInARow = 0;
    while (batch.lengths.length < batchSize) {
      const prefix = draw();
      if (excluded.has(sequenceKey(prefix))) {
        if (++rejectedInARow === 10_000) {
          throw new Error(
            `reverseTaskSampler: 10000 draws in a row hit the excluded set (${excluded.size} ` +
              'sequences); it covers nearly every sequence the task can draw',
          );
        }
        continue;
      }
      rejectedInARow = 0;
      const padding = new Array<number>(maxLen - prefix.length).fill(PAD);
      batch.tokens.push([...prefix, ...padding]);
      batch.targets.push([...prefix].reverse().concat(padding));
      batch.lengths.push(prefix.length);
    }
    return batch;
  };
}
