// @ts-check
// Judge cases for stage 2 (see 01-scaled-dot-product-attention.mjs for the form).
import { randomTensor, seeded, tensor, UNDEFINED } from '../lib/judge.mjs';

export const forbidKernels = {};

/** @returns {import('../lib/judge.mjs').JudgeCase[]} */
export function cases() {
  const random = seeded(2);
  /** @type {import('../lib/judge.mjs').JudgeCase[]} */
  const out = [];
  /** @param {string} fn @param {string} label @param {unknown[]} args @param {boolean} hidden */
  const add = (fn, label, args, hidden = false) =>
    out.push({ id: `${fn}-${out.length}`, fn, label, args, hidden });
  /** @param {number[]} values @param {number[]} shape */
  const bool = (values, shape) => tensor(values, shape, 'bool');

  // splitHeads and mergeHeads
  add('splitHeads', '[2, 3, 4] into 2 heads', [randomTensor(random, [2, 3, 4]), 2]);
  add('splitHeads', 'one head', [randomTensor(random, [1, 2, 3]), 1]);
  add('splitHeads', 'numHeads not dividing dModel', [randomTensor(random, [1, 2, 6]), 4]);
  add('splitHeads', 'counting values', [tensor([...Array(24).keys()], [1, 2, 12]), 3], true);
  add('splitHeads', 'as many heads as features', [randomTensor(random, [2, 2, 4]), 4], true);
  add('splitHeads', 'rank 2 input', [randomTensor(random, [2, 4]), 2], true);
  add('mergeHeads', '[2, 2, 3, 2]', [randomTensor(random, [2, 2, 3, 2])]);
  add('mergeHeads', 'one head', [randomTensor(random, [1, 1, 2, 3])]);
  add('mergeHeads', 'rank 3 input', [randomTensor(random, [2, 3, 4])]);
  add('mergeHeads', 'counting values', [tensor([...Array(24).keys()], [1, 3, 2, 4])], true);
  add('mergeHeads', 'one feature per head', [randomTensor(random, [2, 4, 3, 1])], true);

  // masks
  add('paddingMask', 'lengths [2, 3], seqK 3', [[2, 3], 3]);
  add('paddingMask', 'one sequence', [[1], 4]);
  add('paddingMask', 'a length above seqK', [[5], 3]);
  add('paddingMask', 'lengths 0 and seqK', [[0, 3, 1], 3], true);
  add('paddingMask', 'a negative length', [[-1], 3], true);
  add('paddingMask', 'a fractional length', [[1.5], 3], true);
  add('causalMask', 'square', [3]);
  add('causalMask', 'seqK given equal', [2, 2]);
  add('causalMask', 'more keys than queries', [2, 4], true);
  add('causalMask', 'more queries than keys', [4, 2], true);
  add('causalMask', 'one query', [1], true);
  add('causalMask', 'seqQ 0', [0, 2], true);
  const a = bool([1, 0, 1, 1], [2, 2]);
  const b = bool([1, 1, 0, 1], [2, 1, 1, 2]);
  add('combineMasks', 'two of one shape', [a, bool([0, 1, 1, 1], [2, 2])]);
  add('combineMasks', 'broadcasting', [a, b]);
  add('combineMasks', 'one mask', [a]);
  add('combineMasks', 'three masks', [a, a, bool([1, 1, 1, 0], [2, 2])], true);
  add(
    'combineMasks',
    'broadcast both ways',
    [bool([1, 0, 1], [3, 1]), bool([1, 1, 0], [1, 3])],
    true,
  );
  add('combineMasks', 'no mask', [], true);
  add('combineMasks', 'shapes that do not broadcast', [a, bool([1, 1, 1], [3])], true);

  // multiHeadAttention
  const mha = 'multiHeadAttention';
  /** @param {number} dModel */
  const params = (dModel, biases = true) => {
    /** @type {Record<string, unknown>} */
    const p = {};
    for (const name of ['wQ', 'wK', 'wV', 'wO'])
      p[name] = randomTensor(random, [dModel, dModel], 0.5);
    if (biases) {
      for (const name of ['bQ', 'bK', 'bV', 'bO']) p[name] = randomTensor(random, [dModel], 0.1);
    }
    return p;
  };
  /** @param {number} batch @param {number} seq @param {number} dModel */
  const x = (batch, seq, dModel) => randomTensor(random, [batch, seq, dModel]);
  {
    const p = params(4);
    const q = x(2, 3, 4);
    add(mha, 'self-attention, 2 heads', [p, q, q, q, { numHeads: 2 }]);
  }
  add(mha, 'cross-attention, 1 head, no biases', [
    params(4, false),
    x(1, 2, 4),
    x(1, 3, 4),
    x(1, 3, 4),
    { numHeads: 1 },
  ]);
  {
    const q = x(2, 3, 4);
    add(mha, 'a padding mask', [
      params(4),
      q,
      q,
      q,
      { numHeads: 2, mask: bool([1, 1, 0, 1, 1, 1], [2, 1, 1, 3]) },
    ]);
    add(mha, 'a causal mask', [
      params(4),
      q,
      q,
      q,
      { numHeads: 4, mask: bool([1, 0, 0, 1, 1, 0, 1, 1, 1], [3, 3]) },
    ]);
  }
  add(mha, 'numHeads not dividing dModel', [
    params(4),
    x(1, 2, 4),
    x(1, 2, 4),
    x(1, 2, 4),
    { numHeads: 3 },
  ]);
  {
    const q = x(2, 4, 6);
    add(
      mha,
      'a per-head mask',
      [
        params(6),
        q,
        q,
        q,
        {
          numHeads: 3,
          mask: tensor(
            Array.from({ length: 2 * 3 * 4 * 4 }, (_, i) => (i * 7) % 3 !== 0),
            [2, 3, 4, 4],
            'bool',
          ),
        },
      ],
      true,
    );
    add(
      mha,
      "a fully masked row, 'uniform'",
      [
        params(6),
        q,
        q,
        q,
        {
          numHeads: 2,
          mask: bool([0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [4, 4]),
          maskedRows: 'uniform',
        },
      ],
      true,
    );
    add(
      mha,
      "a fully masked row, 'zero'",
      [
        params(6),
        q,
        q,
        q,
        { numHeads: 3, mask: bool([0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [4, 4]) },
      ],
      true,
    );
  }
  add(
    mha,
    'longer keys than queries',
    [params(8), x(1, 2, 8), x(1, 5, 8), x(1, 5, 8), { numHeads: 4 }],
    true,
  );
  add(
    mha,
    'large activations',
    [params(4), x(1, 3, 4), randomTensor(random, [1, 3, 4], 20), x(1, 3, 4), { numHeads: 2 }],
    true,
  );
  add(
    mha,
    'a key with another seqK than the value',
    [params(4), x(1, 2, 4), x(1, 3, 4), x(1, 2, 4), { numHeads: 2 }],
    true,
  );
  add(
    mha,
    'an unknown maskedRows',
    [params(4), x(1, 2, 4), x(1, 2, 4), x(1, 2, 4), { numHeads: 2, maskedRows: 'drop' }],
    true,
  );
  add(
    mha,
    'a mask undefined',
    [params(4), x(1, 2, 4), x(1, 2, 4), x(1, 2, 4), { numHeads: 2, mask: UNDEFINED }],
    true,
  );
  return out;
}
