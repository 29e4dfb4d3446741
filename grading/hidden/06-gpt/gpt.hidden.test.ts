// Hidden tests: the teacher's grader runs them beside the visible ones; they are never
// copied into a student workspace. They live as if in the package's test/ folder.
import { initMultiHeadAttention, multiHeadAttention } from '@mha/multi-head-attention';
import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  applyRotaryEmbedding,
  groupedQueryAttention,
  sampleNextToken,
  samplingDistribution,
} from '../src/index.js';

describe('applyRotaryEmbedding', () => {
  describe('hidden', () => {
    it('turns each pair by p·θ_i, hand-computed for dHead 4, base 100, offset 2', () => {
      // θ_0 = 100^0 = 1 and θ_1 = 100^(−2/4) = 0.1. Row t is at p = 2 + t. The pair
      // (x_0, x_2) = (1, 0) turns to (cos p, sin p); the pair (x_1, x_3) = (1, 0) to
      // (cos 0.1p, sin 0.1p).
      const x = tf.tensor4d([1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0], [1, 1, 3, 4]);
      const out = applyRotaryEmbedding(x, { base: 100, offset: 2 });
      const want = [2, 3, 4].flatMap((p) => [
        Math.cos(p),
        Math.cos(0.1 * p),
        Math.sin(p),
        Math.sin(0.1 * p),
      ]);
      expectClose(out, tf.tensor4d(want, [1, 1, 3, 4]));
      tf.dispose([x, out]);
    });

    it('leaks no tensor', async () => {
      const x = seededNormal([1, 2, 3, 4], 3) as tf.Tensor4D;
      await expectNoLeaks(() => applyRotaryEmbedding(x, { offset: 1 }).dispose());
      x.dispose();
    });
  });
});

describe('groupedQueryAttention', () => {
  describe('hidden', () => {
    it('with one key/value head equals stage 2 multiHeadAttention with that head repeated', () => {
      // MQA is MHA whose key and value weights are the same block for every head.
      const mha = initMultiHeadAttention({ dModel: 8, numHeads: 4, seed: 11 });
      const x = seededNormal([2, 4, 8], 12) as tf.Tensor3D;
      const mask = tf.tidy(() => tf.cast(tf.linalg.bandPart(tf.ones([4, 4]), -1, 0), 'bool'));
      const wK = tf.slice(mha.wK, [0, 0], [8, 2]);
      const wV = tf.slice(mha.wV, [0, 0], [8, 2]);
      const bK = tf.slice(mha.bK!, [0], [2]);
      const bV = tf.slice(mha.bV!, [0], [2]);
      const repeated = {
        ...mha,
        wK: tf.concat([wK, wK, wK, wK], 1),
        wV: tf.concat([wV, wV, wV, wV], 1),
        bK: tf.concat([bK, bK, bK, bK]),
        bV: tf.concat([bV, bV, bV, bV]),
      };
      const params = { ...(mha as Required<typeof mha>), wK, wV, bK, bV } as Parameters<
        typeof groupedQueryAttention
      >[0];
      const ours = groupedQueryAttention(params, x, { numHeads: 4, numKvHeads: 1 });
      const theirs = multiHeadAttention(repeated, x, x, x, { numHeads: 4, mask });
      expectClose(ours.output, theirs.output);
      expectClose(ours.weights, theirs.weights);
      tf.dispose([x, mask, wK, wV, bK, bV, ours.output, ours.weights, theirs.output]);
      tf.dispose([theirs.weights, repeated.wK, repeated.wV, repeated.bK, repeated.bV]);
      tf.dispose(Object.values(mha));
    });
  });
});

describe('samplingDistribution', () => {
  describe('hidden', () => {
    it('top-k and top-p, hand-computed with a tie', () => {
      // p = 1/8, 1/8, 2/8, 4/8. Top-3 keeps ids 3, 2 and 0 (the tie goes to the smaller
      // id): 4 : 2 : 1, so 4/7, 2/7, 1/7. Top-p 0.7: 4/8 < 0.7, 6/8 >= 0.7, so ids 3 and 2,
      // renormalised to 2/3 and 1/3.
      const logits = [0, 0, Math.log(2), Math.log(4)];
      const top3 = samplingDistribution(logits, { topK: 3 });
      expect(top3.ids).toEqual([3, 2, 0]);
      expectClose(top3.probs, [4 / 7, 2 / 7, 1 / 7], { atol: 1e-12, rtol: 0 });
      const nucleus = samplingDistribution(logits, { topP: 0.7 });
      expect(nucleus.ids).toEqual([3, 2]);
      expectClose(nucleus.probs, [2 / 3, 1 / 3], { atol: 1e-12, rtol: 0 });
    });
  });
});

describe('sampleNextToken', () => {
  describe('hidden', () => {
    it('draws from the nucleus by cumulative probability', () => {
      // the nucleus above: 2/3 for id 3, then 1/3 for id 2
      const logits = [0, 0, Math.log(2), Math.log(4)];
      expect(sampleNextToken(logits, { topP: 0.7 }, () => 0.66)).toBe(3);
      expect(sampleNextToken(logits, { topP: 0.7 }, () => 0.67)).toBe(2);
    });
  });
});
