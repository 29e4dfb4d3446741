// @ts-check
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
import { createHash, randomUUID } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

/** Export conditions: workspace packages resolve to their TypeScript sources. */
const CONDITIONS = ['source', 'module', 'node', 'development|production'];
/**
 * tfjs-core's own gradient registrations (the runtime imports them as `#tfjs-gradients`):
 * some 430 small ES modules, which Vite's dependency optimizer bundles into one file once
 * per run, instead of vitest loading each of them in every test process. Every name of
 * the file is aliased to one, so that it loads once (as in the workspace's vitest.shared.ts).
 */
const TFJS_GRADIENTS = '@tensorflow/tfjs-core/dist/register_all_gradients.js';
const TFJS_GRADIENTS_ALIASES = {
  '#tfjs-gradients': TFJS_GRADIENTS,
  '@tensorflow/tfjs-core/dist/register_all_gradients': TFJS_GRADIENTS,
};
const MAX_OUTPUT = 200_000;
const TAIL_OUTPUT = 20_000;
/** The default memory limit of one test process, in MB (heap cap and resident-size watchdog). */
export const DEFAULT_MEMORY_LIMIT_MB = 2048;
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY/;

/** @typedef {import('./report.mjs').Failure} Failure */
/** @typedef {import('./report.mjs').Status} Status */

/**
 * One test as the grader's reporter (vitest-reporter.mjs) writes it.
 * @typedef {{ ancestors: string[], title: string, state: string, mode: string, fails: boolean,
 *   errors: string[] }} ReportTest
 */

/**
 * The grader's reporter's report of a vitest run.
 * @typedef {{ nonce: string, reason: string, unhandled: string[],
 *   files: { path: string, state: string, errors: string[], tests: ReportTest[] }[] }} VitestReport
 */

/**
 * One graded function's tests: files relative to `root`, and which of them are hidden.
 * @typedef {{ name: string, root: string, files: string[], hidden?: Set<string>,
 *   index?: number }} Group
 */

/** The tests a function passed in the reference run: test key -> `{ fails }`. */
/** @typedef {Map<string, { fails: boolean }>} PassedTests */

/**
 * One graded function's result from vitest.
 * @typedef {object} GroupResult
 * @property {string} name
 * @property {Status} status
 * @property {number} passed
 * @property {number} failed
 * @property {number} total
 * @property {number} hiddenPassed
 * @property {number} hiddenTotal
 * @property {string} reason
 * @property {string} [failedTest]
 * @property {boolean} [reasonQuotesHidden]
 * @property {(Failure & { test: string })[]} failures
 * @property {Failure[]} loadErrors
 * @property {PassedTests} tests
 * @property {string | undefined} backend
 * @property {number} ms
 */

/**
 * What `runGroups` needs to know.
 * @typedef {object} RunOptions
 * @property {Record<string, string>} titles describe title -> graded function
 * @property {string} vitest the path of vitest.mjs
 * @property {string[]} [setupFiles]
 * @property {string} workDir configuration and reports; may sit outside the tests' reach
 * @property {number} testTimeoutSeconds
 * @property {number} functionTimeoutSeconds
 * @property {number} [deadline] epoch ms
 * @property {number} [concurrency]
 * @property {Record<string, string>} [env]
 * @property {boolean} [minimalEnv]
 * @property {number} [memoryLimitMB]
 * @property {Map<string, string>} [protect] path -> hash from `hashFiles`: files no run may change
 * @property {Map<string, PassedTests>} [expected] function -> the tests the reference passed
 * @property {string} [workRoot] the folder holding every group (for messages)
 * @property {string} [moduleCache] a folder where vitest keeps the modules it has transformed
 *   from one run to the next (its `experimental.fsModuleCache`); default none. For the
 *   student's own `pnpm grade`, which runs again after every change: a module is
 *   transformed again only when its text changes. Never for a teacher's run, whose
 *   workspace holds submissions.
 */

