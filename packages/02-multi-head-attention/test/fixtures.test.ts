// Golden values from PyTorch 1.13 (scripts/make_fixtures.py): nn.MultiheadAttention with
// batch_first=True, bias=True, need_weights=True, average_attn_weights=False, its weights
// converted to this layout; and d2l's masked softmax for valid lengths. PyTorch's masks are
// converted with this package's converters, so each case also checks a converter.
// Checked on every backend present, output and per-head weights within 1e-4 absolute.
import {
  expectClose,
  type FixtureValue,
  nanFromNull,
  onEveryBackend,
  readFixtureCases,
} from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  combineMasks,
  fromAdditiveMask,
  fromTorchAttnMask,
  fromTorchKeyPaddingMask,
  fromValidLengths,
  type MultiHeadAttentionParams,
  multiHeadAttention,
} from '../src/index.js';

type Nested = FixtureValue;

interface MultiHeadCase {
  name: string;
  seqQ: number;
  seqK: number;
  dModel: number;
  numHeads: number;
  selfAttention: boolean;
  query: Nested;
  key: Nested | null;
  value: Nested | null;
  params: Record<'wQ' | 'wK' | 'wV' | 'wO' | 'bQ' | 'bK' | 'bV' | 'bO', Nested>;
  torch: { keyPaddingMask: Nested | null; attnMask: Nested | null; attnMaskIsFloat: boolean };
  maskedRows: 'zero' | 'nan';
  expected: { output: Nested; weights: Nested };
}

interface ValidLengthCase {
  name: string;
  validLens: number[] | number[][];
  seqK: number;
  q: Nested;
  k: Nested;
  v: Nested;
  expected: { output: Nested; weights: Nested };
}

function tensor(value: Nested, dtype: 'float32' | 'bool' = 'float32'): tf.Tensor {
  return tf.tensor(nanFromNull(value) as number[], undefined, dtype);
}

/** PyTorch's float attn_mask, rebuilt from the stored "is −∞" booleans. */
function additive(isMasked: Nested): tf.Tensor {
  return tf.tidy(() =>
    tf.where(tensor(isMasked, 'bool'), tf.scalar(Number.NEGATIVE_INFINITY), tf.scalar(0)),
  );
}

/** The case's masks, converted from PyTorch's conventions; undefined when it has none. */
function maskOf(c: MultiHeadCase): tf.Tensor | undefined {
  const { keyPaddingMask, attnMask, attnMaskIsFloat } = c.torch;
  const masks: tf.Tensor[] = [];
  if (keyPaddingMask !== null) {
    masks.push(fromTorchKeyPaddingMask(tensor(keyPaddingMask, 'bool') as tf.Tensor2D));
  }
  if (attnMask !== null) {
    const torchMask = attnMaskIsFloat ? additive(attnMask) : tensor(attnMask, 'bool');
    masks.push(fromTorchAttnMask(torchMask as tf.Tensor2D | tf.Tensor3D, { numHeads: c.numHeads }));
  }
  if (masks.length === 0) return undefined;
  return masks.length === 1 ? masks[0] : combineMasks(...masks);
}

const TOLERANCE = { atol: 1e-4, rtol: 0 };
const multiHeadCases = readFixtureCases<MultiHeadCase>(
  new URL('./fixtures/multi-head-attention.json', import.meta.url),
);
const validLengthCases = readFixtureCases<ValidLengthCase>(
  new URL('./fixtures/valid-lengths.json', import.meta.url),
);

