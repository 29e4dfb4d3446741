import { paddingMask } from '@mha/multi-head-attention';
import { seededNormal } from '@mha/runtime';
import { registerGradients } from '@mha/runtime/gradients';
import { backendsPresent, expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Activation,
  type EncoderBlockParams,
  encoderBlock,
  initEncoderBlock,
} from '../src/index.js';
import { type BlockJson, blockFromJson, type Nested, toVariables } from './block-params.js';
import { FIXTURE_TOLERANCE, loadCases, tensor } from './support.js';

// tfjs-core alone registers no gradient functions: test with @mha/runtime's own.
registerGradients();

interface EncoderBlockCase {
  name: string;
  normFirst: boolean;
  activation: Activation;
  numHeads: number;
  lengths: number[] | null;
  params: BlockJson;
  x: Nested;
  output: Nested;
  attentionWeights: Nested;
}

const cases = loadCases<EncoderBlockCase>('encoder-block.json');
const backends = await backendsPresent();
const initialBackend = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initialBackend);
});

/**
 * A block simple enough to follow by hand (dModel = 3, one head, dFF = 3):
 * wQ = wK = 0, so every score is 0 and each query averages the values it may see;
 * wV = wO = I, so attention returns the plain average of its input rows;
 * W₁ = W₂ = I with zero biases, so FFN(z) = relu(z); layer norms are the identity map.
 */
function handBlock(): EncoderBlockParams {
  const zero = tf.zeros([3, 3]) as tf.Tensor2D;
  const eye = tf.eye(3) as tf.Tensor2D;
  const norm = () => ({ gamma: tf.ones([3]) as tf.Tensor1D, beta: tf.zeros([3]) as tf.Tensor1D });
  return {
    attention: { wQ: zero, wK: zero, wV: eye, wO: eye },
    norm1: norm(),
    feedForward: { w1: eye, b1: tf.zeros([3]), w2: eye, b2: tf.zeros([3]) },
    norm2: norm(),
  };
}

const HAND_X = [
  [
    [1, 3, -1],
    [3, -1, 0],
  ],
]; // [batch 1, seq 2, dModel 3]

