import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { expectClose, expectNoLeaks } from '../testing/index.js';
import {
  clipByGlobalNorm,
  inverseSqrt,
  maskedCrossEntropy,
  type StepReport,
  toVariables,
  train,
  warmupCosine,
} from './index.js';

const ids = (rows: number[][]) => tf.tensor2d(rows, undefined, 'int32');

describe('maskedCrossEntropy', () => {
  it('is ln(vocabSize) for uniform logits', () => {
    // Every token has probability 1/4: each scored position costs −ln(1/4) = ln 4.
    tf.tidy(() => {
      const loss = maskedCrossEntropy(
        tf.zeros([2, 3, 4]) as tf.Tensor3D,
        ids([
          [1, 2, 0],
          [3, 0, 0],
        ]),
        [3, 1],
      );
      expect(loss.shape).toEqual([]);
      expectClose(loss, Math.log(4));
    });
  });

  it('averages over the scored positions only, given as lengths or as a mask', () => {
    // pos 0: logits [0, ln 3] -> p = [1/4, 3/4], target 1: −ln(3/4) = 0.2876820725
    // pos 1: logits [0, 0] -> p = [1/2, 1/2], target 0: −ln(1/2) = 0.6931471806
    // pos 2: logits [100, −100], target 1 would cost 200 if it were scored.
    // mean of the two scored: (0.2876820725 + 0.6931471806) / 2 = 0.4904146265
    tf.tidy(() => {
      const logits = tf.tensor3d([
        [
          [0, Math.log(3)],
          [0, 0],
          [100, -100],
        ],
      ]);
      const targets = ids([[1, 0, 1]]);
      expectClose(maskedCrossEntropy(logits, targets, [2]), 0.4904146265);
      const mask = tf.tensor2d([[true, true, false]], undefined, 'bool');
      expectClose(maskedCrossEntropy(logits, targets, mask), 0.4904146265);
      // scoring positions 1 and 2 instead: (0.6931471806 + 200) / 2
      const later = tf.tensor2d([[0, 1, 1]]);
      expectClose(maskedCrossEntropy(logits, targets, later), 100.3465735903, { atol: 1e-3 });
    });
  });

  it('sends no gradient to unscored positions', () => {
    tf.tidy(() => {
      const logits = tf.tensor3d([
        [
          [0, 1],
          [2, -1],
        ],
      ]);
      const dz = tf.grad((z: tf.Tensor) =>
        maskedCrossEntropy(z as tf.Tensor3D, ids([[1, 0]]), [1]),
      )(logits);
      // position 0: softmax([0, 1]) − onehot(1) = [0.2689414214, −0.2689414214]; position 1: 0
      expectClose(dz, [
        [
          [0.2689414214, -0.2689414214],
          [0, 0],
        ],
      ]);
    });
  });

  it('rejects bad arguments, naming the function and the argument', () => {
    tf.tidy(() => {
      const logits = tf.zeros([2, 3, 4]) as tf.Tensor3D;
      expect(() =>
        maskedCrossEntropy(logits, tf.zeros([2, 4], 'int32') as tf.Tensor2D, [3, 3]),
      ).toThrow("maskedCrossEntropy: argument 'targets' must have shape [2, 3], got [2, 4]");
      expect(() => maskedCrossEntropy(logits, tf.zeros([2, 3]) as tf.Tensor2D, [3, 3])).toThrow(
        "maskedCrossEntropy: argument 'targets' must be int32 token ids, got float32 [2, 3]",
      );
      expect(() => maskedCrossEntropy(logits, ids([[0, 0, 0]]), [3])).toThrow(/'targets'/);
      const targets = ids([
        [0, 0, 0],
        [0, 0, 0],
      ]);
      // a target outside the vocabulary would read another position's score
      for (const bad of [4, -1]) {
        expect(() =>
          maskedCrossEntropy(
            logits,
            ids([
              [0, 0, 0],
              [0, bad, 0],
            ]),
            [3, 3],
          ),
        ).toThrow(
          `maskedCrossEntropy: every target must be a token id in [0, 3] (the logits' last axis), got ${bad} at position 4 of targets [2, 3]`,
        );
      }
      expect(() => maskedCrossEntropy(logits, targets, [3])).toThrow(
        "maskedCrossEntropy: argument 'scored' must be 2 lengths or a [2, 3] mask, got 1 lengths",
      );
      expect(() => maskedCrossEntropy(logits, targets, [3, 4])).toThrow(
        'maskedCrossEntropy: every length must be an integer in [0, 3], got 4',
      );
      expect(() => maskedCrossEntropy(logits, targets, tf.ones([2, 2]))).toThrow(
        "maskedCrossEntropy: argument 'scored' must have shape [2, 3], got [2, 2]",
      );
      expect(() => maskedCrossEntropy([[[0]]] as unknown as tf.Tensor3D, targets, [3, 3])).toThrow(
        "maskedCrossEntropy: argument 'logits' must be a tf.Tensor, got object",
      );
    });
  });

  it('leaks no tensors', async () => {
    const logits = tf.zeros([1, 2, 3]) as tf.Tensor3D;
    const targets = ids([[0, 2]]);
    await expectNoLeaks(() => maskedCrossEntropy(logits, targets, [2]).dispose());
    await expectNoLeaks(() => expect(() => maskedCrossEntropy(logits, targets, [5])).toThrow());
    tf.dispose([logits, targets]);
  });
});

