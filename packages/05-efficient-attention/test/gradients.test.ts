// Training through every method of this stage works with @mha/runtime's own
// gradient functions (the ones tfjs-core alone lacks), and gives the gradients
// the exact formula gives where the method is exact.
import { seededNormal } from '@mha/runtime';
import { registerGradients } from '@mha/runtime/gradients';
import { expectClose } from '@mha/runtime/testing';
import { scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  linearAttention,
  localAttention,
  memoryEfficientAttention,
  randomFeatureAttention,
  slidingWindowMask,
} from '../src/index.js';

type Attend = (q: tf.Tensor, k: tf.Tensor, v: tf.Tensor) => tf.Tensor;

registerGradients();

/** Gradients of Σ w·attend(q, k, v) with respect to q, k and v, w fixed and seeded. */
function gradients(attend: Attend, seqQ = 9, seqK = 9): tf.Tensor[] {
  const q = seededNormal([2, 2, seqQ, 4], 1);
  const k = seededNormal([2, 2, seqK, 4], 2);
  const v = seededNormal([2, 2, seqK, 3], 3);
  const w = seededNormal([2, 2, seqQ, 3], 4);
  const grads = tf.grads((a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) =>
    tf.sum(tf.mul(attend(a, b, c), w)),
  )([q, k, v]);
  tf.dispose([q, k, v, w]);
  return grads;
}

function exact(mask?: tf.Tensor): Attend {
  return (q, k, v) => scaledDotProductAttention(q, k, v, mask ? { mask } : {}).output;
}

describe('gradients through stage 5', () => {
  it('memoryEfficientAttention: the same gradients as exact attention, with and without masks', async () => {
    const blocked = gradients((q, k, v) => memoryEfficientAttention(q, k, v, { blockSize: 4 }));
    const reference = gradients(exact());
    for (const [i, g] of blocked.entries()) await expectClose(g, reference[i]!, { atol: 1e-5 });
    const causal = tf.cast(tf.linalg.bandPart(tf.ones([9, 9]), -1, 0), 'bool');
    const blockedCausal = gradients((q, k, v) =>
      memoryEfficientAttention(q, k, v, { blockSize: 4, causal: true }),
    );
    const referenceCausal = gradients(exact(causal));
    for (const [i, g] of blockedCausal.entries())
      await expectClose(g, referenceCausal[i]!, { atol: 1e-5 });
    tf.dispose([...blocked, ...reference, ...blockedCausal, ...referenceCausal, causal]);
  });

  it('localAttention: the same gradients as exact attention under the band mask', async () => {
    const band = slidingWindowMask(9, 9, { left: 2, right: 2 });
    const local = gradients((q, k, v) => localAttention(q, k, v, { window: 2 }));
    const reference = gradients(exact(band));
    for (const [i, g] of local.entries()) await expectClose(g, reference[i]!, { atol: 1e-5 });
    tf.dispose([...local, ...reference, band]);
  });

  it('linearAttention and randomFeatureAttention: finite gradients of the right shapes, causal too', () => {
    const methods: Attend[] = [
      (q, k, v) => linearAttention(q, k, v),
      (q, k, v) => linearAttention(q, k, v, { causal: true }),
      (q, k, v) => randomFeatureAttention(q, k, v, { numFeatures: 8, seed: 1 }),
      (q, k, v) => randomFeatureAttention(q, k, v, { numFeatures: 8, seed: 1, causal: true }),
    ];
    for (const attend of methods) {
      const grads = gradients(attend);
      expect(grads.map((g) => g.shape)).toEqual([
        [2, 2, 9, 4],
        [2, 2, 9, 4],
        [2, 2, 9, 3],
      ]);
      for (const g of grads) {
        const values = g.dataSync();
        expect(values.every(Number.isFinite)).toBe(true);
        expect(values.some((x) => x !== 0)).toBe(true);
      }
      tf.dispose(grads);
    }
  });
});
