import { mulberry32 } from '@mha/runtime';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { runBlocks } from '../src/gpt.js';
import {
  bitsPerChar,
  buildCharTokenizer,
  countGptParameters,
  disposeGpt,
  type GptConfig,
  generate,
  gpt,
  initGpt,
  kvCacheBytes,
  sampleNextToken,
  samplingDistribution,
} from '../src/index.js';

const tokenizer = buildCharTokenizer(['白日依山盡，黃河入海流。欲窮千里目，更上一層樓。']);
const base: GptConfig = {
  vocabSize: tokenizer.vocabSize,
  dModel: 16,
  numHeads: 4,
  numKvHeads: 2,
  numLayers: 2,
  dFF: 32,
  maxLen: 24,
  positional: 'rope',
  tieEmbeddings: true,
  seed: 3,
};

describe('initGpt and gpt', () => {
  it.each(['rope', 'learned', 'sinusoidal'] as const)(
    '%s: logits and one weight map per layer',
    (positional) => {
      const params = initGpt({ ...base, positional });
      const tokens = tf.tensor2d(
        [
          [2, 5, 6, 7],
          [2, 8, 9, 4],
        ],
        [2, 4],
        'int32',
      );
      const { logits, attentionWeights } = gpt(params, tokens);
      expect(logits.shape).toEqual([2, 4, base.vocabSize]);
      expect(attentionWeights.map((w) => w.shape)).toEqual([
        [2, 4, 4, 4],
        [2, 4, 4, 4],
      ]);
      expect(params.positionEmbedding !== undefined).toBe(positional === 'learned');
      tf.dispose([tokens, logits, ...attentionWeights]);
      disposeGpt(params);
    },
  );

  it('ties the output to the token embedding, or makes a separate matrix', () => {
    const tied = initGpt(base);
    const untied = initGpt({ ...base, tieEmbeddings: false });
    expect(tied.outputWeight).toBeUndefined();
    expect(untied.outputWeight!.shape).toEqual([16, base.vocabSize]);
    expect(countGptParameters(untied) - countGptParameters(tied)).toBe(16 * base.vocabSize);
    disposeGpt(tied);
    disposeGpt(untied);
  });

  it('is causal: changing a later token leaves the earlier logits alone', () => {
    const params = initGpt({ ...base, positional: 'learned' });
    const a = tf.tensor2d([[2, 5, 6, 7]], [1, 4], 'int32');
    const b = tf.tensor2d([[2, 5, 6, 9]], [1, 4], 'int32');
    const [ra, rb] = [gpt(params, a), gpt(params, b)];
    const first3 = (t: tf.Tensor3D) => tf.slice(t, [0, 0, 0], [1, 3, -1]);
    const [x, y] = [first3(ra.logits), first3(rb.logits)];
    expectClose(x, y);
    tf.dispose([a, b, x, y, ra.logits, rb.logits, ...ra.attentionWeights, ...rb.attentionWeights]);
    disposeGpt(params);
  });

  it('with the KV cache gives the logits of a full pass, position by position', () => {
    for (const positional of ['rope', 'learned', 'sinusoidal'] as const) {
      const params = initGpt({ ...base, positional, numKvHeads: 1 });
      const ids = [2, 5, 6, 7, 8, 9];
      const full = tf.tidy(
        () => runBlocks(params, tf.tensor2d([ids], [1, 6], 'int32'), undefined, 1e-5).logits,
      );
      // prompt of 3 at once, then one position at a time
      let cache = tf.tidy(() =>
        runBlocks(params, tf.tensor2d([ids.slice(0, 3)], [1, 3], 'int32'), undefined, 1e-5),
      );
      expect(cache.layers[0]!.keys.shape).toEqual([1, 1, 3, 4]); // numKvHeads heads cached
      const rows = [tf.slice(cache.logits, [0, 0, 0], [1, 3, -1])];
      for (let t = 3; t < 6; t++) {
        const prev = cache;
        cache = tf.tidy(() =>
          runBlocks(params, tf.tensor2d([[ids[t]!]], [1, 1], 'int32'), prev.layers, 1e-5),
        );
        rows.push(cache.logits);
        tf.dispose([...prev.attentionWeights, ...prev.layers.flatMap((l) => [l.keys, l.values])]);
        if (t === 3) prev.logits.dispose(); // the prompt's, already sliced into rows
      }
      const stitched = tf.concat(rows, 1);
      expectClose(stitched, full, { label: positional });
      tf.dispose([
        full,
        stitched,
        ...rows,
        ...cache.attentionWeights,
        ...cache.layers.flatMap((l) => [l.keys, l.values]),
      ]);
      disposeGpt(params);
    }
  });

  it('rejects bad configs and tokens with clear messages', () => {
    expect(() => initGpt({ ...base, numKvHeads: 3 })).toThrow(/initGpt: config 'numKvHeads'/);
    expect(() => initGpt({ ...base, positional: 'alibi' as 'rope' })).toThrow(
      /config 'positional'/,
    );
    expect(() => initGpt({ ...base, dModel: 12, numHeads: 4 })).toThrow(/even dHead/);
    const params = initGpt(base);
    const long = tf.zeros([1, 25], 'int32') as tf.Tensor2D;
    const bad = tf.tensor2d([[2, 999]], [1, 2], 'int32');
    const floats = tf.zeros([1, 2]) as tf.Tensor2D;
    expect(() => gpt(params, long)).toThrow(/gpt: argument 'tokens' must hold 1 … 24 positions/);
    expect(() => gpt(params, bad)).toThrow(/gpt: argument 'tokens' holds id 999/);
    expect(() => gpt(params, floats)).toThrow(/gpt: argument 'tokens' must be int32/);
    tf.dispose([long, bad, floats]);
    disposeGpt(params);
  });

  it('leaks no tensors', async () => {
    const params = initGpt(base);
    const tokens = tf.tensor2d([[2, 5, 6]], [1, 3], 'int32');
    await expectNoLeaks(() => {
      const r = gpt(params, tokens);
      tf.dispose([r.logits, ...r.attentionWeights]);
    });
    tokens.dispose();
    disposeGpt(params);
  });
});

