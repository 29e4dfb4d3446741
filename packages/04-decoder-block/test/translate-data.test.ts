import { describe, expect, it } from 'vitest';
import {
  BOS,
  EOS,
  PAD,
  translateBatch,
  translateTarget,
  translateTaskSampler,
  translateVocabSizes,
  translationTable,
} from '../src/index.js';

describe('reverse-and-translate task', () => {
  it('translation table is a fixed permutation of the target symbols', () => {
    const table = translationTable(8);
    expect(table[0]).toBe(PAD);
    expect([...table.slice(1)].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(translationTable(8)).toEqual(table);
    expect(translateVocabSizes({ numSymbols: 8, minLen: 1, maxLen: 4 })).toEqual({
      srcVocabSize: 9,
      tgtVocabSize: 11,
    });
  });

  it('reverses, translates, and shifts the decoder input right by one (BOS first)', () => {
    const table = [0, 5, 3, 4]; // a hand-made dictionary for 3 symbols: 1→5, 2→3, 3→4
    expect(translateTarget([1, 2, 3, 3], table)).toEqual([4, 4, 3, 5]);
    const config = { numSymbols: 3, minLen: 1, maxLen: 4 };
    const real = translationTable(3);
    const batch = translateBatch([[1, 2], [3]], config);
    expect(batch.srcTokens).toEqual([
      [1, 2, PAD, PAD],
      [3, PAD, PAD, PAD],
    ]);
    expect(batch.srcLengths).toEqual([2, 1]);
    expect(batch.tgtInput[0]).toEqual([BOS, real[2], real[1], PAD, PAD]);
    expect(batch.tgtOutput[0]).toEqual([real[2], real[1], EOS, PAD, PAD]);
    expect(batch.tgtLengths).toEqual([3, 2]);
  });

  it('sampler is seeded, respects lengths and never draws a held-out source', () => {
    const config = { numSymbols: 2, minLen: 1, maxLen: 3 };
    const heldOut = translateTaskSampler(config, 1)(6);
    const a = translateTaskSampler(config, 2, [heldOut])(200);
    expect(translateTaskSampler(config, 2, [heldOut])(200)).toEqual(a);
    const key = (row: number[], n: number) => row.slice(0, n).join(',');
    const excluded = new Set(heldOut.srcTokens.map((r, n) => key(r, heldOut.srcLengths[n]!)));
    a.srcTokens.forEach((row, n) => {
      expect(excluded.has(key(row, a.srcLengths[n]!))).toBe(false);
      expect(a.srcLengths[n]).toBeGreaterThanOrEqual(1);
      expect(a.srcLengths[n]).toBeLessThanOrEqual(3);
    });
    expect(() => translateTaskSampler({ numSymbols: 1, minLen: 1, maxLen: 2 }, 1)).toThrow(
      "translateTaskSampler: 'numSymbols' must be an integer >= 2, got 1",
    );
  });
});
