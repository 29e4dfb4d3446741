import { expectClose, nanFromNull, onEveryBackend, readFixtureCases } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, it } from 'vitest';
import {
  linearAttention,
  localAttention,
  memoryEfficientAttention,
  positiveRandomFeatures,
} from '../src/index.js';

// Expected outputs were computed by PyTorch in float64 from the formulas, written out in
// scripts/make_fixtures.py; nothing here was produced by this package.
type Nested = number[] | Nested[];
interface FixtureCase {
  kind: 'band' | 'masked' | 'linear' | 'favor';
  name: string;
  q: Nested;
  k: Nested;
  v: Nested;
  output: Nested;
  window?: number;
  causal?: boolean;
  mask?: boolean[];
  maskedRows?: 'zero' | 'uniform' | 'nan';
  projection?: number[][];
}

const cases = readFixtureCases<FixtureCase>(
  new URL('./fixtures/efficient-attention.json', import.meta.url),
);
const of = (kind: FixtureCase['kind']) => cases.filter((c) => c.kind === kind);
const tensor = (x: unknown) => tf.tensor(x as number[]);

describe('localAttention', () => {
  describe('PyTorch fixtures', () => {
    for (const c of of('band')) {
      it(c.name, () =>
        onEveryBackend((backend) => {
          tf.tidy(() => {
            const out = localAttention(tensor(c.q), tensor(c.k), tensor(c.v), {
              window: c.window!,
              causal: c.causal!,
            });
            expectClose(out, c.output, { atol: 2e-5, rtol: 1e-5, label: `${c.name} (${backend})` });
          });
        }),
      );
    }
  });
});

describe('memoryEfficientAttention', () => {
  describe('PyTorch fixtures', () => {
    for (const c of of('masked')) {
      for (const blockSize of [3, 4, 128]) {
        it(`${c.name}, blockSize ${blockSize}`, () =>
          onEveryBackend((backend) => {
            tf.tidy(() => {
              const out = memoryEfficientAttention(tensor(c.q), tensor(c.k), tensor(c.v), {
                blockSize,
                mask: tf.tensor(c.mask!, undefined, 'bool'),
                maskedRows: c.maskedRows!,
              });
              const expected = nanFromNull(c.output as never);
              expectClose(out, expected, {
                atol: 2e-5,
                rtol: 1e-5,
                label: `${c.name} (${backend})`,
              });
            });
          }));
      }
    }
  });
});

describe('linearAttention', () => {
  describe('PyTorch fixtures', () => {
    for (const c of of('linear')) {
      it(c.name, () =>
        onEveryBackend((backend) => {
          tf.tidy(() => {
            const out = linearAttention(tensor(c.q), tensor(c.k), tensor(c.v), {
              causal: c.causal!,
            });
            expectClose(out, c.output, { atol: 2e-5, rtol: 1e-5, label: `${c.name} (${backend})` });
          });
        }),
      );
    }
    for (const c of of('favor')) {
      it(`${c.name}, through a featureMap function`, () =>
        onEveryBackend((backend) => {
          tf.tidy(() => {
            const projection = tf.tensor2d(c.projection!);
            const featureMap = (x: tf.Tensor) => positiveRandomFeatures(x, projection);
            const out = linearAttention(tensor(c.q), tensor(c.k), tensor(c.v), {
              featureMap,
              causal: c.causal!,
            });
            expectClose(out, c.output, { atol: 2e-5, rtol: 1e-5, label: `${c.name} (${backend})` });
          });
        }));
    }
  });
});
