// The judge's comparisons and verdicts, and the CSV cell escaping, on hand-made data.
import { describe, expect, it } from 'vitest';
import { compareValues, judgeCase, neededFunctions, tensor } from '../lib/judge.mjs';
import { csvCell } from '../lib/report.mjs';

const tol = { atol: 1e-5, rtol: 1e-4 };
const returned = (value: unknown, extra: Record<string, unknown> = {}) => ({
  outcome: 'returned',
  value,
  leaked: 0,
  inputsChanged: false,
  kernels: [],
  shapes: [],
  ...extra,
});
const aCase = { id: 'c', fn: 'f', args: [], hidden: false, label: 'a case' };

describe('compareValues', () => {
  it('accepts values within atol + rtol·|expected|, NaN for NaN and ±Infinity for themselves', () => {
    const expected = tensor([1, 100, Number.NaN, '-Infinity' as never], [4]);
    const got = tensor([1 + 5e-6, 100 + 0.009, Number.NaN, '-Infinity' as never], [4]);
    expect(compareValues(expected, got, tol)).toBeUndefined();
  });

  it('names the first difference: shape, dtype, values with the largest error', () => {
    const e = tensor([1, 2, 3, 4], [2, 2]);
    expect(compareValues(e, tensor([1, 2, 3, 4], [4]), tol)?.category).toBe('wrong shape');
    expect(compareValues(e, tensor([1, 2, 3, 4], [2, 2], 'bool'), tol)?.category).toBe(
      'wrong dtype',
    );
    const diff = compareValues(e, tensor([1, 2.5, 3, 3], [2, 2]), tol);
    expect(diff).toEqual({ category: 'wrong values', maxError: 1, path: 'result' });
    expect(compareValues({ output: e }, { output: 'x' }, tol)?.path).toBe('result.output');
  });

  it('gives nothing for objects that claim to match whatever they meet', () => {
    const matcher = { asymmetricMatch: true, $$typeof: 'jest.asymmetricMatcher' };
    expect(compareValues(tensor([1], [1]), matcher, tol)?.category).toBe(
      'wrong type (not a tensor)',
    );
    expect(compareValues([1, 2], { length: 2, 0: 1, 1: 2 }, tol)?.category).toBe('wrong type');
  });
});

describe('judgeCase', () => {
  const expected = returned(tensor([0.5, 0.5], [2]));
  it('passes the same outputs and explains every other outcome by category alone', () => {
    const context = { timedOut: false, forbidKernels: ['Softmax'] };
    expect(judgeCase(aCase, expected, returned(tensor([0.5, 0.5], [2])), context)).toBeUndefined();
    expect(judgeCase(aCase, expected, undefined, context)).toBe('no result (the run crashed)');
    expect(judgeCase(aCase, expected, undefined, { timedOut: true })).toBe('timed out');
    expect(judgeCase(aCase, expected, { outcome: 'threw', error: 'Error' }, context)).toBe('threw');
    expect(
      judgeCase(aCase, expected, returned(tensor([0.5, 0.5], [2]), { leaked: 3 }), context),
    ).toBe('leaked tensors');
    expect(
      judgeCase(
        aCase,
        expected,
        returned(tensor([0.5, 0.5], [2]), { kernels: ['Softmax'] }),
        context,
      ),
    ).toBe('used a forbidden operation (Softmax)');
    expect(judgeCase(aCase, { outcome: 'threw' }, expected, context)).toBe(
      'should have thrown an error, returned',
    );
    expect(
      judgeCase(
        { ...aCase, noKernelOutput: { lastDim: 48 } },
        expected,
        returned(tensor([0.5, 0.5], [2]), { shapes: ['20x48'] }),
        context,
      ),
    ).toBe('formed a tensor over every key (not the memory-saving method)');
  });
});

describe('neededFunctions', () => {
  it('follows calls through helpers; a cycle never leads back to the function itself', () => {
    const graded = new Map([
      ['greedy', '{ return generate(x); }'],
      ['step', '{ return block(x) + greedy; }'],
      ['block', '{ return 1; }'],
    ]);
    const helpers = new Map([['generate', '{ return step(x); }']]);
    const needed = neededFunctions(graded, helpers);
    expect([...needed.get('greedy')!].sort()).toEqual(['block', 'step']);
    expect([...needed.get('step')!].sort()).toEqual(['block', 'greedy']);
    expect([...needed.get('block')!]).toEqual([]);
  });
});

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['alice', 'alice'],
  ])('neutralises %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('keeps numbers, negative ones included, as numbers', () => {
    expect(csvCell(-3)).toBe('-3');
  });
});
