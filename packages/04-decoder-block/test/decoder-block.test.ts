import { paddingMask } from '@mha/multi-head-attention';
import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core alone registers no gradient functions; this import does.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { onEveryBackend } from '@mha/runtime/testing';
import { describe, expect, it } from 'vitest';
import { type DecoderBlockParams, decoderBlock, initDecoderBlock } from '../src/index.js';
import {
  type DecoderBlockJson,
  decoderBlockFromJson,
  FIXTURE_TOLERANCE,
  loadCases,
  type Nested,
  tensor,
} from './support.js';

interface DecoderBlockCase {
  name: string;
  normFirst: boolean;
  causal: boolean;
  activation: 'relu' | 'gelu';
  numHeads: number;
  tgtLengths: number[] | null;
  srcLengths: number[] | null;
  params: DecoderBlockJson;
  x: Nested;
  memory: Nested;
  output: Nested;
  selfAttentionWeights: Nested;
  crossAttentionWeights: Nested;
}

const cases = loadCases<DecoderBlockCase>('decoder-block.json');

/**
 * A block of width 2, one head, simple enough to follow by hand: every W^Q and W^K is 0, so
 * all scores are 0 and each query averages the values it may see; W^V = W^O = I; the
 * feed-forward network outputs 0 (W₂ = 0); every norm is the identity map.
 */
function handBlock(): DecoderBlockParams {
  const zero = tf.zeros([2, 2]) as tf.Tensor2D;
  const eye = tf.eye(2) as tf.Tensor2D;
  const norm = () => ({ gamma: tf.ones([2]) as tf.Tensor1D, beta: tf.zeros([2]) as tf.Tensor1D });
  return {
    selfAttention: { wQ: zero, wK: zero, wV: eye, wO: eye },
    norm1: norm(),
    crossAttention: { wQ: zero, wK: zero, wV: eye, wO: eye },
    norm2: norm(),
    feedForward: { w1: eye, b1: tf.zeros([2]), w2: zero, b2: tf.zeros([2]) },
    norm3: norm(),
  };
}

