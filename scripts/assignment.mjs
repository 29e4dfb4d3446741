#!/usr/bin/env node
// @ts-check
// Self-grading assignments built from the stage packages (docs/assignments.md).
//
//   pnpm assignment list
//   pnpm assignment build <stage> --out <dir> [--force]
//   pnpm assignment grade <stage> --submission <dir> [--submission <dir> ...] [options]
//   pnpm assignment grade <stage> --submissions <folder of submission folders> [options]
//   pnpm assignment grade <stage> --reference [options]
//   pnpm assignment prepare <stage> --out <dir> [--force] [--no-typecheck]
//
// <stage> is 1, 2, 3, a folder name under packages/ or a package name.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import {
  feedbackView,
  formatCsv,
  formatFeedback,
  formatScore,
  formatSummary,
  gradescopeResult,
} from '../grading/lib/report.mjs';
import {
  analyseStage,
  isInside,
  listStages,
  readJson,
  repoRoot,
  resolveStage,
} from '../grading/lib/stages.mjs';
import {
  gradeSubmissions,
  PREPARED_FILE,
  prepareGradingWorkspace,
  ungraded,
} from '../grading/lib/teacher.mjs';
import { isEmptyOrMissing, writeWorkspace } from '../grading/lib/workspace.mjs';

const USAGE = `Usage:
  pnpm assignment list
  pnpm assignment build <stage> --out <dir> [--force]
  pnpm assignment grade <stage> --submission <dir> [--submission <dir> ...] [options]
  pnpm assignment grade <stage> --submissions <folder holding one folder per student> [options]
  pnpm assignment grade <stage> --reference [options]
  pnpm assignment prepare <stage> --out <dir> [--force] [--no-typecheck]

<stage> is 1, 2, 3, a folder name under packages/ or a package name.
build:
  --force                 replace an earlier assignment workspace in <dir>
prepare (install the grading workspace once, for any number of grade --workspace <dir>):
  --force                 replace an earlier prepared workspace in <dir>
  --no-typecheck          leave out the TypeScript check's tools (grade with --no-typecheck)
grade:
  --reference             grade this repository's own solution (checks the hidden tests)
  --json                  print the results as JSON (one object, or an array for several)
  --feedback              print what a student may see: hidden tests only as counts
  --out <dir>             write <dir>/<submission>/results.json (Gradescope style, student
                          view), teacher.json and feedback.txt, and <dir>/summary.csv, as
                          each submission is graded
  --function-timeout <s>  the most one function's tests may take (default: the stage's config)
  --time-limit <s>        the most one submission may take (default: the stage's config)
  --memory-limit <MB>     the most memory one test process may use (default: the stage's config)
  --screen <refuse|note|off>  what the static screen does with what it finds (default: the
                          stage's config, else refuse; stages on the judge only take its advice,
                          in the teacher's notes); "off" skips it, to check the other defences
  --unsandboxed           grade without the bubblewrap sandbox where it is unavailable: student
                          code then runs with your rights (see docs/assignments.md)
  --concurrency <n>       test processes at a time (default: the number of CPUs)
  --no-typecheck          skip the TypeScript check (it only adds a note)
  --keep                  keep the scratch workspace and print where it is
  --workspace <dir>       grade in a workspace made by prepare instead of installing one;
                          refused when out of date (the stage or the grader changed since)
The exit code is the number of submissions that could not be graded (no source found, a
configuration problem, the grader failing on it, or the time limit reached before a function
ran), 0 when every one was graded.`;

/**
 * The command line's options.
 * @typedef {{ submission: string[], out?: string, submissions?: string, concurrency?: string,
 *   'function-timeout'?: string, 'time-limit'?: string, 'memory-limit'?: string,
 *   screen?: string, force?: boolean, json?: boolean, keep?: boolean, reference?: boolean,
 *   help?: boolean, 'no-typecheck'?: boolean, feedback?: boolean, unsandboxed?: boolean,
 *   workspace?: string }}
 *   Options
 */

/** @param {string} message @returns {never} */
function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {string[]} */
  const positional = [];
  /** @type {Options} */
  const options = { submission: [] };
  /** The options by name, as the loop sets them. */
  const byName = /** @type {Record<string, unknown>} */ (options);
  const flags = new Set([
    'force',
    'json',
    'keep',
    'reference',
    'help',
    'no-typecheck',
    'feedback',
    'unsandboxed',
  ]);
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s);
    if (flags.has(name)) {
      byName[name] = true;
    } else if (
      [
        'out',
        'submission',
        'submissions',
        'concurrency',
        'function-timeout',
        'time-limit',
        'memory-limit',
        'screen',
        'workspace',
      ].includes(name)
    ) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--'))
        fail(`--${name} needs a value\n\n${USAGE}`, 2);
      if (name === 'submission') options.submission.push(value);
      else byName[name] = value;
    } else {
      fail(`Unknown option --${name}\n\n${USAGE}`, 2);
    }
  }
  return { positional, options };
}

