#!/usr/bin/env node
// @ts-check
// `pnpm test`: everything, in two lanes that run side by side on a 2-core machine.
//
//   1. build the packages (only those whose sources changed) and pack the tarballs
//   2. lane "vitest":    every vitest project: the packages' unit tests, the grader's
//                        end-to-end tests, the examples (the packed tarballs installed into
//                        fresh projects) and the explorer in headless Chromium
//      lane "notebooks": every notebook executed headlessly into site/notebooks/, each
//                        kernel then trying the exercises' wrong answers; the
//                        kernel-survival test, then the rest of the site (explorer and
//                        pages) and its link check
//   3. one line per lane with its time, and a closing `N passed, N failed` line
//
// Each lane's output is printed as it comes, every line prefixed with the lane's name.
// Nothing here writes into tracked files: the site goes to site/, tarballs to packs/.
// Temporary files go to a folder of the run (in memory where /dev/shm allows, see
// temporaryRoot), removed at the end.
// `pnpm test:unit` runs the packages' unit tests alone.
import { spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statfsSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const seconds = (/** @type {number} */ since) => ((Date.now() - since) / 1000).toFixed(1);

/** Runs one command to completion with inherited output; stops everything if it fails. */
function runOrStop(/** @type {string} */ label, /** @type {string[]} */ args) {
  const since = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`test: ${label} failed`);
    process.exit(1);
  }
  console.log(`test: ${label} (${seconds(since)} s)`);
}

/**
 * @typedef {{ label: string, args: string[], env?: Record<string, string> }} Step
 * @typedef {{ name: string, ok: boolean, seconds: string, failedStep?: string }} LaneResult
 */

