import { describe, expect, it } from 'vitest';
import {
  BOS_ID,
  buildCharTokenizer,
  EOS_ID,
  ngramBitsPerChar,
  ngramProbability,
  PAD_ID,
  regularPoemForm,
  sampleNgram,
  tokenizerFromJSON,
  trainNgram,
  UNK_ID,
} from '../src/index.js';

describe('buildCharTokenizer', () => {
  it('puts the special tokens first, then characters by count (ties by code point)', () => {
    const tok = buildCharTokenizer(['春眠不覺曉', '春風不'], { minCount: 1 });
    expect(tok.vocab.slice(0, 4)).toEqual(['<pad>', '<unk>', '<bos>', '<eos>']);
    expect([PAD_ID, UNK_ID, BOS_ID, EOS_ID]).toEqual([0, 1, 2, 3]);
    // 春 ×2, 不 ×2 (不 U+4E0D < 春 U+6625), then the singletons in code-point order
    expect(tok.vocab.slice(4)).toEqual(['不', '春', '曉', '眠', '覺', '風']);
    expect(tok.vocabSize).toBe(10);
  });

  it('maps rare characters to <unk> under minCount, and round-trips known text', () => {
    const tok = buildCharTokenizer(['aab', 'ac'], { minCount: 2 });
    expect(tok.vocab).toEqual(['<pad>', '<unk>', '<bos>', '<eos>', 'a']);
    expect(tok.encode('abz', { bos: true, eos: true })).toEqual([2, 4, 1, 1, 3]);
    expect(tok.decode([2, 4, 4, 3])).toBe('aa');
  });

  it('counts code points, not UTF-16 units', () => {
    const tok = buildCharTokenizer(['𠀋a']);
    expect(tok.encode('𠀋')).toHaveLength(1);
    expect(tok.decode(tok.encode('a𠀋'))).toBe('a𠀋');
  });

  it('survives JSON', () => {
    const tok = buildCharTokenizer(['白日依山盡，黃河入海流。']);
    const back = tokenizerFromJSON(JSON.parse(JSON.stringify(tok.toJSON())));
    expect(back.vocab).toEqual(tok.vocab);
    expect(back.encode('黃河')).toEqual(tok.encode('黃河'));
  });

  it('rejects bad input with clear messages', () => {
    expect(() => buildCharTokenizer(['a'], { minCount: 0 })).toThrow(
      /buildCharTokenizer: option 'minCount'/,
    );
    const tok = buildCharTokenizer(['a']);
    expect(() => tok.decode([7])).toThrow(/decode: argument 'ids' holds 7/);
    expect(() => tokenizerFromJSON({ kind: 'char', vocab: ['a'] })).toThrow(
      /tokenizerFromJSON: vocab\[0\] must be '<pad>'/,
    );
  });
});

