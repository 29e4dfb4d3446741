import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { linearAttention } from '../src/index.js';
import { kernelOutputShapes } from './support.js';

const TOL = { atol: 1e-5, rtol: 1e-5 };

/** φ(x) = elu(x) + 1 written out: x + 1 for x > 0, e^x otherwise. */
function eluPlusOneByHand(x: tf.Tensor): tf.Tensor {
  return tf.where(tf.greater(x, 0), tf.add(x, 1), tf.exp(x));
}

/**
 * The quadratic form, naively: A = φ(Q)φ(K)ᵀ, lower triangle when causal, each row divided
 * by its sum, times V.
 */
function quadratic(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  causal: boolean,
  phi = eluPlusOneByHand,
) {
  return tf.tidy(() => {
    const scores = tf.matMul(phi(q), phi(k), false, true); // [..., seqQ, seqK]
    const n = scores.shape.at(-1)!;
    const lower = tf.linalg.bandPart(tf.ones([n, n]), -1, 0);
    const kept = causal ? tf.mul(scores, lower) : scores;
    return tf.matMul(tf.div(kept, tf.sum(kept, -1, true)), v);
  });
}

function inputs(lead: number[], seqQ: number, seqK: number, dK: number, dV: number, seed: number) {
  return {
    q: seededNormal([...lead, seqQ, dK], seed),
    k: seededNormal([...lead, seqK, dK], seed + 1),
    v: seededNormal([...lead, seqK, dV], seed + 2),
  };
}

describe('linearAttention', () => {
  it('hand-computed: two keys, φ(q)·φ(k) weights 2 : 1', () => {
    // dK = 1, q = 1 -> φ(q) = 2; k = 0 -> φ = 1 and k = ln(0.5) -> φ = 0.5: weights 2 and 1.
    tf.tidy(() => {
      const q = tf.tensor2d([[1]]);
      const k = tf.tensor2d([[0], [Math.log(0.5)]]);
      const v = tf.tensor2d([[3], [9]]);
      expectClose(linearAttention(q, k, v), [[(2 * 3 + 1 * 9) / 3]], TOL);
    });
  });

  it('equals the quadratic form φ(Q)φ(K)ᵀV / row sums, plain and causal', () =>
    onEveryBackend((backend) => {
      tf.tidy(() => {
        for (const [lead, seq] of [
          [[], 5],
          [[2, 3], 31],
          [[2], 70],
        ] as const) {
          const { q, k, v } = inputs([...lead], seq, seq, 6, 4, seq);
          for (const causal of [false, true]) {
            expectClose(linearAttention(q, k, v, { causal }), quadratic(q, k, v, causal), {
              ...TOL,
              label: `seq ${seq}, causal ${causal} (${backend})`,
            });
          }
        }
      });
    }));

  it('handles seqQ ≠ seqK when not causal', () => {
    tf.tidy(() => {
      const { q, k, v } = inputs([2], 9, 23, 4, 3, 3);
      expectClose(linearAttention(q, k, v), quadratic(q, k, v, false), TOL);
    });
  });

  it('causal: query 0 returns v0, and later keys do not change earlier outputs', () => {
    tf.tidy(() => {
      const { q, k, v } = inputs([2], 40, 40, 4, 3, 8);
      const out = linearAttention(q, k, v, { causal: true });
      expectClose(tf.slice(out, [0, 0, 0], [2, 1, 3]), tf.slice(v, [0, 0, 0], [2, 1, 3]), TOL);
      const changedLater = tf.concat(
        [tf.slice(v, [0, 0, 0], [2, 20, 3]), tf.mul(tf.slice(v, [0, 20, 0], [2, 20, 3]), 5)],
        1,
      );
      const again = linearAttention(q, k, changedLater, { causal: true });
      expectClose(
        tf.slice(again, [0, 0, 0], [2, 20, 3]),
        tf.slice(out, [0, 0, 0], [2, 20, 3]),
        TOL,
      );
    });
  });

  it('uses a custom feature map, told whether it maps queries or keys', () => {
    tf.tidy(() => {
      const { q, k, v } = inputs([2], 12, 12, 4, 3, 4);
      const roles: string[] = [];
      const square = (x: tf.Tensor, role: 'query' | 'key') => {
        roles.push(role);
        return tf.add(tf.square(x), 0.1);
      };
      const out = linearAttention(q, k, v, { featureMap: square });
      expect(roles).toEqual(['query', 'key']);
      expectClose(
        out,
        quadratic(q, k, v, false, (x) => tf.add(tf.square(x), 0.1)),
        TOL,
      );
      // A map may change the feature count: [.., seq, 4] -> [.., seq, 8]
      const doubled = (x: tf.Tensor) => tf.concat([tf.exp(x), tf.exp(tf.neg(x))], -1);
      expectClose(
        linearAttention(q, k, v, { featureMap: doubled, causal: true }),
        quadratic(q, k, v, true, doubled),
        TOL,
      );
    });
  });

  it('never forms an n × n tensor', async () => {
    const { q, k, v } = inputs([2], 300, 300, 8, 8, 3);
    for (const causal of [false, true]) {
      const shapes = await kernelOutputShapes(() => linearAttention(q, k, v, { causal }));
      expect(shapes.filter((s) => s.filter((d) => d === 300).length >= 2)).toEqual([]);
    }
    tf.dispose([q, k, v]);
  });

  it('names the function, the argument and the shapes in its errors', () => {
    tf.tidy(() => {
      const { q, k, v } = inputs([2], 6, 6, 4, 3, 1);
      expect(() => linearAttention(q, k, v, { featureMap: 'relu' as never })).toThrow(
        "linearAttention: option 'featureMap' must be 'elu+1' or a function, got \"relu\"",
      );
      expect(() => linearAttention(q, k, v, { featureMap: (x) => tf.sum(x, -1) })).toThrow(
        "linearAttention: option 'featureMap' must map [..., seq, dK] to [..., seq, F] with the same F for queries and keys, got [2, 6, 4] -> [2, 6] and [2, 6, 4] -> [2, 6]",
      );
      expect(() =>
        linearAttention(q, tf.zeros([2, 8, 4]), tf.zeros([2, 8, 3]), { causal: true }),
      ).toThrow("linearAttention: 'causal' needs seqQ = seqK, got q [2, 6, 4] and k [2, 8, 4]");
      expect(() => linearAttention(q, k, tf.zeros([2, 5, 3]))).toThrow(
        "linearAttention: argument 'v' must have the same seqK (second-to-last axis) as 'k', got k [2, 6, 4] and v [2, 5, 3]",
      );
      expect(() => linearAttention(q, k, v, null as never)).toThrow(/'options' must be an object/);
    });
  });

  it('leaks no tensors', async () => {
    const { q, k, v } = inputs([2], 70, 70, 4, 3, 1);
    for (const causal of [false, true]) {
      await expectNoLeaks(() => linearAttention(q, k, v, { causal }).dispose());
    }
    await expectNoLeaks(() =>
      expect(() => linearAttention(q, k, v, { featureMap: (x) => tf.sum(x, -1) })).toThrow(),
    );
    tf.dispose([q, k, v]);
  });
});
