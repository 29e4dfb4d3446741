import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core alone has no gradient functions; @tensorflow/tfjs registers them with this import.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import { type MaskedRowPolicy, scaledDotProductAttention } from '../src/index.js';

const FN = 'scaledDotProductAttention';

/** softmax([2, 0]) = [e^2, 1] / (e^2 + 1) = [0.880797..., 0.119202...]. */
const E2 = Math.exp(2);
const BIG = E2 / (E2 + 1);
const SMALL = 1 / (E2 + 1);

function allFinite(t: tf.Tensor): boolean {
  return Array.from(t.dataSync()).every(Number.isFinite);
}

/** True when every entry is 0 (either sign: a gradient may hold -0). */
function allZero(values: number[]): boolean {
  return values.every((x) => x === 0);
}

/** Runs `fn` and returns the message it throws ('' if it does not throw). */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('scaledDotProductAttention', () => {
  describe('shapes', () => {
    it('maps [seqQ, dK], [seqK, dK], [seqK, dV] to [seqQ, dV] and [seqQ, seqK]', () => {
      tf.tidy(() => {
        const { output, weights } = scaledDotProductAttention(
          tf.zeros([3, 4]),
          tf.zeros([5, 4]),
          tf.zeros([5, 2]),
        );
        expect(output.shape).toEqual([3, 2]);
        expect(weights.shape).toEqual([3, 5]);
      });
    });

    it('keeps any leading dimensions', () => {
      for (const lead of [[2], [2, 3], [1, 2, 1]]) {
        tf.tidy(() => {
          const { output, weights } = scaledDotProductAttention(
            tf.zeros([...lead, 3, 4]),
            tf.zeros([...lead, 5, 4]),
            tf.zeros([...lead, 5, 6]),
          );
          expect(output.shape).toEqual([...lead, 3, 6]);
          expect(weights.shape).toEqual([...lead, 3, 5]);
        });
      }
    });
  });

  describe('a hand-computed 2×2 case', () => {
    // dK = 4, so the scale is 1/sqrt(4) = 1/2. dV = 2 differs from dK on purpose.
    //   q = [[1, 1, 1, 1], [2, 0, 0, 0]]       k = [[1, 1, 1, 1], [1, -1, 1, -1]]
    //   scores = q kᵀ = [[1+1+1+1, 1-1+1-1], [2, 2]] = [[4, 0], [2, 2]]
    //   scaled = scores / 2 = [[2, 0], [1, 1]]
    //   weights = [[e²/(e²+1), 1/(e²+1)], [1/2, 1/2]] = [[0.8808, 0.1192], [0.5, 0.5]]
    //   v = [[10, 0], [0, 10]]  ->  output = [[10·0.8808, 10·0.1192], [5, 5]]
    const q = [
      [1, 1, 1, 1],
      [2, 0, 0, 0],
    ];
    const k = [
      [1, 1, 1, 1],
      [1, -1, 1, -1],
    ];
    const v = [
      [10, 0],
      [0, 10],
    ];

    it('gives the weights and output worked out by hand', () => {
      tf.tidy(() => {
        const { output, weights } = scaledDotProductAttention(
          tf.tensor2d(q),
          tf.tensor2d(k),
          tf.tensor2d(v),
        );
        expectClose(weights, [
          [BIG, SMALL],
          [0.5, 0.5],
        ]);
        expectClose(output, [
          [10 * BIG, 10 * SMALL],
          [5, 5],
        ]);
      });
    });

    it('with a mask: query 0 may not see key 1, so it copies value 0', () => {
      // Row 0 keeps only the logit 2: softmax([2]) = [1], output = v[0] = [10, 0].
      // Row 1 is unmasked and unchanged.
      tf.tidy(() => {
        const mask = tf.tensor2d(
          [
            [true, false],
            [true, true],
          ],
          undefined,
          'bool',
        );
        const { output, weights } = scaledDotProductAttention(
          tf.tensor2d(q),
          tf.tensor2d(k),
          tf.tensor2d(v),
          { mask },
        );
        expectClose(weights, [
          [1, 0],
          [0.5, 0.5],
        ]);
        expect(weights.dataSync()[1]).toBe(0);
        expectClose(output, [
          [10, 0],
          [5, 5],
        ]);
      });
    });
  });

  describe('numerical edge cases', () => {
    it('handles logits of ±1e4 without NaN or Infinity', () => {
      // dK = 1 (scale 1): q·k = ±100·100 = ±1e4.
      //   query 100:  logits [1e4, -1e4, 1e4] -> [1/2, 0, 1/2]
      //   query -100: logits [-1e4, 1e4, -1e4] -> [0, 1, 0]
      tf.tidy(() => {
        const q = tf.tensor2d([[100], [-100]]);
        const k = tf.tensor2d([[100], [-100], [100]]);
        const v = tf.tensor2d([[2], [4], [6]]);
        for (const mask of [
          undefined,
          tf.tensor2d([
            [1, 1, 0],
            [1, 1, 1],
          ]),
        ]) {
          const { output, weights } = scaledDotProductAttention(q, k, v, { mask });
          expect(allFinite(weights) && allFinite(output)).toBe(true);
          const row0 = mask === undefined ? [0.5, 0, 0.5] : [1, 0, 0];
          expectClose(weights, [row0, [0, 1, 0]]);
          expectClose(output, [[mask === undefined ? 4 : 2], [4]]);
        }
      });
    });

    describe('a query that may attend to no key', () => {
      // seqQ = 3, seqK = 4, dK = 2. Query 1 may see nothing; key 2 is hidden from query 0.
      const q = [
        [1, 0],
        [0, 1],
        [1, 1],
      ];
      const k = [
        [1, 0],
        [0, 1],
        [1, 1],
        [0, 0],
      ];
      // Mean of the values = [(4 + 0 + 8 + 0) / 4, (0 + 4 + 8 + 0) / 4] = [3, 3].
      const v = [
        [4, 0],
        [0, 4],
        [8, 8],
        [0, 0],
      ];
      const mask = [
        [true, true, false, true],
        [false, false, false, false],
        [true, true, true, true],
      ];
      const run = (maskedRows?: MaskedRowPolicy) =>
        tf.tidy(() => {
          const options = { mask: tf.tensor2d(mask, undefined, 'bool'), maskedRows };
          const r = scaledDotProductAttention(
            tf.tensor2d(q),
            tf.tensor2d(k),
            tf.tensor2d(v),
            options,
          );
          return {
            output: r.output.arraySync() as number[][],
            weights: r.weights.arraySync() as number[][],
          };
        });

      it("'zero' (the default) gives weights 0 and output 0", () => {
        for (const result of [run(), run('zero')]) {
          expect(result.weights[1]).toEqual([0, 0, 0, 0]);
          expect(result.output[1]).toEqual([0, 0]);
          expect(result.weights.flat().every(Number.isFinite)).toBe(true);
          expect(result.output.flat().every(Number.isFinite)).toBe(true);
        }
      });

      it("'uniform' gives 1/seqK on every key, as a -1e9 fill does, so the mean value", () => {
        const result = run('uniform');
        expectClose(result.weights[1]!, [0.25, 0.25, 0.25, 0.25]);
        expectClose(result.output[1]!, [3, 3]);
        expect(result.output.flat().every(Number.isFinite)).toBe(true);
      });

      it("'nan' gives NaN, as a -Infinity fill does (0/0)", () => {
        const result = run('nan');
        expect(result.weights[1]!.every(Number.isNaN)).toBe(true);
        expect(result.output[1]!.every(Number.isNaN)).toBe(true);
        // The NaN stays in its own row.
        expect([result.weights[0], result.weights[2]].flat().every(Number.isFinite)).toBe(true);
      });

      it('leaves the other rows alike under every policy, with masked keys at exactly 0', () => {
        const zero = run('zero');
        for (const other of [run('uniform'), run('nan')]) {
          for (const row of [0, 2]) {
            expect(other.weights[row]).toEqual(zero.weights[row]);
            expect(other.output[row]).toEqual(zero.output[row]);
          }
        }
        expect(zero.weights[0]![2]).toBe(0);
        // Row 2 sees everything: logits [1, 1, 2, 0] / sqrt(2).
        const logits = [1, 1, 2, 0].map((s) => s / Math.SQRT2);
        const total = logits.reduce((sum, s) => sum + Math.exp(s), 0);
        expectClose(
          zero.weights[2]!,
          logits.map((s) => Math.exp(s) / total),
        );
      });
    });

    it('handles seqQ ≠ seqK, including a single query and a single key', () => {
      tf.tidy(() => {
        // One key: every query puts weight 1 on it and returns its value.
        const one = scaledDotProductAttention(
          seededNormal([4, 3], 1),
          tf.tensor2d([[1, 2, 3]]),
          tf.tensor2d([[7, -7]]),
        );
        expectClose(one.weights, [[1], [1], [1], [1]]);
        expectClose(one.output, [
          [7, -7],
          [7, -7],
          [7, -7],
          [7, -7],
        ]);
        // One query, five keys: one row of five weights summing to 1.
        const single = scaledDotProductAttention(
          seededNormal([1, 3], 2),
          seededNormal([5, 3], 3),
          seededNormal([5, 2], 4),
        );
        expect(single.weights.shape).toEqual([1, 5]);
        expectClose(tf.sum(single.weights), 1);
      });
    });

    it('handles dK = 1, where the scale is 1/sqrt(1) = 1', () => {
      // q = [[2]], k = [[1], [0]]: scores = [2, 0], scaled = [2, 0] -> [e²/(e²+1), 1/(e²+1)].
      // (With dK = 4 the same weights needed a dot product of 4: see the 2×2 case.)
      tf.tidy(() => {
        const { weights } = scaledDotProductAttention(
          tf.tensor2d([[2]]),
          tf.tensor2d([[1], [0]]),
          tf.tensor2d([[1], [1]]),
        );
        expectClose(weights, [[BIG, SMALL]]);
      });
    });

    it('accepts a 0/1 float32 or int32 mask and treats it like the bool mask', () => {
      tf.tidy(() => {
        const q = seededNormal([2, 3, 4], 5);
        const k = seededNormal([2, 5, 4], 6);
        const v = seededNormal([2, 5, 2], 7);
        const bits = [
          [1, 0, 1, 1, 0],
          [0, 0, 1, 1, 1],
          [1, 1, 1, 1, 1],
        ];
        const expected = scaledDotProductAttention(q, k, v, {
          mask: tf.tensor2d(
            bits.map((r) => r.map(Boolean)),
            undefined,
            'bool',
          ),
        });
        for (const dtype of ['float32', 'int32'] as const) {
          const mask = tf.tensor2d(bits, undefined, dtype);
          const { output, weights } = scaledDotProductAttention(q, k, v, { mask });
          expectClose(weights, expected.weights, { atol: 0, rtol: 0, label: dtype });
          expectClose(output, expected.output, { atol: 0, rtol: 0, label: dtype });
        }
      });
    });

    it('has finite gradients through a mask, and none for a key the mask hides', () => {
      // Key 3 is hidden from every query, and query 1 sees no key at all.
      tf.tidy(() => {
        const q = seededNormal([3, 4], 8);
        const k = seededNormal([4, 4], 9);
        const v = seededNormal([4, 2], 10);
        const mask = tf.tensor2d(
          [
            [true, true, false, false],
            [false, false, false, false],
            [true, true, true, false],
          ],
          undefined,
          'bool',
        );
        const cotangent = seededNormal([3, 2], 11);
        for (const maskedRows of ['zero', 'uniform'] as const) {
          const loss = (qq: tf.Tensor, kk: tf.Tensor, vv: tf.Tensor) =>
            tf.sum(
              tf.mul(scaledDotProductAttention(qq, kk, vv, { mask, maskedRows }).output, cotangent),
            );
          const [dq, dk, dv] = tf.grads(loss)([q, k, v]) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
          for (const g of [dq, dk, dv]) expect(allFinite(g)).toBe(true);
          // Key 3 is hidden from every query, so its logits never count: no key gradient.
          expect(allZero(dk.arraySync()[3]!)).toBe(true);
          // Its value reaches only query 1, and only under 'uniform' (weight 1/4):
          // dL/dv_3 = sum_i w_i3 · cotangent_i = cotangent_1 / 4.
          const cotangent1 = (cotangent.arraySync() as number[][])[1]!;
          const expectedDv3 = maskedRows === 'zero' ? [0, 0] : cotangent1.map((c) => c / 4);
          expectClose(dv.arraySync()[3]!, expectedDv3);
          // Query 1's output is 0 ('zero') or the plain mean of the values ('uniform'):
          // neither depends on the query.
          expect(allZero(dq.arraySync()[1]!)).toBe(true);
          // The gradient is not trivially zero elsewhere.
          expect(Math.max(...tf.abs(dq).dataSync())).toBeGreaterThan(1e-3);
        }
      });
    });
  });

  describe('invariants', () => {
    it('gives weight rows that sum to 1, with and without a mask', () => {
      tf.tidy(() => {
        const q = seededNormal([2, 3, 4, 8], 12, { std: 3 });
        const k = seededNormal([2, 3, 6, 8], 13, { std: 3 });
        const v = seededNormal([2, 3, 6, 5], 14);
        // Padding-style mask [2, 1, 1, 6]: every row keeps at least its first key.
        const mask = tf.tensor4d(
          [[[[1, 1, 1, 1, 0, 0]]], [[[1, 0, 1, 1, 1, 1]]]],
          undefined,
          'bool',
        );
        for (const options of [{}, { mask }]) {
          const { weights } = scaledDotProductAttention(q, k, v, options);
          expectClose(tf.sum(weights, -1), tf.ones([2, 3, 4]));
          expect(Math.min(...weights.dataSync())).toBeGreaterThanOrEqual(0);
        }
      });
    });

    it('gives the same output when keys and values are permuted together', () => {
      tf.tidy(() => {
        const q = seededNormal([2, 3, 4], 15);
        const k = seededNormal([2, 5, 4], 16);
        const v = seededNormal([2, 5, 3], 17);
        const mask = tf.tensor2d(
          [
            [1, 0, 1, 1, 0],
            [1, 1, 1, 0, 1],
            [0, 1, 1, 1, 1],
          ],
          undefined,
          'bool',
        );
        const order = tf.tensor1d([3, 0, 4, 1, 2], 'int32');
        for (const withMask of [false, true]) {
          const base = scaledDotProductAttention(q, k, v, withMask ? { mask } : {});
          const permuted = scaledDotProductAttention(
            q,
            tf.gather(k, order, 1), // [batch, seqK, dK], keys reordered
            tf.gather(v, order, 1), // [batch, seqK, dV], values reordered the same way
            withMask ? { mask: tf.gather(mask, order, 1) } : {},
          );
          expectClose(permuted.output, base.output);
          // The weights move with their keys.
          expectClose(permuted.weights, tf.gather(base.weights, order, 2));
        }
      });
    });

    it('is unchanged when a constant is added to every logit of a row', () => {
      // Shifting every key by the same vector u adds q_i·u / sqrt(dK) to each logit of
      // row i: one constant per row, which the softmax cancels.
      tf.tidy(() => {
        const q = seededNormal([2, 3, 4], 18);
        const k = seededNormal([2, 5, 4], 19);
        const v = seededNormal([2, 5, 3], 20);
        const u = tf.tensor1d([3, -2, 0.5, 1]); // [dK], broadcast over every key
        const base = scaledDotProductAttention(q, k, v);
        const shifted = scaledDotProductAttention(q, tf.add(k, u), v);
        expectClose(shifted.weights, base.weights, { atol: 1e-6, rtol: 1e-4 });
        expectClose(shifted.output, base.output, { atol: 1e-5, rtol: 1e-4 });
      });
    });
  });

  describe('errors', () => {
    const shapes = (qs: number[], ks: number[], vs: number[]) =>
      messageOf(() =>
        tf.tidy(() => scaledDotProductAttention(tf.zeros(qs), tf.zeros(ks), tf.zeros(vs))),
      );

    it('names a tensor of rank below 2', () => {
      expect(shapes([4], [3, 4], [3, 2])).toBe(
        `${FN}: argument 'q' must have rank >= 2 ([..., seqQ, dK]), got shape [4]`,
      );
      expect(shapes([2, 4], [3, 4], [2])).toBe(
        `${FN}: argument 'v' must have rank >= 2 ([..., seqK, dV]), got shape [2]`,
      );
    });

    it('names tensors of different ranks', () => {
      expect(shapes([2, 3, 4], [5, 4], [5, 2])).toBe(
        `${FN}: arguments 'q', 'k' and 'v' must have the same rank, ` +
          'got q [2, 3, 4], k [5, 4], v [5, 2]',
      );
    });

    it('names a plain array passed where a tensor belongs', () => {
      const k = tf.zeros([3, 4]);
      expect(() => scaledDotProductAttention([[1, 2, 3, 4]] as unknown as tf.Tensor, k, k)).toThrow(
        `${FN}: argument 'q' must be a tf.Tensor [..., seqQ, dK], got an array`,
      );
      k.dispose();
    });

    it('names different leading dimensions', () => {
      expect(shapes([2, 3, 4], [3, 5, 4], [3, 5, 2])).toBe(
        `${FN}: argument 'k' must have the same leading dimensions as 'q', ` +
          'got q [2, 3, 4], k [3, 5, 4], v [3, 5, 2]',
      );
    });

    it('names a dK mismatch between q and k', () => {
      expect(shapes([3, 4], [5, 3], [5, 2])).toBe(
        `${FN}: argument 'k' must have the same dK (last axis) as 'q', got q [3, 4] and k [5, 3]`,
      );
    });

    it('names a seqK mismatch between k and v', () => {
      expect(shapes([2, 3, 4], [2, 5, 4], [2, 6, 2])).toBe(
        `${FN}: argument 'v' must have the same seqK (second-to-last axis) as 'k', ` +
          'got k [2, 5, 4] and v [2, 6, 2]',
      );
    });

    it('names a dtype other than float32', () => {
      const message = messageOf(() =>
        tf.tidy(() =>
          scaledDotProductAttention(tf.zeros([3, 4], 'int32'), tf.zeros([5, 4]), tf.zeros([5, 2])),
        ),
      );
      expect(message).toBe(`${FN}: argument 'q' must be float32, got dtype 'int32'`);
    });

    describe('masks', () => {
      const withMask = (makeMask: () => tf.Tensor, maskedRows?: MaskedRowPolicy) =>
        messageOf(() =>
          tf.tidy(() =>
            scaledDotProductAttention(
              tf.zeros([2, 3, 4]),
              tf.zeros([2, 5, 4]),
              tf.zeros([2, 5, 2]),
              {
                mask: makeMask(),
                maskedRows,
              },
            ),
          ),
        );

      it('names a mask that does not broadcast to [..., seqQ, seqK]', () => {
        expect(withMask(() => tf.zeros([3, 4], 'bool'))).toBe(
          `${FN}: argument 'mask' of shape [3, 4] does not broadcast to the attention ` +
            "weights' shape [2, 3, 5]",
        );
        expect(withMask(() => tf.zeros([1, 2, 3, 5], 'bool'))).toBe(
          `${FN}: argument 'mask' of shape [1, 2, 3, 5] does not broadcast to the attention ` +
            "weights' shape [2, 3, 5]",
        );
      });

      it('names a mask that is neither bool nor a number tensor', () => {
        expect(withMask(() => tf.tensor(['yes', 'no', 'yes', 'no', 'no'], [5], 'string'))).toBe(
          `${FN}: argument 'mask' must be a bool tensor or a 0/1 number tensor, got dtype 'string'`,
        );
      });

      it('names the first value of a number mask that is not 0 or 1', () => {
        const notBits = (value: number, dtype: 'float32' | 'int32') =>
          withMask(() => tf.tensor1d([1, 1, value, 0, 1], dtype));
        const advice = '; for an additive mask (0 / -Infinity) convert it first';
        expect(notBits(0.5, 'float32')).toBe(
          `${FN}: argument 'mask' must hold only 0 and 1 (1 = may attend), found 0.5${advice}`,
        );
        expect(notBits(Number.NEGATIVE_INFINITY, 'float32')).toContain('found -Infinity');
        expect(notBits(Number.NaN, 'float32')).toContain('found NaN');
        expect(notBits(2, 'int32')).toContain('found 2');
      });

      it('names an unknown maskedRows policy', () => {
        const bad = 'ignore' as MaskedRowPolicy;
        expect(withMask(() => tf.ones([5], 'bool'), bad)).toBe(
          `${FN}: option 'maskedRows' must be one of 'zero', 'uniform', 'nan', got "ignore"`,
        );
      });
    });
  });

  describe('no leaks', () => {
    it('frees every intermediate, with and without masks, under each policy', async () => {
      const q = seededNormal([2, 3, 4], 21);
      const k = seededNormal([2, 5, 4], 22);
      const v = seededNormal([2, 5, 2], 23);
      const boolMask = tf.tensor1d([true, false, true, false, false], 'bool');
      const numberMask = tf.tensor2d([
        [1, 0, 1, 0, 1],
        [0, 0, 0, 0, 0],
        [1, 1, 1, 1, 1],
      ]);
      const run = (options = {}) => {
        const { output, weights } = scaledDotProductAttention(q, k, v, options);
        tf.dispose([output, weights]);
      };
      await expectNoLeaks(() => run(), 'no mask');
      for (const mask of [boolMask, numberMask]) {
        for (const maskedRows of ['zero', 'uniform', 'nan'] as const) {
          await expectNoLeaks(() => run({ mask, maskedRows }), `${mask.dtype} mask, ${maskedRows}`);
        }
      }
      tf.dispose([q, k, v, boolMask, numberMask]);
    });

    it('frees everything when it throws', async () => {
      const q = tf.zeros([3, 4]);
      const k = tf.zeros([5, 3]);
      const v = tf.zeros([5, 2]);
      const badMask = tf.tensor1d([0, 2, 1]); // broadcasts to [3, 3] but holds a 2
      await expectNoLeaks(() => expect(() => scaledDotProductAttention(q, k, v)).toThrow(), 'dK');
      await expectNoLeaks(
        () => expect(() => scaledDotProductAttention(q, q, q, { mask: badMask })).toThrow(),
        'mask values',
      );
      tf.dispose([q, k, v, badMask]);
    });
  });
});
