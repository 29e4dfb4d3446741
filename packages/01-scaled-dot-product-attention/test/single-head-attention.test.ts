import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  initSingleHead,
  type SingleHeadParams,
  scaledDotProductAttention,
  singleHeadAttention,
} from '../src/index.js';

const FN = 'singleHeadAttention';

/** Runs `fn` and returns the message it throws ('' if it does not throw). */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

function matrix(rows: number[][]): tf.Tensor2D {
  return tf.tensor2d(rows);
}

describe('initSingleHead', () => {
  it('makes wQ, wK [dModel, dK] and wV [dModel, dV], with dV defaulting to dK', () => {
    const a = initSingleHead({ dModel: 6, dK: 2, dV: 5, seed: 1 });
    expect([a.wQ.shape, a.wK.shape, a.wV.shape]).toEqual([
      [6, 2],
      [6, 2],
      [6, 5],
    ]);
    const b = initSingleHead({ dModel: 6, dK: 3, seed: 1 });
    expect(b.wV.shape).toEqual([6, 3]);
    tf.dispose([a, b]);
  });

  it('draws Glorot-uniform weights within ±sqrt(6 / (dModel + dK))', () => {
    // dModel = 64, dK = 32: limit = sqrt(6 / 96) = 0.25.
    const p = initSingleHead({ dModel: 64, dK: 32, seed: 3 });
    for (const w of [p.wQ, p.wK, p.wV]) {
      const values = Array.from(w.dataSync());
      expect(Math.max(...values.map(Math.abs))).toBeLessThanOrEqual(0.25);
      expect(Math.max(...values)).toBeGreaterThan(0.2);
      expect(Math.min(...values)).toBeLessThan(-0.2);
    }
    tf.dispose(p);
  });

  it('is deterministic per seed, and gives each matrix its own stream', () => {
    const a = initSingleHead({ dModel: 4, dK: 4, seed: 7 });
    const b = initSingleHead({ dModel: 4, dK: 4, seed: 7 });
    const c = initSingleHead({ dModel: 4, dK: 4, seed: 8 });
    const values = (t: tf.Tensor) => Array.from(t.dataSync());
    expect(values(a.wQ)).toEqual(values(b.wQ));
    expect(values(a.wV)).toEqual(values(b.wV));
    expect(values(a.wQ)).not.toEqual(values(c.wQ));
    expect(values(a.wQ)).not.toEqual(values(a.wK));
    expect(values(a.wK)).not.toEqual(values(a.wV));
    tf.dispose([a, b, c]);
  });

  it('names a bad size or seed', () => {
    expect(() => initSingleHead({ dModel: 4, dK: 0, seed: 1 })).toThrow(
      "initSingleHead: 'dK' must be a positive integer, got 0",
    );
    expect(() => initSingleHead({ dModel: 2.5, dK: 2, seed: 1 })).toThrow(
      "initSingleHead: 'dModel' must be a positive integer, got 2.5",
    );
    expect(() => initSingleHead({ dModel: 4, dK: 2, dV: -1, seed: 1 })).toThrow(
      "initSingleHead: 'dV' must be a positive integer, got -1",
    );
    expect(() => initSingleHead({ dModel: 4, dK: 2, seed: -1 })).toThrow(
      "initSingleHead: 'seed' must be an integer in [0, 2^32), got -1",
    );
  });

  it('leaves only the three tensors it returns', async () => {
    await expectNoLeaks(() => tf.dispose(initSingleHead({ dModel: 8, dK: 4, seed: 2 })));
    const live = tf.memory().numTensors;
    const p = initSingleHead({ dModel: 8, dK: 4, seed: 2 });
    expect(tf.memory().numTensors - live).toBe(3);
    tf.dispose(p);
  });
});

