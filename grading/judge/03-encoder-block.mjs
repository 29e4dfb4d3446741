// @ts-check
// Judge cases for stage 3 (see 01-scaled-dot-product-attention.mjs for the form).
import { randomLayers, randomTensor, seeded, tensor, UNDEFINED } from '../lib/judge.mjs';

export const forbidKernels = {};

/** @returns {import('../lib/judge.mjs').JudgeCase[]} */
export function cases() {
  const random = seeded(3);
  /** @type {import('../lib/judge.mjs').JudgeCase[]} */
  const out = [];
  /** @param {string} fn @param {string} label @param {unknown[]} args @param {boolean} hidden */
  const add = (fn, label, args, hidden = false) =>
    out.push({ id: `${fn}-${out.length}`, fn, label, args, hidden });
  const { norm, feedForward: ffn, attention } = randomLayers(random);
  /** @param {number} d @param {number} dFF */
  const block = (d, dFF) => ({
    attention: attention(d),
    norm1: norm(d),
    feedForward: ffn(d, dFF),
    norm2: norm(d),
  });

  const pe = 'sinusoidalPositionalEncoding';
  add(pe, 'maxLen 4, dModel 6', [4, 6]);
  add(pe, 'an odd dModel', [3, 5]);
  add(pe, 'maxLen 0', [0, 4]);
  add(pe, 'a long table', [64, 16], true);
  add(pe, 'dModel 1', [3, 1], true);
  add(pe, 'a fractional dModel', [3, 2.5], true);

  const ln = 'layerNorm';
  add(ln, 'rank 2', [norm(4), randomTensor(random, [3, 4], 2)]);
  add(ln, 'rank 3, epsilon 1e-3', [norm(5), randomTensor(random, [2, 3, 5], 2), { epsilon: 1e-3 }]);
  add(ln, 'a feature count that does not match', [norm(4), randomTensor(random, [2, 3])]);
  add(ln, 'a constant row', [norm(3), tensor([2, 2, 2, 1, 2, 3], [2, 3])], true);
  add(ln, 'large offsets', [norm(4), tensor([1000, 1001, 1002, 1003], [1, 4])], true);
  add(ln, 'rank 1', [norm(6), randomTensor(random, [6], 3)], true);
  add(ln, 'options undefined', [norm(2), randomTensor(random, [2, 2]), UNDEFINED], true);

  const ff = 'feedForward';
  add(ff, 'relu, rank 3', [ffn(4, 8), randomTensor(random, [2, 3, 4])]);
  add(ff, 'gelu, rank 2', [ffn(3, 5), randomTensor(random, [4, 3]), { activation: 'gelu' }]);
  add(ff, 'an unknown activation', [
    ffn(3, 5),
    randomTensor(random, [4, 3]),
    { activation: 'tanh' },
  ]);
  add(
    ff,
    'dropout in training, seeded',
    [ffn(4, 6), randomTensor(random, [2, 2, 4]), { dropoutRate: 0.5, training: true, seed: 7 }],
    true,
  );
  add(
    ff,
    'dropout outside training',
    [ffn(4, 6), randomTensor(random, [2, 4]), { dropoutRate: 0.5 }],
    true,
  );
  add(
    ff,
    'large inputs, gelu',
    [ffn(2, 4), randomTensor(random, [3, 2], 8), { activation: 'gelu' }],
    true,
  );

  const eb = 'encoderBlock';
  add(eb, 'post-norm, 2 heads', [block(4, 8), randomTensor(random, [2, 3, 4]), { numHeads: 2 }]);
  add(eb, 'pre-norm, a padding mask', [
    block(4, 6),
    randomTensor(random, [2, 3, 4]),
    { numHeads: 2, normFirst: true, mask: tensor([1, 1, 0, 1, 1, 1], [2, 1, 1, 3], 'bool') },
  ]);
  add(eb, 'numHeads not dividing dModel', [
    block(4, 4),
    randomTensor(random, [1, 2, 4]),
    { numHeads: 3 },
  ]);
  add(
    eb,
    'gelu and epsilon',
    [
      block(6, 12),
      randomTensor(random, [1, 4, 6]),
      { numHeads: 3, activation: 'gelu', epsilon: 1e-3 },
    ],
    true,
  );
  add(
    eb,
    'a causal mask, pre-norm',
    [
      block(4, 8),
      randomTensor(random, [2, 3, 4], 3),
      { numHeads: 4, normFirst: true, mask: tensor([1, 0, 0, 1, 1, 0, 1, 1, 1], [3, 3], 'bool') },
    ],
    true,
  );
  add(
    eb,
    'dropout in training, seeded',
    [
      block(4, 8),
      randomTensor(random, [1, 3, 4]),
      { numHeads: 2, dropoutRate: 0.3, training: true, seed: 11 },
    ],
    true,
  );
  add(eb, 'one position', [block(4, 8), randomTensor(random, [3, 1, 4]), { numHeads: 1 }], true);
  return out;
}