/**
 * A finished process (`runProcess`).
 * @typedef {{ code: number | null, signal: NodeJS.Signals | null, timedOut: boolean,
 *   outOfMemory?: boolean, stdout: string, stderr: string, tail: string, ms: number }}
 *   ProcessResult
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI colour codes is the point
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Removes colour codes, stack frames and the given folders from a failure message.
 * @param {unknown} text
 * @param {string[]} [roots]
 */
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

/** The first non-empty line of a message, for a table cell. @param {unknown} text */
export function firstLine(text) {
  return (
    String(text ?? '')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? ''
  );
}

/**
 * The SHA-256 of each file, to notice a run that changed its own tests.
 * @param {string[]} paths
 * @returns {Map<string, string>}
 */
export function hashFiles(paths) {
  return new Map(
    paths.map((p) => [
      p,
      existsSync(p) ? createHash('sha256').update(readFileSync(p)).digest('hex') : 'missing',
    ]),
  );
}

/** The files whose hash changed since `hashes` was taken. @param {Map<string, string>} hashes */
export function changedFiles(hashes) {
  const now = hashFiles([...hashes.keys()]);
  return [...hashes].filter(([p, h]) => now.get(p) !== h).map(([p]) => p);
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Only tests under a describe that counts for one of `names` run: vitest matches
 * the pattern against "describe … describe test" full names. (A test matched by
 * accident is left out of the score afterwards.)
 * @param {Record<string, string>} titles @param {string[]} names
 */
function namePattern(titles, names) {
  const wanted = Object.keys(titles).filter((t) =>
    names.includes(/** @type {string} */ (titles[t])),
  );
  return `(^| )(${wanted.map(escapeRegExp).join('|')})( |$)`;
}

/** Variables a test process may see when `minimalEnv` is set (teacher grading). */
const KEPT_VARIABLES = /^(PATH|HOME|TMPDIR|TMP|TEMP|LANG|LC_[A-Z]+|TZ|MHA_BACKEND|SYSTEMROOT)$/;

/**
 * The environment for a child vitest: the caller's, minus an outer vitest's own
 * variables; with `minimal`, only a few neutral variables (no `INIT_CWD`, `PWD`,
 * `npm_*`, which point back at the repository that holds the reference).
 * @param {Record<string, string> | undefined} extra
 * @returns {Record<string, string | undefined>}
 */
export function childEnv(extra, minimal = false) {
  /** @type {Record<string, string | undefined>} */
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (minimal ? !KEPT_VARIABLES.test(key) : /^(VITEST|VITE_|TINYPOOL)/.test(key)) continue;
    if (key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/**
 * The resident size in MB of the largest process in process group `group` (Linux only).
 * @param {number} group
 */
function largestResidentMB(group) {
  let largest = 0;
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue;
      const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      largest = Math.max(largest, (pages * 4096) / 1e6);
    } catch {
      // the process has gone
    }
  }
  return largest;
}

/**
 * Runs a command in its own process group and kills the whole group when it
 * outlives `timeoutMs` or the `deadline` (epoch ms).
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number, deadline?: number,
 *   memoryLimitMB?: number }} options
 * @returns {Promise<ProcessResult>} `{ code, signal, timedOut, stdout, stderr, ms }`.
 */
export function runProcess(command, args, { cwd, env, timeoutMs, deadline, memoryLimitMB }) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(command, args, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Undefined only when the spawn failed, and then 'error' settles the run.
    const group = /** @type {number} */ (child.pid);
    let stdout = '';
    let stderr = '';
    let tail = '';
    child.stdout.on('data', (d) => {
      if (stdout.length < MAX_OUTPUT) stdout += d;
    });
    child.stderr.on('data', (d) => {
      if (stderr.length < MAX_OUTPUT) stderr += d;
      tail = `${tail}${d}`.slice(-TAIL_OUTPUT);
    });
    let outOfMemory = false;
    const watchdog =
      memoryLimitMB === undefined
        ? undefined
        : setInterval(() => {
            if (largestResidentMB(group) <= memoryLimitMB) return;
            outOfMemory = true;
            try {
              process.kill(-group, 'SIGKILL');
            } catch {
              // the group has already gone
            }
          }, 1000);
    const limit = Math.min(timeoutMs, (deadline ?? Number.POSITIVE_INFINITY) - started);
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        try {
          process.kill(-group, 'SIGKILL');
        } catch {
          // the group has already gone
        }
      },
      Math.max(0, limit),
    );
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(watchdog);
      outOfMemory ||= OUT_OF_MEMORY.test(tail);
      const ms = Date.now() - started;
      resolvePromise({ code, signal, timedOut, outOfMemory, stdout, stderr, tail, ms });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      clearInterval(watchdog);
      const stderr = String(error);
      resolvePromise({ code: null, signal: null, timedOut, stdout, stderr, tail: stderr, ms: 0 });
    });
  });
}

