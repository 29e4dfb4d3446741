// @ts-check
// Judge cases for stage 5 (see 01-scaled-dot-product-attention.mjs for the form).
import { randomTensor, seeded, tensor, UNDEFINED } from '../lib/judge.mjs';

export const forbidKernels = {};

/** @returns {import('../lib/judge.mjs').JudgeCase[]} */
export function cases() {
  const random = seeded(5);
  /** @type {import('../lib/judge.mjs').JudgeCase[]} */
  const out = [];
  /**
   * @param {string} fn @param {string} label @param {unknown[]} args @param {boolean} hidden
   * @param {Partial<import('../lib/judge.mjs').JudgeCase>} [extra]
   */
  const add = (fn, label, args, hidden = false, extra = {}) =>
    out.push({ id: `${fn}-${out.length}`, fn, label, args, hidden, ...extra });
  /** @param {number[]} lead @param {number} seqQ @param {number} seqK @param {number} dK @param {number} dV */
  const qkv = (lead, seqQ, seqK, dK, dV, scale = 1) => [
    randomTensor(random, [...lead, seqQ, dK], scale),
    randomTensor(random, [...lead, seqK, dK], scale),
    randomTensor(random, [...lead, seqK, dV]),
  ];

  const swm = 'slidingWindowMask';
  add(swm, 'symmetric window', [5, 5, { left: 1, right: 1 }]);
  add(swm, 'left only', [4, 6, { left: 2, right: 0 }]);
  add(swm, 'a missing reach', [3, 3, { left: 1 }]);
  add(swm, 'more queries than keys', [6, 3, { left: 0, right: 2 }], true);
  add(swm, 'a window wider than the keys', [3, 3, { left: 10, right: 10 }], true);
  add(swm, 'one query, one key', [1, 1, { left: 0, right: 0 }], true);
  add(swm, 'a negative reach', [3, 3, { left: -1, right: 0 }], true);
  add(swm, 'seqK 0', [3, 0, { left: 1, right: 1 }], true);

  const lin = 'linearAttention';
  add(lin, 'rank 2', qkv([], 4, 5, 3, 2));
  add(lin, 'rank 3, causal', [...qkv([2], 5, 5, 3, 4), { causal: true }]);
  add(lin, "featureMap 'elu+1'", [...qkv([2], 3, 4, 2, 2), { featureMap: 'elu+1' }]);
  add(lin, 'an unknown featureMap', [...qkv([], 2, 2, 2, 2), { featureMap: 'relu' }]);
  add(lin, 'rank 4, causal', [...qkv([2, 2], 4, 4, 3, 2), { causal: true }], true);
  add(lin, 'large inputs', qkv([1], 3, 6, 4, 3, 5), true);
  add(lin, 'one key', qkv([], 3, 1, 2, 2), true);
  add(lin, 'causal with seqQ != seqK', [...qkv([], 3, 5, 2, 2), { causal: true }], true);
  add(lin, 'options undefined', [...qkv([], 2, 3, 2, 2), UNDEFINED], true);
  add(lin, 'never a [seq, seq] tensor', [...qkv([], 40, 40, 4, 3), { causal: true }], true, {
    noKernelOutput: { twoDims: 40 },
  });

  const mea = 'memoryEfficientAttention';
  add(mea, 'blocks of 2 over 5 keys', [...qkv([], 3, 5, 4, 2), { blockSize: 2 }]);
  add(mea, 'default block size', qkv([2], 4, 6, 3, 3));
  add(mea, 'causal, blocks of 3', [...qkv([2], 6, 6, 4, 2), { causal: true, blockSize: 3 }]);
  add(mea, 'a bool mask', [
    ...qkv([], 3, 4, 2, 2),
    { blockSize: 2, mask: tensor([1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1], [3, 4], 'bool') },
  ]);
  add(mea, 'blockSize 0', [...qkv([], 2, 2, 2, 2), { blockSize: 0 }]);
  add(mea, 'large scores, blocks of 1', [...qkv([1], 3, 4, 8, 2, 20), { blockSize: 1 }], true);
  add(
    mea,
    "a fully masked row, 'uniform'",
    [
      ...qkv([], 2, 3, 2, 2),
      { blockSize: 2, mask: tensor([0, 0, 0, 1, 1, 0], [2, 3], 'bool'), maskedRows: 'uniform' },
    ],
    true,
  );
  add(
    mea,
    "a fully masked row, 'zero'",
    [...qkv([], 2, 3, 2, 2), { blockSize: 2, mask: tensor([0, 0, 0, 1, 1, 0], [2, 3], 'bool') }],
    true,
  );
  add(
    mea,
    'causal with more keys than queries',
    [...qkv([2], 3, 7, 2, 2), { causal: true, blockSize: 4 }],
    true,
  );
  add(mea, 'a block larger than seqK', [...qkv([], 3, 3, 2, 2), { blockSize: 64 }], true);
  add(
    mea,
    'rank 4 with a broadcast mask',
    [...qkv([2, 2], 2, 4, 2, 2), { blockSize: 3, mask: tensor([1, 1, 0, 1], [4], 'bool') }],
    true,
  );
  add(mea, 'never a tensor over every key', [...qkv([], 20, 48, 4, 3), { blockSize: 16 }], true, {
    noKernelOutput: { lastDim: 48 },
  });
  return out;
}