describe('n-gram baselines', () => {
  // Corpus "ab", "ab", "b": vocab <pad> <unk> <bos> <eos> b a (b ×3 first), V = 6.
  // Targets (with <eos>): a b <eos> | a b <eos> | b <eos>: N = 8.
  const tok = buildCharTokenizer(['ab', 'ab', 'b']);
  const texts = ['ab', 'ab', 'b'];
  const [a, b] = [tok.encode('a')[0]!, tok.encode('b')[0]!];

  it('unigram: add-one counts, (C(c) + 1) / (N + V)', () => {
    const m = trainNgram(texts, tok, 1);
    expect(m.total).toBe(8);
    expect(ngramProbability(m, BOS_ID, BOS_ID, b)).toBeCloseTo(4 / 14, 12); // C(b) = 3
    expect(ngramProbability(m, BOS_ID, BOS_ID, EOS_ID)).toBeCloseTo(4 / 14, 12); // C = 3
    expect(ngramProbability(m, BOS_ID, BOS_ID, a)).toBeCloseTo(3 / 14, 12); // C(a) = 2
    // bits on "ab": −log2 of 3/14 (a), 4/14 (b), 4/14 (<eos>), over 3 targets
    const expected = -(Math.log2(3 / 14) + 2 * Math.log2(4 / 14)) / 3;
    expect(ngramBitsPerChar(m, ['ab'])).toBeCloseTo(expected, 12);
  });

  it('bigram: Witten–Bell, (C(bc) + T(b) P1(c)) / (C(b·) + T(b))', () => {
    const m = trainNgram(texts, tok, 2);
    // after <bos>: a ×2, b ×1 -> C = 3, T = 2
    const p1a = 3 / 14;
    expect(ngramProbability(m, BOS_ID, BOS_ID, a)).toBeCloseTo((2 + 2 * p1a) / 5, 12);
    // after a: b ×2 -> C = 2, T = 1; <eos> after a never seen
    const p1eos = 4 / 14;
    expect(ngramProbability(m, BOS_ID, a, EOS_ID)).toBeCloseTo((0 + 1 * p1eos) / 3, 12);
    // probabilities after a history sum to 1 over the vocabulary
    const sum = tok.vocab.reduce((s, _, c) => s + ngramProbability(m, BOS_ID, a, c), 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it('trigram: backs off through the bigram; unseen histories use the order below', () => {
    const m = trainNgram(texts, tok, 3);
    // history (<bos>, a): followed by b ×2 -> C = 2, T = 1
    const p2 = (2 + 1 * (4 / 14)) / 3; // P2(b | a)
    expect(ngramProbability(m, BOS_ID, a, b)).toBeCloseTo((2 + 1 * p2) / 3, 12);
    // history (b, a) never seen: equals the bigram's P2(b | a)
    expect(ngramProbability(m, b, a, b)).toBeCloseTo(p2, 12);
    for (const [x, y] of [
      [BOS_ID, BOS_ID],
      [BOS_ID, a],
      [a, b],
    ] as const) {
      const sum = tok.vocab.reduce((s, _, c) => s + ngramProbability(m, x, y, c), 0);
      expect(sum).toBeCloseTo(1, 12);
    }
    // on its own training text the trigram is sharper than the unigram
    expect(ngramBitsPerChar(m, texts)).toBeLessThan(
      ngramBitsPerChar(trainNgram(texts, tok, 1), texts),
    );
  });

  it('rejects a bad order and empty texts', () => {
    expect(() => trainNgram(texts, tok, 4 as 3)).toThrow(/trainNgram: argument 'order'/);
    expect(() => ngramBitsPerChar(trainNgram(texts, tok, 2), [])).toThrow(/ngramBitsPerChar/);
  });
});

describe('sampleNgram', () => {
  const tok = buildCharTokenizer(['abc']);
  const bigram = trainNgram(['abc', 'abc', 'abc'], tok, 2);

  it('follows the counts: with top-k 1 it writes the most likely continuation, then stops', () => {
    expect(sampleNgram(bigram, 'a', { maxNewTokens: 10, topK: 1, seed: 1 })).toBe('bc');
    expect(sampleNgram(bigram, 'a', { maxNewTokens: 1, topK: 1, seed: 1 })).toBe('b');
  });

  it('is seeded', () => {
    const options = { maxNewTokens: 20, temperature: 3, seed: 5 };
    expect(sampleNgram(bigram, 'a', options)).toBe(sampleNgram(bigram, 'a', options));
    expect(() => sampleNgram(bigram, 'a', { maxNewTokens: -1, seed: 1 })).toThrow(
      /sampleNgram: option 'maxNewTokens'/,
    );
  });
});

describe('regularPoemForm', () => {
  it('recognises five- and seven-character quatrains and regulated verse', () => {
    expect(regularPoemForm('白日依山盡，黃河入海流。欲窮千里目，更上一層樓。')).toBe(5);
    const seven = '朝辭白帝彩雲間，千里江陵一日還。兩岸猿聲啼不住，輕舟已過萬重山。';
    expect(regularPoemForm(seven)).toBe(7);
    expect(regularPoemForm(seven + seven)).toBe(7);
  });

  it('rejects every way of breaking the form', () => {
    expect(regularPoemForm('白日依山盡，黃河入海流。')).toBe(0); // two lines
    expect(regularPoemForm('白日依山盡，黃河入海流。欲窮千里目，更上一層樓')).toBe(0); // no final 。
    expect(regularPoemForm('白日依山盡。黃河入海流，欲窮千里目，更上一層樓。')).toBe(0); // 。 then ，
    expect(regularPoemForm('白日依山，黃河入海流。欲窮千里目，更上一層樓。')).toBe(0); // a short line
    expect(regularPoemForm('白日依山盡盡盡，黃河入海流。欲窮千里目，更上一層樓。')).toBe(0); // mixed
    expect(regularPoemForm('')).toBe(0);
  });
});
