import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, caseInputs, kernelsRun, lossOf, withOurGradients } from './gradient-test-utils.js';
import { GRADIENTS, registerGradients } from './index.js';

// Checks this project's gradient functions against central finite differences,
// (L(x + h) - L(x - h)) / 2h, of a scalar loss L = Σ w·f(x). Float32 rounding
// and the O(h²) truncation error bound the agreement; h = 1e-2 balances them.
const H = 1e-2;
const TOLERANCE = 3e-3;

function finiteDifferences(loss: (...xs: tf.Tensor[]) => tf.Scalar, xs: tf.Tensor[]): number[][] {
  const values = xs.map((x) => Array.from(x.dataSync()));
  const at = (k: number, i: number, delta: number) =>
    tf.tidy(() => {
      const shifted = values.map((v, j) => {
        const copy = v.slice();
        if (j === k) copy[i]! += delta;
        return tf.tensor(copy, xs[j]!.shape);
      });
      return loss(...shifted).dataSync()[0]!;
    });
  return values.map((v, k) => v.map((_, i) => (at(k, i, H) - at(k, i, -H)) / (2 * H)));
}

const previous: Array<tf.GradConfig | undefined> = [];
beforeAll(() => {
  // Whatever registered gradients before (tfjs-node does), test ours alone.
  for (const config of GRADIENTS) {
    previous.push(tf.getGradient(config.kernelName));
    if (previous.at(-1) !== undefined) tf.unregisterGradient(config.kernelName);
  }
});
afterAll(() => {
  GRADIENTS.forEach((config, i) => {
    if (tf.getGradient(config.kernelName) !== undefined) tf.unregisterGradient(config.kernelName);
    if (previous[i] !== undefined) tf.registerGradient(previous[i]!);
  });
});

describe('registerGradients', () => {
  it('registers every missing gradient once, and leaves registered ones alone', () => {
    const theirs: tf.GradConfig = {
      kernelName: 'Exp',
      gradFunc: (dy) => ({ x: () => dy as tf.Tensor }),
    };
    tf.registerGradient(theirs);
    const added = registerGradients();
    expect(added).toEqual(GRADIENTS.map((c) => c.kernelName).filter((name) => name !== 'Exp'));
    expect(tf.getGradient('Exp')).toBe(theirs);
    expect(tf.getGradient('BatchMatMul')).toBe(
      GRADIENTS.find((c) => c.kernelName === 'BatchMatMul'),
    );
    expect(registerGradients()).toEqual([]);
    for (const config of GRADIENTS) tf.unregisterGradient(config.kernelName);
    expect(tf.getGradient('Add')).toBeUndefined();
  });

  it('covers every kernel a training step of the encoder records on its tape', () => {
    // Recorded by tf.profile of the stage-3 reversal model's loss (post-LN and
    // pre-LN, relu and gelu, dropout); kernels outside any path from the
    // parameters to the loss (Range, Fill, Less, OneHot...) need no gradient.
    const used = ['Add', 'BatchMatMul', 'Cast', 'Cos', 'Erf', 'Exp', 'Identity', 'Log', 'Max'];
    used.push('Mean', 'Multiply', 'Neg', 'Pack', 'RealDiv', 'Relu', 'Reshape', 'Rsqrt');
    used.push('Select', 'Sin', 'Slice', 'Square', 'Sub', 'Sum', 'Tile', 'Transpose');
    const ours = new Set(GRADIENTS.map((c) => c.kernelName));
    expect(used.filter((name) => !ours.has(name))).toEqual([]);
  });
});

describe('pass-through gradients', () => {
  it.each(['Cast', 'Identity'])('%s hands dy back unchanged', (kernelName) => {
    const config = GRADIENTS.find((c) => c.kernelName === kernelName)!;
    tf.tidy(() => {
      const dy = tf.tensor2d([
        [1, -2],
        [3, 0.5],
      ]);
      const dx = config.gradFunc(dy, [], {}).x!();
      expect(dx.shape).toEqual([2, 2]);
      expect(Array.from(dx.dataSync())).toEqual([1, -2, 3, 0.5]);
    });
  });
});

describe('gradients agree with finite differences', () => {
  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, index) => {
    await withOurGradients(async () => {
      const xs = caseInputs(c, index);
      const loss = lossOf(c, index);
      const ran = await kernelsRun(() => loss(...xs));
      for (const kernel of c.kernels) expect(ran, `${kernel} runs`).toContain(kernel);
      const before = tf.memory().numTensors;
      const grads = tf.grads(loss)(xs);
      const numeric = finiteDifferences(loss, xs);
      grads.forEach((g, k) => {
        expect(g.shape).toEqual(xs[k]!.shape);
        const analytic = Array.from(g.dataSync());
        analytic.forEach((value, i) => {
          const expected = numeric[k]![i]!;
          expect(Math.abs(value - expected), `input ${k}[${i}]`).toBeLessThanOrEqual(
            TOLERANCE * (1 + Math.abs(expected)),
          );
        });
      });
      tf.dispose(grads);
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose(xs);
    });
  });
});
