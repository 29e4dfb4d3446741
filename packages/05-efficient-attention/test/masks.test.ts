import { expectNoLeaks } from '@mha/runtime/testing';
import type * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { fixedBlockMask, globalTokensMask, slidingWindowMask, stridedMask } from '../src/index.js';

/** A mask as rows of 0/1, easy to write out by hand. */
const bits = (mask: tf.Tensor) =>
  (mask.arraySync() as unknown as boolean[][]).map((r) => r.map(Number));

function check(make: () => tf.Tensor, expected: number[][]): void {
  const mask = make();
  expect(mask.dtype).toBe('bool');
  expect(bits(mask)).toEqual(expected);
  mask.dispose();
}

describe('slidingWindowMask', () => {
  it('left 1, right 0 on 4 × 4: the diagonal and the one before it', () =>
    check(
      () => slidingWindowMask(4, 4, { left: 1, right: 0 }),
      [
        [1, 0, 0, 0],
        [1, 1, 0, 0],
        [0, 1, 1, 0],
        [0, 0, 1, 1],
      ],
    ));

  it('left 0, right 2 on 3 × 5 (more keys than queries)', () =>
    check(
      () => slidingWindowMask(3, 5, { left: 0, right: 2 }),
      [
        [1, 1, 1, 0, 0],
        [0, 1, 1, 1, 0],
        [0, 0, 1, 1, 1],
      ],
    ));

  it('left Infinity, right 0 is the causal mask; a window beyond the sequence sees all', () => {
    check(
      () => slidingWindowMask(3, 3, { left: Number.POSITIVE_INFINITY, right: 0 }),
      [
        [1, 0, 0],
        [1, 1, 0],
        [1, 1, 1],
      ],
    );
    check(
      () => slidingWindowMask(2, 3, { left: 9, right: 9 }),
      [
        [1, 1, 1],
        [1, 1, 1],
      ],
    );
  });

  it('names the function and the argument in its errors', () => {
    expect(() => slidingWindowMask(0, 3, { left: 1, right: 1 })).toThrow(
      "slidingWindowMask: 'seqQ' must be an integer >= 1, got 0",
    );
    expect(() => slidingWindowMask(3, 2.5, { left: 1, right: 1 })).toThrow(/'seqK'/);
    expect(() => slidingWindowMask(3, 3, { left: -1, right: 1 })).toThrow(
      "slidingWindowMask: 'left' must be a non-negative integer, got -1",
    );
    expect(() => slidingWindowMask(3, 3, { left: 1 } as never)).toThrow(/'right'/);
  });

  it('leaks no tensors', () =>
    expectNoLeaks(() => slidingWindowMask(5, 5, { left: 1, right: 1 }).dispose()));
});

describe('stridedMask', () => {
  it('stride 2 on 6 positions: the previous 2 and every 2nd before them', () =>
    // i − j ∈ {0, 1, 2} or (i − j) even, j ≤ i
    check(
      () => stridedMask(6, { stride: 2 }),
      [
        [1, 0, 0, 0, 0, 0],
        [1, 1, 0, 0, 0, 0],
        [1, 1, 1, 0, 0, 0],
        [0, 1, 1, 1, 0, 0],
        [1, 0, 1, 1, 1, 0],
        [0, 1, 0, 1, 1, 1],
      ],
    ));

  it('stride 3 on 8 positions, causal: row 7 sees 4…7 and 1', () => {
    const mask = stridedMask(8, { stride: 3 });
    expect(bits(mask)[7]).toEqual([0, 1, 0, 0, 1, 1, 1, 1]);
    mask.dispose();
  });

  it('non-causal: the same rule on |i − j|, a symmetric mask', () => {
    const mask = stridedMask(8, { stride: 3, causal: false });
    const rows = bits(mask);
    expect(rows[1]).toEqual([1, 1, 1, 1, 1, 0, 0, 1]);
    expect(rows).toEqual(rows.map((_, i) => rows.map((r) => r[i])));
    mask.dispose();
  });

  it('names the function and the argument in its errors', () => {
    expect(() => stridedMask(4, { stride: 0 })).toThrow(
      "stridedMask: 'stride' must be an integer >= 1, got 0",
    );
    expect(() => stridedMask(-1, { stride: 2 })).toThrow(/stridedMask: 'seq'/);
    expect(() => stridedMask(4, { stride: 2, causal: 'yes' as never })).toThrow(/'causal'/);
  });
});

describe('fixedBlockMask', () => {
  it('block 3, summary 1, causal on 7 positions: own block, and positions 2 and 5', () =>
    check(
      () => fixedBlockMask(7, { block: 3 }),
      [
        [1, 0, 0, 0, 0, 0, 0],
        [1, 1, 0, 0, 0, 0, 0],
        [1, 1, 1, 0, 0, 0, 0],
        [0, 0, 1, 1, 0, 0, 0],
        [0, 0, 1, 1, 1, 0, 0],
        [0, 0, 1, 1, 1, 1, 0],
        [0, 0, 1, 0, 0, 1, 1],
      ],
    ));

  it('block 2, summary 2, non-causal: every position is a summary, so all see all', () =>
    check(
      () => fixedBlockMask(3, { block: 2, summary: 2, causal: false }),
      [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
    ));

  it('names the function and the argument in its errors', () => {
    expect(() => fixedBlockMask(4, { block: 0 })).toThrow(
      "fixedBlockMask: 'block' must be an integer >= 1, got 0",
    );
    expect(() => fixedBlockMask(4, { block: 2, summary: 3 })).toThrow(
      "fixedBlockMask: 'summary' (3) must not exceed 'block' (2)",
    );
  });
});

describe('globalTokensMask', () => {
  it('window 1 with position 0 global on 5 positions', () =>
    check(
      () => globalTokensMask(5, { globalPositions: [0], window: 1 }),
      [
        [1, 1, 1, 1, 1],
        [1, 1, 1, 0, 0],
        [1, 1, 1, 1, 0],
        [1, 0, 1, 1, 1],
        [1, 0, 0, 1, 1],
      ],
    ));

  it('no global positions is a plain window; two globals see and are seen', () => {
    check(
      () => globalTokensMask(3, { globalPositions: [], window: 0 }),
      [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
    );
    check(
      () => globalTokensMask(4, { globalPositions: [3, 1], window: 0 }),
      [
        [1, 1, 0, 1],
        [1, 1, 1, 1],
        [0, 1, 1, 1],
        [1, 1, 1, 1],
      ],
    );
  });

  it('names the function and the argument in its errors', () => {
    expect(() => globalTokensMask(4, { globalPositions: [4], window: 1 })).toThrow(
      "globalTokensMask: 'globalPositions' must hold integers in [0, 4) for seq 4, got 4",
    );
    expect(() => globalTokensMask(4, { globalPositions: [1, 1], window: 1 })).toThrow(/repeated/);
    expect(() => globalTokensMask(4, { globalPositions: [0], window: -2 })).toThrow(
      /globalTokensMask: 'window'/,
    );
    expect(() => globalTokensMask(4, { window: 1 } as never)).toThrow(/'globalPositions'/);
  });
});