function list() {
  for (const stage of listStages()) {
    try {
      const analysis = analyseStage(stage);
      const fns = analysis.functions.map((f) => `${f.name} (${f.points})`).join(', ');
      const hidden = analysis.hiddenTests.length;
      console.log(`${stage.number}  ${stage.folder}: ${fns}; ${hidden} hidden test file(s)`);
    } catch (error) {
      console.log(
        `${stage.number}  ${stage.folder}: not ready: ${/** @type {Error} */ (error).message}`,
      );
    }
  }
}

/**
 * The `--out` folder of build or prepare, resolved: outside this repository, and empty,
 * or emptied when it holds an earlier one of the same kind and `--force` was passed.
 * @param {string} command @param {Options} options
 * @param {{ what: string, isEarlier: (dir: string) => boolean }} kind
 */
function outputFolder(command, options, { what, isEarlier }) {
  if (!options.out) fail(`${command} needs --out <dir>\n\n${USAGE}`, 2);
  const out = resolve(options.out);
  if (isInside(repoRoot, out))
    fail(`--out ${options.out} would hold this repository; pick another folder`);
  if (!isEmptyOrMissing(out)) {
    const earlier = isEarlier(out);
    if (!options.force || !earlier) {
      fail(
        `${out} is not empty. ` +
          (earlier ? `Pass --force to replace the ${what} in it.` : 'Pick an empty or new folder.'),
      );
    }
    for (const entry of readdirSync(out))
      rmSync(join(out, entry), { recursive: true, force: true });
  }
  return out;
}

/** @param {string | undefined} stageArg @param {Options} options */
function build(stageArg, options) {
  const out = outputFolder('build', options, {
    what: 'assignment',
    isEarlier: (dir) => {
      const manifest = join(dir, 'package.json');
      return existsSync(manifest) && String(readJson(manifest).name).startsWith('mha-assignment-');
    },
  });
  const stage = resolveStage(stageArg);
  const analysis = analyseStage(stage);
  const { functions, files } = writeWorkspace(analysis, out, 'student');
  const shown = relative(process.cwd(), out) || '.';
  console.log(`${analysis.config.title}: wrote ${files.length} files to ${shown}`);
  for (const fn of functions) {
    console.log(`  ${fn.name} (${fn.points} points): packages/${stage.folder}/${fn.file}`);
  }
  const hidden = analysis.hiddenTests.length;
  console.log(`left out: ${hidden} hidden test file(s) from grading/hidden/${stage.folder}/`);
  console.log(`try it: cd ${shown} && pnpm install && pnpm grade`);
}

