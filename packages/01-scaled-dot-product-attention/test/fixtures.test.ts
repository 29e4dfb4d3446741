// Golden values from PyTorch (scripts/make_fixtures.py, float64 reference on
// float32-rounded inputs), checked on every backend present.
//
// Tolerance: |actual - expected| <= atol + rtol·|expected| with rtol = 1e-5, plus
// atol = 1e-6 for entries near zero (an output that is a near-cancelling sum has
// no meaningful relative error in float32). Values and gradients use the same.
import type { BackendName } from '@mha/runtime';
import {
  backendsPresent,
  expectClose,
  type FixtureValue,
  nanFromNull,
  readFixtureCases,
} from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core alone has no gradient functions; @tensorflow/tfjs registers them with this import.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type MaskedRowPolicy,
  type SingleHeadParams,
  scaledDotProductAttention,
  singleHeadAttention,
} from '../src/index.js';

type Nested = FixtureValue;

interface AttentionCase {
  name: string;
  q: Nested;
  k: Nested;
  v: Nested;
  mask: Nested;
  maskDtype: 'bool' | 'float32';
  maskedRows: MaskedRowPolicy;
  output: Nested;
  weights: Nested;
  grads?: { cotangent: Nested; q: Nested; k: Nested; v: Nested };
}

interface SingleHeadCase {
  name: string;
  query: Nested;
  key: Nested;
  params: { wQ: Nested; wK: Nested; wV: Nested };
  mask: Nested;
  output: Nested;
  weights: Nested;
}

function rank(value: Nested): number {
  return Array.isArray(value) ? 1 + rank(value[0]!) : 0;
}

function tensor(value: Nested, dtype: 'float32' | 'bool' = 'float32'): tf.Tensor {
  return tf.tensor(nanFromNull(value) as number[], undefined, dtype);
}

const TOLERANCE = { rtol: 1e-5, atol: 1e-6 };

const attentionCases = readFixtureCases<AttentionCase>(
  new URL('./fixtures/scaled-dot-product-attention.json', import.meta.url),
);
const singleHeadCases = readFixtureCases<SingleHeadCase>(
  new URL('./fixtures/single-head-attention.json', import.meta.url),
);
const backends: BackendName[] = await backendsPresent();
const initial = tf.getBackend();

afterAll(async () => {
  await tf.setBackend(initial);
});

describe('PyTorch fixtures', () => {
  it('cover every masked-row policy, masks that broadcast and leading ranks 0, 1 and 2', () => {
    expect(new Set(attentionCases.map((c) => c.maskedRows))).toEqual(
      new Set(['zero', 'uniform', 'nan']),
    );
    const leadRanks = attentionCases.map((c) => rank(c.q) - 2);
    expect(new Set(leadRanks)).toEqual(new Set([0, 1, 2]));
    expect(attentionCases.some((c) => c.mask !== null && c.maskDtype === 'float32')).toBe(true);
    expect(backends.length).toBeGreaterThan(0);
  });

  describe.each(backends)('on the %s backend', (backend) => {
    beforeAll(async () => {
      await tf.setBackend(backend);
    });

    describe('scaledDotProductAttention', () => {
      it.each(attentionCases.map((c) => [c.name, c] as const))('%s', (_, c) => {
        tf.tidy(() => {
          const mask = c.mask === null ? undefined : tensor(c.mask, c.maskDtype);
          const { output, weights } = scaledDotProductAttention(
            tensor(c.q),
            tensor(c.k),
            tensor(c.v),
            { mask, maskedRows: c.maskedRows },
          );
          expectClose(weights, nanFromNull(c.weights), { ...TOLERANCE, label: 'weights' });
          expectClose(output, nanFromNull(c.output), { ...TOLERANCE, label: 'output' });
        });
      });

      const withGrads = attentionCases.filter((c) => c.grads !== undefined);
      it.each(withGrads.map((c) => [c.name, c] as const))('gradients: %s', (_, c) => {
        tf.tidy(() => {
          const grads = c.grads!;
          const mask = c.mask === null ? undefined : tensor(c.mask, c.maskDtype);
          const cotangent = tensor(grads.cotangent);
          const loss = (q: tf.Tensor, k: tf.Tensor, v: tf.Tensor) =>
            tf.sum(
              tf.mul(
                scaledDotProductAttention(q, k, v, { mask, maskedRows: c.maskedRows }).output,
                cotangent,
              ),
            );
          const [dq, dk, dv] = tf.grads(loss)([tensor(c.q), tensor(c.k), tensor(c.v)]);
          expectClose(dq!, nanFromNull(grads.q), { ...TOLERANCE, label: 'dL/dq' });
          expectClose(dk!, nanFromNull(grads.k), { ...TOLERANCE, label: 'dL/dk' });
          expectClose(dv!, nanFromNull(grads.v), { ...TOLERANCE, label: 'dL/dv' });
        });
      });
    });

    describe('singleHeadAttention', () => {
      it.each(singleHeadCases.map((c) => [c.name, c] as const))('%s', (_, c) => {
        tf.tidy(() => {
          const params: SingleHeadParams = {
            wQ: tensor(c.params.wQ) as tf.Tensor2D,
            wK: tensor(c.params.wK) as tf.Tensor2D,
            wV: tensor(c.params.wV) as tf.Tensor2D,
          };
          const query = tensor(c.query);
          const key = c.key === null ? undefined : tensor(c.key);
          const mask = c.mask === null ? undefined : tensor(c.mask, 'bool');
          const { output, weights } = singleHeadAttention(params, query, key, undefined, { mask });
          expectClose(weights, nanFromNull(c.weights), { ...TOLERANCE, label: 'weights' });
          expectClose(output, nanFromNull(c.output), { ...TOLERANCE, label: 'output' });
        });
      });
    });
  });
});
