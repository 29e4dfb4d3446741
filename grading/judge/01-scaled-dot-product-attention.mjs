// @ts-check
// Judge cases for stage 1. Each case is a call, with its arguments as data; the
// expected result is what the reference solution returns on the same arguments
// (computed by the judge, outside the student's run), so a case states inputs only.
// Hidden cases are never shown to students beyond pass/fail and a category.
import { randomTensor, seeded, tensor, UNDEFINED } from '../lib/judge.mjs';

/** Kernels a function may not run: softmax is to be built from exp, max and sum. */
export const forbidKernels = { softmax: ['Softmax'] };

/** @returns {import('../lib/judge.mjs').JudgeCase[]} */
export function cases() {
  const random = seeded(1);
  /** @type {import('../lib/judge.mjs').JudgeCase[]} */
  const out = [];
  /** @param {string} fn @param {string} label @param {unknown[]} args @param {boolean} hidden */
  const add = (fn, label, args, hidden = false) =>
    out.push({ id: `${fn}-${out.length}`, fn, label, args, hidden });

  // softmax
  add('softmax', 'rank 1', [randomTensor(random, [5], 3)]);
  add('softmax', 'rank 2', [randomTensor(random, [3, 4], 3)]);
  add('softmax', 'rank 3', [randomTensor(random, [2, 3, 4], 3)]);
  add('softmax', 'rank 4', [randomTensor(random, [2, 2, 3, 5], 3)]);
  add('softmax', 'large logits', [tensor([1000, 1001, 999, 1000.5], [1, 4])]);
  add('softmax', 'a hand-computed row', [tensor([0, Math.log(2), Math.log(3)], [3])]);
  add('softmax', 'a -Infinity entry', [tensor([0, { $inf: -1 }, 1], [3])]);
  add('softmax', 'one entry per row', [tensor([7, -1e4], [2, 1, 1])], true);
  add('softmax', 'logits far below 0', [tensor([-1000, -1001], [2])], true);
  add('softmax', 'tied maxima', [tensor([Math.log(2), Math.log(2), 0], [1, 3])], true);
  add('softmax', 'wide rows', [randomTensor(random, [2, 37], 20)], true);
  add('softmax', 'shifted rows', [tensor([1, 2, 3, 101, 102, 103], [2, 3])], true);

  // scaledDotProductAttention
  const sdpa = 'scaledDotProductAttention';
  /** @param {number[]} lead @param {number} seqQ @param {number} seqK @param {number} dK @param {number} dV */
  const qkv = (lead, seqQ, seqK, dK, dV) => [
    randomTensor(random, [...lead, seqQ, dK]),
    randomTensor(random, [...lead, seqK, dK]),
    randomTensor(random, [...lead, seqK, dV]),
  ];
  add(sdpa, 'rank 2', [...qkv([], 3, 4, 2, 5)]);
  add(sdpa, 'rank 3', [...qkv([2], 3, 3, 4, 4)]);
  add(sdpa, 'rank 4', [...qkv([2, 2], 2, 3, 4, 3)]);
  add(sdpa, 'a hand-computed 2×2 case', [
    tensor([1, 0, 0, 1], [2, 2]),
    tensor([1, 0, 0, 1], [2, 2]),
    tensor([1, 2, 3, 4], [2, 2]),
  ]);
  const causal = tensor([1, 0, 0, 1, 1, 0, 1, 1, 1], [3, 3], 'bool');
  add(sdpa, 'a causal bool mask', [...qkv([], 3, 3, 4, 2), { mask: causal }]);
  add(sdpa, 'a 0/1 number mask', [
    ...qkv([2], 2, 3, 2, 2),
    { mask: tensor([1, 1, 0, 1, 0, 0], [2, 3], 'float32') },
  ]);
  const none = tensor([0, 0, 1, 1], [2, 2], 'bool');
  add(sdpa, "a fully masked row, 'zero'", [...qkv([], 2, 2, 3, 3), { mask: none }]);
  add(sdpa, "a fully masked row, 'uniform'", [
    ...qkv([], 2, 2, 3, 3),
    { mask: none, maskedRows: 'uniform' },
  ]);
  add(sdpa, 'mismatched dK', [
    randomTensor(random, [2, 3]),
    randomTensor(random, [2, 4]),
    randomTensor(random, [2, 4]),
  ]);
  add(sdpa, 'rank 1 query', [
    randomTensor(random, [3]),
    randomTensor(random, [2, 3]),
    randomTensor(random, [2, 3]),
  ]);
  add(
    sdpa,
    'a broadcast mask over a batch',
    [...qkv([3], 2, 4, 2, 3), { mask: tensor([1, 1, 0, 1], [4], 'bool') }],
    true,
  );
  add(
    sdpa,
    'large scores',
    [
      randomTensor(random, [2, 8], 30),
      randomTensor(random, [3, 8], 30),
      randomTensor(random, [3, 2]),
    ],
    true,
  );
  add(sdpa, 'one key', [...qkv([2], 3, 1, 2, 2)], true);
  add(
    sdpa,
    "a fully masked row, 'nan'",
    [...qkv([], 2, 2, 3, 3), { mask: none, maskedRows: 'nan' }],
    true,
  );
  add(sdpa, 'dK 16 scaling', [...qkv([], 2, 3, 16, 2)], true);
  add(sdpa, 'an unknown maskedRows', [...qkv([], 2, 2, 2, 2), { maskedRows: 'skip' }], true);
  add(sdpa, 'options undefined', [...qkv([], 2, 2, 2, 2), UNDEFINED], true);
  return out;
}
