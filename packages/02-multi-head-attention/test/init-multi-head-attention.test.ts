import { expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { initMultiHeadAttention } from '../src/index.js';

describe('initMultiHeadAttention', () => {
  it('creates four [dModel, dModel] matrices and four zero biases of [dModel]', () => {
    const params = initMultiHeadAttention({ dModel: 8, numHeads: 2, seed: 1 });
    for (const name of ['wQ', 'wK', 'wV', 'wO'] as const) {
      expect(params[name].shape).toEqual([8, 8]);
    }
    for (const name of ['bQ', 'bK', 'bV', 'bO'] as const) {
      expect(params[name]?.shape).toEqual([8]);
      expect(Array.from(params[name]!.dataSync())).toEqual(new Array(8).fill(0));
    }
    tf.dispose(Object.values(params));
  });

  it('leaves the biases out with bias: false', () => {
    const params = initMultiHeadAttention({ dModel: 4, numHeads: 4, bias: false, seed: 1 });
    expect(Object.keys(params).sort()).toEqual(['wK', 'wO', 'wQ', 'wV']);
    tf.dispose(Object.values(params));
  });

  it('draws Glorot-uniform weights, new per matrix and repeatable per seed', () => {
    const a = initMultiHeadAttention({ dModel: 24, numHeads: 3, seed: 5 });
    const b = initMultiHeadAttention({ dModel: 24, numHeads: 3, seed: 5 });
    const limit = Math.sqrt(6 / 48); // 0.3536
    const wQ = Array.from(a.wQ.dataSync());
    expect(Math.max(...wQ.map(Math.abs))).toBeLessThanOrEqual(limit);
    expect(Math.max(...wQ.map(Math.abs))).toBeGreaterThan(0.9 * limit); // 576 draws fill the range
    expect(Array.from(a.wK.dataSync())).not.toEqual(wQ);
    expect(Array.from(b.wQ.dataSync())).toEqual(wQ);
    tf.dispose([...Object.values(a), ...Object.values(b)]);
  });

  it('says both numbers when numHeads does not divide dModel, and checks the seed', () => {
    expect(() => initMultiHeadAttention({ dModel: 10, numHeads: 3, seed: 1 })).toThrow(
      "initMultiHeadAttention: 'numHeads' must be a positive integer dividing 'dModel', " +
        'got dModel = 10 and numHeads = 3',
    );
    expect(() => initMultiHeadAttention({ dModel: 0, numHeads: 1, seed: 1 })).toThrow(
      "initMultiHeadAttention: 'dModel' must be a positive integer, got 0",
    );
    expect(() => initMultiHeadAttention({ dModel: 4, numHeads: 2, seed: -1 })).toThrow(
      "initMultiHeadAttention: 'seed' must be an integer in [0, 2^32), got -1",
    );
  });

  it('creates exactly the tensors it returns', async () => {
    await expectNoLeaks(() => {
      const params = initMultiHeadAttention({ dModel: 8, numHeads: 2, seed: 1 });
      expect(Object.values(params)).toHaveLength(8);
      tf.dispose(Object.values(params));
    });
  });
});
