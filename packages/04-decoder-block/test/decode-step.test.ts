import { expectClose, expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  type DecoderCache,
  decodeStep,
  encode,
  initTransformer,
  type TransformerConfig,
  type TransformerParams,
  transformer,
} from '../src/index.js';
import { ids } from './support.js';

const CONFIG: TransformerConfig = {
  srcVocabSize: 7,
  tgtVocabSize: 9,
  dModel: 8,
  numHeads: 2,
  dFF: 16,
  numEncoderLayers: 2,
  numDecoderLayers: 2,
  maxLen: 6,
  seed: 5,
};

const free = (params: TransformerParams) => tf.dispose(params as unknown as tf.TensorContainer);

/**
 * Feeds `prefix` through decodeStep one token at a time and, at every step t, compares the
 * step's logits with the full decoder's logits at position t on prefix[0..t].
 */
function compareStepByStep(
  params: TransformerParams,
  src: number[][],
  srcLengths: number[] | undefined,
  prefix: number[][],
): void {
  const srcTokens = ids(src);
  const memory = encode(params, srcTokens, { srcLengths });
  let cache: DecoderCache | null = null;
  for (let t = 0; t < prefix[0]!.length; t++) {
    const step = decodeStep(
      params,
      memory,
      prefix.map((row) => row[t]!),
      cache,
      { srcLengths },
    );
    cache = step.cache;
    expect(cache.length).toBe(t + 1);
    tf.tidy(() => {
      const sofar = ids(prefix.map((row) => row.slice(0, t + 1)));
      const { logits } = transformer(params, srcTokens, sofar, { srcLengths });
      const last = tf.squeeze(tf.slice(logits, [0, t, 0], [-1, 1, -1]), [1]); // -> [batch, vocab]
      expectClose(step.logits, last, { atol: 1e-5, rtol: 0, label: `step ${t}` });
    });
    step.logits.dispose();
  }
  (cache as DecoderCache | null)?.dispose();
  tf.dispose([srcTokens, memory]);
}