describe('samplingDistribution', () => {
  it('hand-computed distribution: temperature, top-k and top-p', () => {
    const logits = [Math.log(1), Math.log(2), Math.log(3), Math.log(4)];
    const all = samplingDistribution(logits);
    expect(all.ids).toEqual([3, 2, 1, 0]);
    expectClose(all.probs, [0.4, 0.3, 0.2, 0.1], { atol: 1e-12, rtol: 0 });
    const top2 = samplingDistribution(logits, { topK: 2 });
    expect(top2.ids).toEqual([3, 2]);
    expectClose(top2.probs, [4 / 7, 3 / 7], { atol: 1e-12, rtol: 0 });
    // nucleus 0.65: 0.4 < 0.65, 0.4 + 0.3 >= 0.65 -> keep two
    expect(samplingDistribution(logits, { topP: 0.65 }).ids).toEqual([3, 2]);
    expect(samplingDistribution(logits, { topP: 0.4 }).ids).toEqual([3]);
    // temperature 0.5 squares the odds: 16 : 9 : 4 : 1
    expectClose(
      samplingDistribution(logits, { temperature: 0.5 }).probs,
      [16 / 30, 9 / 30, 4 / 30, 1 / 30],
      {
        atol: 1e-12,
        rtol: 0,
      },
    );
  });

  it('applies top-k before top-p, and renormalises what is kept', () => {
    // p = 0.4, 0.3, 0.2, 0.1; top-3 renormalised: 4/9, 3/9, 2/9; nucleus 0.75 of those:
    // 4/9 = 0.444 < 0.75, 7/9 = 0.778 >= 0.75 -> two tokens, 4/7 and 3/7
    const logits = [Math.log(1), Math.log(2), Math.log(3), Math.log(4)];
    const both = samplingDistribution(logits, { topK: 3, topP: 0.75 });
    expect(both.ids).toEqual([3, 2]);
    expectClose(both.probs, [4 / 7, 3 / 7], { atol: 1e-12, rtol: 0 });
    // topK 1 is greedy
    expect(samplingDistribution(logits, { topK: 1 })).toEqual({ ids: [3], probs: [1] });
    // the logits may come in any order; ties keep the smaller id first
    const tied = samplingDistribution([2, 5, 2, 0], { topK: 2 });
    expect(tied.ids).toEqual([1, 0]);
  });

  it('rejects bad options', () => {
    const logits = [0, 1, 2];
    expect(() => samplingDistribution(logits, { topK: 4 })).toThrow(
      /samplingDistribution: option 'topK'/,
    );
    expect(() => samplingDistribution(logits, { topK: 0 })).toThrow(/option 'topK'/);
    expect(() => samplingDistribution(logits, { topP: 1.5 })).toThrow(/option 'topP'/);
    expect(() => samplingDistribution(logits, { temperature: -1 })).toThrow(/'temperature'/);
  });
});

