// Runs the tests of one graded function in its own vitest process and turns
// vitest's JSON report into a result for that function. Used both by `pnpm grade`
// in a student workspace (this file is copied there) and by the teacher's
// `pnpm assignment grade`. No dependencies beyond Node and the vitest that the
// workspace installs.
//
// One process per function, because a synchronous endless loop cannot be
// interrupted by vitest's per-test timeout: only killing the process stops it,
// and that should cost the looping function its points and nothing else.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';

/** Export conditions: workspace packages resolve to their TypeScript sources. */
const CONDITIONS = ['source', 'module', 'node', 'development|production'];
const MAX_OUTPUT = 200_000;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI colour codes is the point
const ANSI = /\u001b\[[0-9;]*m/g;

/** Removes colour codes, stack frames and the run folder from a failure message. */
export function cleanMessage(text, root) {
  const lines = String(text ?? '')
    .replace(ANSI, '')
    .split('\n')
    .filter((line) => !/^\s+at\s/.test(line) && !/^\s*❯\s/.test(line));
  let message = lines.join('\n').trim();
  if (root) message = message.split(`${root}/`).join('').split(root).join('.');
  return message.replace(/^Error: /, '');
}

/** One line of a message, for a table cell. */
export function firstLine(text) {
  return (
    String(text ?? '')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? ''
  );
}

// Grading needs each failure's message, not its stack. Mapping stack frames back
// through TensorFlow.js's source maps costs vitest about half a second per
// failing test, so the graded runs record no frames. The setup also notes which
// backend the tests ran on.
function gradingSetup(backendPath) {
  return `// Written by the grader: failure messages without stack frames, and the backend used.
import { writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll } from 'vitest';

Error.stackTraceLimit = 0;
afterAll(() => writeFileSync(${JSON.stringify(backendPath)}, String(tf.getBackend())));
`;
}

function vitestConfig(job, reportPath, setupPath) {
  const config = {
    root: job.root,
    cacheDir: join(job.workDir, 'vite-cache'),
    resolve: { conditions: CONDITIONS },
    ssr: { resolve: { conditions: CONDITIONS, externalConditions: ['node'] } },
    test: {
      include: job.files,
      setupFiles: [setupPath, ...(job.setupFiles ?? [])],
      testTimeout: job.testTimeoutSeconds * 1000,
      hookTimeout: job.testTimeoutSeconds * 1000,
      pool: 'forks',
      watch: false,
      reporters: ['json'],
      outputFile: { json: reportPath },
    },
  };
  return `export default ${JSON.stringify(config, null, 2)};\n`;
}

/** The environment for a child vitest: the caller's, minus an outer vitest's own variables. */
function childEnv(extra) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VITEST|VITE_|TINYPOOL)/.test(key) && key !== 'NODE_OPTIONS') env[key] = value;
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/**
 * Runs a command in its own process group and kills the whole group when it
 * outlives `timeoutMs` or the `deadline` (epoch ms).
 *
 * @returns `{ code, signal, timedOut, stdout, stderr, ms }`.
 */
export function runProcess(command, args, { cwd, env, timeoutMs, deadline }) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      if (stdout.length < MAX_OUTPUT) stdout += d;
    });
    child.stderr.on('data', (d) => {
      if (stderr.length < MAX_OUTPUT) stderr += d;
    });
    const limit = Math.min(timeoutMs, (deadline ?? Number.POSITIVE_INFINITY) - started);
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // the group has already gone
        }
      },
      Math.max(0, limit),
    );
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, timedOut, stdout, stderr, ms: Date.now() - started });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ code: null, signal: null, timedOut, stdout, stderr: String(error), ms: 0 });
    });
  });
}

/** The graded function a test counts for: that of its outermost describe with a graded title. */
function groupOf(assertion, titles) {
  const title = assertion.ancestorTitles.find((t) => Object.hasOwn(titles, t));
  return title === undefined ? undefined : titles[title];
}

/**
 * Runs one function's tests and scores them.
 *
 * @param job `{ group, titles (describe title -> graded function), root, files (relative to root),
 *   hidden (Set of files that are hidden tests), setupFiles, vitest (path of vitest.mjs),
 *   workDir, testTimeoutSeconds, timeoutSeconds, deadline?, env? }`
 * @returns `{ name, status: 'pass'|'fail'|'timeout'|'error'|'not-run', passed, failed, total,
 *   hiddenPassed, hiddenTotal, reason, failures, loadErrors, stderr, ms }`
 */
