import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import { scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  fromAdditiveMask,
  fromTorchAttnMask,
  fromTorchKeyPaddingMask,
  fromValidLengths,
} from '../src/index.js';

// Bool tensors read back as 1 and 0.
const T = 1;
const F = 0;
const NEG_INF = Number.NEGATIVE_INFINITY;

// Equivalence with PyTorch itself (nn.MultiheadAttention given the original masks) and with
// d2l's masked softmax is checked in fixtures.test.ts.

describe('fromTorchKeyPaddingMask', () => {
  it('flips polarity and adds the head and query axes (worked by hand)', () => {
    // PyTorch: True = padding. Sequence 0 has 2 real keys of 3, sequence 1 has 1.
    const torchMask = tf.tensor2d(
      [
        [F, F, T],
        [F, T, T],
      ],
      [2, 3],
      'bool',
    );
    const mask = fromTorchKeyPaddingMask(torchMask);
    expect(mask.shape).toEqual([2, 1, 1, 3]);
    expect(mask.dtype).toBe('bool');
    expect(mask.arraySync()).toEqual([[[[T, T, F]]], [[[T, F, F]]]]);
    tf.dispose([torchMask, mask]);
  });

  it('names the argument, dtype and shape in its error', () => {
    const float = tf.zeros([2, 3]) as tf.Tensor2D;
    const rank3 = tf.zeros([1, 2, 3], 'bool') as unknown as tf.Tensor2D;
    expect(() => fromTorchKeyPaddingMask(float)).toThrow(
      "fromTorchKeyPaddingMask: argument 'keyPaddingMask' must be a bool tensor of shape " +
        "[batch, seqK] (true = padding), got dtype 'float32' and shape [2, 3]",
    );
    expect(() => fromTorchKeyPaddingMask(rank3)).toThrow("got dtype 'bool' and shape [1, 2, 3]");
    tf.dispose([float, rank3]);
  });

  it('leaks no tensors', async () => {
    const torchMask = tf.tensor2d([[F, T]], [1, 2], 'bool');
    await expectNoLeaks(() => fromTorchKeyPaddingMask(torchMask).dispose());
    torchMask.dispose();
  });
});

describe('fromTorchAttnMask', () => {
  it('flips a 2-D bool mask and adds batch and head axes (worked by hand)', () => {
    const torchMask = tf.tensor2d(
      [
        [F, T],
        [F, F],
      ],
      [2, 2],
      'bool',
    );
    const mask = fromTorchAttnMask(torchMask);
    expect(mask.shape).toEqual([1, 1, 2, 2]);
    expect(mask.arraySync()).toEqual([
      [
        [
          [T, F],
          [T, T],
        ],
      ],
    ]);
    tf.dispose([torchMask, mask]);
  });

  it('unstacks a 3-D mask sequence-major: entry b·numHeads + h is sequence b, head h', () => {
    // batch 2, numHeads 2, seqQ 1, seqK 4. Entry e (of 4) ignores key e only.
    const torchMask = tf.tensor3d(
      [[[T, F, F, F]], [[F, T, F, F]], [[F, F, T, F]], [[F, F, F, T]]],
      [4, 1, 4],
      'bool',
    );
    const mask = fromTorchAttnMask(torchMask, { numHeads: 2 });
    expect(mask.shape).toEqual([2, 2, 1, 4]);
    expect(mask.arraySync()).toEqual([
      [[[F, T, T, T]], [[T, F, T, T]]], // sequence 0: heads 0 and 1 (entries 0 and 1)
      [[[T, T, F, T]], [[T, T, T, F]]], // sequence 1: heads 0 and 1 (entries 2 and 3)
    ]);
    tf.dispose([torchMask, mask]);
  });

  it('reads a float mask as additive: 0 keeps a pair, −∞ removes it', () => {
    const torchMask = tf.tensor2d([
      [0, NEG_INF],
      [0, 0],
    ]);
    const mask = fromTorchAttnMask(torchMask);
    expect(mask.arraySync()).toEqual([
      [
        [
          [T, F],
          [T, T],
        ],
      ],
    ]);
    tf.dispose([torchMask, mask]);
  });

  it('names the argument, the options and the shape in its errors', () => {
    const rank1 = tf.zeros([3], 'bool') as unknown as tf.Tensor2D;
    const stacked = tf.zeros([6, 2, 2], 'bool') as tf.Tensor3D;
    const ints = tf.zeros([2, 2], 'int32') as tf.Tensor2D;
    const bias = tf.tensor2d([[0, 0.5]]);
    expect(() => fromTorchAttnMask(rank1)).toThrow(
      "fromTorchAttnMask: argument 'attnMask' must have shape [seqQ, seqK] or " +
        '[batch·numHeads, seqQ, seqK], got [3]',
    );
    expect(() => fromTorchAttnMask(stacked)).toThrow(
      "fromTorchAttnMask: a 3-D 'attnMask' needs options.numHeads dividing its first axis, " +
        'got numHeads = undefined and attnMask [6, 2, 2]',
    );
    expect(() => fromTorchAttnMask(stacked, { numHeads: 4 })).toThrow(
      'got numHeads = 4 and attnMask [6, 2, 2]',
    );
    expect(() => fromTorchAttnMask(ints)).toThrow(
      "fromTorchAttnMask: argument 'attnMask' must be bool (true = ignore) or float32 " +
        "(additive), got dtype 'int32'",
    );
    expect(() => fromTorchAttnMask(bias)).toThrow(
      "fromTorchAttnMask: argument 'attnMask' must hold only 0 (attend) and −Infinity",
    );
    tf.dispose([rank1, stacked, ints, bias]);
  });

  it('leaks no tensors', async () => {
    const torchMask = tf.zeros([4, 2, 3], 'bool') as tf.Tensor3D;
    await expectNoLeaks(() => fromTorchAttnMask(torchMask, { numHeads: 2 }).dispose());
    torchMask.dispose();
  });
});