describe('decoderBlock', () => {
  it('returns output [batch, seqT, dModel] and both weights with their shapes', () => {
    tf.tidy(() => {
      const params = initDecoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 1 });
      const x = seededNormal([3, 4, 8], 2) as tf.Tensor3D;
      const memory = seededNormal([3, 6, 8], 3) as tf.Tensor3D;
      for (const normFirst of [false, true]) {
        const result = decoderBlock(params, x, memory, { numHeads: 2, normFirst });
        expect(result.output.shape).toEqual([3, 4, 8]);
        expect(result.selfAttentionWeights.shape).toEqual([3, 2, 4, 4]);
        expect(result.crossAttentionWeights.shape).toEqual([3, 2, 4, 6]);
      }
    });
  });

  it('pre-LN: matches a case computed by hand', () => {
    // x = [[1, 3], [3, −1]], memory = [[2, 0], [0, 4], [4, 2]] (one sequence).
    // Self-attention (causal, uniform): row 0 sees x₀ -> [1, 3]; row 1 averages -> [2, 1].
    // LN₁ of each row: [1, 3] -> [−1, 1]; [3, −1] -> [1, −1] (ε changes them by < 1e-5).
    //   MHA(LN₁(x)) rows: [−1, 1] and mean([−1, 1], [1, −1]) = [0, 0].
    //   h₁ = x + that = [[0, 4], [3, −1]].
    // Cross-attention reads LN₂(h₁) as queries only; keys score 0, so every row takes the mean
    //   memory [2, 2]: h₂ = h₁ + [2, 2] = [[2, 6], [5, 1]].
    // FFN outputs 0: y = h₂.
    tf.tidy(() => {
      const x = tf.tensor3d([
        [
          [1, 3],
          [3, -1],
        ],
      ]);
      const memory = tf.tensor3d([
        [
          [2, 0],
          [0, 4],
          [4, 2],
        ],
      ]);
      const result = decoderBlock(handBlock(), x, memory, { numHeads: 1, normFirst: true });
      expectClose(
        result.output,
        [
          [
            [2, 6],
            [5, 1],
          ],
        ],
        { atol: 1e-4 },
      );
      expectClose(result.selfAttentionWeights, [
        [
          [
            [1, 0],
            [0.5, 0.5],
          ],
        ],
      ]);
      expectClose(result.crossAttentionWeights, tf.fill([1, 1, 2, 3], 1 / 3));
    });
  });

  it('post-LN: matches a case computed by hand, with a memory mask', () => {
    // Same block, post-LN, memory position 2 masked out.
    // x + SelfMHA(x) = [[2, 6], [5, 1]] -> h₁ = LN₁ = [[−1, 1], [1, −1]].
    // Cross: mean of memory rows 0 and 1 = [1, 2]; h₁ + [1, 2] = [[0, 3], [2, 1]]
    //   -> h₂ = LN₂ = [[−1, 1], [1, −1]]; FFN 0 -> y = LN₃(h₂) = h₂.
    tf.tidy(() => {
      const x = tf.tensor3d([
        [
          [1, 3],
          [3, -1],
        ],
      ]);
      const memory = tf.tensor3d([
        [
          [2, 0],
          [0, 4],
          [4, 2],
        ],
      ]);
      const result = decoderBlock(handBlock(), x, memory, {
        numHeads: 1,
        memoryMask: paddingMask([2], 3),
      });
      expectClose(
        result.output,
        [
          [
            [-1, 1],
            [1, -1],
          ],
        ],
        { atol: 1e-4 },
      );
      expectClose(result.crossAttentionWeights, [
        [
          [
            [0.5, 0.5, 0],
            [0.5, 0.5, 0],
          ],
        ],
      ]);
    });
  });

  for (const c of cases) {
    it(`matches PyTorch nn.TransformerDecoderLayer on every backend: ${c.name}`, async () => {
      await onEveryBackend((backend) => {
        tf.tidy(() => {
          const params = decoderBlockFromJson(c.params);
          const x = tensor<tf.Tensor3D>(c.x);
          const memory = tensor<tf.Tensor3D>(c.memory);
          const seqT = x.shape[1];
          const seqS = memory.shape[1];
          const result = decoderBlock(params, x, memory, {
            numHeads: c.numHeads,
            causal: c.causal,
            selfMask: c.tgtLengths ? paddingMask(c.tgtLengths, seqT) : undefined,
            memoryMask: c.srcLengths ? paddingMask(c.srcLengths, seqS) : undefined,
            normFirst: c.normFirst,
            activation: c.activation,
          });
          const opts = (label: string) => ({ ...FIXTURE_TOLERANCE, label: `${backend} ${label}` });
          expectClose(result.output, c.output, opts('output'));
          expectClose(result.selfAttentionWeights, c.selfAttentionWeights, opts('self'));
          expectClose(result.crossAttentionWeights, c.crossAttentionWeights, opts('cross'));
        });
      });
    });
  }

  it('causal: changing a future target token changes no earlier output', () => {
    tf.tidy(() => {
      const params = initDecoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 4 });
      const x = seededNormal([2, 5, 8], 5) as tf.Tensor3D;
      const memory = seededNormal([2, 3, 8], 6) as tf.Tensor3D;
      // Replace position 3 of every sequence with something else.
      const changed = tf.concat(
        [tf.slice(x, [0, 0, 0], [2, 3, 8]), tf.mul(tf.slice(x, [0, 3, 0], [2, 2, 8]), -7)],
        1,
      ) as tf.Tensor3D;
      for (const normFirst of [false, true]) {
        const a = decoderBlock(params, x, memory, { numHeads: 2, normFirst }).output;
        const b = decoderBlock(params, changed, memory, { numHeads: 2, normFirst }).output;
        expectClose(tf.slice(b, [0, 0, 0], [2, 3, 8]), tf.slice(a, [0, 0, 0], [2, 3, 8]));
        const later = tf.max(tf.abs(tf.sub(b, a))).dataSync()[0]!;
        expect(later).toBeGreaterThan(1e-2); // positions 3 and 4 do change
        // Without the causal mask, position 0 sees the change.
        const c = decoderBlock(params, x, memory, { numHeads: 2, causal: false }).output;
        const d = decoderBlock(params, changed, memory, { numHeads: 2, causal: false }).output;
        const first = tf.max(tf.abs(tf.sub(tf.slice(c, 0, [2, 1, 8]), tf.slice(d, 0, [2, 1, 8]))));
        expect(first.dataSync()[0]).toBeGreaterThan(1e-3);
      }
    });
  });

  it('memory mask: changing a padded source position changes nothing', () => {
    tf.tidy(() => {
      const params = initDecoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 7 });
      const x = seededNormal([2, 4, 8], 8) as tf.Tensor3D;
      const memory = seededNormal([2, 5, 8], 9) as tf.Tensor3D;
      const noise = tf.mul(seededNormal([2, 2, 8], 10), 50);
      const changed = tf.concat([tf.slice(memory, 0, [2, 3, 8]), noise], 1) as tf.Tensor3D;
      const memoryMask = paddingMask([3, 3], 5);
      for (const normFirst of [false, true]) {
        const a = decoderBlock(params, x, memory, { numHeads: 2, memoryMask, normFirst });
        const b = decoderBlock(params, x, changed, { numHeads: 2, memoryMask, normFirst });
        expectClose(b.output, a.output);
        const unmasked = decoderBlock(params, x, changed, { numHeads: 2, normFirst }).output;
        expect(tf.max(tf.abs(tf.sub(unmasked, a.output))).dataSync()[0]).toBeGreaterThan(1e-2);
      }
    });
  });

  it('self mask: combines with the causal mask (padded target keys get weight 0)', () => {
    tf.tidy(() => {
      const params = initDecoderBlock({ dModel: 4, numHeads: 2, dFF: 8, seed: 11 });
      const x = seededNormal([2, 4, 4], 12) as tf.Tensor3D;
      const memory = seededNormal([2, 2, 4], 13) as tf.Tensor3D;
      const { selfAttentionWeights: w } = decoderBlock(params, x, memory, {
        numHeads: 2,
        selfMask: paddingMask([4, 2], 4),
      });
      const values = w.arraySync();
      for (let n = 0; n < 2; n++) {
        for (let h = 0; h < 2; h++) {
          for (let i = 0; i < 4; i++) {
            for (let j = 0; j < 4; j++) {
              const allowed = j <= i && j < [4, 2][n]!;
              if (!allowed) expect(values[n]![h]![i]![j]).toBe(0);
            }
            const sum = values[n]![h]![i]!.reduce((s, v) => s + v, 0);
            expect(sum).toBeCloseTo(1, 5);
          }
        }
      }
    });
  });

  it('agrees with a finite-difference gradient on a tiny block', () => {
    tf.tidy(() => {
      const params = initDecoderBlock({ dModel: 4, numHeads: 2, dFF: 6, seed: 21 });
      const x = seededNormal([1, 3, 4], 22) as tf.Tensor3D;
      const memory = seededNormal([1, 2, 4], 23) as tf.Tensor3D;
      const probe = seededNormal([1, 3, 4], 24);
      const loss = (xIn: tf.Tensor3D, mem: tf.Tensor3D) =>
        tf.sum(tf.mul(decoderBlock(params, xIn, mem, { numHeads: 2 }).output, probe));
      const [gx, gm] = tf.grads((a, b) => loss(a as tf.Tensor3D, b as tf.Tensor3D))([x, memory]);
      const h = 1e-2;
      for (const [which, input, grad] of [
        ['x', x, gx!],
        ['memory', memory, gm!],
      ] as const) {
        const analytic = grad.dataSync();
        const base = input.dataSync();
        for (let k = 0; k < base.length; k++) {
          const bump = (delta: number) => {
            const values = Float32Array.from(base);
            values[k]! += delta;
            const moved = tf.tensor3d(values, input.shape as [number, number, number]);
            const args = which === 'x' ? [moved, memory] : [x, moved];
            return loss(args[0]!, args[1]!).dataSync()[0]!;
          };
          const numeric = (bump(h) - bump(-h)) / (2 * h);
          expect(Math.abs(numeric - analytic[k]!), `${which}[${k}]`).toBeLessThan(
            2e-2 * Math.max(1, Math.abs(numeric)),
          );
        }
      }
    });
  });

  describe('errors', () => {
    const params = () => initDecoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 1 });
    it('rejects memory of another dModel or batch, naming both shapes', () => {
      tf.tidy(() => {
        const x = tf.zeros([2, 3, 8]) as tf.Tensor3D;
        expect(() => decoderBlock(params(), x, tf.zeros([2, 4, 6]), { numHeads: 2 })).toThrow(
          "decoderBlock: argument 'memory' must be [batch, seqS, dModel] with the batch and " +
            "dModel of 'x', got memory [2, 4, 6] and x [2, 3, 8]",
        );
        expect(() => decoderBlock(params(), x, tf.zeros([3, 4, 8]), { numHeads: 2 })).toThrow(
          'got memory [3, 4, 8] and x [2, 3, 8]',
        );
        expect(() => decoderBlock(params(), x, tf.zeros([4, 8]) as never, { numHeads: 2 })).toThrow(
          /decoderBlock: argument 'memory'.*\[4, 8\]/,
        );
      });
    });
    it('rejects a memoryMask or selfMask that does not fit', () => {
      tf.tidy(() => {
        const x = tf.zeros([2, 3, 8]) as tf.Tensor3D;
        const memory = tf.zeros([2, 4, 8]) as tf.Tensor3D;
        expect(() =>
          decoderBlock(params(), x, memory, { numHeads: 2, memoryMask: paddingMask([3, 2], 3) }),
        ).toThrow(
          "decoderBlock: argument 'memoryMask' of shape [2, 1, 1, 3] does not fit [seqQ, seqK] " +
            '= [3, 4], [batch, seqQ, seqK] = [2, 3, 4] or [batch, numHeads, seqQ, seqK] = ' +
            '[2, 2, 3, 4] (each axis may be 1)',
        );
        expect(() =>
          decoderBlock(params(), x, memory, { numHeads: 2, selfMask: tf.ones([3, 4], 'bool') }),
        ).toThrow("decoderBlock: argument 'selfMask' of shape [3, 4] does not fit");
      });
    });
    it('rejects a head count that does not divide dModel, and wrong parameters', () => {
      tf.tidy(() => {
        const x = tf.zeros([1, 3, 8]) as tf.Tensor3D;
        const memory = tf.zeros([1, 2, 8]) as tf.Tensor3D;
        expect(() => decoderBlock(params(), x, memory, { numHeads: 3 })).toThrow(
          "decoderBlock: option 'numHeads' must be a positive integer dividing dModel = 8",
        );
        const small = initDecoderBlock({ dModel: 4, numHeads: 2, dFF: 8, seed: 1 });
        expect(() => decoderBlock(small, x, memory, { numHeads: 2 })).toThrow(
          /decoderBlock: .*params\.selfAttention\.wQ/,
        );
      });
    });
    it('rejects a bad dropout setting', () => {
      tf.tidy(() => {
        const x = tf.zeros([1, 3, 8]) as tf.Tensor3D;
        const memory = tf.zeros([1, 2, 8]) as tf.Tensor3D;
        expect(() => decoderBlock(params(), x, memory, { numHeads: 2, dropoutRate: 1 })).toThrow(
          "decoderBlock: option 'dropoutRate' must be in [0, 1), got 1",
        );
        expect(() =>
          decoderBlock(params(), x, memory, { numHeads: 2, dropoutRate: 0.1, training: true }),
        ).toThrow("decoderBlock: option 'seed' is required");
      });
    });
  });

  it('dropout in training is seeded and off by default', () => {
    tf.tidy(() => {
      const params = initDecoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 1 });
      const x = seededNormal([1, 3, 8], 2) as tf.Tensor3D;
      const memory = seededNormal([1, 2, 8], 3) as tf.Tensor3D;
      const run = (seed: number) =>
        decoderBlock(params, x, memory, { numHeads: 2, dropoutRate: 0.3, training: true, seed });
      expectClose(run(5).output, run(5).output);
      expect(tf.max(tf.abs(tf.sub(run(5).output, run(6).output))).dataSync()[0]).toBeGreaterThan(0);
      const off = decoderBlock(params, x, memory, { numHeads: 2, dropoutRate: 0.3 });
      expectClose(off.output, decoderBlock(params, x, memory, { numHeads: 2 }).output);
    });
  });

  it('leaks no tensors', async () => {
    const params = initDecoderBlock({ dModel: 8, numHeads: 2, dFF: 16, seed: 1 });
    const x = seededNormal([2, 3, 8], 2) as tf.Tensor3D;
    const memory = seededNormal([2, 4, 8], 3) as tf.Tensor3D;
    const selfMask = paddingMask([3, 2], 3);
    const memoryMask = paddingMask([4, 1], 4);
    await expectNoLeaks(() => {
      const result = decoderBlock(params, x, memory, {
        numHeads: 2,
        selfMask,
        memoryMask,
        dropoutRate: 0.1,
        training: true,
        seed: 3,
      });
      tf.dispose(result);
    }, 'decoderBlock');
    tf.dispose([params, x, memory, selfMask, memoryMask] as tf.TensorContainer);
  });
});
