#!/usr/bin/env node
// Self-grading assignments built from the stage packages (docs/assignments.md).
//
//   pnpm assignment list
//   pnpm assignment build <stage> --out <dir> [--force]
//   pnpm assignment grade <stage> --submission <dir> [--submission <dir> ...] [--json] [--keep]
//   pnpm assignment grade <stage> --submissions <dir-of-submissions> [--json] [--keep]
//   pnpm assignment grade <stage> --reference [--json]
//
// <stage> is 1, 2, 3, a folder name under packages/ or a package name.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatScore, formatSummary } from '../grading/lib/report.mjs';
import { analyseStage, isInside, listStages, readJson, repoRoot, resolveStage } from '../grading/lib/stages.mjs';
import { gradeSubmissions } from '../grading/lib/teacher.mjs';
import { isEmptyOrMissing, writeWorkspace } from '../grading/lib/workspace.mjs';

const USAGE = `Usage:
  pnpm assignment list
  pnpm assignment build <stage> --out <dir> [--force]
  pnpm assignment grade <stage> --submission <dir> [--submission <dir> ...] [--json] [--keep]
  pnpm assignment grade <stage> --submissions <folder holding one folder per student> [--json]
  pnpm assignment grade <stage> --reference [--json]

<stage> is 1, 2, 3, a folder name under packages/ or a package name.
--force      build: replace an earlier assignment workspace in <dir>
--json       grade: print the results as JSON (one object, or an array for several)
--keep       grade: keep the scratch workspace and print where it is
--reference  grade: grade this repository's own solution (checks the hidden tests)`;

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

function parseArgs(argv) {
  const positional = [];
  const options = { submission: [] };
  const flags = new Set(['force', 'json', 'keep', 'reference', 'help']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s);
    if (flags.has(name)) {
      options[name] = true;
    } else if (['out', 'submission', 'submissions', 'concurrency'].includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) fail(`--${name} needs a value\n\n${USAGE}`, 2);
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
  if (isInside(repoRoot, out)) fail(`--out ${options.out} would hold this repository; pick another folder`);
  if (!isEmptyOrMissing(out)) {
    const manifest = join(out, 'package.json');
    const earlier = existsSync(manifest) && String(readJson(manifest).name).startsWith('mha-assignment-');
    if (!options.force || !earlier) {
      fail(
        `${out} is not empty. ` +
          (earlier ? 'Pass --force to replace the assignment in it.' : 'Pick an empty or new folder.'),
      );
    }
    for (const entry of readdirSync(out)) rmSync(join(out, entry), { recursive: true, force: true });
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
  if (submissions.length === 0) fail(`grade needs --submission <dir>, --submissions <dir> or --reference\n\n${USAGE}`, 2);
  const concurrency = options.concurrency === undefined ? undefined : Number(options.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) {
    fail('--concurrency must be a positive integer', 2);
  }
  const analysis = analyseStage(stage);
  const log = (line) => console.error(line);
  const { results, scratch } = await gradeSubmissions(analysis, submissions, {
    log,
    keep: options.keep,
    concurrency,
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
if (options.help || command === undefined) fail(USAGE, command === undefined && !options.help ? 2 : 0);
if (extra.length > 0) fail(`Unexpected argument '${extra[0]}'\n\n${USAGE}`, 2);
try {
  if (command === 'list') list();
  else if (command === 'build') build(stageArg, options);
  else if (command === 'grade') await grade(stageArg, options);
  else fail(`Unknown command '${command}'\n\n${USAGE}`, 2);
} catch (error) {
  fail(error.message);
}
