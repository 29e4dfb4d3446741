import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildCharTokenizer,
  deserializeGpt,
  disposeGpt,
  type GptModel,
  gpt,
  initGpt,
  loadGptWeights,
  loadTangPoet,
  serializeGpt,
} from '../src/index.js';
import { fromHalf, toHalf } from '../src/weights.js';

const tokenizer = buildCharTokenizer(['床前明月光，疑是地上霜。舉頭望明月，低頭思故鄉。']);
const params = initGpt({
  vocabSize: tokenizer.vocabSize,
  dModel: 16,
  numHeads: 4,
  numKvHeads: 2,
  numLayers: 2,
  dFF: 32,
  maxLen: 16,
  positional: 'learned',
  tieEmbeddings: false,
  seed: 11,
});
const scratch = mkdtempSync(join(tmpdir(), 'mha-gpt-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  disposeGpt(params);
});

function logitsOf(model: Pick<GptModel, 'params'>): tf.Tensor3D {
  const tokens = tf.tensor2d([[2, 5, 6, 7, 8]], [1, 5], 'int32');
  const { logits, attentionWeights } = gpt(model.params, tokens);
  tf.dispose([tokens, ...attentionWeights]);
  return logits;
}

describe('float16 storage', () => {
  it('rounds to the nearest half, hand-checked', () => {
    expect(toHalf(1)).toBe(0x3c00);
    expect(toHalf(-2)).toBe(0xc000);
    expect(toHalf(0.5)).toBe(0x3800);
    expect(toHalf(65504)).toBe(0x7bff); // the largest half
    expect(toHalf(1e6)).toBe(0x7c00); // overflows to infinity
    expect(toHalf(1 / 3)).toBe(0x3555); // 0.333251953125
    expect(toHalf(2 ** -24)).toBe(0x0001); // the smallest subnormal
    expect(fromHalf(0x3555)).toBe(0.333251953125);
    expect(fromHalf(0x0001)).toBe(2 ** -24);
    expect(fromHalf(0xc000)).toBe(-2);
  });
});

describe('serializeGpt and deserializeGpt', () => {
  it('round-trip float32 exactly: config, tokenizer and logits', async () => {
    const bytes = serializeGpt({ params, tokenizer }, { meta: { note: 'test' } });
    const back = deserializeGpt(bytes);
    expect(back.config).toEqual(params.config);
    expect(back.tokenizer.vocab).toEqual(tokenizer.vocab);
    expect(back.meta).toEqual({ note: 'test' });
    const [a, b] = [logitsOf({ params }), logitsOf(back)];
    expectClose(b, a, { atol: 0, rtol: 0 });
    tf.dispose([a, b]);
    disposeGpt(back.params);
    await expectNoLeaks(() => disposeGpt(deserializeGpt(bytes).params));
  });

  it('store float16 in half the bytes, within half precision', () => {
    const full = serializeGpt({ params, tokenizer });
    const half = serializeGpt({ params, tokenizer }, { dtype: 'float16' });
    const count = params.config.vocabSize * 16 * 2 + 16 * 16; // at least the embeddings
    expect(full.length - half.length).toBeGreaterThan(2 * count);
    const back = deserializeGpt(half);
    const [a, b] = [logitsOf({ params }), logitsOf(back)];
    expectClose(b, a, { atol: 5e-3, rtol: 5e-3 });
    tf.dispose([a, b]);
    disposeGpt(back.params);
  });

  it('reject bytes that are not a weights file, or cut short', () => {
    expect(() => deserializeGpt(new Uint8Array(20))).toThrow(/deserializeGpt: argument 'data'/);
    const bytes = serializeGpt({ params, tokenizer });
    expect(() => deserializeGpt(bytes.subarray(0, bytes.length - 4))).toThrow(
      /deserializeGpt: argument 'data' holds/,
    );
  });
});

describe('loadGptWeights and loadTangPoet', () => {
  const bytes = serializeGpt({ params, tokenizer }, { dtype: 'float16' });
  const file = join(scratch, 'model.bin');
  writeFileSync(file, bytes);

  it('read a file: URL in Node, and give the model the bytes give', async () => {
    const fromFile = await loadGptWeights(pathToFileURL(file));
    const fromBytes = await loadGptWeights(bytes);
    const [a, b] = [logitsOf(fromBytes), logitsOf(fromFile)];
    expectClose(b, a, { atol: 0, rtol: 0 });
    tf.dispose([a, b]);
    disposeGpt(fromFile.params);
    disposeGpt(fromBytes.params);
  });

  it('fetch any other URL (the browser path), with an injected fetch', async () => {
    const asked: string[] = [];
    const fetch = async (url: string) => {
      asked.push(url);
      return {
        ok: url.endsWith('model.bin'),
        status: url.endsWith('model.bin') ? 200 : 404,
        arrayBuffer: async () => bytes.slice().buffer,
      };
    };
    const model = await loadGptWeights('https://example.test/model.bin', { fetch });
    expect(asked).toEqual(['https://example.test/model.bin']);
    expect(model.config).toEqual(params.config);
    disposeGpt(model.params);
    await expect(loadGptWeights('https://example.test/missing', { fetch })).rejects.toThrow(
      /loadGptWeights: https:\/\/example.test\/missing answered 404/,
    );
  });

  it('loadTangPoet loads the file it is pointed at, and says clearly when there is none', async () => {
    const model = await loadTangPoet({ url: pathToFileURL(file) });
    expect(model.tokenizer.vocab).toEqual(tokenizer.vocab);
    disposeGpt(model.params);
    await expect(loadTangPoet({ url: pathToFileURL(join(scratch, 'none.bin')) })).rejects.toThrow(
      /loadTangPoet: no trained weights found/,
    );
  });
});
