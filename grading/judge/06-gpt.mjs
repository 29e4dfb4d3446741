// @ts-check
// Judge cases for stage 6 (see 01-scaled-dot-product-attention.mjs for the form).
//
// Besides agreeing with the reference, some cases check a property on what came back,
// in the judge, from the case's own arguments (`property`): RoPE keeps each row's length
// and makes q_m·k_n depend on m − n alone; grouped-query attention is causal, lets query
// heads of one group share a key/value head (head h reads head floor(h / group)), and equals
// multi-head attention whose key/value weights repeat per group; the sampling distribution
// keeps exactly k tokens, or the shortest prefix whose mass reaches p, and sums to 1.
import { randomTensor, seeded, tensor, UNDEFINED } from '../lib/judge.mjs';

export const forbidKernels = {};

/** @typedef {import('../lib/judge.mjs').JudgeCase} JudgeCase */
/** @typedef {{ $t: [number[], string, unknown[]] }} TensorData */

/** @param {unknown} v @returns {v is TensorData} */
const isTensor = (v) => v !== null && typeof v === 'object' && '$t' in v;

/** The flat values of a tensor as data (non-finite values as NaN). @param {unknown} v */
function values(v) {
  if (!isTensor(v)) return undefined;
  return v.$t[2].map((x) => (typeof x === 'number' ? x : Number.NaN));
}

/** @param {number[]} a @param {number[]} b */
const dot = (a, b) => a.reduce((s, x, i) => s + x * /** @type {number} */ (b[i]), 0);

/** Rows of the last axis of a tensor as data. @param {unknown} v @returns {number[][] | undefined} */
function rows(v) {
  const flat = values(v);
  if (!flat || !isTensor(v)) return undefined;
  const width = /** @type {number} */ (v.$t[0].at(-1));
  const out = [];
  for (let i = 0; i < flat.length; i += width) out.push(flat.slice(i, i + width));
  return out;
}

/** `{ output, weights }` of a result, as data. @param {unknown} v */
function attentionParts(v) {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const r = /** @type {Record<string, unknown>} */ (v);
  const output = values(r.output);
  const weights = values(r.weights);
  if (!output || !weights || !isTensor(r.weights)) return undefined;
  return { output, weights, shape: r.weights.$t[0] };
}

/**
 * RoPE keeps the length of every row of x (a rotation in each pair of features).
 * @param {unknown} value @param {JudgeCase} c
 */
function keepsRowLengths(value, c) {
  const got = rows(value);
  const given = rows(c.args[0]);
  if (!got || !given || got.length !== given.length) return undefined; // compared below
  const bad = got.some((row, i) => {
    const a = Math.sqrt(dot(row, row));
    const b = Math.sqrt(
      dot(/** @type {number[]} */ (given[i]), /** @type {number[]} */ (given[i])),
    );
    return Math.abs(a - b) > 1e-4 * (1 + b);
  });
  return bad ? 'a rotation keeps each row’s length; this changed one' : undefined;
}

/**
 * The calls rotate q at m and k at n in pairs, all with the same m − n: every pair's
 * dot product must be the same.
 * @param {unknown} value
 */
function relativePositions(value) {
  if (!Array.isArray(value) || value.length % 2 !== 0) return undefined;
  const products = [];
  for (let i = 0; i < value.length; i += 2) {
    const q = values(value[i]);
    const k = values(value[i + 1]);
    if (!q || !k || q.length !== k.length) return undefined;
    products.push(dot(q, k));
  }
  const first = /** @type {number} */ (products[0]);
  return products.some((p) => Math.abs(p - first) > 1e-4 * (1 + Math.abs(first)))
    ? 'q_m·k_n must depend on m − n alone; it changed with the positions'
    : undefined;
}

/**
 * A causal result gives weight 0 to every later key.
 * @param {unknown} value
 */
function causal(value) {
  const parts = attentionParts(value);
  if (!parts) return undefined;
  const [batch = 0, heads = 0, seqQ = 0, seqK = 0] = parts.shape;
  for (let b = 0; b < batch; b++)
    for (let h = 0; h < heads; h++)
      for (let i = 0; i < seqQ; i++)
        for (let j = i + 1; j < seqK; j++) {
          const w = /** @type {number} */ (parts.weights[((b * heads + h) * seqQ + i) * seqK + j]);
          if (w !== 0) return 'not causal: a query gives weight to a later key';
        }
  return undefined;
}