/** Runs a lane's steps in order, each line of output prefixed; stops at the first failure. */
async function lane(/** @type {string} */ name, /** @type {Step[]} */ steps) {
  const since = Date.now();
  const prefix = `[${name}] `;
  for (const step of steps) {
    const ok = await new Promise((done) => {
      const child = spawn(process.execPath, step.args, {
        cwd: root,
        env: {
          ...process.env,
          FORCE_COLOR: process.stdout.isTTY ? '1' : '0',
          TMPDIR: temporary,
          ...(store ? { pnpm_config_store_dir: store } : {}),
          ...step.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      for (const [stream, out] of /** @type {const} */ ([
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ])) {
        let pending = '';
        stream.setEncoding('utf8');
        stream.on('data', (/** @type {string} */ chunk) => {
          const lines = (pending + chunk).split('\n');
          pending = lines.pop() ?? '';
          for (const line of lines) out.write(`${prefix}${line}\n`);
        });
        stream.on('end', () => {
          if (pending) out.write(`${prefix}${pending}\n`);
        });
      }
      child.on('close', (code) => done(code === 0));
    });
    if (!ok) return { name, ok: false, seconds: seconds(since), failedStep: step.label };
  }
  return { name, ok: true, seconds: seconds(since) };
}

/**
 * Tests counted in vitest's JSON report: passed and failed (skipped ones count as neither).
 * A test file that failed with no failed test (a hook that threw or timed out, an import
 * error) counts as one failure more.
 */
function vitestCounts(/** @type {string} */ file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  /** @type {{ numPassedTests?: number, numFailedTests?: number,
   *   testResults?: { status: string, assertionResults?: { status: string }[] }[] }} */
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failedFiles = (report.testResults ?? []).filter(
    (r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  return {
    passed: Number(report.numPassedTests ?? 0),
    failed: Number(report.numFailedTests ?? 0) + failedFiles,
  };
}

/** The test files that took longest, one line each, from vitest's JSON report. */
function slowestFiles(/** @type {string} */ file, /** @type {number} */ count) {
  if (!existsSync(file)) return [];
  /** @type {{ testResults?: { name: string, startTime: number, endTime: number }[] }} */
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return (report.testResults ?? [])
    .map((r) => ({
      name: r.name.slice(root.length + 1),
      seconds: (r.endTime - r.startTime) / 1000,
    }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, count)
    .map((r) => `test: file ${r.name} took ${r.seconds.toFixed(1)} s`);
}

/** statfs's magic number for tmpfs, a file system held in memory. */
const TMPFS = 0x01021994;
/** Room for the run's temporary files: three times the 1.9 GB /dev/shm held at its peak. */
const TMPFS_ROOM = 6 * 1024 ** 3;

/**
 * Where the run's temporary files go. The tests hold up to about 2 GB at a time in
 * temporary folders: eleven npm consumer projects, the student and grading workspaces, a
 * folder per sandboxed run. On a disk file system, half of an `npm install`'s CPU time is
 * the kernel's, writing files. On tmpfs that share is smaller, so `/dev/shm` is used when
 * it is a tmpfs with room; elsewhere (macOS, a small /dev/shm), the system's temporary
 * folder is used.
 */
function temporaryRoot() {
  try {
    const fs = statfsSync('/dev/shm');
    if (fs.type === TMPFS && fs.bavail * fs.bsize >= TMPFS_ROOM) {
      accessSync('/dev/shm', constants.W_OK);
      return '/dev/shm';
    }
  } catch {
    // no /dev/shm here
  }
  return tmpdir();
}

/**
 * pnpm's store. A project on another file system than the store gets a store of its own at
 * that file system's root (/dev/shm/.pnpm-store, filled from the registry and left behind),
 * so the tests' `pnpm install`s are pointed at this one, from which they copy.
 */
function pnpmStore() {
  const found = spawnSync('pnpm', ['store', 'path'], { cwd: root, encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

// Every temporary file of the run goes under `scratch`: the lanes' TMPDIR is a folder in
// it, and the whole of it is removed at the end, with whatever a failed test left behind.
// It is readable by others: the grader's sandbox runs as `nobody`, and must reach the
// grading workspaces that the tests make in it.
const store = pnpmStore();
// Without a store to point pnpm at, the files stay where pnpm can hard-link them (pnpmStore).
const scratch = mkdtempSync(join(store ? temporaryRoot() : tmpdir(), 'mha-test-'));
chmodSync(scratch, 0o755);
const temporary = join(scratch, 'tmp');
mkdirSync(temporary, { mode: 0o755 });
const vitestReport = join(scratch, 'vitest.json');
try {
  runOrStop('packages built and tarballs packed', ['scripts/pack-all.mjs']);
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const results = await Promise.all([
    lane('vitest', [
      {
        label: 'vitest',
        args: [
          vitest,
          'run',
          // Vitest's default is one worker fewer than the cores: a single worker on two
          // cores, which runs the test files one after another and leaves a core idle
          // whenever a file waits on Chromium, npm or a child process.
          `--maxWorkers=${Math.max(2, availableParallelism())}`,
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${vitestReport}`,
        ],
        env: { MHA_PACKS_READY: '1' },
      },
    ]),
    lane('notebooks', [
      {
        // Each notebook's kernel then tries the exercises' wrong answers (notebooks/mutants/).
        label: 'notebooks, and wrong answers to the exercises',
        args: ['scripts/notebooks.mjs', 'run', '--no-kernel-test', '--wrong-answers'],
      },
      { label: 'kernel survives rebuilds', args: ['scripts/notebooks.mjs', 'kernel-test'] },
      { label: 'site', args: ['scripts/docs.mjs', '--skip-notebooks'] },
    ]),
  ]);
  const counts = vitestCounts(vitestReport);
  for (const line of slowestFiles(vitestReport, 8)) console.log(line);
  const notebooks = results[1];
  console.log('');
  for (const r of results) {
    const state = r.ok ? 'passed' : `FAILED at ${r.failedStep}`;
    console.log(`test: lane ${r.name.padEnd(9)} ${state} in ${r.seconds} s`);
  }
  console.log(`test: everything took ${seconds(started)} s`);
  // Vitest's tests, and the notebook lane as one more (it stops at its first failure).
  const passed = counts.passed + (notebooks?.ok ? 1 : 0);
  const failed = counts.failed + (notebooks?.ok ? 0 : 1);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = results.every((r) => r.ok) && failed === 0 ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