describe('encoderBlock', () => {
  it('returns output [batch, seq, dModel] and weights [batch, numHeads, seq, seq]', () => {
    tf.tidy(() => {
      const params = initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 1 });
      const x = seededNormal([3, 5, 8], 2) as tf.Tensor3D;
      for (const normFirst of [false, true]) {
        const { output, attentionWeights } = encoderBlock(params, x, { numHeads: 2, normFirst });
        expect(output.shape).toEqual([3, 5, 8]);
        expect(attentionWeights.shape).toEqual([3, 2, 5, 5]);
      }
    });
  });

  it('post-LN: matches a case computed by hand', () => {
    // MHA(x) = mean of the two rows = [2, 1, −0.5] for both queries.
    // x + MHA(x) = [[3, 4, −1.5], [5, 0, −0.5]]
    // h = LN₁(·): row 1 has μ = 1.8333, σ² = 5.7222 → [0.4877127, 0.9057521, −1.3934648];
    //             row 2 has μ = 1.5,    σ² = 5.1667 → [1.4094266, −0.6040400, −0.8053866].
    // h + relu(h) = [[0.9754254, 1.8115043, −1.3934648], [2.8188531, −0.6040400, −0.8053866]]
    // y = LN₂(·) = [[0.3764112, 0.9923569, −1.3687681], [1.4124825, −0.6457063, −0.7667762]]
    tf.tidy(() => {
      const { output, attentionWeights } = encoderBlock(handBlock(), tf.tensor3d(HAND_X), {
        numHeads: 1,
      });
      expectClose(attentionWeights, [
        [
          [
            [0.5, 0.5],
            [0.5, 0.5],
          ],
        ],
      ]);
      expectClose(output, [
        [
          [0.3764112, 0.9923569, -1.3687681],
          [1.4124825, -0.6457063, -0.7667762],
        ],
      ]);
    });
  });

  it('pre-LN: matches a case computed by hand', () => {
    // LN₁(x) = [[0, 1.2247426, −1.2247426], [1.3728106, −0.9805790, −0.3922316]]
    // MHA(LN₁(x)) = their mean = [0.6864053, 0.1220818, −0.8084871]
    // h = x + MHA = [[1.6864053, 3.1220818, −1.8084871], [3.6864053, −0.8779182, −0.8084871]]
    // LN₂(h) = [[0.3315025, 1.0248688, −1.3563713], [1.4140874, −0.7233004, −0.6907871]]
    // y = h + relu(LN₂(h)) = [[2.0179078, 4.1469506, −1.8084871], [5.1004927, −0.8779182, −0.8084871]]
    // The residual stream keeps its scale: pre-LN never normalises it.
    tf.tidy(() => {
      const { output } = encoderBlock(handBlock(), tf.tensor3d(HAND_X), {
        numHeads: 1,
        normFirst: true,
      });
      expectClose(output, [
        [
          [2.0179078, 4.1469506, -1.8084871],
          [5.1004927, -0.8779182, -0.8084871],
        ],
      ]);
    });
  });

  it('post-LN with a padding mask: matches a case computed by hand', () => {
    // lengths [1]: both queries may only see key 0, so MHA(x) = x₀ = [1, 3, −1] for both.
    // x + MHA = [[2, 6, −2], [4, 2, −1]]
    // h = LN₁(·) = [[0, 1.2247443, −1.2247443], [1.1355486, 0.1622212, −1.2977698]]
    // h + relu(h) = [[0, 2.4494886, −1.2247443], [2.2710972, 0.3244425, −1.2977698]]
    // y = LN₂(·) = [[−0.2672607, 1.3363033, −1.0690427], [1.2601209, −0.0741248, −1.1859961]]
    tf.tidy(() => {
      const { output, attentionWeights } = encoderBlock(handBlock(), tf.tensor3d(HAND_X), {
        numHeads: 1,
        mask: paddingMask([1], 2),
      });
      expectClose(attentionWeights, [
        [
          [
            [1, 0],
            [1, 0],
          ],
        ],
      ]);
      expectClose(output, [
        [
          [-0.2672607, 1.3363033, -1.0690427],
          [1.2601209, -0.0741248, -1.1859961],
        ],
      ]);
    });
  });

  it('post-LN: every output row has mean 0 and variance 1 while γ = 1, β = 0', () => {
    tf.tidy(() => {
      const params = initEncoderBlock({ dModel: 16, numHeads: 4, dFF: 32, seed: 3 });
      const x = tf.mul(seededNormal([2, 6, 16], 4), 5) as tf.Tensor3D;
      const { output } = encoderBlock(params, x, { numHeads: 4 });
      const { mean, variance } = tf.moments(output, -1);
      expectClose(mean, tf.zeros([2, 6]), { atol: 1e-5, rtol: 0, label: 'means' });
      expectClose(variance, tf.ones([2, 6]), { atol: 1e-3, rtol: 0, label: 'variances' });
    });
  });

  it('ignores padded positions: their contents never reach the valid ones', () => {
    tf.tidy(() => {
      const params = initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 5 });
      const lengths = [5, 2];
      const mask = paddingMask(lengths, 5);
      const x = seededNormal([2, 5, 8], 6) as tf.Tensor3D;
      // Overwrite the padded positions of sequence 2 (positions 2, 3, 4) with other values.
      const keep = tf.reshape(
        tf.tensor2d([
          [1, 1, 1, 1, 1],
          [1, 1, 0, 0, 0],
        ]),
        [2, 5, 1],
      );
      const noise = tf.mul(seededNormal([2, 5, 8], 7), 100);
      const changed = tf.add(tf.mul(x, keep), tf.mul(noise, tf.sub(1, keep))) as tf.Tensor3D;
      for (const normFirst of [false, true]) {
        const a = encoderBlock(params, x, { numHeads: 2, mask, normFirst });
        const b = encoderBlock(params, changed, { numHeads: 2, mask, normFirst });
        expectClose(
          tf.slice(b.output, [0, 0, 0], [2, 2, 8]),
          tf.slice(a.output, [0, 0, 0], [2, 2, 8]),
        );
        // and padded keys get weight exactly 0 in every head
        expectClose(
          tf.slice(a.attentionWeights, [1, 0, 0, 2], [1, 2, 5, 3]),
          tf.zeros([1, 2, 5, 3]),
          {
            atol: 0,
            rtol: 0,
          },
        );
      }
    });
  });

  it('is permutation-equivariant without a mask: permuting tokens permutes the outputs', () => {
    tf.tidy(() => {
      const params = initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 8 });
      const x = seededNormal([1, 4, 8], 9) as tf.Tensor3D;
      const order = tf.tensor1d([2, 0, 3, 1], 'int32');
      for (const normFirst of [false, true]) {
        const permutedFirst = encoderBlock(params, tf.gather(x, order, 1), {
          numHeads: 2,
          normFirst,
        });
        const permutedAfter = tf.gather(
          encoderBlock(params, x, { numHeads: 2, normFirst }).output,
          order,
          1,
        );
        expectClose(permutedFirst.output, permutedAfter, { atol: 1e-5, rtol: 1e-5 });
      }
    });
  });

  describe.each(backends)(
    'matches PyTorch nn.TransformerEncoderLayer on the %s backend',
    (backend) => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
        await tf.setBackend(backend);
        tf.tidy(() => {
          const mask =
            c.lengths === null ? undefined : paddingMask(c.lengths, tensor(c.x).shape[1]!);
          const { output, attentionWeights } = encoderBlock(blockFromJson(c.params), tensor(c.x), {
            numHeads: c.numHeads,
            normFirst: c.normFirst,
            activation: c.activation,
            mask,
          });
          expectClose(attentionWeights, c.attentionWeights, {
            ...FIXTURE_TOLERANCE,
            label: 'weights',
          });
          expectClose(output, c.output, { ...FIXTURE_TOLERANCE, label: 'output' });
        });
      });
    },
  );

  it('applies dropout only when training, repeatably for a seed', () => {
    tf.tidy(() => {
      const params = initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 32, seed: 10 });
      const x = seededNormal([2, 4, 8], 11) as tf.Tensor3D;
      const run = (options: { training?: boolean; seed?: number; dropoutRate?: number }) =>
        encoderBlock(params, x, { numHeads: 2, ...options }).output;
      const plain = run({});
      expectClose(run({ dropoutRate: 0.3 }), plain, { atol: 0, rtol: 0, label: 'inference' });
      expectClose(run({ dropoutRate: 0, training: true }), plain, {
        atol: 0,
        rtol: 0,
        label: 'rate 0',
      });
      const a = run({ dropoutRate: 0.3, training: true, seed: 1 });
      expectClose(run({ dropoutRate: 0.3, training: true, seed: 1 }), a, { atol: 0, rtol: 0 });
      const gap = (t: tf.Tensor, u: tf.Tensor) => tf.max(tf.abs(tf.sub(t, u))).dataSync()[0]!;
      expect(gap(a, plain)).toBeGreaterThan(1e-2);
      expect(gap(a, run({ dropoutRate: 0.3, training: true, seed: 2 }))).toBeGreaterThan(1e-2);
    });
  });

  it('accepts tf.Variable parameters and gives every one of them a gradient', () => {
    tf.tidy(() => {
      const { params, variables, paths } = toVariables(
        initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 12 }),
      );
      const x = seededNormal([2, 5, 8], 13) as tf.Tensor3D;
      const target = seededNormal([2, 5, 8], 14);
      for (const normFirst of [false, true]) {
        const loss = () =>
          tf.mean(
            tf.square(tf.sub(encoderBlock(params, x, { numHeads: 2, normFirst }).output, target)),
          ) as tf.Scalar;
        const { grads } = tf.variableGrads(loss, variables);
        variables.forEach((v, j) => {
          const norm = tf.norm(grads[v.name]!).dataSync()[0]!;
          const label = `normFirst ${normFirst}: ${paths[j]}`;
          if (paths[j] === 'attention.bK') {
            // bK adds q·bK to every score of query q, the same for all keys, and softmax
            // ignores a shift shared by a whole row: this gradient is 0 up to rounding.
            expect(norm, label).toBeLessThan(1e-6);
          } else {
            expect(Number.isFinite(norm) && norm > 1e-4, label).toBe(true);
          }
        });
      }
      tf.dispose(variables);
    });
  });

  it('has gradients that agree with central finite differences (tiny block)', () => {
    // L = Σ output ⊙ R for a fixed random R. For each parameter entry θ:
    //   (L(θ + ε) − L(θ − ε)) / 2ε  ≈  ∂L/∂θ, with error O(ε²) plus float32 rounding of about
    //   1e-7·|L|/ε. gelu keeps L smooth (relu's kink at 0 would spoil differences that straddle it).
    const epsilon = 1e-2;
    for (const normFirst of [false, true]) {
      const { params, variables, paths } = toVariables(
        initEncoderBlock({ dModel: 4, numHeads: 2, dFF: 6, seed: 21 }),
      );
      const x = seededNormal([1, 3, 4], 22) as tf.Tensor3D;
      const r = seededNormal([1, 3, 4], 23);
      const options = { numHeads: 2, normFirst, activation: 'gelu' as const };
      const lossValue = () =>
        tf.tidy(() => tf.sum(tf.mul(encoderBlock(params, x, options).output, r)).dataSync()[0]!);
      const { value, grads } = tf.variableGrads(
        () => tf.sum(tf.mul(encoderBlock(params, x, options).output, r)) as tf.Scalar,
        variables,
      );
      value.dispose();
      variables.forEach((v, k) => {
        const analytic = Array.from(grads[v.name]!.dataSync());
        const base = Array.from(v.dataSync());
        const numeric = base.map((_, j) => {
          const shifted = (delta: number) => {
            const values = base.slice();
            values[j] = base[j]! + delta;
            tf.tidy(() => v.assign(tf.tensor(values, v.shape)));
            return lossValue();
          };
          const difference = (shifted(epsilon) - shifted(-epsilon)) / (2 * epsilon);
          tf.tidy(() => v.assign(tf.tensor(base, v.shape)));
          return difference;
        });
        const label = `normFirst ${normFirst}: ${paths[k]}`;
        expectClose(analytic, numeric, { atol: 2e-3, rtol: 2e-2, label });
      });
      tf.dispose([...variables, ...Object.values(grads), x, r]);
    }
  });

  it('rejects an x that is not [batch, seq, dModel], or a numHeads that does not divide dModel', () => {
    tf.tidy(() => {
      const params = initEncoderBlock({ dModel: 6, numHeads: 2, dFF: 8, seed: 1 });
      expect(() =>
        encoderBlock(params, tf.zeros([5, 6]) as tf.Tensor as tf.Tensor3D, { numHeads: 2 }),
      ).toThrow(
        "encoderBlock: argument 'x' must have shape [*, *, *], got [5, 6] (rank 2, expected rank 3)",
      );
      expect(() => encoderBlock(params, tf.zeros([1, 5, 6]), { numHeads: 4 })).toThrow(
        "encoderBlock: option 'numHeads' must be a positive integer dividing dModel = 6 " +
          '(x has shape [1, 5, 6]), got 4',
      );
    });
  });

  it('rejects parameters that do not fit x, naming the parameter and both shapes', () => {
    tf.tidy(() => {
      const params = initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 1 });
      const x = tf.zeros([2, 5, 6]) as tf.Tensor3D; // dModel 6, parameters for 8
      expect(() => encoderBlock(params, x, { numHeads: 2 })).toThrow(
        "encoderBlock: argument 'params.attention.wQ' must have shape [6, 6], got [8, 8]",
      );
      const good = tf.zeros([2, 5, 8]) as tf.Tensor3D;
      const withBad = (patch: Partial<EncoderBlockParams>) => () =>
        encoderBlock({ ...params, ...patch }, good, { numHeads: 2 });
      expect(withBad({ attention: { ...params.attention, bV: tf.zeros([6]) } })).toThrow(
        "encoderBlock: argument 'params.attention.bV' must have shape [8], got [6]",
      );
      expect(withBad({ norm2: { ...params.norm2, gamma: tf.ones([7]) } })).toThrow(
        "encoderBlock: argument 'params.norm2.gamma' must have shape [8], got [7]",
      );
      expect(withBad({ feedForward: { ...params.feedForward, w2: tf.zeros([12, 8]) } })).toThrow(
        "encoderBlock: argument 'params.feedForward.w2' must have shape [16, 8], got [12, 8]",
      );
    });
  });

  it('rejects a mask that does not fit, naming both shapes and the accepted forms', () => {
    tf.tidy(() => {
      const params = initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 1 });
      const x = tf.zeros([2, 5, 8]) as tf.Tensor3D;
      expect(() => encoderBlock(params, x, { numHeads: 2, mask: paddingMask([7, 3], 7) })).toThrow(
        "encoderBlock: argument 'mask' of shape [2, 1, 1, 7] does not fit x [2, 5, 8] with 2 heads; " +
          'accepted: [seq, seq] = [5, 5], [batch, seq, seq] = [2, 5, 5] or ' +
          '[batch, numHeads, seq, seq] = [2, 2, 5, 5], each axis may be 1',
      );
      expect(() => encoderBlock(params, x, { numHeads: 2, mask: tf.ones([5], 'bool') })).toThrow(
        "encoderBlock: argument 'mask' of shape [5] does not fit x [2, 5, 8]",
      );
    });
  });

  it('rejects bad dropout options', () => {
    tf.tidy(() => {
      const params = initEncoderBlock({ dModel: 4, numHeads: 1, dFF: 4, seed: 1 });
      const x = tf.zeros([1, 2, 4]) as tf.Tensor3D;
      expect(() => encoderBlock(params, x, { numHeads: 1, dropoutRate: 1.5 })).toThrow(
        "encoderBlock: option 'dropoutRate' must be in [0, 1), got 1.5",
      );
      expect(() =>
        encoderBlock(params, x, { numHeads: 1, dropoutRate: 0.1, training: true }),
      ).toThrow("encoderBlock: option 'seed' is required when training with dropoutRate > 0");
    });
  });

  it('leaks no tensors, in inference and in training', async () => {
    const params = initEncoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 30 });
    const x = seededNormal([2, 5, 8], 31) as tf.Tensor3D;
    const mask = paddingMask([5, 3], 5);
    await expectNoLeaks(() => {
      const result = encoderBlock(params, x, { numHeads: 2, mask });
      tf.dispose([result.output, result.attentionWeights]);
    }, 'inference');
    const { params: trainable, variables } = toVariables(params);
    const options = { numHeads: 2, mask, dropoutRate: 0.1, training: true, seed: 4 };
    await expectNoLeaks(() => {
      const { value, grads } = tf.variableGrads(
        () => tf.mean(tf.square(encoderBlock(trainable, x, options).output)) as tf.Scalar,
        variables,
      );
      tf.dispose([value, ...Object.values(grads)]);
    }, 'training');
    tf.dispose([...variables, x, mask]);
  });
});
