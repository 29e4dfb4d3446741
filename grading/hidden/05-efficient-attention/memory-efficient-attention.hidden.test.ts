// Hidden tests for memoryEfficientAttention (see masks.hidden.test.ts).
import { seededNormal, seededUniform } from '@mha/runtime';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import { type MaskedRowPolicy, scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { memoryEfficientAttention } from '../src/index.js';

const TOL = { atol: 2e-6, rtol: 1e-5 };
const POLICIES: MaskedRowPolicy[] = ['zero', 'uniform', 'nan'];

function bernoulli(shape: number[], seed: number, p: number): tf.Tensor {
  const u = seededUniform(shape, seed, { min: 0, max: 1 });
  const mask = tf.less(u, p);
  u.dispose();
  return mask;
}

describe('memoryEfficientAttention', () => {
  describe('hidden', () => {
    it('hand-computed: the maximum sits in the last block, three blocks of 1', () => {
      // q = [1], keys (scores) 0, 1, 2, values 1, 2, 4: Σ e^s v / Σ e^s.
      const e = Math.exp;
      const expected = (1 + 2 * e(1) + 4 * e(2)) / (1 + e(1) + e(2));
      tf.tidy(() => {
        const out = memoryEfficientAttention(
          tf.tensor2d([[1]]),
          tf.tensor2d([[0], [1], [2]]),
          tf.tensor2d([[1], [2], [4]]),
          { blockSize: 1 },
        );
        expectClose(out, [[expected]], TOL);
      });
    });

    it('a block larger than seqK, and one key', () => {
      tf.tidy(() => {
        const q = seededNormal([3, 5, 4], 1);
        const k = seededNormal([3, 9, 4], 2);
        const v = seededNormal([3, 9, 2], 3);
        expectClose(
          memoryEfficientAttention(q, k, v, { blockSize: 1000 }),
          scaledDotProductAttention(q, k, v).output,
          TOL,
        );
        const k1 = tf.slice(k, [0, 0, 0], [3, 1, 4]);
        const v1 = tf.slice(v, [0, 0, 0], [3, 1, 2]);
        expectClose(memoryEfficientAttention(q, k1, v1), tf.broadcastTo(v1, [3, 5, 2]), TOL);
      });
    });

    it('masks of every broadcast form, causal added, every policy, odd block sizes', () => {
      tf.tidy(() => {
        const q = seededNormal([2, 3, 11, 4], 4);
        const k = seededNormal([2, 3, 19, 4], 5);
        const v = seededNormal([2, 3, 19, 3], 6);
        const masks = [
          bernoulli([11, 19], 7, 0.3),
          bernoulli([2, 1, 11, 19], 8, 0.2),
          bernoulli([2, 3, 11, 1], 9, 0.5), // whole rows on or off
          bernoulli([1, 19], 10, 0.4),
        ];
        for (const [m, mask] of masks.entries()) {
          for (const maskedRows of POLICIES) {
            for (const causal of [false, true]) {
              const reference = causal
                ? tf.logicalAnd(mask, tf.cast(tf.linalg.bandPart(tf.ones([11, 19]), -1, 0), 'bool'))
                : mask;
              const expected = scaledDotProductAttention(q, k, v, {
                mask: reference,
                maskedRows,
              }).output;
              for (const blockSize of [2, 5, 19]) {
                const out = memoryEfficientAttention(q, k, v, {
                  mask,
                  maskedRows,
                  causal,
                  blockSize,
                });
                expectClose(out, expected, {
                  ...TOL,
                  label: `mask ${m}, ${maskedRows}, causal ${causal}, block ${blockSize}`,
                });
              }
            }
          }
        }
      });
    });

    it('large negative and positive logits', () => {
      tf.tidy(() => {
        const q = tf.mul(seededNormal([2, 6, 4], 11), 3e3);
        const k = seededNormal([2, 14, 4], 12);
        const v = seededNormal([2, 14, 2], 13);
        const out = memoryEfficientAttention(q, k, v, { blockSize: 3 });
        expect(out.dataSync().every(Number.isFinite)).toBe(true);
        expectClose(out, scaledDotProductAttention(q, k, v).output, { atol: 1e-5, rtol: 1e-5 });
      });
    });

    it('leaks no tensors, with a mask and the nan policy', async () => {
      const q = seededNormal([2, 8, 4], 1);
      const mask = bernoulli([8, 8], 2, 0.2);
      await expectNoLeaks(() =>
        memoryEfficientAttention(q, q, q, { mask, maskedRows: 'nan', blockSize: 3 }).dispose(),
      );
      tf.dispose([q, mask]);
    });
  });
});