/** The deepest folder holding every one of `dirs` (at least one). @param {string[]} dirs */
function commonRoot(dirs) {
  const parts = dirs.map((d) => resolve(d).split(sep));
  const first = /** @type {string[]} */ (parts[0]);
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

/**
 * One vitest process over `files` (absolute paths) under `root`. Its configuration,
 * setup and reporter are written to `workDir`, which the tests need not know.
 *
 * @returns `{ report (the reporter's, or undefined), timedOut, outOfMemory, tampered (test
 *   files changed by the run), forged (a report without this run's nonce), backend, output,
 *   code, ms }`.
 * @param {{ root: string, files: string[], pattern: string, workDir: string,
 *   timeoutSeconds: number, options: RunOptions }} run
 */
async function runVitest({ root, files, pattern, workDir, timeoutSeconds, options }) {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const nonce = randomUUID();
  const reportPath = join(workDir, `verdict-${nonce}.json`);
  const reporterPath = join(workDir, 'grading.reporter.mjs');
  const configPath = join(workDir, 'vitest.config.mjs');
  const setupPath = join(workDir, 'grading.setup.mjs');
  const backendPath = join(workDir, 'backend.txt');
  const memoryLimitMB = options.memoryLimitMB ?? DEFAULT_MEMORY_LIMIT_MB;
  // The setup and reporter are files of their own beside this one; what changes from
  // run to run (where to write, the nonce) goes in a parameters file next to them.
  copyFileSync(new URL('./vitest-setup.mjs', import.meta.url), setupPath);
  copyFileSync(new URL('./vitest-reporter.mjs', import.meta.url), reporterPath);
  writeFileSync(
    join(workDir, 'grading.params.json'),
    JSON.stringify({ backendPath, reportPath, nonce }),
  );
  const config = {
    root,
    cacheDir: join(workDir, 'vite-cache'),
    resolve: { conditions: CONDITIONS, alias: TFJS_GRADIENTS_ALIASES },
    ssr: { resolve: { conditions: CONDITIONS, externalConditions: ['node'] } },
    test: {
      deps: { optimizer: { ssr: { enabled: true, include: [TFJS_GRADIENTS] } } },
      include: files.map((f) => relative(root, f)),
      setupFiles: [setupPath, ...(options.setupFiles ?? [])],
      testNamePattern: pattern,
      testTimeout: options.testTimeoutSeconds * 1000,
      hookTimeout: options.testTimeoutSeconds * 1000,
      pool: 'forks',
      execArgv: [`--max-old-space-size=${memoryLimitMB}`],
      maxWorkers: options.concurrency ?? defaultConcurrency(),
      watch: false,
      reporters: [reporterPath],
      ...(options.moduleCache
        ? { experimental: { fsModuleCache: true, fsModuleCachePath: options.moduleCache } }
        : {}),
    },
  };
  writeFileSync(configPath, `export default ${JSON.stringify(config, null, 2)};\n`);
  const run = await runProcess(process.execPath, [options.vitest, 'run', '--config', configPath], {
    cwd: root,
    env: childEnv(options.env, options.minimalEnv),
    timeoutMs: timeoutSeconds * 1000,
    deadline: options.deadline,
    memoryLimitMB,
  });
  const tampered = options.protect ? changedFiles(options.protect) : [];
  /** @type {VitestReport | undefined} */
  let report;
  let forged = false;
  if (!run.timedOut && existsSync(reportPath)) {
    try {
      report = JSON.parse(readFileSync(reportPath, 'utf8'));
    } catch {
      report = undefined;
    }
    if (report && report.nonce !== nonce) {
      forged = true;
      report = undefined;
    }
  }
  return {
    report,
    timedOut: run.timedOut,
    outOfMemory: run.outOfMemory,
    tampered,
    forged,
    backend: existsSync(backendPath) ? readFileSync(backendPath, 'utf8').slice(0, 40) : undefined,
    output: `${run.stderr}\n${run.stdout}\n${run.tail}`,
    code: run.code,
    ms: run.ms,
  };
}

/**
 * The graded function a test counts for: that of its outermost describe with a graded title.
 * @param {ReportTest} test @param {Record<string, string>} titles
 */
function groupOf(test, titles) {
  const title = test.ancestors.find((t) => Object.hasOwn(titles, t));
  return title === undefined ? undefined : titles[title];
}

/**
 * A test's identity across runs: its file (relative to the run's root) and full name.
 * @param {string} rel @param {ReportTest} test
 */
function testKey(rel, test) {
  return [rel, ...test.ancestors, test.title].join(' › ');
}

/** @param {string} name @returns {GroupResult} */
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
    tests: new Map(),
    backend: undefined,
    ms: 0,
  };
}

