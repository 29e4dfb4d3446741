// Runs the tests of the graded functions with vitest and turns its JSON report
// into one result per function. Used both by `pnpm grade` in a student workspace
// (this file is copied there) and by the teacher's `pnpm assignment grade`. No
// dependencies beyond Node and the vitest that the workspace installs.
//
// All functions' tests first run in one vitest process. A synchronous endless
// loop cannot be interrupted by vitest's per-test timeout, though: only killing
// the process stops it. So when that run does not finish in time (or leaves no
// report), each function's tests run again in a process of their own, and a loop
// costs only the function that loops.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

/** Export conditions: workspace packages resolve to their TypeScript sources. */
const CONDITIONS = ['source', 'module', 'node', 'development|production'];
const MAX_OUTPUT = 200_000;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI colour codes is the point
const ANSI = /\u001b\[[0-9;]*m/g;

/** Removes colour codes, stack frames and the given folders from a failure message. */
export function cleanMessage(text, roots = []) {
  const lines = String(text ?? '')
    .replace(ANSI, '')
    .split('\n')
    .filter((line) => !/^\s+at\s/.test(line) && !/^\s*❯\s/.test(line));
  let message = lines.join('\n').trim();
  for (const root of [...roots].sort((a, b) => b.length - a.length)) {
    message = message.split(`${root}${sep}`).join('');
  }
  return message.replace(/^Error: /, '');
}

/** The first non-empty line of a message, for a table cell. */
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
// failing test, so graded runs record no frames. The setup also notes which
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

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Only tests under a describe that counts for one of `names` run: vitest matches
 * the pattern against "describe … describe test" full names. (A test matched by
 * accident is left out of the score afterwards.)
 */
function namePattern(titles, names) {
  const wanted = Object.keys(titles).filter((t) => names.includes(titles[t]));
  return `(^| )(${wanted.map(escapeRegExp).join('|')})( |$)`;
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
    const child = spawn(command, args, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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

/** The deepest folder holding every one of `dirs`. */
function commonRoot(dirs) {
  const parts = dirs.map((d) => resolve(d).split(sep));
  const first = parts[0];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

/**
 * One vitest process over `files` (absolute paths) under `root`.
 *
 * @returns `{ report (parsed JSON, or undefined), timedOut, backend, output, ms }`.
 */
async function runVitest({ root, files, pattern, workDir, timeoutSeconds, options }) {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const reportPath = join(workDir, 'report.json');
  const configPath = join(workDir, 'vitest.config.mjs');
  const setupPath = join(workDir, 'grading.setup.mjs');
  const backendPath = join(workDir, 'backend.txt');
  writeFileSync(setupPath, gradingSetup(backendPath));
  const config = {
    root,
    cacheDir: join(workDir, 'vite-cache'),
    resolve: { conditions: CONDITIONS },
    ssr: { resolve: { conditions: CONDITIONS, externalConditions: ['node'] } },
    test: {
      include: files.map((f) => relative(root, f)),
      setupFiles: [setupPath, ...(options.setupFiles ?? [])],
      testNamePattern: pattern,
      testTimeout: options.testTimeoutSeconds * 1000,
      hookTimeout: options.testTimeoutSeconds * 1000,
      pool: 'forks',
      maxWorkers: options.concurrency ?? defaultConcurrency(),
      watch: false,
      reporters: ['json'],
      outputFile: { json: reportPath },
    },
  };
  writeFileSync(configPath, `export default ${JSON.stringify(config, null, 2)};\n`);
  const run = await runProcess(process.execPath, [options.vitest, 'run', '--config', configPath], {
    cwd: root,
    env: childEnv(options.env),
    timeoutMs: timeoutSeconds * 1000,
    deadline: options.deadline,
  });
  const finished = !run.timedOut && existsSync(reportPath);
  return {
    report: finished ? JSON.parse(readFileSync(reportPath, 'utf8')) : undefined,
    timedOut: run.timedOut,
    backend: existsSync(backendPath) ? readFileSync(backendPath, 'utf8') : undefined,
    output: `${run.stderr}\n${run.stdout}`,
    code: run.code,
    ms: run.ms,
  };
}

/** The graded function a test counts for: that of its outermost describe with a graded title. */
function groupOf(assertion, titles) {
  const title = assertion.ancestorTitles.find((t) => Object.hasOwn(titles, t));
  return title === undefined ? undefined : titles[title];
}

function emptyResult(name) {
  return {
    name,
    status: 'error',
    passed: 0,
    failed: 0,
    total: 0,
    hiddenPassed: 0,
    hiddenTotal: 0,
    reason: '',
    failures: [],
    loadErrors: [],
    backend: undefined,
    ms: 0,
  };
}

/** One function's result, read from a vitest report that ran (at least) its files. */
function scoreGroup(group, report, titles, roots) {
  const result = emptyResult(group.name);
  const files = group.files.map((f) => resolve(group.root, f));
  const order = (abs) => {
    const at = files.indexOf(abs);
    return at === -1 ? files.length : at;
  };
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const file of report.testResults ?? []) {
    const abs = resolve(file.name);
    if (!files.includes(abs)) continue;
    start = Math.min(start, file.startTime ?? start);
    end = Math.max(end, file.endTime ?? end);
    const rel = relative(group.root, abs);
    const hidden = group.hidden?.has(rel) ?? false;
    if ((file.assertionResults ?? []).length === 0 && file.status === 'failed') {
      result.loadErrors.push({
        file: rel,
        hidden,
        at: order(abs),
        message: cleanMessage(file.message, roots),
      });
      continue;
    }
    for (const assertion of file.assertionResults ?? []) {
      if (groupOf(assertion, titles) !== group.name) continue;
      if (assertion.status !== 'passed' && assertion.status !== 'failed') continue;
      const passed = assertion.status === 'passed';
      result.total += 1;
      result.passed += passed ? 1 : 0;
      if (hidden) {
        result.hiddenTotal += 1;
        result.hiddenPassed += passed ? 1 : 0;
      }
      if (!passed) {
        const path = assertion.ancestorTitles.filter((t) => t !== group.name);
        result.failures.push({
          file: rel,
          hidden,
          at: order(abs),
          test: [...path, assertion.title].join(' › '),
          message: cleanMessage(assertion.failureMessages?.[0], roots),
        });
      }
    }
  }
  result.failed = result.total - result.passed;
  result.ms = end > start ? Math.round(end - start) : 0;
  const byFile = (list) => list.sort((a, b) => a.at - b.at).map(({ at: _at, ...rest }) => rest);
  result.failures = byFile(result.failures);
  result.loadErrors = byFile(result.loadErrors);

  if (result.loadErrors.length > 0) {
    const first = result.loadErrors[0];
    result.status = 'fail';
    result.reason = `could not load the tests: ${firstLine(first.message)}`;
    result.failedTest = `${first.hidden ? 'hidden test ' : ''}${first.file}`;
  } else if (result.total === 0) {
    result.status = 'error';
    result.reason = `no test ran for ${group.name}`;
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

/** Runs one function's tests in a process of its own. */
async function runAlone(group, options) {
  const result = emptyResult(group.name);
  if (options.deadline !== undefined && Date.now() >= options.deadline) {
    return {
      ...result,
      status: 'not-run',
      reason: 'not run: the time limit for the whole run was reached',
    };
  }
  const run = await runVitest({
    root: group.root,
    files: group.files.map((f) => resolve(group.root, f)),
    pattern: namePattern(options.titles, [group.name]),
    workDir: join(options.workDir, group.name),
    timeoutSeconds: options.functionTimeoutSeconds,
    options,
  });
  if (run.timedOut) {
    const overall = options.deadline !== undefined && Date.now() >= options.deadline - 50;
    return {
      ...result,
      status: 'timeout',
      ms: run.ms,
      reason: overall
        ? 'stopped: the time limit for the whole run was reached'
        : `the tests did not finish within ${options.functionTimeoutSeconds} s (an endless loop?)`,
    };
  }
  if (!run.report) {
    const output = firstLine(cleanMessage(run.output, [group.root]));
    return {
      ...result,
      ms: run.ms,
      reason: `vitest did not run: ${output || `exit code ${run.code}`}`,
    };
  }
  return { ...scoreGroup(group, run.report, options.titles, [group.root]), backend: run.backend };
}

/**
 * Runs and scores the tests of each graded function.
 *
 * @param groups `[{ name, root, files (relative to root), hidden (Set of those files that are
 *   hidden tests) }]`, one per graded function. Groups may share a root and files.
 * @param options `{ titles (describe title -> graded function), vitest (path of vitest.mjs),
 *   setupFiles, workDir, testTimeoutSeconds, functionTimeoutSeconds, deadline?, concurrency?,
 *   env? }`
 * @returns one result per group, in order: `{ name, status ('pass' | 'fail' | 'timeout' |
 *   'error' | 'not-run'), passed, failed, total, hiddenPassed, hiddenTotal, reason, failedTest,
 *   failures, loadErrors, backend, ms }`.
 */
export async function runGroups(groups, options) {
  const roots = [...new Set(groups.map((g) => resolve(g.root)))];
  const root = commonRoot(roots);
  const files = [...new Set(groups.flatMap((g) => g.files.map((f) => resolve(g.root, f))))];
  const together = await runVitest({
    root,
    files,
    pattern: namePattern(
      options.titles,
      groups.map((g) => g.name),
    ),
    workDir: join(options.workDir, 'all'),
    timeoutSeconds: options.functionTimeoutSeconds,
    options,
  });
  if (together.report) {
    return groups.map((g) => ({
      ...scoreGroup(g, together.report, options.titles, [resolve(g.root), root]),
      backend: together.backend,
    }));
  }
  return pool(
    groups.map((g) => () => runAlone(g, options)),
    options.concurrency ?? defaultConcurrency(),
  );
}

/** A note naming the backend(s) the runs used, if they recorded one. */
export function backendNote(results) {
  const names = [...new Set(results.map((r) => r.backend).filter(Boolean))];
  return names.length === 0 ? undefined : `tests ran on the ${names.join(' and ')} backend`;
}