export async function runGroup(job) {
  const result = {
    name: job.group,
    status: 'error',
    passed: 0,
    failed: 0,
    total: 0,
    hiddenPassed: 0,
    hiddenTotal: 0,
    reason: '',
    failures: [],
    loadErrors: [],
    stderr: '',
    backend: undefined,
    ms: 0,
  };
  if (job.deadline !== undefined && Date.now() >= job.deadline) {
    return { ...result, status: 'not-run', reason: 'not run: the time limit for the whole run was reached' };
  }
  rmSync(job.workDir, { recursive: true, force: true });
  mkdirSync(job.workDir, { recursive: true });
  const reportPath = join(job.workDir, 'report.json');
  const configPath = join(job.workDir, 'vitest.config.mjs');
  const setupPath = join(job.workDir, 'grading.setup.mjs');
  const backendPath = join(job.workDir, 'backend.txt');
  writeFileSync(setupPath, gradingSetup(backendPath));
  writeFileSync(configPath, vitestConfig(job, reportPath, setupPath));

  const run = await runProcess(process.execPath, [job.vitest, 'run', '--config', configPath], {
    cwd: job.root,
    env: childEnv(job.env),
    timeoutMs: job.timeoutSeconds * 1000,
    deadline: job.deadline,
  });
  result.ms = run.ms;
  result.stderr = run.stderr;
  if (existsSync(backendPath)) result.backend = readFileSync(backendPath, 'utf8');
  if (run.timedOut) {
    const overall = job.deadline !== undefined && Date.now() >= job.deadline - 50;
    result.status = 'timeout';
    result.reason = overall
      ? 'stopped: the time limit for the whole run was reached'
      : `the tests did not finish within ${job.timeoutSeconds} s (an endless loop?)`;
    return result;
  }
  if (!existsSync(reportPath)) {
    const output = cleanMessage(`${run.stderr}\n${run.stdout}`, job.root);
    result.reason = `vitest did not run: ${firstLine(output) || `exit code ${run.code}`}`;
    return result;
  }

  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  for (const file of report.testResults ?? []) {
    const rel = relative(job.root, file.name);
    const hidden = job.hidden?.has(rel) ?? false;
    if ((file.assertionResults ?? []).length === 0 && file.status === 'failed') {
      result.loadErrors.push({ file: rel, hidden, message: cleanMessage(file.message, job.root) });
      continue;
    }
    for (const assertion of file.assertionResults ?? []) {
      if (groupOf(assertion, job.titles) !== job.group) continue;
      if (assertion.status !== 'passed' && assertion.status !== 'failed') continue;
      const passed = assertion.status === 'passed';
      result.total += 1;
      result.passed += passed ? 1 : 0;
      if (hidden) {
        result.hiddenTotal += 1;
        result.hiddenPassed += passed ? 1 : 0;
      }
      if (!passed) {
        const path = assertion.ancestorTitles.filter((t) => t !== job.group);
        result.failures.push({
          file: rel,
          hidden,
          test: [...path, assertion.title].join(' › '),
          message: cleanMessage(assertion.failureMessages?.[0], job.root),
        });
      }
    }
  }
  result.failed = result.total - result.passed;
  const order = (file) => {
    const at = job.files.indexOf(file);
    return at === -1 ? job.files.length : at;
  };
  result.failures.sort((a, b) => order(a.file) - order(b.file));
  result.loadErrors.sort((a, b) => order(a.file) - order(b.file));

  if (result.loadErrors.length > 0) {
    const first = result.loadErrors[0];
    result.status = 'fail';
    result.reason = `could not load the tests: ${firstLine(first.message)}`;
    result.failedTest = `${first.hidden ? 'hidden test ' : ''}${first.file}`;
  } else if (result.total === 0) {
    result.status = 'error';
    result.reason = `no test ran for ${job.group}`;
  } else if (result.failed > 0) {
    const first = result.failures[0];
    result.status = 'fail';
    result.reason = first.message;
    result.failedTest = `${first.hidden ? 'hidden test ' : ''}${first.file} › ${first.test}`;
  } else {
    result.status = 'pass';
  }
  return result;
}

/** Runs async tasks with at most `limit` at a time, keeping their order in the result. */
export async function pool(tasks, limit = defaultConcurrency()) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}

export function defaultConcurrency() {
  return Math.max(1, availableParallelism());
}

/** A note naming the backend(s) the runs used, if they recorded one. */
export function backendNote(results) {
  const names = [...new Set(results.map((r) => r.backend).filter(Boolean))];
  return names.length === 0 ? undefined : `tests ran on the ${names.join(' and ')} backend`;
}