/**
 * Heads that read the same key/value head, with the same queries, have the same weights;
 * `groups` lists the sets of heads that must agree.
 * @param {number[][]} groups
 */
function sharedHeads(groups) {
  /** @param {unknown} value */
  return (value) => {
    const parts = attentionParts(value);
    if (!parts) return undefined;
    const [batch = 0, heads = 0, seqQ = 0, seqK = 0] = parts.shape;
    const size = seqQ * seqK;
    /** @param {number} b @param {number} h */
    const head = (b, h) => parts.weights.slice((b * heads + h) * size, (b * heads + h + 1) * size);
    for (let b = 0; b < batch; b++) {
      for (const group of groups) {
        const first = head(b, /** @type {number} */ (group[0]));
        for (const h of group.slice(1)) {
          if (head(b, h).some((w, i) => Math.abs(w - /** @type {number} */ (first[i])) > 1e-5)) {
            return 'query head h must read key/value head floor(h / (numHeads / numKvHeads))';
          }
        }
      }
    }
    return undefined;
  };
}

/**
 * Two calls, the same x: grouped-query attention, then multi-head attention with each
 * key/value head's weights repeated for its group. Their results must agree.
 * @param {unknown} value
 */
function equalsRepeatedMha(value) {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const a = attentionParts(value[0]);
  const b = attentionParts(value[1]);
  if (!a || !b || a.output.length !== b.output.length) return undefined;
  const far = (/** @type {number[]} */ x, /** @type {number[]} */ y) =>
    x.some((v, i) => Math.abs(v - /** @type {number} */ (y[i])) > 1e-4);
  return far(a.output, b.output) || far(a.weights, b.weights)
    ? 'must equal multi-head attention whose key/value heads repeat for their group'
    : undefined;
}

/**
 * Two calls: x, then x with its last position changed. Under a causal mask the outputs at
 * every earlier position must not change.
 * @param {unknown} value
 */
function futureBlind(value) {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const a = attentionParts(value[0]);
  const b = attentionParts(value[1]);
  const shape = isTensor(/** @type {Record<string, unknown>} */ (value[0])?.output)
    ? /** @type {TensorData} */ (/** @type {Record<string, unknown>} */ (value[0]).output).$t[0]
    : undefined;
  if (!a || !b || !shape || a.output.length !== b.output.length) return undefined;
  const [batch = 0, seq = 0, dModel = 0] = shape;
  for (let n = 0; n < batch; n++)
    for (let t = 0; t < seq - 1; t++)
      for (let d = 0; d < dModel; d++) {
        const i = (n * seq + t) * dModel + d;
        if (
          Math.abs(/** @type {number} */ (a.output[i]) - /** @type {number} */ (b.output[i])) > 1e-5
        ) {
          return 'not causal: changing the last position changed an earlier output';
        }
      }
  return undefined;
}

/**
 * The kept tokens of a sampling distribution, worked out here from the case's arguments in
 * float64: softmax of logits / temperature, sorted (ties: smaller id first), the top k
 * renormalised, then the shortest prefix whose mass reaches p.
 * @param {unknown} value @param {JudgeCase} c
 */
