// One grading workspace per stage, prepared once (`pnpm assignment prepare`) and graded in
// by every test file that grades that stage (`pnpm assignment grade --workspace`): the
// hostile batches, screen on and off, and the end-to-end tests, which vitest runs side by
// side. Each of them installed and compiled the same workspace before. The first file to
// ask for a stage prepares it, holding a lock folder; the others wait for it. The default
// path, installing inside `grade`, stays covered by batch.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { PREPARED_FILE } from '../lib/teacher.mjs';

const root = new URL('../..', import.meta.url).pathname;
const WAIT_MS = 10 * 60_000;

/** Blocks this process for `ms` (the test files call the grader synchronously too). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The prepared grading workspace of `folder` (without the type check's tools: the tests
 * grade with --no-typecheck), preparing it if no test file has yet.
 */
export function preparedWorkspace(folder: string): string {
  const base = inject('gradingWorkspaces');
  const dir = join(base, folder);
  const lock = join(base, `${folder}.lock`);
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(join(dir, PREPARED_FILE))) {
    if (Date.now() > deadline) throw new Error(`no prepared workspace for ${folder} after 10 min`);
    try {
      mkdirSync(lock);
    } catch {
      sleep(250); // another test file is preparing it
      continue;
    }
    try {
      if (existsSync(join(dir, PREPARED_FILE))) break;
      rmSync(dir, { recursive: true, force: true }); // what a failed attempt left
      const args = ['prepare', folder, '--out', dir, '--no-typecheck'];
      const run = spawnSync('node', [join(root, 'scripts', 'assignment.mjs'), ...args], {
        cwd: root,
        encoding: 'utf8',
      });
      if (run.status !== 0) {
        throw new Error(`pnpm assignment prepare ${folder} failed: ${run.stderr.slice(-2000)}`);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
}
