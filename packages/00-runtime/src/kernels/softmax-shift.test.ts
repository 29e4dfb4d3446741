import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
import { afterAll, describe, expect, it } from 'vitest';
import { backendsPresent } from '../core/backend.js';
import { seededNormal } from '../core/init.js';
import { expectClose, expectNoLeaks } from '../testing/index.js';
import { softmaxShift } from './softmax-shift.js';

const initial = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initial);
});

/** A stable softmax written out, shifted by `shift(x)`. */
const softmaxWith = (shift: (x: tf.Tensor) => tf.Tensor) => (x: tf.Tensor) => {
  const exps = tf.exp(tf.sub(x, shift(x)));
  return tf.div(exps, tf.sum(exps, -1, true));
};

describe('softmaxShift', () => {
  it('is each row maximum, computed by hand', () => {
    const x = tf.tensor2d([
      [1, 5, -2],
      [-3, -1, Number.NEGATIVE_INFINITY],
    ]);
    const m = softmaxShift(x);
    expect(m.shape).toEqual([2, 1]);
    expect(Array.from(m.dataSync())).toEqual([5, -1]);
    tf.dispose([x, m]);
  });

  it('passes no gradient back to x', () => {
    const x = tf.tensor2d([
      [1, 5, -2],
      [0, 0, 3],
    ]);
    const dx = tf.grad((t: tf.Tensor) => tf.sum(softmaxShift(t)))(x);
    expect(Array.from(dx.dataSync())).toEqual([0, 0, 0, 0, 0, 0]);
    tf.dispose([x, dx]);
  });

  it("leaves a softmax's gradient equal to tf.softmax's on every backend", async () => {
    for (const backend of await backendsPresent()) {
      await tf.setBackend(backend);
      // Logits with a large offset, where the shift matters for the forward pass.
      const x = tf.add(tf.mul(seededNormal([3, 4, 7], 1), 4), 50);
      const probe = seededNormal([3, 4, 7], 2);
      const loss = (f: (t: tf.Tensor) => tf.Tensor) => (t: tf.Tensor) =>
        tf.sum(tf.mul(f(t), probe));
      const got = tf.grad(loss(softmaxWith(softmaxShift)))(x);
      const want = tf.grad(loss((t) => tf.softmax(t)))(x);
      expectClose(got, want, { atol: 1e-6, rtol: 1e-5, label: backend });
      tf.dispose([x, probe, got, want]);
    }
    await tf.setBackend(initial);
  });

  it("skips tf.max's broadcast comparison in the backward pass", async () => {
    const x = seededNormal([2, 8, 16], 3);
    const kernelsOf = async (shift: (t: tf.Tensor) => tf.Tensor) => {
      const info = await tf.profile(() =>
        tf.grad((t: tf.Tensor) => tf.sum(softmaxWith(shift)(t)))(x),
      );
      return info.kernels.map((k) => k.name);
    };
    // The control shows the comparison is there to be skipped.
    expect(await kernelsOf((t) => tf.max(t, -1, true))).toContain('Equal');
    expect(await kernelsOf(softmaxShift)).not.toContain('Equal');
    x.dispose();
  });

  it('names the function, the argument and the shape for a scalar', () => {
    const s = tf.scalar(1);
    expect(() => softmaxShift(s)).toThrow(
      "softmaxShift: argument 'x' must have rank >= 1 ([..., n]), got shape []",
    );
    s.dispose();
  });

  it('leaks no tensors, forward or backward', async () => {
    const x = seededNormal([4, 5], 4);
    await expectNoLeaks(() => softmaxShift(x).dispose());
    await expectNoLeaks(() =>
      tf
        .grad((t: tf.Tensor) => tf.sum(softmaxShift(t)))(x)
        .dispose(),
    );
    x.dispose();
  });
});
