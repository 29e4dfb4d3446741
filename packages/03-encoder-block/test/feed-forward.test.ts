import { seededNormal } from '@mha/runtime';
import { registerGradients } from '@mha/runtime/gradients';
import { backendsPresent, expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type Activation, type FeedForwardParams, feedForward } from '../src/index.js';
import { FIXTURE_TOLERANCE, loadCases, type Nested, tensor } from './support.js';

// tfjs-core alone registers no gradient functions: test with @mha/runtime's own.
registerGradients();

interface FeedForwardCase {
  name: string;
  activation: Activation;
  params: { w1: Nested; b1: number[]; w2: Nested; b2: number[] };
  x: Nested;
  y: Nested;
}

const cases = loadCases<FeedForwardCase>('feed-forward.json');
const backends = await backendsPresent();
const initialBackend = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initialBackend);
});

/** W₁ = W₂ = I and zero biases, so FFN(x) is the activation itself. */
function identityParams(d: number): FeedForwardParams {
  return { w1: tf.eye(d), b1: tf.zeros([d]), w2: tf.eye(d), b2: tf.zeros([d]) };
}

function seededParams(dModel: number, dFF: number, seed: number): FeedForwardParams {
  return {
    w1: seededNormal([dModel, dFF], seed) as tf.Tensor2D,
    b1: seededNormal([dFF], seed + 1) as tf.Tensor1D,
    w2: seededNormal([dFF, dModel], seed + 2) as tf.Tensor2D,
    b2: seededNormal([dModel], seed + 3) as tf.Tensor1D,
  };
}

