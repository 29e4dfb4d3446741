import { expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  encode,
  greedyDecode,
  initTransformer,
  sampleDecode,
  type TransformerConfig,
  type TransformerParams,
  transformer,
} from '../src/index.js';
import { ids } from './support.js';

const CONFIG: TransformerConfig = {
  srcVocabSize: 7,
  tgtVocabSize: 6,
  dModel: 8,
  numHeads: 2,
  dFF: 16,
  numEncoderLayers: 1,
  numDecoderLayers: 2,
  maxLen: 7,
  seed: 9,
};
const BOS = 1;
const EOS = 2;

const free = (params: TransformerParams) => tf.dispose(params as unknown as tf.TensorContainer);

/** Greedy decoding the slow, independent way: the full model on the whole prefix each step. */
function greedyByRecompute(
  params: TransformerParams,
  src: number[],
  srcLength: number,
  maxLen: number,
): number[] {
  const out: number[] = [];
  while (out.length < maxLen && out[out.length - 1] !== EOS) {
    const next = tf.tidy(() => {
      const { logits } = transformer(params, ids([src]), ids([[BOS, ...out]]), {
        srcLengths: [srcLength],
      });
      const last = tf.slice(logits, [0, out.length, 0], [1, 1, -1]);
      return tf.argMax(tf.reshape(last, [-1])).dataSync()[0]!;
    });
    out.push(next);
  }
  return out;
}

/** A model whose generator always prefers EOS: the bias of EOS is far above the rest. */
function eosModel(): TransformerParams {
  const params = initTransformer(CONFIG);
  params.generator.b.dispose();
  params.generator.b = tf.tensor1d([0, 0, 100, 0, 0, 0]);
  return params;
}

describe('greedyDecode', () => {
  it('equals greedy decoding by full recompute, sequence by sequence', () => {
    for (const normFirst of [false, true]) {
      const params = initTransformer({ ...CONFIG, normFirst });
      const src = [
        [1, 2, 3, 4],
        [5, 6, 0, 0],
        [3, 3, 3, 1],
      ];
      const lengths = [4, 2, 4];
      const fast = greedyDecode(params, ids(src), {
        bos: BOS,
        eos: EOS,
        maxLen: 7,
        srcLengths: lengths,
      });
      src.forEach((row, n) => {
        expect(fast[n]).toEqual(greedyByRecompute(params, row, lengths[n]!, 7));
      });
      free(params);
    }
  });

  it('stops each sequence at EOS and at maxLen', () => {
    const params = eosModel();
    expect(greedyDecode(params, ids([[1], [2]]), { bos: BOS, eos: EOS, maxLen: 5 })).toEqual([
      [EOS],
      [EOS],
    ]);
    // An EOS id the model never prefers: every sequence runs to maxLen.
    const long = greedyDecode(params, ids([[1]]), { bos: BOS, eos: 4, maxLen: 3 });
    expect(long).toEqual([[2, 2, 2]]);
    free(params);
  });

  it('rejects bad options and leaks nothing', async () => {
    const params = initTransformer(CONFIG);
    const src = ids([[1, 2]]);
    expect(() => greedyDecode(params, src, { bos: 6, eos: EOS, maxLen: 3 })).toThrow(
      "greedyDecode: option 'bos' must be a token id in 0 … 5, got 6",
    );
    expect(() => greedyDecode(params, src, { bos: BOS, eos: EOS, maxLen: 8 })).toThrow(
      "greedyDecode: option 'maxLen' must be an integer in 1 … 7 (the model's maxLen), got 8",
    );
    expect(() => greedyDecode(params, ids([[7]]), { bos: BOS, eos: EOS, maxLen: 3 })).toThrow(
      "greedyDecode: encode: argument 'srcTokens' (shape [1, 1]) holds id 7",
    );
    expect(() => greedyDecode(params, src, undefined as never)).toThrow(
      "greedyDecode: argument 'options' must be an object { bos, eos, maxLen }, got undefined",
    );
    expect(() => sampleDecode(params, src, { bos: BOS, eos: EOS, maxLen: 3 } as never)).toThrow(
      "sampleDecode: option 'seed' must be an integer in [0, 2^32), got undefined",
    );
    expect(() =>
      greedyDecode(params, [[1, 2]] as unknown as tf.Tensor2D, { bos: BOS, eos: EOS, maxLen: 3 }),
    ).toThrow(
      "greedyDecode: encode: argument 'srcTokens' must be a tf.Tensor of int32 token ids, got an array",
    );
    await expectNoLeaks(() => {
      greedyDecode(params, src, { bos: BOS, eos: EOS, maxLen: 7 });
    }, 'greedyDecode');
    src.dispose();
    free(params);
  });
});