describe('fromAdditiveMask', () => {
  it('maps 0 to true and −∞ (or a stand-in ≤ −1e9) to false (worked by hand)', () => {
    const additive = tf.tensor2d([
      [0, NEG_INF, -1e9],
      [-3.4e38, 0, 0],
    ]);
    const mask = fromAdditiveMask(additive);
    expect(mask.dtype).toBe('bool');
    expect(mask.arraySync()).toEqual([
      [T, F, F],
      [F, T, T],
    ]);
    tf.dispose([additive, mask]);
  });

  it('gives the attention that adding the mask to the scores gives', () => {
    // Reference: softmax(q·kᵀ/√dK + A)·v written out with tf ops, A the additive mask.
    const q = seededNormal([2, 3, 4], 1);
    const k = seededNormal([2, 5, 4], 2);
    const v = seededNormal([2, 5, 6], 3);
    const additive = tf.tensor2d([
      [0, NEG_INF, 0, NEG_INF, 0],
      [0, 0, 0, 0, NEG_INF],
      [NEG_INF, NEG_INF, NEG_INF, 0, 0],
    ]);
    const reference = tf.tidy(() => {
      const scores = tf.add(tf.div(tf.matMul(q, k, false, true), 2), additive); // √4 = 2
      return tf.matMul(tf.softmax(scores), v);
    });
    const mask = fromAdditiveMask(additive);
    const { output, weights } = scaledDotProductAttention(q, k, v, { mask });
    expectClose(output, reference, { atol: 1e-5, rtol: 1e-5 });
    tf.dispose([q, k, v, additive, reference, mask, output, weights]);
  });

  it('rejects a score bias, naming the value and where it is', () => {
    const bias = tf.tensor2d([
      [0, -1],
      [0, 0],
    ]);
    const bool = tf.zeros([2, 2], 'bool');
    expect(() => fromAdditiveMask(bias)).toThrow(
      "fromAdditiveMask: argument 'additiveMask' must hold only 0 (attend) and −Infinity " +
        '(masked; values ≤ -1000000000 count too), found -1 at flat index 1 of shape [2, 2]; ' +
        'a general score bias is not a mask',
    );
    expect(() => fromAdditiveMask(bool)).toThrow(
      "fromAdditiveMask: argument 'additiveMask' must be a float32 additive mask " +
        "(0 = attend, −Infinity = masked), got dtype 'bool'",
    );
    tf.dispose([bias, bool]);
  });

  it('leaks no tensors', async () => {
    const additive = tf.tensor2d([[0, NEG_INF]]);
    await expectNoLeaks(() => fromAdditiveMask(additive).dispose());
    additive.dispose();
  });
});

describe('fromValidLengths', () => {
  it('turns one length per sequence into [batch, 1, 1, seqK] (worked by hand)', () => {
    const validLens = tf.tensor1d([2, 0, 3], 'int32');
    const mask = fromValidLengths(validLens, 3);
    expect(mask.shape).toEqual([3, 1, 1, 3]);
    expect(mask.arraySync()).toEqual([[[[T, T, F]]], [[[F, F, F]]], [[[T, T, T]]]]);
    tf.dispose([validLens, mask]);
  });

  it('turns one length per query into [batch, 1, seqQ, seqK] (worked by hand)', () => {
    const validLens = tf.tensor2d([[1, 3]]); // float lengths, as d2l often passes them
    const mask = fromValidLengths(validLens, 3);
    expect(mask.shape).toEqual([1, 1, 2, 3]);
    expect(mask.arraySync()).toEqual([
      [
        [
          [T, F, F],
          [T, T, T],
        ],
      ],
    ]);
    tf.dispose([validLens, mask]);
  });

  it('names the argument, the value and where it is in its errors', () => {
    const tooLong = tf.tensor1d([1, 4], 'int32');
    const fractional = tf.tensor1d([1.5]);
    const rank3 = tf.zeros([1, 1, 1], 'int32') as unknown as tf.Tensor2D;
    expect(() => fromValidLengths(tooLong, 3)).toThrow(
      "fromValidLengths: argument 'validLens' must hold integers in [0, seqK] = [0, 3], " +
        'found 4 at flat index 1 of shape [2]',
    );
    expect(() => fromValidLengths(fractional, 3)).toThrow('found 1.5 at flat index 0');
    expect(() => fromValidLengths(rank3, 3)).toThrow(
      "fromValidLengths: argument 'validLens' must have shape [batch] or [batch, seqQ], " +
        'got [1, 1, 1]',
    );
    expect(() => fromValidLengths(tooLong, 0)).toThrow(
      "fromValidLengths: argument 'seqK' must be a positive integer, got 0",
    );
    tf.dispose([tooLong, fractional, rank3]);
  });

  it('leaks no tensors', async () => {
    const validLens = tf.tensor2d([[1, 2]]);
    await expectNoLeaks(() => fromValidLengths(validLens, 3).dispose());
    validLens.dispose();
  });
});
