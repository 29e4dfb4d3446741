import { toVariables, train } from '@mha/runtime/training';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  buildCharTokenizer,
  disposeGpt,
  gpt,
  initGpt,
  languageModelLoss,
  packedBatch,
  packTexts,
} from '../src/index.js';

const tokenizer = buildCharTokenizer(['ab', 'ba']);
const [a, b] = [tokenizer.encode('a')[0]!, tokenizer.encode('b')[0]!];

describe('packTexts and packedBatch', () => {
  it('packs <bos> text <eos> end to end', () => {
    expect([...packTexts(['ab', 'b'], tokenizer)]).toEqual([2, a, b, 3, 2, b, 3]);
  });

  it('cuts seeded windows whose targets are the inputs one position on', () => {
    const stream = Int32Array.from({ length: 50 }, (_, i) => i);
    const { inputs, targets } = packedBatch(stream, { batch: 3, seqLen: 5, seed: 1 });
    const x = inputs.arraySync();
    const y = targets.arraySync();
    x.forEach((row, r) => {
      expect(row.slice(1)).toEqual(y[r]!.slice(0, 4));
      expect(y[r]![4]).toBe(row[4]! + 1);
    });
    const again = packedBatch(stream, { batch: 3, seqLen: 5, seed: 1 });
    expect(again.inputs.arraySync()).toEqual(x);
    tf.dispose([inputs, targets, again.inputs, again.targets]);
    expect(() => packedBatch(stream.subarray(0, 5), { batch: 1, seqLen: 5, seed: 1 })).toThrow(
      /packedBatch: argument 'stream'/,
    );
  });
});

describe('languageModelLoss', () => {
  const config = {
    vocabSize: tokenizer.vocabSize,
    dModel: 8,
    numHeads: 2,
    numKvHeads: 1,
    numLayers: 1,
    dFF: 16,
    maxLen: 8,
    positional: 'rope' as const,
    tieEmbeddings: true,
    seed: 4,
  };

  it('is the mean −ln p of every target, computed from the logits by hand', () => {
    const params = initGpt(config);
    const inputs = tf.tensor2d([[2, a, b, 3]], [1, 4], 'int32');
    const targets = tf.tensor2d([[a, b, 3, 2]], [1, 4], 'int32');
    const loss = languageModelLoss(params, inputs, targets);
    const { logits, attentionWeights } = gpt(params, inputs);
    const rows = logits.arraySync()[0]!;
    const ys = targets.arraySync()[0]!;
    const expected =
      rows.reduce((sum, row, t) => {
        const logZ = Math.log(row.reduce((s, z) => s + Math.exp(z), 0));
        return sum + logZ - row[ys[t]!]!;
      }, 0) / 4;
    expect(loss.dataSync()[0]).toBeCloseTo(expected, 4);
    tf.dispose([inputs, targets, loss, logits, ...attentionWeights]);
    disposeGpt(params);
  });

  it('falls when the runtime training loop fits a tiny corpus', async () => {
    const variables: tf.Variable[] = [];
    const params = toVariables(initGpt(config), variables);
    const stream = packTexts(['abab', 'baba', 'abba'], tokenizer);
    const optimizer = tf.train.adam(0.03);
    const { losses } = await train({
      variables,
      optimizer,
      steps: 40,
      loss: (step) => {
        const { inputs, targets } = packedBatch(stream, { batch: 4, seqLen: 6, seed: step });
        return languageModelLoss(params, inputs, targets);
      },
    });
    const first = losses.slice(0, 5).reduce((s, x) => s + x, 0) / 5;
    const last = losses.slice(-5).reduce((s, x) => s + x, 0) / 5;
    expect(last).toBeLessThan(first - 0.5);
    optimizer.dispose();
    tf.dispose(variables);
  });
});