describe('sampleNextToken', () => {
  it('draws by cumulative probability', () => {
    const logits = [0, Math.log(3)]; // p = 0.25, 0.75; order [1, 0]
    expect(sampleNextToken(logits, {}, () => 0.74)).toBe(1);
    expect(sampleNextToken(logits, {}, () => 0.76)).toBe(0);
    expect(() => sampleNextToken(logits, { topK: 3 }, () => 0)).toThrow(/option 'topK'/);
    expect(() => sampleNextToken(logits, { topP: 0 }, () => 0)).toThrow(/option 'topP'/);
    expect(() => sampleNextToken(logits, { temperature: 0 }, () => 0)).toThrow(
      /option 'temperature'/,
    );
    // frequencies follow the distribution
    const random = mulberry32(1);
    let ones = 0;
    for (let i = 0; i < 4000; i++) ones += sampleNextToken(logits, {}, random);
    expect(ones / 4000).toBeGreaterThan(0.72);
    expect(ones / 4000).toBeLessThan(0.78);
  });

  it('draws only from the kept tokens', () => {
    // top-2 of p = 0.1, 0.2, 0.3, 0.4 keeps ids 3 and 2 with 4/7 and 3/7
    const logits = [Math.log(1), Math.log(2), Math.log(3), Math.log(4)];
    expect(sampleNextToken(logits, { topK: 2 }, () => 0.57)).toBe(3);
    expect(sampleNextToken(logits, { topK: 2 }, () => 0.58)).toBe(2);
    expect(sampleNextToken(logits, { topK: 2 }, () => 0.999999)).toBe(2);
    expect(sampleNextToken(logits, { topP: 0.3 }, () => 0.99)).toBe(3);
  });

  it('rejects a random that is not a function', () => {
    expect(() => sampleNextToken([0, 1], {}, 0.5 as unknown as () => number)).toThrow(
      /sampleNextToken: argument 'random' must be a function/,
    );
  });
});