/** @param {string | undefined} stageArg @param {Options} options */
async function prepare(stageArg, options) {
  const out = outputFolder('prepare', options, {
    what: 'prepared workspace',
    isEarlier: (dir) => existsSync(join(dir, PREPARED_FILE)),
  });
  const stage = resolveStage(stageArg);
  const analysis = analyseStage(stage);
  const started = Date.now();
  await prepareGradingWorkspace(analysis, out, {
    log: (line) => console.error(line),
    typecheck: !options['no-typecheck'],
  });
  const shown = relative(process.cwd(), out) || '.';
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${analysis.config.title}: grading workspace prepared in ${shown} (${seconds} s)`);
  console.log(`grade in it: pnpm assignment grade ${stage.folder} --workspace ${shown} ...`);
}

/** @param {string | undefined} stageArg @param {Options} options */
async function grade(stageArg, options) {
  const stage = resolveStage(stageArg);
  /** @type {import('../grading/lib/teacher.mjs').Submission[]} */
  const submissions = options.submission.map((dir) => ({ label: dir, dir: resolve(dir) }));
  if (options.submissions) {
    const parent = resolve(options.submissions);
    for (const entry of readdirSync(parent, { withFileTypes: true })) {
      // A symbolic link is passed on, to be refused with a note, rather than skipped silently.
      if ((entry.isDirectory() || entry.isSymbolicLink()) && !entry.name.startsWith('.')) {
        submissions.push({ label: entry.name, dir: join(parent, entry.name) });
      }
    }
  }
  if (options.reference) submissions.push({ label: 'reference solution', reference: true });
  if (submissions.length === 0)
    fail(`grade needs --submission <dir>, --submissions <dir> or --reference\n\n${USAGE}`, 2);
  /**
   * @param {'function-timeout' | 'time-limit' | 'memory-limit' | 'concurrency'} name
   * @param {boolean} integer
   */
  const positive = (name, integer) => {
    if (options[name] === undefined) return undefined;
    const value = Number(options[name]);
    if (!(value > 0) || (integer && !Number.isInteger(value))) {
      fail(`--${name} must be a positive ${integer ? 'integer' : 'number'}`, 2);
    }
    return value;
  };
  /** @type {Partial<import('../grading/lib/stages.mjs').Config>} */
  const limits = {};
  const functionTimeout = positive('function-timeout', false);
  const timeLimit = positive('time-limit', false);
  const memoryLimit = positive('memory-limit', true);
  if (functionTimeout !== undefined) limits.functionTimeoutSeconds = functionTimeout;
  if (timeLimit !== undefined) limits.timeLimitSeconds = timeLimit;
  if (memoryLimit !== undefined) limits.memoryLimitMB = memoryLimit;
  if (options.screen !== undefined) {
    if (!['refuse', 'note', 'off'].includes(options.screen))
      fail('--screen must be refuse, note or off', 2);
    limits.screen = /** @type {'refuse' | 'note' | 'off'} */ (options.screen);
  }
  const analysis = analyseStage(stage);
  const log = (/** @type {string} */ line) => console.error(line);
  const out = options.out === undefined ? undefined : resolve(options.out);
  if (out) mkdirSync(out, { recursive: true });
  const folders = new Set();
  const folderFor = (/** @type {string | undefined} */ label) => {
    const base = basename(String(label)).replace(/[^\w.-]+/g, '_') || 'submission';
    let name = base;
    for (let n = 2; folders.has(name); n++) name = `${base}-${n}`;
    folders.add(name);
    return name;
  };
  /** @type {import('../grading/lib/report.mjs').Result[]} */
  const done = [];
  const onResult = (/** @type {import('../grading/lib/report.mjs').Result} */ result) => {
    done.push(result);
    if (out) {
      // Each submission's files in a folder of their own under submissions/, so that no
      // submission's name can collide with summary.csv.
      const dir = join(out, 'submissions', folderFor(result.submission));
      mkdirSync(dir, { recursive: true });
      const json = (/** @type {unknown} */ value) => `${JSON.stringify(value, null, 2)}\n`;
      writeFileSync(join(dir, 'results.json'), json(gradescopeResult(result)));
      writeFileSync(join(dir, 'teacher.json'), json(result));
      writeFileSync(join(dir, 'feedback.txt'), `${formatFeedback(result, 100)}\n`);
      writeFileSync(join(out, 'summary.csv'), formatCsv(done, ungraded));
    }
    if (!options.json) {
      const text = options.feedback ? formatFeedback(result) : formatScore(result);
      console.log(`${done.length > 1 ? '\n' : ''}${text}`);
    }
  };
  const { results, scratch } = await gradeSubmissions(analysis, submissions, {
    log,
    keep: options.keep,
    concurrency: positive('concurrency', true),
    typecheck: !options['no-typecheck'],
    unsandboxed: Boolean(options.unsandboxed),
    limits,
    onResult,
    ...(options.workspace === undefined ? {} : { workspace: resolve(options.workspace) }),
  });
  if (options.json) {
    const shown = options.feedback ? results.map((r) => feedbackView(r)) : results;
    console.log(JSON.stringify(shown.length === 1 ? shown[0] : shown, null, 2));
  } else if (results.length > 1) {
    console.log(`\n${formatSummary(results)}`);
  }
  if (out) console.error(`results written to ${relative(process.cwd(), out) || '.'}`);
  if (options.keep) console.error(`scratch workspace kept: ${scratch}`);
  const failed = results.filter(ungraded);
  if (failed.length > 0) {
    console.error(`could not grade: ${failed.map((r) => r.submission).join(', ')}`);
    // The exit code counts the submissions that could not be graded (capped for the shell).
    process.exitCode = Math.min(failed.length, 100);
  }
}

const { positional, options } = parseArgs(process.argv.slice(2));
const [command, stageArg, ...extra] = positional;
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
if (command === undefined) fail(USAGE, 2);
if (extra.length > 0) fail(`Unexpected argument '${extra[0]}'\n\n${USAGE}`, 2);
try {
  if (command === 'list') list();
  else if (command === 'build') build(stageArg, options);
  else if (command === 'grade') await grade(stageArg, options);
  else if (command === 'prepare') await prepare(stageArg, options);
  else fail(`Unknown command '${command}'\n\n${USAGE}`, 2);
} catch (error) {
  fail(/** @type {Error} */ (error).message);
}