function samplingRules(value, c) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { ids, probs } = /** @type {{ ids: unknown, probs: unknown }} */ (value);
  if (!Array.isArray(ids) || !Array.isArray(probs)) return undefined;
  const logits = /** @type {number[]} */ (c.args[0]);
  const options = /** @type {{ temperature?: number, topK?: number, topP?: number }} */ (
    c.args[1] ?? {}
  );
  const { temperature = 1, topK = logits.length, topP = 1 } = options;
  const scaled = logits.map((z) => z / temperature);
  const order = scaled
    .map((_, i) => i)
    .sort((a, b) => (scaled[b] ?? 0) - (scaled[a] ?? 0) || a - b);
  const top = order.slice(0, topK);
  const peak = /** @type {number} */ (scaled[/** @type {number} */ (top[0])]);
  const weights = top.map((i) => Math.exp(/** @type {number} */ (scaled[i]) - peak));
  const total = weights.reduce((s, w) => s + w, 0);
  let mass = 0;
  let keep = 0;
  while (keep < top.length && (keep === 0 || mass < topP)) {
    mass += /** @type {number} */ (weights[keep]) / total;
    keep += 1;
  }
  if (ids.length !== keep) {
    return topP < 1
      ? 'top-p must keep the shortest prefix whose mass reaches p'
      : 'top-k must keep exactly k tokens';
  }
  if (ids.some((id, i) => id !== top[i]))
    return 'must keep the most likely tokens, most likely first';
  const sum = probs.reduce((s, p) => s + (typeof p === 'number' ? p : Number.NaN), 0);
  if (!(Math.abs(sum - 1) < 1e-6)) return 'the kept probabilities must sum to 1';
  return undefined;
}

