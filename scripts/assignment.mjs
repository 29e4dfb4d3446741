#!/usr/bin/env node
// Self-grading assignments built from the stage packages (docs/assignments.md).
//
//   pnpm assignment list
//   pnpm assignment build <stage> --out <dir> [--force]
//   pnpm assignment grade <stage> --submission <dir> [--submission <dir> ...] [options]
//   pnpm assignment grade <stage> --submissions <folder of submission folders> [options]
//   pnpm assignment grade <stage> --reference [options]
//
// <stage> is 1, 2, 3, a folder name under packages/ or a package name.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatScore, formatSummary } from '../grading/lib/report.mjs';
import {
  analyseStage,
  isInside,
  listStages,
  readJson,
  repoRoot,
  resolveStage,
} from '../grading/lib/stages.mjs';
import { gradeSubmissions } from '../grading/lib/teacher.mjs';
import { isEmptyOrMissing, writeWorkspace } from '../grading/lib/workspace.mjs';

const USAGE = `Usage:
  pnpm assignment list
  pnpm assignment build <stage> --out <dir> [--force]
  pnpm assignment grade <stage> --submission <dir> [--submission <dir> ...] [options]
  pnpm assignment grade <stage> --submissions <folder holding one folder per student> [options]
  pnpm assignment grade <stage> --reference [options]

<stage> is 1, 2, 3, a folder name under packages/ or a package name.
build:
  --force                 replace an earlier assignment workspace in <dir>
grade:
  --reference             grade this repository's own solution (checks the hidden tests)
  --json                  print the results as JSON (one object, or an array for several)
  --function-timeout <s>  the most one function's tests may take (default: the stage's config)
  --time-limit <s>        the most one submission may take (default: the stage's config)
  --concurrency <n>       test processes at a time (default: the number of CPUs)
  --no-typecheck          skip the TypeScript check (it only adds a note)
  --keep                  keep the scratch workspace and print where it is`;

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

function parseArgs(argv) {
  const positional = [];
  const options = { submission: [] };
  const flags = new Set(['force', 'json', 'keep', 'reference', 'help', 'no-typecheck']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s);
    if (flags.has(name)) {
      options[name] = true;
    } else if (
      [
        'out',
        'submission',
        'submissions',
        'concurrency',
        'function-timeout',
        'time-limit',
      ].includes(name)
    ) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--'))
        fail(`--${name} needs a value\n\n${USAGE}`, 2);
      if (name === 'submission') options.submission.push(value);
      else options[name] = value;
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
      console.log(`${stage.number}  ${stage.folder}: not ready: ${error.message}`);
    }
  }
}

function build(stageArg, options) {
  if (!options.out) fail(`build needs --out <dir>\n\n${USAGE}`, 2);
  const stage = resolveStage(stageArg);
  const out = resolve(options.out);
  if (isInside(repoRoot, out))
    fail(`--out ${options.out} would hold this repository; pick another folder`);
  if (!isEmptyOrMissing(out)) {
    const manifest = join(out, 'package.json');
    const earlier =
      existsSync(manifest) && String(readJson(manifest).name).startsWith('mha-assignment-');
    if (!options.force || !earlier) {
      fail(
        `${out} is not empty. ` +
          (earlier
            ? 'Pass --force to replace the assignment in it.'
            : 'Pick an empty or new folder.'),
      );
    }
    for (const entry of readdirSync(out))
      rmSync(join(out, entry), { recursive: true, force: true });
  }
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

async function grade(stageArg, options) {
  const stage = resolveStage(stageArg);
  const submissions = options.submission.map((dir) => ({ label: dir, dir: resolve(dir) }));
  if (options.submissions) {
    const parent = resolve(options.submissions);
    for (const entry of readdirSync(parent, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) {
        submissions.push({ label: entry.name, dir: join(parent, entry.name) });
      }
    }
  }
  if (options.reference) submissions.push({ label: 'reference solution', reference: true });
  if (submissions.length === 0)
    fail(`grade needs --submission <dir>, --submissions <dir> or --reference\n\n${USAGE}`, 2);
  const positive = (name, integer) => {
    if (options[name] === undefined) return undefined;
    const value = Number(options[name]);
    if (!(value > 0) || (integer && !Number.isInteger(value))) {
      fail(`--${name} must be a positive ${integer ? 'integer' : 'number'}`, 2);
    }
    return value;
  };
  const limits = {};
  const functionTimeout = positive('function-timeout', false);
  const timeLimit = positive('time-limit', false);
  if (functionTimeout !== undefined) limits.functionTimeoutSeconds = functionTimeout;
  if (timeLimit !== undefined) limits.timeLimitSeconds = timeLimit;
  const analysis = analyseStage(stage);
  const log = (line) => console.error(line);
  const { results, scratch } = await gradeSubmissions(analysis, submissions, {
    log,
    keep: options.keep,
    concurrency: positive('concurrency', true),
    typecheck: !options['no-typecheck'],
    limits,
  });
  if (options.json) {
    console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  } else {
    console.log(results.map((r) => formatScore(r)).join('\n\n'));
    if (results.length > 1) console.log(`\n${formatSummary(results)}`);
  }
  if (options.keep) console.error(`scratch workspace kept: ${scratch}`);
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
  else fail(`Unknown command '${command}'\n\n${USAGE}`, 2);
} catch (error) {
  fail(error.message);
}