describe('decodeStep', () => {
  it('with the KV cache equals full recompute at every step (post-LN and pre-LN)', async () => {
    await onEveryBackend(() => {
      for (const normFirst of [false, true]) {
        const params = initTransformer({ ...CONFIG, normFirst });
        compareStepByStep(
          params,
          [
            [1, 2, 3, 4, 5],
            [6, 5, 4, 0, 0],
          ],
          [5, 3],
          [
            [1, 4, 8, 2, 3, 7],
            [1, 3, 3, 5, 0, 6],
          ],
        );
        compareStepByStep(params, [[2, 2, 6]], undefined, [[1, 5, 6]]);
        free(params);
      }
    });
  });

  it('keeps a cache of the documented shapes, and projects the memory only once', () => {
    const params = initTransformer(CONFIG);
    const memory = encode(params, ids([[1, 2, 3, 4]]));
    const first = decodeStep(params, memory, [1], null);
    const second = decodeStep(params, memory, tf.tensor1d([3], 'int32'), first.cache);
    const { cache } = second;
    expect(cache.length).toBe(2);
    expect(cache.maxLen).toBe(6);
    expect(cache.layers).toHaveLength(2);
    for (const layer of cache.layers) {
      expect(layer.selfKeys.shape).toEqual([1, 2, 2, 4]); // [batch, numHeads, t, dK]
      expect(layer.selfValues.shape).toEqual([1, 2, 2, 4]);
      expect(layer.crossKeys.shape).toEqual([1, 2, 4, 4]); // [batch, numHeads, seqS, dK]
    }
    // The memory's keys and values are the same tensors at every step: projected once.
    expect(cache.layers[0]!.crossKeys).toBe(first.cache.layers[0]!.crossKeys);
    expect(first.cache.disposed).toBe(true);
    expect(second.logits.shape).toEqual([1, 9]);
    tf.dispose([first.logits, second.logits, memory]);
    cache.dispose();
    free(params);
  });

  it('rejects a cache from another model, another memory, a full cache and a used one', () => {
    const params = initTransformer(CONFIG);
    const other = initTransformer({ ...CONFIG, seed: 6 });
    const memory = encode(params, ids([[1, 2]]));
    const otherMemory = encode(params, ids([[3, 4]]));
    const { logits, cache } = decodeStep(params, memory, [1], null);
    expect(() => decodeStep(other, memory, [1], cache)).toThrow(
      "decodeStep: argument 'cache' was made for another model",
    );
    expect(() => decodeStep(params, memory, [1], cache, { srcLengths: [1] })).toThrow(
      "decodeStep: option 'srcLengths' [1] differs from the lengths the cache was made with []",
    );
    expect(() => decodeStep(params, otherMemory, [1], cache)).toThrow(
      "decodeStep: argument 'cache' was made for another memory tensor",
    );
    let current = cache;
    for (let t = 1; t < 6; t++) {
      const step = decodeStep(params, memory, [2], current);
      step.logits.dispose();
      expect(() => decodeStep(params, memory, [2], current)).toThrow(
        "decodeStep: argument 'cache' was disposed or already consumed by a step",
      );
      current = step.cache;
    }
    const live = tf.memory().numTensors;
    expect(() => decodeStep(params, memory, [2], current)).toThrow(
      "decodeStep: argument 'cache' is full: it holds 6 positions, the model's maxLen is 6 (the cache was disposed)",
    );
    expect(current.disposed).toBe(true); // the error leaves none of its tensors behind
    expect(tf.memory().numTensors).toBeLessThan(live);
    current.dispose(); // twice is safe
    expect(() => decodeStep(params, memory, [2], current)).toThrow('was disposed');
    tf.dispose([logits, memory, otherMemory]);
    free(params);
    free(other);
  });

  it('checks token dtypes as encode does, and names plain arrays and missing options', () => {
    const params = initTransformer(CONFIG);
    const memory = encode(params, ids([[1, 2]]));
    expect(() => decodeStep(params, memory, tf.tensor1d([1]), null)).toThrow(
      "decodeStep: argument 'token' must be int32 token ids, got 'float32'",
    );
    expect(() => encode(params, tf.tensor2d([[1, 2]]))).toThrow(
      "encode: argument 'srcTokens' must be int32 token ids, got 'float32'",
    );
    expect(() => decodeStep(params, [[[0]]] as unknown as tf.Tensor3D, [1], null)).toThrow(
      "decodeStep: argument 'memory' must be a tf.Tensor (from encode), got an array",
    );
    expect(() => encode(params, [[1, 2]] as unknown as tf.Tensor2D)).toThrow(
      "encode: argument 'srcTokens' must be a tf.Tensor of int32 token ids, got an array",
    );
    expect(() => decodeStep(params, memory, [1], null, null as never)).toThrow(
      "decodeStep: argument 'options' must be an object (or left out), got null",
    );
    memory.dispose();
    free(params);
  });

  it('rejects bad tokens and a memory of another width', () => {
    const params = initTransformer(CONFIG);
    const memory = encode(
      params,
      ids([
        [1, 2],
        [3, 4],
      ]),
    );
    expect(() => decodeStep(params, memory, [1, 9], null)).toThrow(
      "decodeStep: argument 'token' holds id 9, outside the vocabulary 0 … 8",
    );
    expect(() => decodeStep(params, memory, [1], null)).toThrow(
      "decodeStep: argument 'token' must be [batch] = [2] ids (or [batch, 1]; memory [2, 2, 8]), " +
        'got shape [1]',
    );
    const column = tf.tensor2d([[1], [3]], undefined, 'int32'); // [batch, 1] is accepted too
    const fromColumn = decodeStep(params, memory, column, null);
    const fromArray = decodeStep(params, memory, [1, 3], null);
    expectClose(fromColumn.logits, fromArray.logits);
    tf.dispose([column, fromColumn.logits, fromArray.logits]);
    fromColumn.cache.dispose();
    fromArray.cache.dispose();
    const wide = tf.zeros([2, 2, 4]) as tf.Tensor3D;
    expect(() => decodeStep(params, wide, [1, 1], null)).toThrow(
      "decodeStep: argument 'memory' must be [batch, seqS, dModel = 8], got [2, 2, 4]",
    );
    expect(() => decodeStep(params, memory, [1, 1], null, { srcLengths: [3, 1] })).toThrow(
      "decodeStep: option 'srcLengths' must hold 2 integers in 1 … 2",
    );
    tf.dispose([memory, wide]);
    free(params);
  });

  it('leaks no tensors: a disposed cache releases everything', async () => {
    const params = initTransformer(CONFIG);
    const memory = encode(params, ids([[1, 2, 3]]));
    await expectNoLeaks(() => {
      let cache: DecoderCache | null = null;
      for (let t = 0; t < 4; t++) {
        const step: { logits: tf.Tensor2D; cache: DecoderCache } = decodeStep(
          params,
          memory,
          [t + 1],
          cache,
        );
        step.logits.dispose();
        cache = step.cache;
      }
      (cache as DecoderCache | null)?.dispose();
    }, 'decodeStep');
    memory.dispose();
    free(params);
  });
});
