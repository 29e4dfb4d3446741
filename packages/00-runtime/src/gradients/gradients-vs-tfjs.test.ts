// Compares this project's gradients with TensorFlow.js's own, which
// `@tensorflow/tfjs` registers on import. Vitest runs each test file in its own
// process, so this import does not reach the other tests.
import '@tensorflow/tfjs';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { CASES, caseInputs, lossOf, withOurGradients } from './gradient-test-utils.js';
import { GRADIENTS } from './index.js';

describe('gradients agree with tfjs-core’s own', () => {
  it('tfjs registered a gradient of its own for every kernel we cover but four comparisons', () => {
    const undefinedInTfjs = ['Greater', 'Less', 'LessEqual', 'Equal'];
    for (const name of undefinedInTfjs) expect(tf.getGradient(name), name).toBeUndefined();
    for (const config of GRADIENTS.filter((c) => !undefinedInTfjs.includes(c.kernelName))) {
      const theirs = tf.getGradient(config.kernelName);
      expect(theirs, config.kernelName).toBeDefined();
      expect(theirs, config.kernelName).not.toBe(config);
    }
  });

  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, index) => {
    const xs = caseInputs(c, index);
    const loss = lossOf(c, index);
    if (c.tfjsGradientNeeds && !tf.getKernel(c.tfjsGradientNeeds, tf.getBackend())) {
      // tfjs's own gradient cannot run on this backend: say so, and rely on finite differences.
      expect(() => tf.grads(loss)(xs)).toThrow(/not registered for backend/);
      tf.dispose(xs);
      return;
    }
    if (c.tfjsHasNoGradient) {
      // Nothing to compare with: tfjs cannot differentiate through the comparison.
      expect(() => tf.grads(loss)(xs)).toThrow(/gradient function not found/);
      tf.dispose(xs);
      return;
    }
    if (c.tfjsGradientFails) {
      // Nothing to compare with: say so, and rely on the finite-difference test.
      expect(() => tf.grads(loss)(xs)).toThrow(/does not match the shape of the input/);
      const ours = await withOurGradients(() => tf.grads(loss)(xs));
      expect(ours.map((g) => g.shape)).toEqual(xs.map((x) => x.shape));
      tf.dispose([...xs, ...ours]);
      return;
    }
    const theirs = tf.grads(loss)(xs);
    const ours = await withOurGradients(() => tf.grads(loss)(xs));
    theirs.forEach((expected, k) => {
      const actual = ours[k]!;
      expect(actual.shape).toEqual(expected.shape);
      const a = actual.dataSync();
      expected.dataSync().forEach((value, i) => {
        expect(Math.abs(a[i]! - value), `input ${k}[${i}]`).toBeLessThanOrEqual(
          1e-5 * (1 + Math.abs(value)),
        );
      });
    });
    tf.dispose([...xs, ...theirs, ...ours]);
  });
});
