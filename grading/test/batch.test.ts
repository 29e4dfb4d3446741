// A batch never stops for one submission: the grader's own crash or hang on a submission
// (made on purpose here through MHA_GRADING_FAULT, which only the grading worker reads)
// costs that submission alone. Its row says why, the exit code counts it, and the
// submissions before and after it are graded in full.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const folder = '01-scaled-dot-product-attention';
const scratch = mkdtempSync(join(tmpdir(), 'mha-batch-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Score {
  submission: string;
  score: { points: number; percent: number };
  functions: { name: string; status: string; reason: string }[];
}

describe('pnpm assignment grade, one batch', () => {
  it('grades every other submission when the grader crashes on one and hangs on another', () => {
    // The hang first: the other worker grades the rest while it waits out its limit.
    const labels = ['hangs', 'before', 'crashes', 'between', 'after'];
    const args = [join(root, 'scripts', 'assignment.mjs'), 'grade', folder];
    for (const label of labels) {
      const dir = join(scratch, label);
      cpSync(join(root, 'packages', folder, 'src'), join(dir, 'src'), { recursive: true });
      args.push('--submission', dir);
    }
    const out = join(scratch, 'out');
    args.push('--json', '--no-typecheck', '--out', out);
    args.push('--time-limit', '10', '--function-timeout', '10');
    const started = Date.now();
    const run = spawnSync('node', args, {
      cwd: root,
      encoding: 'utf8',
      timeout: 5 * 60_000,
      env: {
        ...process.env,
        MHA_GRADING_FAULT: `crash:${join(scratch, 'crashes')},hang:${join(scratch, 'hangs')}`,
      },
    });
    const seconds = (Date.now() - started) / 1000;
    // The exit code counts the submissions that could not be graded.
    expect(run.status, run.stderr.slice(-2000)).toBe(2);
    const results = JSON.parse(run.stdout) as Score[];
    expect(results.map((r) => r.score.percent)).toEqual([0, 100, 0, 100, 100]);
    const reasons = (i: number) => results[i]!.functions.map((f) => `${f.status}: ${f.reason}`);
    for (const reason of reasons(2))
      expect(reason).toMatch(/^error: could not be graded: the grader's process ended on it/);
    // A hang is stopped at the time limit (10 s), the last run's limit (10 s) and 10 s more.
    for (const reason of reasons(0))
      expect(reason).toMatch(/^error: could not be graded: the grader took more than 30 s on it/);
    expect(seconds).toBeLessThan(120);
    // The summary has every row, the ungraded ones included.
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(labels.length + 1);
  });
});
