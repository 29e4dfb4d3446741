import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { backendsPresent } from '../../core/backend.js';
import { shareIdentity, simdKernels } from './register.js';

const initial = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initial);
});

describe('shareIdentity', () => {
  it('makes a clone on wasm share its memory, as reshape does; the clone outlives its source', async () => {
    if (!(await backendsPresent()).includes('wasm')) return;
    await tf.setBackend('wasm');
    simdKernels(); // registers the runtime's kernels, and the sharing Identity
    const x = tf.tensor2d([
      [1, 2],
      [3, 4],
    ]);
    const { numTensors } = tf.memory();
    const held = tf.engine().backend.numDataIds();
    const copy = tf.clone(x);
    // the same memory: the backend holds no new buffer (with tfjs's own Identity, one more)
    expect(copy.dataId).toBe(x.dataId);
    expect(tf.engine().backend.numDataIds()).toBe(held);
    x.dispose();
    expect(copy.arraySync()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    copy.dispose();
    expect(tf.memory().numTensors).toBe(numTensors - 1);
    await tf.setBackend(initial);
  });

  it('leaves gradients right, which read the tensors tfjs saved (by Identity) in forward', async () => {
    if (!(await backendsPresent()).includes('wasm')) return;
    await tf.setBackend('wasm');
    simdKernels();
    // d/dx Σ x² = 2x, and d/dx Σ exp(x) = exp(x): both read tensors saved in forward
    const x = tf.tensor1d([0, 1, -2]);
    const [square, exponential] = tf.tidy(() => [
      tf.grad((t: tf.Tensor) => tf.sum(tf.square(t)))(x),
      tf.grad((t: tf.Tensor) => tf.sum(tf.exp(t)))(x),
    ]);
    expect(Array.from(square!.dataSync())).toEqual([0, 2, -4]);
    const want = [1, Math.E, Math.exp(-2)];
    Array.from(exponential!.dataSync()).forEach((v, i) => {
      expect(v).toBeCloseTo(want[i]!, 5);
    });
    tf.dispose([x, square!, exponential!]);
    await tf.setBackend(initial);
  });

  it("clones strings with the backend's own kernel, and registers once, without a warning", async () => {
    if (!(await backendsPresent()).includes('wasm')) return;
    await tf.setBackend('wasm');
    const warn = vi.spyOn(console, 'warn');
    shareIdentity();
    shareIdentity();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    const words = tf.tensor1d(['床', '前'], 'string');
    const copy = tf.clone(words);
    words.dispose();
    expect(copy.arraySync()).toEqual(['床', '前']);
    copy.dispose();
    await tf.setBackend(initial);
  });
});