describe('feedForward', () => {
  it('keeps the shape of x, [batch, seq, dModel] or any [..., dModel]', () => {
    tf.tidy(() => {
      const params = seededParams(4, 10, 1);
      for (const shape of [[4], [3, 4], [2, 3, 4], [2, 1, 3, 4]]) {
        expect(feedForward(params, tf.ones(shape)).shape).toEqual(shape);
      }
    });
  });

  it('matches a relu case computed by hand', () => {
    // W₁ = [[1, 0, −1], [0, 1, 1]], b₁ = [0, 0, −0.5], W₂ = [[1, 0], [0, 1], [2, −2]], b₂ = [0.1, 0].
    // x = [1, 2]:    xW₁ + b₁ = [1, 2, 1 − 0.5] = [1, 2, 0.5]; relu keeps it;
    //                ·W₂ = [1 + 2·0.5, 2 − 2·0.5] = [2, 1]; + b₂ = [2.1, 1].
    // x = [−1, 0.5]: xW₁ + b₁ = [−1, 0.5, 1.5 − 0.5] = [−1, 0.5, 1]; relu → [0, 0.5, 1];
    //                ·W₂ = [2·1, 0.5 − 2·1] = [2, −1.5]; + b₂ = [2.1, −1.5].
    tf.tidy(() => {
      const params: FeedForwardParams = {
        w1: tf.tensor2d([
          [1, 0, -1],
          [0, 1, 1],
        ]),
        b1: tf.tensor1d([0, 0, -0.5]),
        w2: tf.tensor2d([
          [1, 0],
          [0, 1],
          [2, -2],
        ]),
        b2: tf.tensor1d([0.1, 0]),
      };
      const x = tf.tensor3d([[[1, 2]], [[-1, 0.5]]]); // [batch 2, seq 1, dModel 2]
      expectClose(feedForward(params, x), [[[2.1, 1]], [[2.1, -1.5]]]);
    });
  });

  it("computes exact gelu, x·Φ(x), with activation 'gelu'", () => {
    // GELU(x) = x/2·(1 + erf(x/√2)); with identity weights FFN(x) = GELU(x).
    // GELU(−3) = −0.0040496941, GELU(−1) = −0.1586552539, GELU(0) = 0,
    // GELU(1) = 0.8413447461, GELU(2) = 1.9544997361 (erf from a table, to 10 digits).
    // The tanh approximation gives GELU(1) = 0.8411919906, which this tolerance rejects.
    tf.tidy(() => {
      const y = feedForward(identityParams(5), tf.tensor2d([[-3, -1, 0, 1, 2]]), {
        activation: 'gelu',
      });
      expectClose(y, [[-0.0040496941, -0.1586552539, 0, 0.8413447461, 1.9544997361]], {
        atol: 1e-6,
        rtol: 0,
      });
    });
  });

  it('saturates cleanly for huge inputs: gelu(±1e4) = 1e4 and 0, relu likewise', () => {
    tf.tidy(() => {
      for (const activation of ['relu', 'gelu'] as const) {
        const y = feedForward(identityParams(2), tf.tensor2d([[1e4, -1e4]]), { activation });
        expectClose(y, [[1e4, 0]], { atol: 0, rtol: 1e-7, label: activation });
      }
    });
  });

  it('treats every position alone: permuting tokens permutes the outputs', () => {
    tf.tidy(() => {
      const params = seededParams(4, 6, 7);
      const x = seededNormal([1, 5, 4], 8);
      const order = tf.tensor1d([3, 0, 4, 1, 2], 'int32');
      const permutedFirst = feedForward(params, tf.gather(x, order, 1));
      const permutedAfter = tf.gather(feedForward(params, x), order, 1);
      expectClose(permutedFirst, permutedAfter);
    });
  });

  describe.each(backends)('matches PyTorch on the %s backend', (backend) => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
      await tf.setBackend(backend);
      tf.tidy(() => {
        const params: FeedForwardParams = {
          w1: tensor(c.params.w1),
          b1: tf.tensor1d(c.params.b1),
          w2: tensor(c.params.w2),
          b2: tf.tensor1d(c.params.b2),
        };
        const y = feedForward(params, tensor(c.x), { activation: c.activation });
        expectClose(y, c.y, { ...FIXTURE_TOLERANCE, label: c.name });
      });
    });
  });

  it('drops hidden units only when training, with a seeded pattern', () => {
    tf.tidy(() => {
      const params = seededParams(4, 64, 3);
      const x = seededNormal([2, 3, 4], 4);
      const plain = feedForward(params, x);
      const off = feedForward(params, x, { dropoutRate: 0.5, seed: 1 }); // training defaults to false
      expectClose(off, plain, { atol: 0, rtol: 0, label: 'training false ignores dropout' });
      const a = feedForward(params, x, { dropoutRate: 0.5, training: true, seed: 1 });
      const b = feedForward(params, x, { dropoutRate: 0.5, training: true, seed: 1 });
      const c = feedForward(params, x, { dropoutRate: 0.5, training: true, seed: 2 });
      expectClose(a, b, { atol: 0, rtol: 0, label: 'same seed, same result' });
      expect(tf.max(tf.abs(tf.sub(a, plain))).dataSync()[0]).toBeGreaterThan(1e-3);
      expect(tf.max(tf.abs(tf.sub(a, c))).dataSync()[0]).toBeGreaterThan(1e-3);
    });
  });

  it('drops after the activation: with W₁ = W₂ = I, dropout(relu(x)) keeps relu(x)/(1 − p) or 0', () => {
    tf.tidy(() => {
      const x = tf.tensor2d([[1, 2, 3, 4, -1, -2, 5, 6]]);
      const y = feedForward(identityParams(8), x, { dropoutRate: 0.5, training: true, seed: 9 });
      const values = Array.from(y.dataSync());
      const relu = [1, 2, 3, 4, 0, 0, 5, 6];
      values.forEach((v, j) => {
        expect([0, 2 * relu[j]!]).toContain(v);
      });
      expect(values.filter((v) => v === 0).length).toBeGreaterThan(2); // the two negatives and some drops
    });
  });

  it('accepts tf.Variable parameters and passes gradients to all of them', () => {
    tf.tidy(() => {
      const params = seededParams(3, 5, 12);
      const variables = {
        w1: tf.variable(params.w1),
        b1: tf.variable(params.b1),
        w2: tf.variable(params.w2),
        b2: tf.variable(params.b2),
      };
      const x = seededNormal([2, 4, 3], 13);
      for (const activation of ['relu', 'gelu'] as const) {
        const { grads } = tf.variableGrads(() =>
          tf.sum(tf.square(feedForward(variables, x, { activation }))),
        );
        for (const v of Object.values(variables)) {
          const norm = tf.norm(grads[v.name]!).dataSync()[0]!;
          expect(norm, `${activation}: gradient of ${v.name}`).toBeGreaterThan(0);
          expect(Number.isFinite(norm)).toBe(true);
        }
      }
      tf.dispose(Object.values(variables));
    });
  });

  it('rejects parameters that do not fit x or each other, naming both shapes', () => {
    tf.tidy(() => {
      const good = seededParams(4, 6, 1);
      const x = tf.zeros([2, 3, 4]);
      expect(() => feedForward({ ...good, w1: tf.zeros([5, 6]) }, x)).toThrow(
        "feedForward: argument 'params.w1' must have shape [4, *], got [5, 6]",
      );
      expect(() => feedForward({ ...good, b1: tf.zeros([4]) }, x)).toThrow(
        "feedForward: argument 'params.b1' must have shape [6], got [4]",
      );
      expect(() => feedForward({ ...good, w2: tf.zeros([6, 5]) }, x)).toThrow(
        "feedForward: argument 'params.w2' must have shape [6, 4], got [6, 5]",
      );
      expect(() => feedForward({ ...good, b2: tf.zeros([6]) }, x)).toThrow(
        "feedForward: argument 'params.b2' must have shape [4], got [6]",
      );
      expect(() => feedForward(good, tf.scalar(1))).toThrow(
        "feedForward: argument 'x' must have rank >= 1 ([..., dModel]), got shape []",
      );
    });
  });

  it('rejects bad options', () => {
    tf.tidy(() => {
      const params = seededParams(2, 2, 1);
      const x = tf.zeros([1, 2]);
      expect(() => feedForward(params, x, { activation: 'tanh' as Activation })).toThrow(
        "feedForward: option 'activation' must be one of relu, gelu, got 'tanh'",
      );
      expect(() => feedForward(params, x, { dropoutRate: 1 })).toThrow(
        "feedForward: option 'dropoutRate' must be in [0, 1), got 1",
      );
      expect(() => feedForward(params, x, { dropoutRate: 0.1, training: true })).toThrow(
        "feedForward: option 'seed' is required when training with dropoutRate > 0 " +
          '(got dropoutRate 0.1, seed undefined)',
      );
    });
  });

  it('leaks no tensors, in inference and in training', async () => {
    const params = seededParams(4, 8, 2);
    const x = seededNormal([2, 3, 4], 5);
    await expectNoLeaks(() => feedForward(params, x).dispose(), 'inference');
    const options = { activation: 'gelu', dropoutRate: 0.2, training: true, seed: 3 } as const;
    await expectNoLeaks(() => {
      const loss = (w1: tf.Tensor, input: tf.Tensor) =>
        tf.sum(feedForward({ ...params, w1: w1 as tf.Tensor2D }, input, options));
      tf.dispose(tf.grads(loss)([params.w1, x]));
    }, 'training');
    tf.dispose([params.w1, params.b1, params.w2, params.b2, x]);
  });
});
