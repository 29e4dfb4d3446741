import { describe, expect, it } from 'vitest';
import { formatScore, score } from '../lib/report.mjs';
import { cleanMessage } from '../lib/runner.mjs';

const functions = [
  { name: 'softmax', points: 40 },
  { name: 'scaledDotProductAttention', points: 60 },
];

function run(name: string, status: string, passed: number, total: number, reason = '') {
  return {
    name,
    status,
    passed,
    total,
    failed: total - passed,
    hiddenPassed: 0,
    hiddenTotal: 0,
    reason,
  };
}

describe('score', () => {
  it('gives a function its points only when every one of its tests passes', () => {
    const result = score({
      assignment: 'Stage 1',
      stage: '01-x',
      hiddenTests: false,
      functions,
      runs: new Map([
        ['softmax', run('softmax', 'pass', 12, 12)],
        ['scaledDotProductAttention', run('scaledDotProductAttention', 'fail', 20, 21, 'off by 2')],
      ]),
    });
    expect(result.functions.map((f) => [f.name, f.points, f.possible])).toEqual([
      ['softmax', 40, 40],
      ['scaledDotProductAttention', 0, 60],
    ]);
    expect(result.score).toEqual({ points: 40, possible: 100, percent: 40 });
  });

  it('scores a function that never ran as 0, not run', () => {
    const result = score({
      assignment: 'Stage 1',
      stage: '01-x',
      hiddenTests: true,
      functions,
      runs: new Map([['softmax', run('softmax', 'pass', 3, 3)]]),
    });
    expect(result.functions[1]).toMatchObject({ points: 0, status: 'not-run', reason: 'not run' });
    expect(result.functions[1]!.tests.hidden).toEqual({ passed: 0, total: 0 });
  });
});

describe('formatScore', () => {
  it('prints one row per function, the first failure, and the total', () => {
    const result = score({
      assignment: 'Stage 1',
      stage: '01-x',
      hiddenTests: false,
      functions,
      runs: new Map([
        ['softmax', run('softmax', 'fail', 2, 12, 'TODO: implement softmax — see "Softmax"')],
        [
          'scaledDotProductAttention',
          run('scaledDotProductAttention', 'timeout', 0, 0, 'too slow'),
        ],
      ]),
      notes: ['tests ran on the cpu backend'],
    });
    const lines = formatScore(result, 200).split('\n');
    expect(lines[0]).toBe('Stage 1 (01-x): visible tests');
    expect(lines.find((l) => l.includes('softmax ') && l.includes('FAIL'))).toMatch(
      /softmax\s+0\/40\s+2\/12\s+FAIL\s+TODO: implement softmax — see "Softmax"/,
    );
    expect(lines.find((l) => l.includes('TIMEOUT'))).toMatch(/0\/60\s+0\/0\s+TIMEOUT\s+too slow/);
    expect(lines.find((l) => l.trimStart().startsWith('total'))).toMatch(/total\s+0\/100\s+0%/);
    expect(lines.at(-1)).toBe('  - tests ran on the cpu backend');
  });
});

describe('cleanMessage', () => {
  it('drops colour codes, stack frames, the run folder and a leading "Error: "', () => {
    const raw =
      '\u001b[31mError: TODO: implement f\u001b[39m\n    at f (/grading/run/f/src/f.ts:3:9)\n' +
      'see /grading/run/f/src/f.ts';
    expect(cleanMessage(raw, ['/grading/run/f'])).toBe('TODO: implement f\nsee src/f.ts');
  });
});