describe('toVariables', () => {
  it('replaces every tensor by a variable, keeps the rest, and disposes the originals', () => {
    const w = tf.tensor1d([1, 2]);
    const b = tf.scalar(3);
    const params = { layers: [{ w, size: 2 }], b, name: 'toy', normFirst: true };
    const out: tf.Variable[] = [];
    const trainable = toVariables(params, out);
    expect(out).toHaveLength(2);
    expect(trainable.layers[0]!.w).toBeInstanceOf(tf.Variable);
    expect(trainable.b).toBe(out[1]);
    expect(Array.from(trainable.layers[0]!.w.dataSync())).toEqual([1, 2]);
    expect([trainable.layers[0]!.size, trainable.name, trainable.normFirst]).toEqual([
      2,
      'toy',
      true,
    ]);
    expect([w.isDisposed, b.isDisposed]).toEqual([true, true]);
    tf.dispose(out);
  });

  it('needs the list to collect the variables in', () => {
    expect(() => toVariables({}, undefined as unknown as tf.Variable[])).toThrow(
      "toVariables: argument 'out' must be an array to collect the variables",
    );
  });
});

describe('learning-rate schedules', () => {
  it('warmupCosine: linear to the peak, then half a cosine to the floor', () => {
    const rate = warmupCosine({ peak: 1, warmupSteps: 2, totalSteps: 6 });
    // t = 3: ½(1 + cos(π/4)) = 0.8535533906; t = 4: ½(1 + cos(π/2)) = 0.5
    const expected = [0.5, 1, 0.8535533906, 0.5, 0.1464466094, 0, 0];
    for (const [i, value] of expected.entries()) expect(rate(i + 1)).toBeCloseTo(value, 9);
    const floored = warmupCosine({ peak: 1, warmupSteps: 0, totalSteps: 2, floor: 0.1 });
    expect([floored(1), floored(2)].map((r) => +r.toFixed(9))).toEqual([0.55, 0.1]);
  });

  it('inverseSqrt: linear to the peak, then peak·√(W/t)', () => {
    const rate = inverseSqrt({ peak: 2, warmupSteps: 4 });
    expect([1, 2, 4, 16, 64].map(rate)).toEqual([0.5, 1, 2, 1, 0.5]);
  });

  it('reject bad options', () => {
    expect(() => warmupCosine({ peak: 1, warmupSteps: 3, totalSteps: 3 })).toThrow(
      "warmupCosine: 'warmupSteps' and 'totalSteps' must be integers with totalSteps > warmupSteps, got 3 and 3",
    );
    expect(() => warmupCosine({ peak: 0, warmupSteps: 1, totalSteps: 3 })).toThrow(
      "warmupCosine: option 'peak' must be > 0, got 0",
    );
    expect(() => warmupCosine(undefined as never)).toThrow(
      /warmupCosine: expected an options object/,
    );
    expect(() => inverseSqrt({ peak: 1, warmupSteps: 0 })).toThrow(
      "inverseSqrt: option 'warmupSteps' must be a positive integer, got 0",
    );
  });
});

describe('clipByGlobalNorm', () => {
  it('scales all gradients together to the norm, and leaves smaller ones alone', () => {
    const grads = { a: tf.tensor1d([3, 0]), b: tf.scalar(4) }; // ‖g‖ = √(9 + 16) = 5
    const clipped = clipByGlobalNorm(grads, 1);
    expect(clipped.norm).toBeCloseTo(5, 6);
    expectClose(clipped.grads.a!, [0.6, 0]);
    expectClose(clipped.grads.b!, 0.8);
    const kept = clipByGlobalNorm(grads, 10);
    expectClose(kept.grads.a!, [3, 0]);
    expectClose(kept.grads.b!, 4);
    tf.dispose([grads, clipped.grads, kept.grads]);
  });

  it('rejects a bad norm', () => {
    expect(() => clipByGlobalNorm({}, 0)).toThrow(
      "clipByGlobalNorm: argument 'maxNorm' must be a finite number > 0, got 0",
    );
    expect(() => clipByGlobalNorm({ a: [1] as unknown as tf.Tensor }, 1)).toThrow(
      "clipByGlobalNorm: grads['a'] must be a tf.Tensor",
    );
  });
});

