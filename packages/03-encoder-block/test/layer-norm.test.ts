import { seededNormal } from '@mha/runtime';
import { registerGradients } from '@mha/runtime/gradients';
import { backendsPresent, expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type LayerNormParams, layerNorm } from '../src/index.js';
import { FIXTURE_TOLERANCE, loadCases, type Nested, tensor } from './support.js';

// tfjs-core alone registers no gradient functions: test with @mha/runtime's own.
registerGradients();

interface LayerNormCase {
  name: string;
  x: Nested;
  gamma: number[];
  beta: number[];
  epsilon: number;
  y: Nested;
}

const cases = loadCases<LayerNormCase>('layer-norm.json');
const backends = await backendsPresent();
const initialBackend = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initialBackend);
});

function identityParams(dModel: number): LayerNormParams {
  return { gamma: tf.ones([dModel]), beta: tf.zeros([dModel]) };
}

describe('layerNorm', () => {
  it('keeps the shape of x, for any rank >= 1', () => {
    tf.tidy(() => {
      const params = identityParams(6);
      for (const shape of [[6], [3, 6], [2, 3, 6], [2, 2, 3, 6]]) {
        expect(layerNorm(params, tf.ones(shape)).shape).toEqual(shape);
      }
    });
  });

  it('matches a case computed by hand', () => {
    // x = [1, 2, 3, 4]: μ = 2.5, σ² = (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25 (biased),
    // √(σ² + 1e-5) = 1.1180384609, so x̂ = [−1.5, −0.5, 0.5, 1.5] / 1.1180384609
    //   = [−1.3416354200, −0.4472118067, 0.4472118067, 1.3416354200].
    // γ = [1, 2, 1, 0.5], β = [0, 0, 1, −1]:
    //   y = [−1.3416354200, −0.8944236133, 1.4472118067, −0.3291822900].
    tf.tidy(() => {
      const params = { gamma: tf.tensor1d([1, 2, 1, 0.5]), beta: tf.tensor1d([0, 0, 1, -1]) };
      const y = layerNorm(params, tf.tensor2d([[1, 2, 3, 4]]));
      expectClose(y, [[-1.34163542, -0.894423613, 1.447211807, -0.32918229]]);
    });
  });

  it('divides by √(σ² + ε): epsilon = 1 on x = [1, −1] gives x / √2', () => {
    // μ = 0, σ² = 1, so x̂ = x / √(1 + 1) = [0.7071067812, −0.7071067812].
    tf.tidy(() => {
      const y = layerNorm(identityParams(2), tf.tensor1d([1, -1]), { epsilon: 1 });
      expectClose(y, [Math.SQRT1_2, -Math.SQRT1_2]); // 1/√2 = 0.7071067812
    });
  });

  it('gives every row mean 0 and variance 1 (γ = 1, β = 0)', () => {
    tf.tidy(() => {
      const x = tf.add(tf.mul(seededNormal([4, 5, 32], 11), 3), 7); // mean 7, std 3
      const y = layerNorm(identityParams(32), x);
      const { mean, variance } = tf.moments(y, -1);
      // The variance is σ²/(σ² + ε), within 1e-5·/σ² of 1.
      expectClose(mean, tf.zeros([4, 5]), { atol: 1e-5, rtol: 0, label: 'row means' });
      expectClose(variance, tf.ones([4, 5]), { atol: 1e-4, rtol: 0, label: 'row variances' });
    });
  });

  it('ignores a row-wise shift and a positive scale of its input', () => {
    tf.tidy(() => {
      const params = {
        gamma: seededNormal([8], 1) as tf.Tensor1D,
        beta: seededNormal([8], 2) as tf.Tensor1D,
      };
      const x = seededNormal([3, 8], 3);
      const moved = tf.add(tf.mul(x, 4), tf.tensor2d([[10], [-3], [0.5]]));
      expectClose(layerNorm(params, moved), layerNorm(params, x), { atol: 1e-5, rtol: 1e-5 });
    });
  });

  it('returns β for a constant row (σ² = 0), without NaN', () => {
    tf.tidy(() => {
      const params = { gamma: tf.tensor1d([2, 3, 4]), beta: tf.tensor1d([0.5, -1, 0]) };
      const y = layerNorm(params, tf.tensor2d([[7, 7, 7]]));
      expectClose(y, [[0.5, -1, 0]]);
    });
  });

  it('stays accurate for rows with a large common offset', () => {
    // 1e4 + [−1, 0, 1, 2] normalises like [−1, 0, 1, 2]: μ = 0.5, σ² = 1.25,
    // x̂ = [−1.5, −0.5, 0.5, 1.5] / 1.1180384609. The variance is taken from the centred
    // values, so it does not suffer the cancellation of E[x²] − μ². (Here every sum is exact in
    // float32; with non-integer entries the float32 sum behind μ limits the accuracy to about
    // offset × 1e-7 on backends that sum in float32, such as wasm.)
    tf.tidy(() => {
      const y = layerNorm(identityParams(4), tf.tensor2d([[9999, 10000, 10001, 10002]]));
      expectClose(y, [[-1.34163542, -0.447211807, 0.447211807, 1.34163542]], {
        atol: 1e-5,
        rtol: 0,
      });
    });
  });

  describe.each(backends)('matches PyTorch F.layer_norm on the %s backend', (backend) => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
      await tf.setBackend(backend);
      tf.tidy(() => {
        const params = { gamma: tf.tensor1d(c.gamma), beta: tf.tensor1d(c.beta) };
        const y = layerNorm(params, tensor(c.x), { epsilon: c.epsilon });
        expectClose(y, c.y, { ...FIXTURE_TOLERANCE, label: c.name });
      });
    });
  });

  it('accepts tf.Variable parameters and passes gradients to γ, β and x', () => {
    // With L = Σ y: ∂L/∂β_j = number of rows (each β_j is added once per row), and
    // ∂L/∂γ_j = Σ_rows x̂_j. With γ = 1 the gradient through x is 0: Σ_j x̂_j = 0 for any x.
    tf.tidy(() => {
      const gamma = tf.variable(tf.tensor1d([1, 2, 3]));
      const beta = tf.variable(tf.tensor1d([0, 0, 0]));
      const x = tf.tensor2d([
        [1, 2, 4],
        [0, -1, 1],
      ]);
      const loss = () => tf.sum(layerNorm({ gamma, beta }, x)) as tf.Scalar;
      const { grads } = tf.variableGrads(loss, [gamma, beta]);
      expectClose(grads[beta.name]!, [2, 2, 2]);
      const normalised = layerNorm(identityParams(3), x);
      expectClose(grads[gamma.name]!, tf.sum(normalised, 0));
      const identity = identityParams(3);
      const dx = tf.grad((input: tf.Tensor) => tf.sum(layerNorm(identity, input)))(x);
      expectClose(dx, tf.zeros([2, 3]), { atol: 1e-5, rtol: 0 });
      tf.dispose([gamma, beta]);
    });
  });

  it('rejects parameters that do not match x, naming both shapes', () => {
    tf.tidy(() => {
      const x = tf.zeros([2, 3, 4]);
      expect(() => layerNorm({ gamma: tf.ones([5]), beta: tf.zeros([4]) }, x)).toThrow(
        "layerNorm: argument 'params.gamma' must have shape [4], got [5]",
      );
      const beta2d = tf.zeros([1, 4]) as tf.Tensor as tf.Tensor1D; // wrong on purpose
      expect(() => layerNorm({ gamma: tf.ones([4]), beta: beta2d }, x)).toThrow(
        "layerNorm: argument 'params.beta' must have shape [4], got [1, 4] (rank 2, expected rank 1)",
      );
    });
  });

  it('rejects a scalar x and a bad epsilon', () => {
    tf.tidy(() => {
      expect(() => layerNorm(identityParams(1), tf.scalar(1))).toThrow(
        "layerNorm: argument 'x' must have rank >= 1 ([..., dModel]), got shape []",
      );
      expect(() => layerNorm(identityParams(2), tf.ones([2]), { epsilon: -1 })).toThrow(
        "layerNorm: option 'epsilon' must be a finite number >= 0, got -1",
      );
    });
  });

  it('leaks no tensors, forwards or backwards', async () => {
    const params = identityParams(4);
    const x = tf.ones([2, 4]);
    await expectNoLeaks(() => layerNorm(params, x).dispose(), 'forward');
    await expectNoLeaks(
      () =>
        tf
          .grad((input: tf.Tensor) => tf.sum(layerNorm(params, input)))(x)
          .dispose(),
      'backward',
    );
    tf.dispose([params.gamma, params.beta, x]);
  });
});
