import { describe, expect, it } from 'vitest';
import { changedFiles, childEnv, hashFiles, scoreGroup } from '../lib/runner.mjs';

const group = {
  name: 'softmax',
  root: '/run/abc',
  files: ['test/softmax.test.ts'],
  hidden: new Set<string>(),
};
const titles = { softmax: 'softmax' };

function test(title: string, state: string, extra: Record<string, unknown> = {}) {
  return { ancestors: ['softmax'], title, state, mode: 'run', fails: false, errors: [], ...extra };
}

function report(tests: ReturnType<typeof test>[]) {
  return { files: [{ path: '/run/abc/test/softmax.test.ts', state: 'passed', errors: [], tests }] };
}

const key = (title: string) => `test/softmax.test.ts › softmax › ${title}`;
const expected = new Map(['a', 'b', 'c', 'd'].map((t) => [key(t), { fails: false }]));

describe('scoreGroup, against the tests the reference run passed', () => {
  it('passes when exactly the expected tests pass', () => {
    const all = ['a', 'b', 'c', 'd'].map((t) => test(t, 'passed'));
    const result = scoreGroup(group, report(all), titles, ['/run/abc'], expected);
    expect([result.status, result.passed, result.total]).toEqual(['pass', 4, 4]);
  });

  it('counts a skipped, a flipped and a missing test as failed', () => {
    const tests = [
      test('a', 'passed'),
      test('b', 'skipped', { mode: 'skip' }),
      test('c', 'passed', { fails: true }),
    ];
    const result = scoreGroup(group, report(tests), titles, ['/run/abc'], expected);
    expect(result.status).toBe('fail');
    expect([result.passed, result.total]).toEqual([1, 4]);
    expect(
      result.failures.map((f: { test: string; message: string }) => [f.test, f.message]),
    ).toEqual([
      ['b', 'the test was skipped'],
      ['c', 'the test was marked as expected to fail'],
      ['d', 'the test did not report a result'],
    ]);
  });

  it('does not count a test the reference run did not report', () => {
    const tests = [...['a', 'b', 'c', 'd'].map((t) => test(t, 'passed')), test('extra', 'passed')];
    const result = scoreGroup(group, report(tests), titles, ['/run/abc'], expected);
    expect(result.status).toBe('fail');
    expect(result.failures[0]!.message).toBe(
      'a test the reference run did not report: not counted',
    );
  });

  it('without expectations (a student workspace), leaves skipped tests out', () => {
    const tests = [test('a', 'passed'), test('b', 'skipped', { mode: 'skip' })];
    const result = scoreGroup(group, report(tests), titles, ['/run/abc'], undefined);
    expect([result.status, result.passed, result.total]).toEqual(['pass', 1, 1]);
  });
});

describe('the test processes’ surroundings', () => {
  it('keeps INIT_CWD, PWD and npm_* variables from a teacher’s test processes', () => {
    const saved = { ...process.env };
    Object.assign(process.env, { INIT_CWD: '/repo', PWD: '/repo', npm_config_x: '1' });
    try {
      const env = childEnv({}, true);
      expect(Object.keys(env).filter((k) => /INIT_CWD|^PWD$|^npm_/.test(k))).toEqual([]);
      expect(env.PATH).toBe(process.env.PATH);
      expect(childEnv({}, false).INIT_CWD).toBe('/repo');
    } finally {
      for (const k of ['INIT_CWD', 'PWD', 'npm_config_x']) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
  });

  it('notices a file changed after its hash was taken', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'mha-hash-'));
    try {
      const a = join(dir, 'a.test.ts');
      const b = join(dir, 'b.test.ts');
      writeFileSync(a, 'one');
      writeFileSync(b, 'two');
      const hashes = hashFiles([a, b]);
      expect(changedFiles(hashes)).toEqual([]);
      writeFileSync(b, 'three');
      expect(changedFiles(hashes)).toEqual([b]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