describe('train', () => {
  // L(w) = (w − 3)², ∂L/∂w = 2(w − 3). From w = 0 with SGD at 0.25:
  // step 1: L = 9, grad −6, w = 1.5; step 2: L = 2.25, w = 2.25; step 3: L = 0.5625.
  const quadratic = (w: tf.Variable) => () => tf.square(tf.sub(w, 3)) as tf.Scalar;

  it('takes the steps, reporting and yielding every reportEvery steps and after the last', async () => {
    const w = tf.variable(tf.scalar(0));
    const optimizer = tf.train.sgd(0.25);
    const reports: StepReport[] = [];
    const result = await expectNoLeaks(() =>
      train({
        variables: [w],
        optimizer,
        steps: 3,
        loss: quadratic(w),
        reportEvery: 2,
        onReport: (report) => {
          reports.push(report);
          return undefined;
        },
      }),
    );
    expect(result).toEqual({ losses: [9, 2.25, 0.5625], steps: 3 });
    expect(reports.map((r) => [r.step, r.loss])).toEqual([
      [2, 2.25],
      [3, 0.5625],
    ]);
    expect(w.dataSync()[0]).toBeCloseTo(2.625, 6); // 2.25 − 0.25·2(2.25 − 3)
    w.dispose();
    optimizer.dispose();
  });

  it('follows a learning-rate schedule, on SGD as on Adam', async () => {
    const w = tf.variable(tf.scalar(0));
    const sgd = tf.train.sgd(0.001);
    // rate 0.5 at step 1: w = 0 − 0.5·(−6) = 3, so step 2's loss is 0.
    const { losses } = await train({
      variables: [w],
      optimizer: sgd,
      steps: 2,
      loss: quadratic(w),
      learningRate: () => 0.5,
    });
    expect(losses).toEqual([9, 0]);
    const v = tf.variable(tf.scalar(0));
    const adam = tf.train.adam(1);
    const rates: Array<number | undefined> = [];
    await train({
      variables: [v],
      optimizer: adam,
      steps: 2,
      loss: quadratic(v),
      learningRate: (step) => 0.1 * step,
      reportEvery: 1,
      onReport: (report) => {
        rates.push(report.learningRate);
        return undefined;
      },
    });
    // Adam's first step moves by the rate itself (m̂/√v̂ = ±1): w = 0 + 0.1.
    expect(rates).toEqual([0.1, 0.2]);
    expect((adam as unknown as { learningRate: number }).learningRate).toBe(0.2);
    tf.dispose([w, v]);
    sgd.dispose();
    adam.dispose();
  });

  it('clips the gradient by global norm and reports the norm before clipping', async () => {
    const w = tf.variable(tf.scalar(0));
    const optimizer = tf.train.sgd(0.25);
    const norms: Array<number | undefined> = [];
    const { losses } = await train({
      variables: [w],
      optimizer,
      steps: 2,
      loss: quadratic(w),
      clipNorm: 1,
      reportEvery: 1,
      onReport: (report) => {
        norms.push(report.gradientNorm);
        return undefined;
      },
    });
    // step 1: grad −6 clipped to −1, w = 0.25; step 2: L = 2.75² = 7.5625, grad −5.5.
    expect(losses).toEqual([9, 7.5625]);
    expect(norms).toEqual([6, 5.5]);
    w.dispose();
    optimizer.dispose();
  });

  it('stops early when onReport returns true', async () => {
    const w = tf.variable(tf.scalar(0));
    const optimizer = tf.train.sgd(0.25);
    const result = await train({
      variables: [w],
      optimizer,
      steps: 10,
      loss: quadratic(w),
      reportEvery: 1,
      onReport: async ({ loss }) => loss < 3,
    });
    expect(result).toEqual({ losses: [9, 2.25], steps: 2 });
    w.dispose();
    optimizer.dispose();
  });

  it('refuses a loss that is not finite, naming the step, and leaks nothing', async () => {
    const w = tf.variable(tf.scalar(0));
    const optimizer = tf.train.sgd(0.25);
    await expectNoLeaks(() =>
      expect(
        train({
          variables: [w],
          optimizer,
          steps: 3,
          loss: (step) => (step === 2 ? tf.div(tf.sum(w), 0) : tf.square(w)) as tf.Scalar,
        }),
      ).rejects.toThrow('train: the loss at step 2 is NaN'),
    );
    w.dispose();
    optimizer.dispose();
  });

  it('rejects bad options, naming each', async () => {
    const w = tf.variable(tf.scalar(0));
    const optimizer = tf.train.sgd(0.1);
    const base = { variables: [w], optimizer, steps: 1, loss: () => tf.square(w) as tf.Scalar };
    await expect(train(undefined as never)).rejects.toThrow(/train: expected an options object/);
    await expect(train({ ...base, variables: [tf.scalar(1)] as never })).rejects.toThrow(
      "train: option 'variables' must be an array of tf.Variable",
    );
    await expect(train({ ...base, optimizer: {} as never })).rejects.toThrow(
      "train: option 'optimizer' must be a tf.Optimizer, e.g. tf.train.adam(1e-3)",
    );
    await expect(train({ ...base, steps: 0 })).rejects.toThrow(
      "train: option 'steps' must be a positive integer, got 0",
    );
    await expect(train({ ...base, clipNorm: -1 })).rejects.toThrow(
      "train: option 'clipNorm' must be a finite number > 0, got -1",
    );
    w.dispose();
    optimizer.dispose();
  });
});