/** @returns {JudgeCase[]} */
export function cases() {
  const random = seeded(6);
  /** @type {JudgeCase[]} */
  const out = [];
  /**
   * @param {string} fn @param {string} label @param {unknown[]} args @param {boolean} hidden
   * @param {Partial<JudgeCase>} [extra]
   */
  const add = (fn, label, args, hidden = false, extra = {}) =>
    out.push({ id: `${fn}-${out.length}`, fn, label, args, hidden, ...extra });
  /** @param {number[]} shape @param {number} [scale] */
  const r = (shape, scale = 1) => randomTensor(random, shape, scale);

  // applyRotaryEmbedding
  const rope = 'applyRotaryEmbedding';
  const rowLengths = { property: keepsRowLengths };
  add(rope, 'defaults, [1, 1, 3, 4]', [r([1, 1, 3, 4])], false, rowLengths);
  add(rope, 'base 100, offset 3', [r([2, 2, 5, 6]), { base: 100, offset: 3 }], false, rowLengths);
  // dHead 2, base anything: θ_0 = 1, so row t of (1, 0) turns to (cos t, sin t)
  add(rope, 'one pair of features', [tensor([1, 0, 1, 0, 1, 0, 0, 1], [1, 1, 4, 2])]);
  add(rope, 'an odd dHead', [r([1, 1, 2, 3])]);
  add(rope, 'rank 3', [r([1, 3, 4])]);
  const q = r([1, 1, 1, 8]);
  const k = r([1, 1, 1, 8]);
  add(rope, 'q_m·k_n depends on m − n alone', [], false, {
    calls: [
      [q, { offset: 3 }],
      [k, { offset: 1 }],
      [q, { offset: 12 }],
      [k, { offset: 10 }],
      [q, { offset: 2 }],
      [k, { offset: 0 }],
    ],
    property: relativePositions,
  });
  add(rope, 'a far offset', [r([1, 2, 3, 8]), { offset: 1000 }], true, rowLengths);
  add(rope, 'base 1: every pair turns alike', [r([1, 1, 4, 6]), { base: 1 }], true, rowLengths);
  add(rope, 'options undefined', [r([2, 1, 2, 4]), UNDEFINED], true);
  add(rope, 'an empty sequence', [r([1, 2, 0, 4])], true);
  add(rope, 'a negative offset', [r([1, 1, 2, 4]), { offset: -1 }], true);
  add(rope, 'a fractional offset', [r([1, 1, 2, 4]), { offset: 0.5 }], true);
  add(rope, 'base 0', [r([1, 1, 2, 4]), { base: 0 }], true);
  add(rope, 'large values', [r([1, 3, 4, 4], 50), { base: 500, offset: 7 }], true, rowLengths);
  add(rope, 'relative positions, another m − n', [], true, {
    calls: [
      [q, { offset: 9, base: 50 }],
      [k, { offset: 4, base: 50 }],
      [q, { offset: 5, base: 50 }],
      [k, { offset: 0, base: 50 }],
    ],
    property: relativePositions,
  });

  // groupedQueryAttention
  const gqa = 'groupedQueryAttention';
  /**
   * Random weights for `numHeads` query heads and `numKvHeads` key/value heads of width
   * dModel / numHeads, biases included.
   * @param {number} dModel @param {number} numHeads @param {number} numKvHeads
   */
  const params = (dModel, numHeads, numKvHeads) => {
    const kv = numKvHeads * (dModel / numHeads);
    return {
      wQ: r([dModel, dModel], 0.5),
      bQ: r([dModel], 0.1),
      wK: r([dModel, kv], 0.5),
      bK: r([kv], 0.1),
      wV: r([dModel, kv], 0.5),
      bV: r([kv], 0.1),
      wO: r([dModel, dModel], 0.5),
      bO: r([dModel], 0.1),
    };
  };
  /**
   * A [rows, cols] matrix as data whose column blocks of width `width` are copies of block
   * `source(block)` of `m` (a [rows, blocks·width] matrix).
   * @param {TensorData} m @param {number} width @param {number[]} source
   */
  const blocks = (m, width, source) => {
    const [[rowCount = 0, cols = 0], dtype, flat] = m.$t;
    /** @type {unknown[]} */
    const data = [];
    for (let i = 0; i < rowCount; i++)
      for (const s of source)
        for (let j = 0; j < width; j++) data.push(flat[i * cols + s * width + j]);
    return { $t: [rowCount === 0 ? [0] : [rowCount, source.length * width], dtype, data] };
  };
  /** @param {TensorData} v @param {number} width @param {number[]} source */
  const vblocks = (v, width, source) => {
    const [, dtype, flat] = v.$t;
    const data = source.flatMap((s) => flat.slice(s * width, (s + 1) * width));
    return { $t: [[data.length], dtype, data] };
  };
  const causalCheck = { property: causal };
  add(
    gqa,
    'MHA: 4 query heads, 4 key/value heads',
    [params(8, 4, 4), r([2, 3, 8]), { numHeads: 4, numKvHeads: 4 }],
    false,
    causalCheck,
  );
  add(
    gqa,
    'GQA: 4 query heads, 2 key/value heads',
    [params(8, 4, 2), r([2, 4, 8]), { numHeads: 4, numKvHeads: 2 }],
    false,
    causalCheck,
  );
  add(
    gqa,
    'MQA: 4 query heads, 1 key/value head',
    [params(8, 4, 1), r([1, 5, 8]), { numHeads: 4, numKvHeads: 1 }],
    false,
    causalCheck,
  );
  add(gqa, 'not causal', [
    params(6, 3, 1),
    r([2, 3, 6]),
    { numHeads: 3, numKvHeads: 1, causal: false },
  ]);
  add(
    gqa,
    'RoPE',
    [params(8, 2, 1), r([1, 4, 8]), { numHeads: 2, numKvHeads: 1, rope: {} }],
    false,
    causalCheck,
  );
  add(
    gqa,
    'a padding mask',
    [
      params(8, 4, 2),
      r([2, 4, 8]),
      { numHeads: 4, numKvHeads: 2, mask: tensor([1, 1, 1, 1, 1, 1, 0, 0], [2, 1, 1, 4], 'bool') },
    ],
    false,
    causalCheck,
  );
  add(gqa, 'numKvHeads not dividing numHeads', [
    params(8, 4, 2),
    r([1, 2, 8]),
    { numHeads: 4, numKvHeads: 3 },
  ]);
  // Query heads 0 and 1 (and 2 and 3) have the same query weights; with 2 key/value heads
  // they read the same head, so their weights agree; heads 1 and 2 read different ones.
  {
    const p = params(8, 4, 2);
    const shared = { ...p, wQ: blocks(p.wQ, 2, [0, 0, 2, 2]), bQ: vblocks(p.bQ, 2, [0, 0, 2, 2]) };
    add(
      gqa,
      'heads of one group share a key/value head',
      [shared, r([1, 4, 8]), { numHeads: 4, numKvHeads: 2, causal: false }],
      false,
      {
        property: sharedHeads([
          [0, 1],
          [2, 3],
        ]),
      },
    );
  }
  {
    const p = params(8, 4, 2);
    const x = r([2, 3, 8]);
    const repeated = {
      ...p,
      wK: blocks(p.wK, 2, [0, 0, 1, 1]),
      bK: vblocks(p.bK, 2, [0, 0, 1, 1]),
      wV: blocks(p.wV, 2, [0, 0, 1, 1]),
      bV: vblocks(p.bV, 2, [0, 0, 1, 1]),
    };
    add(gqa, 'GQA equals MHA with key/value heads repeated per group', [], false, {
      calls: [
        [p, x, { numHeads: 4, numKvHeads: 2 }],
        [repeated, x, { numHeads: 4, numKvHeads: 4 }],
      ],
      property: equalsRepeatedMha,
    });
  }
  {
    const p = params(6, 2, 1);
    const x = r([2, 4, 6]);
    const changed = { $t: [x.$t[0], x.$t[1], x.$t[2].map((v, i) => (i % 24 >= 18 ? 3 : v))] };
    add(gqa, 'the last position changes no earlier output', [], true, {
      calls: [
        [p, x, { numHeads: 2, numKvHeads: 1, rope: { base: 100 } }],
        [p, changed, { numHeads: 2, numKvHeads: 1, rope: { base: 100 } }],
      ],
      property: futureBlind,
    });
  }
  {
    const p = params(8, 4, 1);
    const shared = { ...p, wQ: blocks(p.wQ, 2, [1, 1, 1, 1]), bQ: vblocks(p.bQ, 2, [1, 1, 1, 1]) };
    add(
      gqa,
      'MQA: one key/value head for every query head',
      [shared, r([2, 3, 8]), { numHeads: 4, numKvHeads: 1, rope: {} }],
      true,
      { property: sharedHeads([[0, 1, 2, 3]]) },
    );
  }
  {
    const p = params(12, 6, 3);
    const shared = {
      ...p,
      wQ: blocks(p.wQ, 2, [0, 0, 2, 2, 4, 4]),
      bQ: vblocks(p.bQ, 2, [0, 0, 2, 2, 4, 4]),
    };
    add(
      gqa,
      '6 query heads in 3 groups',
      [shared, r([1, 5, 12]), { numHeads: 6, numKvHeads: 3, rope: { base: 500 } }],
      true,
      {
        property: sharedHeads([
          [0, 1],
          [2, 3],
          [4, 5],
        ]),
      },
    );
  }
  add(
    gqa,
    'RoPE with a padding mask, GQA',
    [
      params(8, 4, 2),
      r([2, 5, 8]),
      {
        numHeads: 4,
        numKvHeads: 2,
        rope: { base: 100 },
        mask: tensor([1, 1, 1, 0, 0, 1, 1, 1, 1, 1], [2, 1, 1, 5], 'bool'),
      },
    ],
    true,
    causalCheck,
  );
  add(
    gqa,
    'a [batch, seq, seq] mask, not causal',
    [
      params(4, 2, 2),
      r([2, 3, 4]),
      {
        numHeads: 2,
        numKvHeads: 2,
        causal: false,
        mask: tensor([1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1], [2, 3, 3], 'bool'),
      },
    ],
    true,
  );
  add(
    gqa,
    'a [seq, seq] mask with the causal one',
    [
      params(4, 2, 1),
      r([1, 3, 4]),
      { numHeads: 2, numKvHeads: 1, mask: tensor([1, 0, 1, 1, 1, 1, 0, 1, 1], [3, 3], 'bool') },
    ],
    true,
    causalCheck,
  );
  add(gqa, 'one position', [params(8, 4, 1), r([3, 1, 8]), { numHeads: 4, numKvHeads: 1 }], true);
  add(
    gqa,
    'one head',
    [params(4, 1, 1), r([1, 3, 4]), { numHeads: 1, numKvHeads: 1, rope: {} }],
    true,
    causalCheck,
  );
  add(
    gqa,
    'large inputs',
    [params(8, 4, 2), r([1, 4, 8], 20), { numHeads: 4, numKvHeads: 2 }],
    true,
    causalCheck,
  );
  add(
    gqa,
    'RoPE with an odd dHead',
    [params(6, 2, 1), r([1, 2, 6]), { numHeads: 2, numKvHeads: 1, rope: {} }],
    true,
  );
  add(
    gqa,
    'wK of the wrong width',
    [params(8, 4, 4), r([1, 2, 8]), { numHeads: 4, numKvHeads: 2 }],
    true,
  );
  add(gqa, 'x of rank 2', [params(8, 4, 2), r([2, 8]), { numHeads: 4, numKvHeads: 2 }], true);

  // samplingDistribution
  const sd = 'samplingDistribution';
  const rules = { property: samplingRules, atol: 1e-9, rtol: 1e-7 };
  /** @param {number} n @param {number} scale */
  const logits = (n, scale) =>
    Array.from({ length: n }, () => Math.round((random() * 2 - 1) * scale * 1e6) / 1e6);
  const four = [0, Math.log(2), Math.log(3), Math.log(4)];
  add(sd, 'no options: every token', [four], false, rules);
  add(sd, 'top-k 2', [four, { topK: 2 }], false, rules);
  add(sd, 'top-p 0.65', [four, { topP: 0.65 }], false, rules);
  add(sd, 'temperature 0.5', [four, { temperature: 0.5 }], false, rules);
  add(sd, 'top-k 3, then top-p 0.75', [four, { topK: 3, topP: 0.75 }], false, rules);
  add(sd, 'top-k above the vocabulary', [four, { topK: 5 }]);
  add(
    sd,
    'temperature 0.8, top-k 40 of 60',
    [logits(60, 4), { temperature: 0.8, topK: 40 }],
    true,
    rules,
  );
  add(sd, 'top-p 0.9 of 50', [logits(50, 3), { topP: 0.9 }], true, rules);
  add(sd, 'ties: the smaller id first', [[1, 3, 3, 1, 2], { topK: 3 }], true, rules);
  add(sd, 'top-k 1', [logits(10, 2), { topK: 1 }], true, rules);
  add(sd, 'top-p exactly reached', [[0, 0, 0, 0], { topP: 0.5 }], true, rules);
  add(
    sd,
    'top-p with top-k and temperature',
    [logits(30, 5), { topK: 12, topP: 0.6, temperature: 1.7 }],
    true,
    rules,
  );
  add(sd, 'large logits', [[1000, 999, 1001, -1000], { temperature: 0.3 }], true, rules);
  add(sd, 'one token', [[0.5], UNDEFINED], true, rules);
  add(sd, 'top-p 0', [four, { topP: 0 }], true);
  add(sd, 'top-k 0', [four, { topK: 0 }], true);
  add(sd, 'a fractional top-k', [four, { topK: 1.5 }], true);
  add(sd, 'temperature 0', [four, { temperature: 0 }], true);
  add(sd, 'an infinite temperature', [four, { temperature: { $inf: 1 } }], true);

  // sampleNextToken: `random` is a function returning the listed numbers in turn
  const sn = 'sampleNextToken';
  /** @param {number[]} draws */
  const draws = (...draws) => ({ $draws: draws });
  add(sn, 'u = 0.05', [four, {}, draws(0.05)]);
  add(sn, 'u = 0.95', [four, {}, draws(0.95)]);
  add(sn, 'top-k 2, u = 0.6', [four, { topK: 2 }, draws(0.6)]);
  add(sn, 'a bad top-k', [four, { topK: 9 }, draws(0.5)]);
  add(sn, 'u just below a boundary', [four, {}, draws(0.6999)], true);
  add(sn, 'u just above a boundary', [four, {}, draws(0.7001)], true);
  add(sn, 'u = 0', [logits(20, 3), { topK: 5 }, draws(0)], true);
  add(sn, 'u close to 1', [logits(20, 3), { topP: 0.8 }, draws(0.999999)], true);
  add(
    sn,
    'temperature and top-p',
    [logits(40, 4), { temperature: 0.7, topP: 0.9 }, draws(0.37)],
    true,
  );
  add(sn, 'top-k 1 draws the most likely', [logits(15, 2), { topK: 1 }, draws(0.9)], true);
  add(sn, 'one draw per call', [], true, {
    calls: [0.1, 0.45, 0.8, 0.99].map((u) => [logits(6, 2), { temperature: 1.3 }, draws(u, 0.5)]),
  });
  add(sn, 'a bad top-p', [four, { topP: 2 }, draws(0.5)], true);
  return out;
}