describe('singleHeadAttention', () => {
  describe('shapes', () => {
    it('self-attention: [seq, dModel] -> output [seq, dV], weights [seq, seq]', () => {
      const p = initSingleHead({ dModel: 6, dK: 4, dV: 3, seed: 1 });
      tf.tidy(() => {
        const { output, weights } = singleHeadAttention(p, seededNormal([5, 6], 2));
        expect(output.shape).toEqual([5, 3]);
        expect(weights.shape).toEqual([5, 5]);
      });
      tf.dispose(p);
    });

    it('cross-attention with leading dimensions: [2, seqQ, dModel] and [2, seqK, dModel]', () => {
      const p = initSingleHead({ dModel: 6, dK: 4, dV: 3, seed: 1 });
      tf.tidy(() => {
        const query = seededNormal([2, 3, 6], 2);
        const memory = seededNormal([2, 7, 6], 3);
        const { output, weights } = singleHeadAttention(p, query, memory);
        expect(output.shape).toEqual([2, 3, 3]);
        expect(weights.shape).toEqual([2, 3, 7]);
      });
      tf.dispose(p);
    });
  });

  describe('a hand-computed case', () => {
    it('projects with x·W, then attends', () => {
      // Two tokens x = [[1, 0], [0, 1]] (dModel = 2), dK = 1, dV = 2.
      //   q = x·wQ = x·[[2], [0]] = [[2], [0]]
      //   k = x·wK = x·[[1], [0]] = [[1], [0]]
      //   v = x·wV = x·[[1, 2], [3, 4]] = [[1, 2], [3, 4]]
      //   scores = q kᵀ / sqrt(1) = [[2, 0], [0, 0]]
      //   weights = [[a, b], [1/2, 1/2]] with a = e²/(e²+1) = 0.8808, b = 1/(e²+1) = 0.1192
      //   output  = [[a·1 + b·3, a·2 + b·4], [(1+3)/2, (2+4)/2]] = [[1 + 2b, 2 + 2b], [2, 3]]
      const a = Math.exp(2) / (Math.exp(2) + 1);
      const b = 1 / (Math.exp(2) + 1);
      tf.tidy(() => {
        const params: SingleHeadParams = {
          wQ: matrix([[2], [0]]),
          wK: matrix([[1], [0]]),
          wV: matrix([
            [1, 2],
            [3, 4],
          ]),
        };
        const x = matrix([
          [1, 0],
          [0, 1],
        ]);
        const { output, weights } = singleHeadAttention(params, x);
        expectClose(weights, [
          [a, b],
          [0.5, 0.5],
        ]);
        expectClose(output, [
          [1 + 2 * b, 2 + 2 * b],
          [2, 3],
        ]);
      });
    });
  });

  describe('defaults and invariants', () => {
    it('uses query for key and value when both are left out, and key for value', () => {
      const p = initSingleHead({ dModel: 4, dK: 3, seed: 5 });
      tf.tidy(() => {
        const x = seededNormal([2, 3, 4], 6);
        const memory = seededNormal([2, 5, 4], 7);
        const self = singleHeadAttention(p, x);
        const explicit = singleHeadAttention(p, x, x, x);
        expectClose(self.output, explicit.output, { atol: 0, rtol: 0 });
        const cross = singleHeadAttention(p, x, memory);
        const crossExplicit = singleHeadAttention(p, x, memory, memory);
        expectClose(cross.output, crossExplicit.output, { atol: 0, rtol: 0 });
      });
      tf.dispose(p);
    });

    it('with identity projections equals scaled dot-product attention on the inputs', () => {
      tf.tidy(() => {
        const eye = tf.eye(4) as tf.Tensor2D;
        const params = { wQ: eye, wK: eye, wV: eye };
        const x = seededNormal([2, 3, 4], 8);
        const m = seededNormal([2, 5, 4], 9);
        const head = singleHeadAttention(params, x, m);
        const plain = scaledDotProductAttention(x, m, m);
        expectClose(head.output, plain.output);
        expectClose(head.weights, plain.weights);
      });
    });

    it('passes the mask and masked-row policy through', () => {
      const p = initSingleHead({ dModel: 4, dK: 2, seed: 10 });
      tf.tidy(() => {
        const x = seededNormal([3, 4], 11);
        const mask = tf.tensor2d(
          [
            [true, false, false],
            [false, false, false],
            [true, true, true],
          ],
          undefined,
          'bool',
        );
        const zero = singleHeadAttention(p, x, undefined, undefined, { mask });
        const rows = zero.weights.arraySync() as number[][];
        expect(rows[0]).toEqual([1, 0, 0]);
        expect(rows[1]).toEqual([0, 0, 0]);
        const uniform = singleHeadAttention(p, x, undefined, undefined, {
          mask,
          maskedRows: 'uniform',
        });
        expectClose((uniform.weights.arraySync() as number[][])[1]!, [1 / 3, 1 / 3, 1 / 3]);
      });
      tf.dispose(p);
    });
  });

  describe('errors', () => {
    const p = () => initSingleHead({ dModel: 4, dK: 3, dV: 2, seed: 1 });
    const attempt = (
      make: () => {
        params: SingleHeadParams;
        query: tf.Tensor;
        key?: tf.Tensor;
        value?: tf.Tensor;
        mask?: tf.Tensor;
      },
    ) =>
      messageOf(() =>
        tf.tidy(() => {
          const { params, query, key, value, mask } = make();
          return singleHeadAttention(params, query, key, value, { mask });
        }),
      );

    it('names missing, non-matrix, mismatched or disposed params', () => {
      expect(
        attempt(() => {
          const { wQ, wV } = p();
          return { params: { wQ, wV } as SingleHeadParams, query: tf.zeros([3, 4]) };
        }),
      ).toBe(`${FN}: 'params.wK' must be a tensor, got undefined`);
      expect(
        attempt(() => ({
          params: { ...p(), wQ: tf.zeros([1, 4, 3]) as tf.Tensor as tf.Tensor2D },
          query: tf.zeros([3, 4]),
        })),
      ).toBe(`${FN}: 'params.wQ' must be a matrix [dModel, dK], got shape [1, 4, 3]`);
      expect(
        attempt(() => ({ params: { ...p(), wK: tf.zeros([4, 2]) }, query: tf.zeros([3, 4]) })),
      ).toBe(`${FN}: argument 'params.wK' must have shape [4, 3], got [4, 2]`);
      expect(
        attempt(() => ({ params: { ...p(), wV: tf.zeros([5, 2]) }, query: tf.zeros([3, 4]) })),
      ).toBe(`${FN}: argument 'params.wV' must have shape [4, *], got [5, 2]`);
      const disposed = p();
      tf.dispose(disposed);
      expect(attempt(() => ({ params: disposed, query: tf.zeros([3, 4]) }))).toBe(
        `${FN}: 'params.wQ' has been disposed`,
      );
    });

    it('names a query of rank below 2 or whose last axis is not dModel', () => {
      expect(attempt(() => ({ params: p(), query: tf.zeros([4]) }))).toBe(
        `${FN}: argument 'query' must have rank >= 2 ([..., seqQ, dModel]), got shape [4]`,
      );
      expect(attempt(() => ({ params: p(), query: tf.zeros([2, 3, 5]) }))).toBe(
        `${FN}: argument 'query' must have shape [*, *, 4], got [2, 3, 5]`,
      );
    });

    it('names a key or value that does not match the query', () => {
      expect(
        attempt(() => ({ params: p(), query: tf.zeros([2, 3, 4]), key: tf.zeros([3, 5, 4]) })),
      ).toBe(`${FN}: argument 'key' must have shape [2, *, 4], got [3, 5, 4]`);
      expect(
        attempt(() => ({ params: p(), query: tf.zeros([3, 4]), key: tf.zeros([2, 5, 4]) })),
      ).toBe(
        `${FN}: argument 'key' must have shape [*, 4], got [2, 5, 4] (rank 3, expected rank 2)`,
      );
      expect(
        attempt(() => ({
          params: p(),
          query: tf.zeros([2, 3, 4]),
          key: tf.zeros([2, 5, 4]),
          value: tf.zeros([2, 6, 4]),
        })),
      ).toBe(`${FN}: argument 'value' must have shape [2, 5, 4], got [2, 6, 4]`);
    });

    it('names a mask that does not broadcast to [..., seqQ, seqK]', () => {
      expect(
        attempt(() => ({
          params: p(),
          query: tf.zeros([2, 3, 4]),
          key: tf.zeros([2, 5, 4]),
          mask: tf.ones([3, 3], 'bool'),
        })),
      ).toBe(
        `${FN}: argument 'mask' of shape [3, 3] does not broadcast to the attention weights' ` +
          'shape [2, 3, 5]',
      );
    });
  });

  describe('no leaks', () => {
    it('frees every intermediate, and everything when it throws', async () => {
      const p = initSingleHead({ dModel: 4, dK: 3, seed: 12 });
      const x = seededNormal([2, 3, 4], 13);
      const m = seededNormal([2, 5, 4], 14);
      const mask = tf.tensor1d([1, 1, 0, 1, 0]);
      const wrong = tf.zeros([2, 3, 5]);
      await expectNoLeaks(() => tf.dispose(singleHeadAttention(p, x)), 'self-attention');
      await expectNoLeaks(
        () => tf.dispose(singleHeadAttention(p, x, m, m, { mask, maskedRows: 'uniform' })),
        'cross-attention with a mask',
      );
      await expectNoLeaks(() => expect(() => singleHeadAttention(p, wrong)).toThrow(), 'error');
      tf.dispose([p, x, m, mask, wrong]);
    });
  });
});