describe('generation refuses NaN and ±Infinity', () => {
  it.each([
    ['a NaN weight in the generator', Number.NaN, 'greedyDecode: the logits at step 0 hold NaN'],
    [
      'an infinite weight in the encoder',
      Number.POSITIVE_INFINITY,
      'memory holds NaN or ±Infinity',
    ],
  ])('%s is an error, never padding tokens, and leaks nothing', async (what, value, message) => {
    const params = initTransformer(CONFIG);
    const target = what.includes('generator') ? params.generator.w : params.srcEmbedding;
    const poisoned = tf.tidy(() => {
      const values = target.arraySync() as number[][];
      values[1]![0] = value;
      return tf.tensor2d(values);
    });
    const model = what.includes('generator')
      ? { ...params, generator: { ...params.generator, w: poisoned } }
      : { ...params, srcEmbedding: poisoned };
    const src = ids([[1, 2]]);
    await expectNoLeaks(() => {
      expect(() => greedyDecode(model, src, { bos: BOS, eos: EOS, maxLen: 4 })).toThrow(message);
      expect(() => sampleDecode(model, src, { bos: BOS, eos: EOS, maxLen: 4, seed: 1 })).toThrow(
        message.replace('greedyDecode', 'sampleDecode'),
      );
    });
    if (!what.includes('generator')) {
      expect(() => encode(model, src)).toThrow('encode: the memory holds NaN or ±Infinity');
      const unchecked = encode(model, src, { checkFinite: false });
      expect(unchecked.shape).toEqual([1, 2, CONFIG.dModel]);
      unchecked.dispose();
    }
    tf.dispose([poisoned, src]);
    free(params);
  });
});

describe('sampleDecode', () => {
  it('is reproducible with a seed, varies across seeds, and topK 1 is greedy', () => {
    const params = initTransformer(CONFIG);
    const src = ids([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const options = { bos: BOS, eos: EOS, maxLen: 7, temperature: 2 };
    const a = sampleDecode(params, src, { ...options, seed: 1 });
    expect(sampleDecode(params, src, { ...options, seed: 1 })).toEqual(a);
    const others = [2, 3, 4, 5].map((seed) => sampleDecode(params, src, { ...options, seed }));
    expect(others.some((o) => JSON.stringify(o) !== JSON.stringify(a))).toBe(true);
    const greedy = greedyDecode(params, src, options);
    expect(sampleDecode(params, src, { ...options, topK: 1, seed: 7 })).toEqual(greedy);
    src.dispose();
    free(params);
  });

  it('draws tokens in proportion to softmax(z / τ)', () => {
    // With every decoder output ignored (generator weights 0), the logits are the bias:
    // z = [0, 0, −∞-ish, ln 3, 0, 0] favours token 3 three to one over 0, 1, 4, 5; EOS never.
    const params = initTransformer(CONFIG);
    params.generator.w.dispose();
    params.generator.b.dispose();
    params.generator.w = tf.zeros([8, 6]) as tf.Tensor2D;
    params.generator.b = tf.tensor1d([0, 0, -100, Math.log(3), 0, 0]);
    const src = ids(Array.from({ length: 50 }, () => [1]));
    const rows = sampleDecode(params, src, { bos: BOS, eos: EOS, maxLen: 7, seed: 3 });
    const counts = new Array<number>(6).fill(0);
    for (const row of rows) for (const id of row) counts[id]!++;
    const total = counts.reduce((s, c) => s + c, 0);
    expect(total).toBe(350);
    expect(counts[2]).toBe(0);
    expect(counts[3]! / total).toBeGreaterThan(3 / 7 - 0.08); // p = 3/7 ≈ 0.43
    expect(counts[3]! / total).toBeLessThan(3 / 7 + 0.08);
    // topK 2 keeps token 3 and the lowest-index runner-up, 0.
    const top2 = sampleDecode(params, src, { bos: BOS, eos: EOS, maxLen: 3, seed: 3, topK: 2 });
    expect(new Set(top2.flat())).toEqual(new Set([0, 3]));
    src.dispose();
    free(params);
  });

  it('rejects a bad temperature or topK', () => {
    const params = initTransformer(CONFIG);
    const src = ids([[1]]);
    const base = { bos: BOS, eos: EOS, maxLen: 3, seed: 1 };
    expect(() => sampleDecode(params, src, { ...base, temperature: 0 })).toThrow(
      "sampleDecode: option 'temperature' must be a finite number > 0, got 0",
    );
    expect(() => sampleDecode(params, src, { ...base, topK: 7 })).toThrow(
      "sampleDecode: option 'topK' must be an integer in 1 … 6, got 7",
    );
    src.dispose();
    free(params);
  });
});
