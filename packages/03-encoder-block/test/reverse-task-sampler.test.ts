import { describe, expect, it } from 'vitest';
import { PAD, reverseTaskSampler } from '../src/index.js';

const TASK = { vocabSize: 6, minLen: 2, maxLen: 5 };

describe('reverseTaskSampler', () => {
  it('returns batchSize rows of maxLen tokens, targets and lengths', () => {
    const batch = reverseTaskSampler(TASK, 1)(7);
    expect(batch.tokens).toHaveLength(7);
    expect(batch.targets).toHaveLength(7);
    expect(batch.lengths).toHaveLength(7);
    for (const row of [...batch.tokens, ...batch.targets]) expect(row).toHaveLength(5);
  });

  it('reverses the valid prefix and pads the rest in both tokens and targets', () => {
    const batch = reverseTaskSampler(TASK, 2)(50);
    batch.lengths.forEach((length, n) => {
      const tokens = batch.tokens[n]!;
      const targets = batch.targets[n]!;
      expect(length).toBeGreaterThanOrEqual(2);
      expect(length).toBeLessThanOrEqual(5);
      for (let i = 0; i < length; i++) {
        expect(tokens[i]).toBeGreaterThanOrEqual(1); // content tokens are 1 … vocabSize − 1
        expect(tokens[i]).toBeLessThan(6);
        expect(targets[i]).toBe(tokens[length - 1 - i]); // target[i] = token[L − 1 − i]
      }
      for (let i = length; i < 5; i++) {
        expect(tokens[i]).toBe(PAD);
        expect(targets[i]).toBe(PAD);
      }
    });
  });

  it('draws every length in [minLen, maxLen]', () => {
    const { lengths } = reverseTaskSampler(TASK, 3)(200);
    expect(new Set(lengths)).toEqual(new Set([2, 3, 4, 5]));
  });

  it('repeats its batches for a seed and changes them with the seed', () => {
    const a = reverseTaskSampler(TASK, 4);
    const b = reverseTaskSampler(TASK, 4);
    expect(a(5)).toEqual(b(5));
    expect(a(5)).toEqual(b(5)); // the second batches agree too
    expect(reverseTaskSampler(TASK, 5)(5)).not.toEqual(reverseTaskSampler(TASK, 4)(5));
  });

  it('never draws an excluded sequence', () => {
    // Length exactly 2 over 2 content tokens: only 4 sequences exist. Excluding 3 of them
    // leaves [2, 2] as the only possible draw.
    const tiny = { vocabSize: 3, minLen: 2, maxLen: 2 };
    const excluded = {
      tokens: [
        [1, 1],
        [1, 2],
        [2, 1],
      ],
      targets: [
        [1, 1],
        [2, 1],
        [1, 2],
      ],
      lengths: [2, 2, 2],
    };
    const batch = reverseTaskSampler(tiny, 6, [excluded])(20);
    for (const row of batch.tokens) expect(row).toEqual([2, 2]);
  });

  it('fails, instead of looping forever, when the excluded set covers every sequence', () => {
    const tiny = { vocabSize: 3, minLen: 1, maxLen: 1 };
    const all = { tokens: [[1], [2]], targets: [[1], [2]], lengths: [1, 1] };
    expect(() => reverseTaskSampler(tiny, 7, [all])(1)).toThrow(
      'reverseTaskSampler: 10000 draws in a row hit the excluded set (2 sequences)',
    );
  });

  it('rejects a bad configuration or batch size', () => {
    expect(() => reverseTaskSampler({ vocabSize: 2, minLen: 1, maxLen: 3 }, 1)).toThrow(
      "reverseTaskSampler: 'vocabSize' must be an integer >= 3 (PAD + 2 tokens), got 2",
    );
    expect(() => reverseTaskSampler({ vocabSize: 5, minLen: 4, maxLen: 3 }, 1)).toThrow(
      'reverseTaskSampler: need integers 1 <= minLen <= maxLen, got minLen 4, maxLen 3',
    );
    expect(() => reverseTaskSampler(TASK, 1)(0)).toThrow(
      "reverseTaskSampler: 'batchSize' must be a positive integer, got 0",
    );
  });
});