/**
 * Why a reported test does not count as passed: a reason; undefined when it failed (its
 * errors say why); null when it passed.
 * @param {ReportTest} test @param {boolean} expectedFails
 * @returns {string | undefined | null}
 */
function notPassed(test, expectedFails) {
  if (test.mode === 'skip' || test.mode === 'todo' || test.state === 'skipped') {
    return 'the test was skipped';
  }
  if (test.state === 'pending') return 'the test never finished';
  if (test.fails !== expectedFails) return 'the test was marked as expected to fail';
  if (test.state !== 'passed') return undefined;
  return null;
}

/**
 * One function's result, read from a report that ran (at least) its files.
 * With `expected` (`Map(key -> { fails })` from the reference run), every one of
 * those tests must report a pass, and no other test may report for the function.
 * @param {Group} group
 * @param {Pick<VitestReport, 'files'>} report
 * @param {Record<string, string>} titles
 * @param {string[]} roots folders to leave out of messages
 * @param {PassedTests} [expected]
 * @returns {GroupResult}
 */
export function scoreGroup(group, report, titles, roots, expected) {
  const result = emptyResult(group.name);
  const files = group.files.map((f) => resolve(group.root, f));
  /** @param {string} abs */
  const order = (abs) => {
    const at = files.indexOf(abs);
    return at === -1 ? files.length : at;
  };
  const seen = new Set();
  /**
   * @param {string} rel @param {boolean} hidden @param {string} abs @param {string} test
   * @param {string} message
   */
  const fail = (rel, hidden, abs, test, message) => {
    result.total += 1;
    if (hidden) result.hiddenTotal += 1;
    result.failures.push({ file: rel, hidden, at: order(abs), test, message });
  };
  for (const file of report.files ?? []) {
    const abs = resolve(file.path);
    if (!files.includes(abs)) continue;
    const rel = relative(group.root, abs).split(sep).join('/');
    const hidden = group.hidden?.has(rel) ?? false;
    const mine = file.tests.filter((t) => groupOf(t, titles) === group.name);
    if (file.tests.length === 0 && (file.state === 'failed' || file.errors.length > 0)) {
      result.loadErrors.push({
        file: rel,
        hidden,
        at: order(abs),
        message: cleanMessage(file.errors[0] ?? 'the test file failed to load', roots),
      });
      continue;
    }
    if (mine.length > 0 && file.errors.length > 0) {
      fail(rel, hidden, abs, '(the file)', cleanMessage(file.errors[0], roots));
    }
    for (const test of mine) {
      const key = testKey(rel, test);
      const name = [...test.ancestors.filter((t) => t !== group.name), test.title].join(' › ');
      const want = expected?.get(key);
      if (expected && !want) {
        if (test.state === 'skipped' || test.mode === 'skip' || test.mode === 'todo') continue;
        fail(rel, hidden, abs, name, 'a test the reference run did not report: not counted');
        continue;
      }
      if (!expected && (test.state === 'skipped' || test.mode === 'skip' || test.mode === 'todo'))
        continue;
      seen.add(key);
      const why = notPassed(test, want?.fails ?? false);
      if (why === null) {
        result.total += 1;
        result.passed += 1;
        if (hidden) {
          result.hiddenTotal += 1;
          result.hiddenPassed += 1;
        }
        result.tests.set(key, { fails: test.fails });
      } else {
        const messages = test.errors.map((e) => cleanMessage(e, roots));
        fail(rel, hidden, abs, name, why ?? (messages.join('\n') || 'the test failed'));
      }
    }
  }
  if (expected) {
    for (const key of expected.keys()) {
      if (seen.has(key)) continue;
      const [rel = '', ...path] = key.split(' › ');
      const hidden = group.hidden?.has(rel) ?? false;
      const name = path.filter((t) => t !== group.name).join(' › ');
      fail(rel, hidden, resolve(group.root, rel), name, 'the test did not report a result');
    }
  }
  result.failed = result.total - result.passed;
  /** @template {Failure} F @param {F[]} list */
  const byFile = (list) =>
    list.sort((a, b) => (a.at ?? 0) - (b.at ?? 0)).map(({ at: _at, ...rest }) => rest);
  result.failures = byFile(result.failures);
  result.loadErrors = byFile(result.loadErrors);

  const firstLoadError = result.loadErrors[0];
  const firstFailure = result.failures[0];
  if (firstLoadError) {
    const first = firstLoadError;
    result.status = 'fail';
    result.reason = `could not load the tests: ${firstLine(first.message)}`;
    result.failedTest = `${first.hidden ? 'hidden test ' : ''}${first.file}`;
  } else if (result.total === 0) {
    result.status = 'error';
    result.reason = `no test ran for ${group.name}`;
  } else if (result.failed > 0 && firstFailure) {
    const first = firstFailure;
    result.status = 'fail';
    const missing = result.failures.filter((f) => f.message === 'the test did not report a result');
    result.reason =
      missing.length > 0 && missing.length === result.failed
        ? `${missing.length} of the reference run's ${expected?.size} tests did not report a result`
        : first.message;
    result.failedTest = `${first.hidden ? 'hidden test ' : ''}${first.file} › ${first.test}`;
  } else {
    result.status = 'pass';
  }
  return result;
}