describe('PyTorch nn.MultiheadAttention fixtures', () => {
  it('cover cross-attention, padding, causal, both, float and per-head masks, NaN rows', () => {
    const names = multiHeadCases.map((c) => c.name).join('\n');
    expect(multiHeadCases.some((c) => c.seqQ !== c.seqK)).toBe(true);
    expect(multiHeadCases.some((c) => c.torch.keyPaddingMask && c.torch.attnMask)).toBe(true);
    expect(multiHeadCases.some((c) => c.torch.attnMaskIsFloat)).toBe(true);
    expect(multiHeadCases.some((c) => c.maskedRows === 'nan')).toBe(true);
    expect(names).toContain('per-head 3-D');
  });

  for (const c of multiHeadCases) {
    it(`agrees on every backend: ${c.name}`, async () => {
      await onEveryBackend((backend) => {
        tf.tidy(() => {
          const p = c.params;
          const params: MultiHeadAttentionParams = {
            wQ: tensor(p.wQ) as tf.Tensor2D,
            wK: tensor(p.wK) as tf.Tensor2D,
            wV: tensor(p.wV) as tf.Tensor2D,
            wO: tensor(p.wO) as tf.Tensor2D,
            bQ: tensor(p.bQ) as tf.Tensor1D,
            bK: tensor(p.bK) as tf.Tensor1D,
            bV: tensor(p.bV) as tf.Tensor1D,
            bO: tensor(p.bO) as tf.Tensor1D,
          };
          const query = tensor(c.query) as tf.Tensor3D;
          const key = c.selfAttention ? query : (tensor(c.key!) as tf.Tensor3D);
          const value = c.selfAttention ? query : (tensor(c.value!) as tf.Tensor3D);
          const mask = maskOf(c);
          const { output, weights } = multiHeadAttention(params, query, key, value, {
            numHeads: c.numHeads,
            maskedRows: c.maskedRows,
            ...(mask === undefined ? {} : { mask }),
          });
          expectClose(output, nanFromNull(c.expected.output), {
            ...TOLERANCE,
            label: `${backend}, output`,
          });
          expectClose(weights, nanFromNull(c.expected.weights), {
            ...TOLERANCE,
            label: `${backend}, weights`,
          });
        });
      });
    });
  }

  it('agree through fromAdditiveMask too, with the float mask at rank 2', async () => {
    const c = multiHeadCases.find((x) => x.torch.attnMaskIsFloat)!;
    await onEveryBackend((backend) => {
      tf.tidy(() => {
        const p = c.params;
        const params = Object.fromEntries(
          Object.entries(p).map(([name, v]) => [name, tensor(v)]),
        ) as unknown as MultiHeadAttentionParams;
        const x = tensor(c.query) as tf.Tensor3D;
        const mask = fromAdditiveMask(additive(c.torch.attnMask!)); // [seqQ, seqK]
        const { output, weights } = multiHeadAttention(params, x, x, x, {
          numHeads: c.numHeads,
          mask,
        });
        expectClose(output, nanFromNull(c.expected.output), { ...TOLERANCE, label: backend });
        expectClose(weights, nanFromNull(c.expected.weights), { ...TOLERANCE, label: backend });
      });
    });
  });
});

describe('d2l valid-length fixtures', () => {
  for (const c of validLengthCases) {
    it(`agree through fromValidLengths and maskedRows 'uniform': ${c.name}`, async () => {
      await onEveryBackend((backend) => {
        tf.tidy(() => {
          // One head with identity projections and no biases is plain attention on q, k, v.
          const d = (tensor(c.q) as tf.Tensor3D).shape[2];
          const identity = tf.eye(d) as tf.Tensor2D;
          const params = { wQ: identity, wK: identity, wV: identity, wO: identity };
          const validLens = tf.tensor(c.validLens, undefined, 'int32') as tf.Tensor1D;
          const { output, weights } = multiHeadAttention(
            params,
            tensor(c.q) as tf.Tensor3D,
            tensor(c.k) as tf.Tensor3D,
            tensor(c.v) as tf.Tensor3D,
            { numHeads: 1, mask: fromValidLengths(validLens, c.seqK), maskedRows: 'uniform' },
          );
          expectClose(output, nanFromNull(c.expected.output), { ...TOLERANCE, label: backend });
          expectClose(tf.squeeze(weights, [1]), nanFromNull(c.expected.weights), {
            ...TOLERANCE,
            label: backend,
          });
        });
      });
    });
  }
});
