import { seededNormal } from '@mha/runtime';
import { expectClose, expectNoLeaks, onEveryBackend } from '@mha/runtime/testing';
import { scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { type MultiHeadAttentionParams, multiHeadAttention } from '../src/index.js';

// Masks here are literal tensors, built element by element, so that a mistake in
// causalMask or paddingMask cannot make these tests fail.

/** Disposes tensors, and the tensors held in plain objects (parameters, results). */
function dispose(...items: Array<tf.Tensor | object>): void {
  for (const item of items) {
    tf.dispose(item instanceof tf.Tensor ? item : (Object.values(item) as tf.Tensor[]));
  }
}

/** bool [1, 1, seq, seq]: query i may see key j when j ≤ i. */
function literalCausal(seq: number): tf.Tensor4D {
  const rows = Array.from({ length: seq }, (_, i) => Array.from({ length: seq }, (_, j) => j <= i));
  return tf.tensor4d([[rows]], [1, 1, seq, seq], 'bool');
}

/** bool [batch, 1, 1, seqK]: key j of sequence b is real when j < lengths[b]. */
function literalPadding(lengths: number[], seqK: number): tf.Tensor4D {
  const rows = lengths.map((n) => [[Array.from({ length: seqK }, (_, j) => j < n)]]);
  return tf.tensor4d(rows, [lengths.length, 1, 1, seqK], 'bool');
}

/** Seeded weights (std 1/√dModel) and biases (std 0.1), independent of initMultiHeadAttention. */
function seededParams(dModel: number, seed: number): MultiHeadAttentionParams {
  const matrix = (s: number) =>
    seededNormal([dModel, dModel], seed + s, { std: 1 / Math.sqrt(dModel) }) as tf.Tensor2D;
  const vector = (s: number) => seededNormal([dModel], seed + s, { std: 0.1 }) as tf.Tensor1D;
  return {
    wQ: matrix(1),
    wK: matrix(2),
    wV: matrix(3),
    wO: matrix(4),
    bQ: vector(5),
    bK: vector(6),
    bV: vector(7),
    bO: vector(8),
  };
}

/**
 * Reference: numHeads independent stage-1 attentions, head i on columns i·dK … (i+1)·dK − 1
 * of the projections, concatenated, then ·W^O + b^O. Written with plain tf ops.
 */
function headByHead(
  params: MultiHeadAttentionParams,
  query: tf.Tensor3D,
  key: tf.Tensor3D,
  value: tf.Tensor3D,
  numHeads: number,
  mask?: tf.Tensor3D,
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const dModel = query.shape[2];
    const dK = dModel / numHeads;
    const outputs: tf.Tensor[] = [];
    const weights: tf.Tensor[] = [];
    for (let i = 0; i < numHeads; i++) {
      const columns = (w: tf.Tensor2D) => tf.slice(w, [0, i * dK], [dModel, dK]);
      const slice = (b: tf.Tensor1D | undefined) => tf.slice(b!, [i * dK], [dK]);
      const qi = tf.add(tf.matMul(query, columns(params.wQ)), slice(params.bQ));
      const ki = tf.add(tf.matMul(key, columns(params.wK)), slice(params.bK));
      const vi = tf.add(tf.matMul(value, columns(params.wV)), slice(params.bV));
      const head = scaledDotProductAttention(qi, ki, vi, mask === undefined ? {} : { mask });
      outputs.push(head.output);
      weights.push(head.weights);
    }
    const concat = tf.concat(outputs, -1);
    return {
      output: tf.add(tf.matMul(concat, params.wO), params.bO!),
      weights: tf.stack(weights, 1),
    };
  });
}