/**
 * Runs async tasks with at most `limit` at a time, keeping their order in the result.
 * @template T
 * @param {(() => Promise<T>)[]} tasks
 * @returns {Promise<T[]>}
 */
export async function pool(tasks, limit = defaultConcurrency()) {
  /** @type {T[]} */
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      const task = /** @type {() => Promise<T>} */ (tasks[index]);
      results[index] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}

export function defaultConcurrency() {
  return Math.max(1, availableParallelism());
}

/**
 * The result for every function once a run has changed its own tests.
 * @param {string} name @param {string[]} changed @param {string[]} roots
 * @returns {GroupResult}
 */
function tamperedResult(name, changed, roots) {
  const shown = changed.map((p) => cleanMessage(p, roots)).join(', ');
  return {
    ...emptyResult(name),
    status: 'fail',
    reason: `the tests were changed while they ran (${shown}); nothing of this submission counts`,
  };
}

/**
 * @param {string} name @param {{ memoryLimitMB?: number }} options @param {number} ms
 * @returns {GroupResult}
 */
function outOfMemoryResult(name, options, ms) {
  const limit = options.memoryLimitMB ?? DEFAULT_MEMORY_LIMIT_MB;
  return {
    ...emptyResult(name),
    status: 'fail',
    ms,
    reason: `ran out of memory: a test process may use ${limit} MB`,
  };
}

/**
 * Runs one function's tests in a process of its own.
 * @param {Group} group @param {RunOptions} options
 * @returns {Promise<GroupResult>}
 */
