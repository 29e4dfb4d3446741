// @ts-check
// Judge cases for stage 4 (see 01-scaled-dot-product-attention.mjs for the form).
// Whole models come from the handed-out `initTransformer` and `encode` (in a file
// that holds no graded function, so the submission cannot change them); the decoder
// block's parameters are written out as data.
import { randomLayers, randomTensor, seeded, tensor, UNDEFINED } from '../lib/judge.mjs';

export const forbidKernels = {};

/**
 * A model's configuration, as `initTransformer` takes it.
 * @typedef {{ srcVocabSize: number, tgtVocabSize: number, dModel: number, numHeads: number,
 *   dFF: number, numEncoderLayers: number, numDecoderLayers: number, maxLen: number,
 *   seed: number, normFirst?: boolean }} ModelConfig
 */

/** @type {ModelConfig} */
const CONFIG = {
  srcVocabSize: 7,
  tgtVocabSize: 9,
  dModel: 8,
  numHeads: 2,
  dFF: 16,
  numEncoderLayers: 2,
  numDecoderLayers: 2,
  maxLen: 6,
  seed: 5,
};

/** @returns {import('../lib/judge.mjs').JudgeCase[]} */
export function cases() {
  const random = seeded(4);
  /** @type {import('../lib/judge.mjs').JudgeCase[]} */
  const out = [];
  /**
   * @param {string} fn @param {string} label @param {Partial<import('../lib/judge.mjs').JudgeCase>} spec
   * @param {boolean} hidden
   */
  const add = (fn, label, spec, hidden = false) =>
    out.push({ id: `${fn}-${out.length}`, fn, label, args: [], hidden, ...spec });
  const { norm, feedForward, attention } = randomLayers(random);
  /** @param {number} d @param {number} dFF */
  const block = (d, dFF) => ({
    selfAttention: attention(d),
    norm1: norm(d),
    crossAttention: attention(d),
    norm2: norm(d),
    feedForward: feedForward(d, dFF),
    norm3: norm(d),
  });
  /** @param {number[][]} rows */
  const ids = (rows) =>
    tensor(rows, [rows.length, /** @type {number[]} */ (rows[0]).length], 'int32');
  /** @param {ModelConfig} config */
  const model = (config = CONFIG) => ({ $call: ['initTransformer', [config]] });

  // decoderBlock
  const db = 'decoderBlock';
  /** @param {number} b @param {number} s @param {number} d */
  const x = (b, s, d) => randomTensor(random, [b, s, d]);
  add(db, 'post-norm, causal', {
    args: [block(4, 8), x(2, 3, 4), x(2, 5, 4), { numHeads: 2, causal: true }],
  });
  add(db, 'pre-norm, not causal', {
    args: [block(4, 8), x(1, 3, 4), x(1, 2, 4), { numHeads: 2, normFirst: true, causal: false }],
  });
  add(db, 'a memory mask', {
    args: [
      block(4, 8),
      x(2, 2, 4),
      x(2, 3, 4),
      { numHeads: 1, memoryMask: tensor([1, 1, 0, 1, 1, 1], [2, 1, 1, 3], 'bool') },
    ],
  });
  add(db, 'numHeads not dividing dModel', {
    args: [block(4, 8), x(1, 2, 4), x(1, 2, 4), { numHeads: 3 }],
  });
  add(
    db,
    'a self mask and gelu',
    {
      args: [
        block(6, 12),
        x(1, 4, 6),
        x(1, 3, 6),
        {
          numHeads: 3,
          activation: 'gelu',
          selfMask: tensor([1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1], [4, 4], 'bool'),
        },
      ],
    },
    true,
  );
  add(
    db,
    'dropout in training, seeded',
    {
      args: [
        block(4, 8),
        x(1, 3, 4),
        x(1, 3, 4),
        { numHeads: 2, dropoutRate: 0.25, training: true, seed: 3 },
      ],
    },
    true,
  );
  add(
    db,
    'one target position, epsilon',
    {
      args: [block(4, 8), x(3, 1, 4), x(3, 2, 4), { numHeads: 4, epsilon: 1e-3 }],
    },
    true,
  );
  add(
    db,
    'memory of another dModel',
    { args: [block(4, 8), x(1, 2, 4), x(1, 2, 6), { numHeads: 2 }] },
    true,
  );

  // decodeStep: chains of steps, each carrying the previous step's cache
  const ds = 'decodeStep';
  /** @type {(src: number[][], options?: unknown, config?: ModelConfig) => [string, unknown][]} */
  const lets = (src, options = UNDEFINED, config = CONFIG) => [
    ['params', model(config)],
    ['memory', { $call: ['encode', [{ $let: 'params' }, ids(src), options]] }],
  ];
  /** @type {(tokens: number[][], options?: unknown) => unknown[][]} */
  const steps = (tokens, options = UNDEFINED) =>
    tokens.map((token, t) => [
      { $let: 'params' },
      { $let: 'memory' },
      token,
      t === 0 ? null : { $prev: 'cache' },
      options,
    ]);
  add(ds, 'three steps, batch 2', {
    lets: lets([
      [1, 2, 3],
      [4, 5, 6],
    ]),
    calls: steps([
      [1, 1],
      [3, 4],
      [5, 2],
    ]),
    compare: ['logits'],
  });
  add(ds, 'one step', { lets: lets([[1, 2]]), calls: steps([[1]]), compare: ['logits'] });
  add(ds, 'a token outside the vocabulary', {
    lets: lets([[1, 2]]),
    calls: steps([[9]]),
    compare: ['logits'],
  });
  add(
    ds,
    'padded sources',
    {
      lets: lets(
        [
          [1, 2, 3, 0],
          [4, 5, 0, 0],
        ],
        { srcLengths: [3, 2] },
      ),
      calls: steps(
        [
          [1, 1],
          [2, 3],
          [4, 4],
          [6, 5],
        ],
        { srcLengths: [3, 2] },
      ),
      compare: ['logits'],
    },
    true,
  );
  add(
    ds,
    'six steps, up to maxLen',
    {
      lets: lets([[3, 1]]),
      calls: steps([[1], [2], [3], [4], [5], [6]]),
      compare: ['logits'],
    },
    true,
  );
  add(
    ds,
    'a step past maxLen',
    {
      lets: lets([[3, 1]]),
      calls: steps([[1], [2], [3], [4], [5], [6], [7]]),
      compare: ['logits'],
    },
    true,
  );
  add(
    ds,
    'pre-norm model',
    {
      lets: lets([[2, 2, 2]], UNDEFINED, { ...CONFIG, normFirst: true, seed: 9 }),
      calls: steps([[1], [8]]),
      compare: ['logits'],
    },
    true,
  );

  // greedyDecode
  const gd = 'greedyDecode';
  add(gd, 'batch 2', {
    args: [
      model(),
      ids([
        [1, 2, 3],
        [4, 5, 6],
      ]),
      { bos: 1, eos: 2, maxLen: 5 },
    ],
  });
  add(gd, 'maxLen 1', { args: [model(), ids([[1, 2]]), { bos: 1, eos: 2, maxLen: 1 }] });
  add(gd, 'a bos outside the vocabulary', {
    args: [model(), ids([[1, 2]]), { bos: 99, eos: 2, maxLen: 3 }],
  });
  add(
    gd,
    'padded sources',
    {
      args: [
        model(),
        ids([
          [3, 4, 0],
          [5, 0, 0],
        ]),
        { bos: 1, eos: 2, maxLen: 6, srcLengths: [2, 1] },
      ],
    },
    true,
  );
  add(
    gd,
    'another model',
    {
      args: [
        model({ ...CONFIG, seed: 21, normFirst: true }),
        ids([[6, 5, 4, 3]]),
        { bos: 0, eos: 8, maxLen: 6 },
      ],
    },
    true,
  );
  add(
    gd,
    'maxLen above the model',
    { args: [model(), ids([[1]]), { bos: 1, eos: 2, maxLen: 7 }] },
    true,
  );
  return out;
}