describe('multiHeadAttention', () => {
  it('returns output [batch, seqQ, dModel] and weights [batch, numHeads, seqQ, seqK]', () => {
    const params = seededParams(8, 0);
    const query = seededNormal([2, 3, 8], 1) as tf.Tensor3D;
    const memory = seededNormal([2, 5, 8], 2) as tf.Tensor3D;
    const cross = multiHeadAttention(params, query, memory, memory, { numHeads: 2 });
    expect(cross.output.shape).toEqual([2, 3, 8]);
    expect(cross.weights.shape).toEqual([2, 2, 3, 5]);
    const self = multiHeadAttention(params, query, query, query, { numHeads: 4 });
    expect(self.output.shape).toEqual([2, 3, 8]);
    expect(self.weights.shape).toEqual([2, 4, 3, 3]);
    dispose(params, query, memory, cross, self);
  });

  it('computes a two-head case worked by hand', async () => {
    await onEveryBackend((backend) => {
      // dModel 2, two heads of dK = 1, so the scale is 1/√1 = 1. W^Q = W^K = W^V = I, no
      // biases except b^O. Head 0 sees feature 0 of everything, head 1 feature 1.
      //   query = [1, 2];  keys = values = [0, 1] and [1, 0]
      //   head 0: q = 1, k = (0, 1) -> scores (0, 1) -> softmax (1/(1+e), e/(1+e))
      //           = (0.2689414, 0.7310586); values (0, 1) -> 0.7310586
      //   head 1: q = 2, k = (1, 0) -> scores (2, 0) -> (e²/(e²+1), 1/(e²+1))
      //           = (0.8807971, 0.1192029); values (1, 0) -> 0.8807971
      //   concat = [0.7310586, 0.8807971]; W^O = [[1, 2], [3, 4]], b^O = [0.5, -0.5]
      //   output = [0.7310586 + 3·0.8807971 + 0.5, 2·0.7310586 + 4·0.8807971 − 0.5]
      //          = [3.8734498, 4.4853055]
      const identity = () => tf.tensor2d([1, 0, 0, 1], [2, 2]);
      const params: MultiHeadAttentionParams = {
        wQ: identity(),
        wK: identity(),
        wV: identity(),
        wO: tf.tensor2d([1, 2, 3, 4], [2, 2]),
        bO: tf.tensor1d([0.5, -0.5]),
      };
      const query = tf.tensor3d([[[1, 2]]]);
      const memory = tf.tensor3d([
        [
          [0, 1],
          [1, 0],
        ],
      ]);
      const { output, weights } = multiHeadAttention(params, query, memory, memory, {
        numHeads: 2,
      });
      const tolerance = { atol: 1e-6, rtol: 1e-6, label: backend };
      expectClose(output, [[[3.8734498, 4.4853055]]], tolerance);
      expectClose(weights, [[[[0.2689414, 0.7310586]], [[0.8807971, 0.1192029]]]], tolerance);
      dispose(params, query, memory, output, weights);
    });
  });

  it('with one head and identity W^O, equals stage 1 on the projected inputs', async () => {
    await onEveryBackend((backend) => {
      const dModel = 6;
      const { wO, bO, ...projections } = seededParams(dModel, 20);
      tf.dispose([wO, bO!]);
      const params = { ...projections, wO: tf.eye(dModel) as tf.Tensor2D };
      const query = seededNormal([2, 4, dModel], 21) as tf.Tensor3D;
      const memory = seededNormal([2, 7, dModel], 22) as tf.Tensor3D;
      const got = multiHeadAttention(params, query, memory, memory, { numHeads: 1 });
      const want = tf.tidy(() =>
        scaledDotProductAttention(
          tf.add(tf.matMul(query, params.wQ), params.bQ!),
          tf.add(tf.matMul(memory, params.wK), params.bK!),
          tf.add(tf.matMul(memory, params.wV), params.bV!),
        ),
      );
      const tolerance = { atol: 1e-5, rtol: 1e-5, label: backend };
      expectClose(got.output, want.output, tolerance);
      tf.tidy(() => expectClose(tf.squeeze(got.weights, [1]), want.weights, tolerance));
      dispose(params, query, memory, got, want);
    });
  });

  it('equals independent stage-1 heads, concatenated, then W^O (with a mask)', async () => {
    await onEveryBackend((backend) => {
      const params = seededParams(12, 30);
      const query = seededNormal([2, 3, 12], 31) as tf.Tensor3D;
      const memory = seededNormal([2, 5, 12], 32) as tf.Tensor3D;
      const mask = tf.tensor3d(
        [
          [
            [1, 1, 0, 1, 0],
            [0, 1, 1, 1, 1],
            [1, 0, 0, 0, 0],
          ],
          [
            [1, 1, 1, 1, 1],
            [0, 0, 0, 1, 0],
            [1, 1, 0, 0, 1],
          ],
        ],
        [2, 3, 5],
        'bool',
      );
      for (const numHeads of [1, 2, 3, 4, 6]) {
        const got = multiHeadAttention(params, query, memory, memory, { numHeads, mask });
        const want = headByHead(params, query, memory, memory, numHeads, mask);
        const tolerance = { atol: 1e-5, rtol: 1e-5, label: `${backend}, ${numHeads} heads` };
        expectClose(got.output, want.output, tolerance);
        expectClose(got.weights, want.weights, tolerance);
        dispose(got, want);
      }
      dispose(params, query, memory, mask);
    });
  });

  it('under a causal mask, zeroes every head’s upper triangle and ignores future tokens', () => {
    const [batch, seq, dModel, numHeads] = [2, 6, 8, 2];
    const params = seededParams(dModel, 40);
    const x = seededNormal([batch, seq, dModel], 41) as tf.Tensor3D;
    const mask = literalCausal(seq);
    const before = multiHeadAttention(params, x, x, x, { numHeads, mask });
    const weights = before.weights.arraySync();
    for (let b = 0; b < batch; b++)
      for (let h = 0; h < numHeads; h++)
        for (let i = 0; i < seq; i++)
          for (let j = i + 1; j < seq; j++) expect(weights[b]![h]![i]![j]).toBe(0);

    // Change the last token: the earlier positions' outputs must not move; the last must.
    const changed = tf.tidy(() => {
      const noise = tf.mul(seededNormal([batch, 1, dModel], 42), 3);
      const future = tf.concat([tf.zeros([batch, seq - 1, dModel]), noise], 1);
      return tf.add(x, future) as tf.Tensor3D;
    });
    const after = multiHeadAttention(params, changed, changed, changed, { numHeads, mask });
    const earlier = (t: tf.Tensor) => tf.slice(t, [0, 0, 0], [batch, seq - 1, dModel]);
    const last = (t: tf.Tensor) => tf.slice(t, [0, seq - 1, 0], [batch, 1, dModel]);
    tf.tidy(() => {
      expectClose(earlier(after.output), earlier(before.output), { atol: 1e-6, rtol: 1e-6 });
      expect(() => expectClose(last(after.output), last(before.output))).toThrow('differ');
    });
    dispose(params, x, mask, changed, before, after);
  });

  it('under a padding mask, gives padded keys weight 0 and ignores their values', () => {
    const [batch, seqQ, seqK, dModel] = [2, 3, 5, 8];
    const params = seededParams(dModel, 50);
    const query = seededNormal([batch, seqQ, dModel], 51) as tf.Tensor3D;
    const memory = seededNormal([batch, seqK, dModel], 52) as tf.Tensor3D;
    const mask = literalPadding([5, 3], seqK); // sequence 1: keys 3 and 4 are padding
    const run = (m: tf.Tensor3D) => multiHeadAttention(params, query, m, m, { numHeads: 2, mask });
    const before = run(memory);
    const weights = before.weights.arraySync();
    for (const head of weights[1]!)
      for (const row of head) expect([row[3], row[4]]).toEqual([0, 0]);

    // Add 100 to every feature of sequence 1 at the given key positions.
    const shiftSequence1 = (positions: number[]) =>
      tf.tidy(() => {
        const shift = tf.buffer([batch, seqK, dModel]);
        for (const j of positions) for (let d = 0; d < dModel; d++) shift.set(100, 1, j, d);
        return tf.add(memory, shift.toTensor()) as tf.Tensor3D;
      });
    // Overwrite sequence 1's padded positions: nothing may change.
    const paddedChanged = shiftSequence1([3, 4]);
    const after = run(paddedChanged);
    expectClose(after.output, before.output, { atol: 1e-6, rtol: 1e-6 });
    expectClose(after.weights, before.weights, { atol: 1e-6, rtol: 1e-6 });

    // Control: changing a real key of the same sequence does change the output.
    const realChanged = shiftSequence1([2]);
    const control = run(realChanged);
    expect(() => expectClose(control.output, before.output)).toThrow('differ');
    dispose(params, query, memory, mask, paddedChanged, realChanged, before, after, control);
  });

  it('accepts masks of rank 2, 3 and 4, a rank-3 mask serving every head of its sequence', () => {
    const [batch, numHeads, seq, dModel] = [2, 2, 3, 4];
    const params = seededParams(dModel, 60);
    const x = seededNormal([batch, seq, dModel], 61) as tf.Tensor3D;
    // Sequence 0 may look only at key 0, sequence 1 only at key 1. Were the batch axis
    // paired with the heads, head 1 of sequence 0 would look at key 1.
    const rank3 = tf.tensor3d(
      [
        [
          [1, 0, 0],
          [1, 0, 0],
          [1, 0, 0],
        ],
        [
          [0, 1, 0],
          [0, 1, 0],
          [0, 1, 0],
        ],
      ],
      [2, 3, 3],
      'bool',
    );
    const { weights } = multiHeadAttention(params, x, x, x, { numHeads, mask: rank3 });
    const oneHot = (k: number) =>
      Array.from({ length: seq }, () => [0, 1, 2].map((j) => +(j === k)));
    expectClose(weights, [
      [oneHot(0), oneHot(0)],
      [oneHot(1), oneHot(1)],
    ]);

    // The same lower-triangular mask written at rank 2, 3 and 4 gives the same result.
    const rows = [
      [1, 0, 0],
      [1, 1, 0],
      [1, 1, 1],
    ];
    const forms = [
      tf.tensor2d(rows, [3, 3], 'bool'),
      tf.tensor3d([rows, rows], [2, 3, 3], 'bool'),
      tf.tensor4d(
        [
          [rows, rows],
          [rows, rows],
        ],
        [2, 2, 3, 3],
        'bool',
      ),
      tf.tensor4d([[rows]], [1, 1, 3, 3], 'float32'), // a 0/1 number mask works too
    ];
    const results = forms.map((mask) => multiHeadAttention(params, x, x, x, { numHeads, mask }));
    for (const r of results.slice(1)) {
      expectClose(r.output, results[0]!.output, { atol: 0, rtol: 0 });
      expectClose(r.weights, results[0]!.weights, { atol: 0, rtol: 0 });
    }
    dispose(params, x, rank3, weights, ...forms, ...results);
  });

  it('follows maskedRows for a query that may see no key', () => {
    const [seq, dModel] = [3, 4];
    const params = seededParams(dModel, 70);
    const x = seededNormal([1, seq, dModel], 71) as tf.Tensor3D;
    const mask = tf.tensor2d(
      [
        [1, 1, 0],
        [0, 0, 0], // query 1 sees nothing
        [1, 1, 1],
      ],
      [3, 3],
      'bool',
    );
    const row1 = (t: tf.Tensor) => tf.slice(t, [0, 1, 0], [1, 1, dModel]);
    const zero = multiHeadAttention(params, x, x, x, { numHeads: 2, mask });
    // 'zero': the heads give 0, so the output is Concat(0, 0)·W^O + b^O = b^O.
    expectClose(row1(zero.output), tf.reshape(params.bO!, [1, 1, dModel]));
    expectClose(tf.slice(zero.weights, [0, 0, 1, 0], [1, 2, 1, 3]), [[[[0, 0, 0]], [[0, 0, 0]]]]);
    const uniform = multiHeadAttention(params, x, x, x, {
      numHeads: 2,
      mask,
      maskedRows: 'uniform',
    });
    expectClose(
      tf.slice(uniform.weights, [0, 0, 1, 0], [1, 2, 1, 3]),
      tf.fill([1, 2, 1, 3], 1 / 3),
    );
    const nan = multiHeadAttention(params, x, x, x, { numHeads: 2, mask, maskedRows: 'nan' });
    expect(Array.from(row1(nan.output).dataSync()).every(Number.isNaN)).toBe(true);
    // The other queries are untouched by the policy.
    const others = (t: tf.Tensor) => tf.gather(t, [0, 2], 1);
    expectClose(others(nan.output), others(zero.output), { atol: 0, rtol: 0 });
    dispose(params, x, mask, zero, uniform, nan);
  });

  it('stays finite on huge inputs, with weights that are probabilities', () => {
    const params = seededParams(8, 80);
    const x = tf.tidy(() => tf.mul(seededNormal([2, 5, 8], 81), 1e3)) as tf.Tensor3D;
    const { output, weights } = multiHeadAttention(params, x, x, x, { numHeads: 4 });
    expect(Array.from(output.dataSync()).every(Number.isFinite)).toBe(true);
    const values = Array.from(weights.dataSync());
    expect(values.every((w) => w >= 0 && w <= 1)).toBe(true);
    tf.tidy(() => expectClose(tf.sum(weights, -1), tf.ones([2, 4, 5]), { atol: 1e-5, rtol: 0 }));
    dispose(params, x, output, weights);
  });

  it('names the function, the argument and both shapes in its errors', () => {
    const params = seededParams(8, 90);
    const q = tf.zeros([2, 3, 8]) as tf.Tensor3D;
    const kv = tf.zeros([2, 5, 8]) as tf.Tensor3D;
    const bad = {
      rank2: tf.zeros([3, 8]) as unknown as tf.Tensor3D,
      batch: tf.zeros([3, 5, 8]) as tf.Tensor3D,
      width: tf.zeros([2, 5, 6]) as tf.Tensor3D,
      seqK: tf.zeros([2, 4, 8]) as tf.Tensor3D,
      wQ: tf.zeros([8, 6]) as tf.Tensor2D,
      bO: tf.zeros([6]) as tf.Tensor1D,
      mask5: tf.ones([1, 1, 1, 3, 5], 'bool'),
      mask3: tf.ones([2, 4, 5], 'bool'),
      maskHalf: tf.fill([3, 5], 0.5),
    };
    const call =
      (
        query: tf.Tensor3D,
        key: tf.Tensor3D,
        value: tf.Tensor3D,
        options: Partial<Parameters<typeof multiHeadAttention>[4]> = {},
        p: MultiHeadAttentionParams = params,
      ) =>
      () =>
        multiHeadAttention(p, query, key, value, { numHeads: 2, ...options });
    const shapes = (k: string, v: string) => `query [2, 3, 8], key ${k}, value ${v}`;

    expect(call(bad.rank2, kv, kv)).toThrow(
      "multiHeadAttention: argument 'query' must have shape [*, *, *], got [3, 8] " +
        '(rank 2, expected rank 3)',
    );
    expect(call(q, bad.batch, kv)).toThrow(
      "multiHeadAttention: argument 'key' must have the batch of 'query', got " +
        shapes('[3, 5, 8]', '[2, 5, 8]'),
    );
    expect(call(q, kv, bad.width)).toThrow(
      "multiHeadAttention: argument 'value' must have the dModel of 'query', got " +
        shapes('[2, 5, 8]', '[2, 5, 6]'),
    );
    expect(call(q, kv, bad.seqK)).toThrow(
      "multiHeadAttention: arguments 'key' and 'value' must have the same seqK, got " +
        shapes('[2, 5, 8]', '[2, 4, 8]'),
    );
    expect(call(q, kv, kv, { numHeads: 3 })).toThrow(
      "multiHeadAttention: option 'numHeads' must be a positive integer dividing dModel, " +
        `got numHeads = 3 and dModel = 8 (${shapes('[2, 5, 8]', '[2, 5, 8]')})`,
    );
    expect(call(q, kv, kv, {}, { ...params, wQ: bad.wQ })).toThrow(
      "multiHeadAttention: argument 'params.wQ' must have shape [8, 8], got [8, 6]",
    );
    expect(call(q, kv, kv, {}, { ...params, bO: bad.bO })).toThrow(
      "multiHeadAttention: argument 'params.bO' must have shape [8], got [6]",
    );
    expect(call(q, kv, kv, { mask: bad.mask5 })).toThrow(
      "multiHeadAttention: argument 'mask' must have shape [seqQ, seqK], [batch, seqQ, seqK] " +
        'or [batch, numHeads, seqQ, seqK] (any axis may be 1), got [1, 1, 1, 3, 5] (rank 5)',
    );
    expect(call(q, kv, kv, { mask: bad.mask3 })).toThrow(
      "multiHeadAttention: argument 'mask' of rank 3 must have shape [batch, seqQ, seqK] = " +
        '[2, 3, 5] (any axis may be 1), got [2, 4, 5]',
    );
    expect(call(q, kv, kv, { mask: bad.maskHalf })).toThrow(
      "multiHeadAttention: argument 'mask' must hold only 0 and 1 (1 = may attend), found 0.5",
    );
    expect(call(q, kv, kv, { maskedRows: 'ignore' as 'zero' })).toThrow(
      "multiHeadAttention: option 'maskedRows' must be one of zero, uniform, nan, got 'ignore'",
    );
    dispose(params, q, kv, bad);
  });

  it('leaks no tensors, with or without a mask', async () => {
    const params = seededParams(8, 100);
    const x = seededNormal([2, 4, 8], 101) as tf.Tensor3D;
    const mask = literalCausal(4);
    await expectNoLeaks(() => {
      const r = multiHeadAttention(params, x, x, x, { numHeads: 2 });
      tf.dispose([r.output, r.weights]);
    });
    await expectNoLeaks(() => {
      const r = multiHeadAttention(params, x, x, x, { numHeads: 4, mask, maskedRows: 'nan' });
      tf.dispose([r.output, r.weights]);
    });
    dispose(params, x, mask);
  });
});