async function runAlone(group, options) {
  const result = emptyResult(group.name);
  if (options.deadline !== undefined && Date.now() >= options.deadline) {
    return {
      ...result,
      status: 'not-run',
      reason: 'not run: the time limit for the whole run was reached',
    };
  }
  const earlier = options.protect ? changedFiles(options.protect) : [];
  if (earlier.length > 0) return tamperedResult(group.name, earlier, [options.workRoot ?? '']);
  const run = await runVitest({
    root: group.root,
    files: group.files.map((f) => resolve(group.root, f)),
    pattern: namePattern(options.titles, [group.name]),
    workDir: join(options.workDir, `alone-${group.index}`),
    timeoutSeconds: options.functionTimeoutSeconds,
    options,
  });
  if (run.tampered.length > 0) return tamperedResult(group.name, run.tampered, [group.root]);
  if (run.outOfMemory) return outOfMemoryResult(group.name, options, run.ms);
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
  if (run.forged) {
    return { ...result, status: 'fail', reason: 'the test report was not the grader’s own' };
  }
  if (!run.report) {
    const output = firstLine(cleanMessage(run.output, [group.root]));
    const crashed = options.expected !== undefined;
    return {
      ...result,
      ...(crashed ? { status: 'fail' } : {}),
      ms: run.ms,
      reason: `the test run ended without a result: ${output || `exit code ${run.code}`}`,
    };
  }
  return {
    ...scoreGroup(
      group,
      run.report,
      options.titles,
      [group.root],
      options.expected?.get(group.name),
    ),
    ms: run.ms,
    backend: run.backend,
  };
}

/**
 * Runs and scores the tests of each graded function.
 *
 * @param groups `[{ name, root, files (relative to root), hidden (Set of those files that are
 *   hidden tests) }]`, one per graded function. Groups may share a root and files.
 * @param options `{ titles (describe title -> graded function), vitest (path of vitest.mjs),
 *   setupFiles, workDir (configuration and reports; may sit outside the tests' reach),
 *   testTimeoutSeconds, functionTimeoutSeconds, deadline?, concurrency?, env?, minimalEnv?,
 *   memoryLimitMB?, protect? (Map path -> hash from `hashFiles`: files no run may change),
 *   expected? (Map function -> Map test key -> { fails }, from a reference run) }`
 * @returns {Promise<GroupResult[]>} one result per group, in order: `{ name, status ('pass' | 'fail' | 'timeout' |
 *   'error' | 'not-run'), passed, failed, total, hiddenPassed, hiddenTotal, reason, failedTest,
 *   failures, loadErrors, tests (Map key -> { fails } of the passing tests), backend, ms }`.
 * @param {Group[]} groups
 * @param {RunOptions} options
 */
export async function runGroups(groups, options) {
  const indexed = groups.map((g, index) => ({ ...g, index }));
  const roots = [...new Set(indexed.map((g) => resolve(g.root)))];
  const root = commonRoot(roots);
  const files = [...new Set(indexed.flatMap((g) => g.files.map((f) => resolve(g.root, f))))];
  const together = await runVitest({
    root,
    files,
    pattern: namePattern(
      options.titles,
      indexed.map((g) => g.name),
    ),
    workDir: join(options.workDir, 'all'),
    timeoutSeconds: options.functionTimeoutSeconds,
    options,
  });
  if (together.tampered.length > 0) {
    return indexed.map((g) => tamperedResult(g.name, together.tampered, [root]));
  }
  const report = together.report;
  if (report && !together.outOfMemory) {
    return indexed.map((g) => ({
      ...scoreGroup(
        g,
        report,
        options.titles,
        [resolve(g.root), root],
        options.expected?.get(g.name),
      ),
      ms: together.ms,
      backend: together.backend,
    }));
  }
  return pool(
    indexed.map((g) => () => runAlone(g, { ...options, workRoot: root })),
    options.concurrency ?? defaultConcurrency(),
  );
}

/**
 * A note naming the backend(s) the runs used, if they recorded one.
 * @param {{ backend?: string }[]} results
 */
export function backendNote(results) {
  const names = [...new Set(results.map((r) => r.backend).filter(Boolean))];
  return names.length === 0 ? undefined : `tests ran on the ${names.join(' and ')} backend`;
}
