import { describe, expect, it } from 'vitest';
import type { Run, Status } from '../lib/report.mjs';
import {
  capMessage,
  feedbackView,
  formatCsv,
  formatFeedback,
  formatScore,
  gradescopeResult,
  score,
} from '../lib/report.mjs';
import { cleanMessage } from '../lib/runner.mjs';

const functions = [
  { name: 'softmax', points: 40 },
  { name: 'scaledDotProductAttention', points: 60 },
];

function run(name: string, status: Status, passed: number, total: number, reason = '') {
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

/** A teacher's result where softmax fails one visible and one hidden test. */
function teacherResult() {
  const secret = "it('hidden: the secret case', () => expectClose(softmax(x), [0.25, 0.75]));";
  return score({
    assignment: 'Stage 1',
    stage: '01-x',
    hiddenTests: true,
    submission: 'alice, "the first"',
    functions,
    runs: new Map<string, Run>([
      [
        'softmax',
        {
          ...run('softmax', 'fail', 10, 12, secret),
          hiddenPassed: 3,
          hiddenTotal: 4,
          failedTest: 'hidden test test/softmax.hidden.test.ts › hidden › secret',
          failures: [
            { file: 'test/softmax.hidden.test.ts', hidden: true, test: 'secret', message: secret },
            {
              file: 'test/softmax.test.ts',
              hidden: false,
              test: 'rows',
              message: 'x'.repeat(5000),
            },
          ],
        },
      ],
      ['scaledDotProductAttention', run('scaledDotProductAttention', 'pass', 9, 9)],
    ]),
  });
}

describe('feedback for students', () => {
  it('shows hidden tests only as counts and caps every message', () => {
    const result = teacherResult();
    const view = feedbackView(result);
    const text = JSON.stringify(view) + formatFeedback(result, 120);
    expect(text).not.toContain('the secret case');
    expect(view.functions[0]!.reason).toBe(
      'a hidden test failed (hidden tests: 3 of 4 passed); hidden tests are not shown',
    );
    expect(view.functions[0]!.failures).toHaveLength(1);
    // 800 characters kept, then "… (4200 more characters)".
    expect(view.functions[0]!.failures[0]!.message).toBe(
      `${'x'.repeat(800)}… (4200 more characters)`,
    );
    // The teacher's result keeps everything.
    expect(JSON.stringify(result)).toContain('the secret case');
  });

  it('caps a message and says by how much', () => {
    expect(capMessage('abcdef', 4)).toBe('abcd… (2 more characters)');
    expect(capMessage('abc', 4)).toBe('abc');
  });

  it('writes Gradescope results: score, max_score, execution_time, one test per function', () => {
    const gs = gradescopeResult({ ...teacherResult(), seconds: 12.5 });
    expect(gs).toMatchObject({ score: 60, max_score: 100, execution_time: 12.5 });
    expect(gs.tests.map((t: { name: string; score: number }) => [t.name, t.score])).toEqual([
      ['softmax', 0],
      ['scaledDotProductAttention', 60],
    ]);
    expect(gs.tests[0]).toMatchObject({ max_score: 40, visibility: 'visible', status: 'failed' });
    expect(gs.tests[0]!.output).toContain('hidden tests: 3 of 4 passed');
    expect(JSON.stringify(gs)).not.toContain('the secret case');
  });

  it('writes a CSV row per submission, quoting where needed', () => {
    const csv = formatCsv([teacherResult()], () => false).split('\n');
    expect(csv[0]).toBe(
      'submission,softmax,scaledDotProductAttention,points,possible,percent,graded',
    );
    expect(csv[1]).toBe('"alice, ""the first""",0,60,60,100,60,yes');
  });
});
