// `pnpm assignment prepare` and `grade --workspace`: a prepared workspace is used only for
// the stage it was prepared for, with the tools the grading needs, while nothing it was
// made from has changed; never without the sandbox. (Grading in one is what the hostile
// batches and the end-to-end tests do, through prepared.ts.)
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseStage, resolveStage } from '../lib/stages.mjs';
import { PREPARED_FILE, workspaceKey } from '../lib/teacher.mjs';

const root = new URL('../..', import.meta.url).pathname;
const folder = '01-scaled-dot-product-attention';
const scratch = mkdtempSync(join(tmpdir(), 'mha-prepared-test-'));
chmodSync(scratch, 0o755); // reachable by the sandbox's nobody, but for the folder closed below
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `pnpm assignment <args>`: exit code and standard error. */
function assignment(...args: string[]) {
  const run = spawnSync('node', [join(root, 'scripts', 'assignment.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

/** A folder holding only a stamp, as `prepare` writes last. */
function stamped(name: string, stamp: object): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, PREPARED_FILE), JSON.stringify(stamp));
  return dir;
}

describe('a prepared grading workspace', () => {
  const analysis = analyseStage(resolveStage(folder));
  const key = workspaceKey(analysis, false);

  it('has a key that names what it was made from', () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(workspaceKey(analysis, false)).toBe(key);
    // the type check's tools are part of the workspace, another stage is another workspace
    expect(workspaceKey(analysis, true)).not.toBe(key);
    const other = analyseStage(resolveStage('02-multi-head-attention'));
    expect(workspaceKey(other, false)).not.toBe(key);
  });

  it('is refused when it is not one, is for another stage, lacks tools or is out of date', () => {
    const grade = (dir: string, ...more: string[]) =>
      assignment('grade', folder, '--reference', '--json', '--workspace', dir, ...more);
    const empty = join(scratch, 'empty');
    mkdirSync(empty, { recursive: true });
    expect(grade(empty, '--no-typecheck')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('is not a prepared grading workspace'),
    });
    const other = stamped('other', { stage: '02-multi-head-attention', tools: false, key });
    expect(grade(other, '--no-typecheck').stderr).toContain(
      'was prepared for 02-multi-head-attention, not 01-scaled-dot-product-attention',
    );
    const bare = stamped('bare', { stage: folder, tools: false, key });
    expect(grade(bare).stderr).toContain("without the TypeScript check's tools");
    const stale = stamped('stale', { stage: folder, tools: false, key: '0'.repeat(64) });
    expect(grade(stale, '--no-typecheck')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('is out of date'),
    });
    expect(grade(bare, '--no-typecheck', '--unsandboxed').stderr).toContain(
      'a prepared workspace is for sandboxed grading only',
    );
  });

  it('is prepared only into an empty folder, or over an earlier one with --force', () => {
    const taken = join(scratch, 'taken');
    mkdirSync(taken, { recursive: true });
    writeFileSync(join(taken, 'notes.txt'), 'mine');
    expect(assignment('prepare', folder, '--out', taken).stderr).toContain(
      'Pick an empty or new folder',
    );
    expect(assignment('prepare', folder, '--out', taken, '--force').stderr).toContain(
      'Pick an empty or new folder',
    );
    const earlier = stamped('earlier', { stage: folder, tools: false, key });
    expect(assignment('prepare', folder, '--out', earlier).stderr).toContain('Pass --force');
    expect(assignment('prepare', folder).stderr).toContain('prepare needs --out <dir>');
  });

  // Run as root, the sandbox runs as the host's nobody, which must reach the workspace.
  it.skipIf(process.getuid?.() !== 0)(
    'is refused where the sandbox, as nobody, cannot reach it',
    () => {
      const closed = join(scratch, 'closed');
      mkdirSync(closed, { recursive: true });
      chmodSync(closed, 0o700);
      const inside = join(closed, 'workspace');
      expect(assignment('prepare', folder, '--out', inside).stderr).toContain(
        `the sandbox runs as nobody, which cannot reach ${inside}: others may not enter ${closed}`,
      );
      const stampedInside = stamped('closed/stamped', { stage: folder, tools: false, key });
      expect(
        assignment('grade', folder, '--reference', '--workspace', stampedInside, '--no-typecheck')
          .stderr,
      ).toContain('others may not enter');
    },
  );
});