describe('generate', () => {
  const params = initGpt(base);
  const model = { params, config: params.config, tokenizer };

  it('is seeded and reproducible, and the cache changes nothing', async () => {
    const options = { maxNewTokens: 12, temperature: 1.5, seed: 7 };
    const a = generate(model, '白日', options);
    expect(generate(model, '白日', options)).toBe(a);
    expect(generate(model, '白日', { ...options, cache: false })).toBe(a);
    expect(generate(model, '白日', { ...options, seed: 8 })).not.toBe(a);
    expect([...a].length).toBeLessThanOrEqual(12);
    expect(a).not.toMatch(/<|>/);
    await expectNoLeaks(() => generate(model, '白日', options));
  });

  it("stops at the model's maxLen", () => {
    // 20 characters after <bos> fill 21 of the 24 positions: at most 3 more
    const prompt = '白日依山盡，黃河入海流。欲窮千里目，更上';
    const text = generate(model, prompt, { maxNewTokens: 50, temperature: 3, seed: 1 });
    expect([...text].length).toBeLessThanOrEqual(3);
    expect(() => generate(model, '白', { maxNewTokens: -1, seed: 1 })).toThrow(
      /generate: option 'maxNewTokens'/,
    );
    expect(() => generate(model, '白', { maxNewTokens: 1, seed: 1.5 })).toThrow(/option 'seed'/);
    expect(() => generate(model, '白'.repeat(24), { maxNewTokens: 1, seed: 1 })).toThrow(
      /generate: argument 'prompt'/,
    );
  });

  it('stops at <eos>: a model whose every score favours <eos> writes nothing', () => {
    // final norm γ = 0, β = u: every position's normalised output is u, so the tied logits
    // are u·E[v]; with E[<eos>] = 100 u, <eos> wins by far
    const p = initGpt(base);
    const u = tf.tidy(() => tf.mul(tf.ones([16]), 0.5)) as tf.Tensor1D;
    const big = tf.tidy(() => tf.reshape(tf.mul(u, 100), [1, 16]));
    const table = tf.tidy(() =>
      tf.concat([
        tf.slice(p.tokenEmbedding, [0, 0], [3, 16]),
        big,
        tf.slice(p.tokenEmbedding, [4, 0], [-1, 16]),
      ]),
    ) as tf.Tensor2D;
    const gamma = tf.zeros([16]) as tf.Tensor1D;
    const eosModel = {
      params: { ...p, tokenEmbedding: table, finalNorm: { gamma, beta: u } },
      config: p.config,
      tokenizer,
    };
    expect(generate(eosModel, '白日', { maxNewTokens: 10, seed: 1 })).toBe('');
    tf.dispose([u, big, table, gamma]);
    disposeGpt(p);
  });

  it('KV cache bytes scale with numKvHeads', () => {
    expect(kvCacheBytes(base, 10)).toBe(2 * 2 * 2 * 4 * 10 * 4);
    expect(
      kvCacheBytes({ ...base, numKvHeads: 4 }, 10) / kvCacheBytes({ ...base, numKvHeads: 1 }, 10),
    ).toBe(4);
  });
});

describe('bitsPerChar', () => {
  it('equals −log2 p of every character and <eos>, computed from the logits by hand', () => {
    const params = initGpt(base);
    const model = { params, config: params.config, tokenizer };
    const texts = ['白日依山盡', '黃河入海流。更'];
    let bits = 0;
    let count = 0;
    for (const text of texts) {
      const ids = tokenizer.encode(text, { bos: true, eos: true });
      const input = tf.tensor2d([ids.slice(0, -1)], [1, ids.length - 1], 'int32');
      const { logits, attentionWeights } = gpt(params, input);
      const rows = logits.arraySync()[0]!;
      rows.forEach((row, t) => {
        const max = Math.max(...row);
        const logZ = max + Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
        bits += (logZ - row[ids[t + 1]!]!) / Math.LN2;
        count += 1;
      });
      tf.dispose([input, logits, ...attentionWeights]);
    }
    expect(bitsPerChar(model, texts, { batchSize: 2 })).toBeCloseTo(bits / count, 4);
    // an untrained model is close to uniform over the vocabulary
    expect(Math.abs(bits / count - Math.log2(base.vocabSize))).toBeLessThan(0.5);
    disposeGpt(params);
  });

  it('scores a text longer than maxLen in windows, every character once', () => {
    const params = initGpt({ ...base, maxLen: 8 });
    const model = { params, config: params.config, tokenizer };
    const long = '白日依山盡，黃河入海流。欲窮千里目';
    const value = bitsPerChar(model, [long]);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThan(0);
    expect(() => bitsPerChar(model, [])).toThrow(/bitsPerChar: argument 'texts'/);
    disposeGpt(params);
  });
});
