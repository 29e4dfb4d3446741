// Teacher grading: runs the visible and hidden tests against submissions in a
// scratch workspace installed from this repository's template, never from the
// submission. Only the submission's stage source (packages/<stage>/src) is
// copied in; its package.json, scripts, tests and configuration are ignored.
//
// Each graded function F is graded in its own vitest process, on a copy of the
// submission in which every OTHER graded function of the stage has the
// reference body. A wrong helper therefore costs exactly its own points, even
// when other functions call it, and an endless loop in F stops only F's run.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { bodiesOf, functionBodies, replaceFunctionBodies, syntaxErrors } from './regions.mjs';
import { score } from './report.mjs';
import { backendNote, defaultConcurrency, firstLine, runGroups, runProcess } from './runner.mjs';
import { hiddenDir, isDirectory, listFiles } from './stages.mjs';
import { writeWorkspace } from './workspace.mjs';

const SOURCE_FILE = /\.(m|c)?(ts|js)$|\.json$/;
const MAX_FILE_BYTES = 1_000_000;
const INSTALL_TIMEOUT_SECONDS = 900;

/**
 * Finds the stage's source folder in a submission: `packages/<stage>/src`, a
 * `src` folder, or the folder itself, holding `index.ts`. A single wrapping
 * folder (as zip files often add) is looked through.
 */
export function findSubmissionSource(dir, stage) {
  const look = (d, depth) => {
    for (const candidate of [join(d, 'packages', stage.folder, 'src'), join(d, 'src'), d]) {
      if (existsSync(join(candidate, 'index.ts'))) return candidate;
    }
    if (depth === 0) return undefined;
    const inner = readdirSync(d, { withFileTypes: true }).filter(
      (e) =>
        e.isDirectory() &&
        !e.name.startsWith('.') &&
        e.name !== 'node_modules' &&
        e.name !== '__MACOSX',
    );
    return inner.length === 1 ? look(join(d, inner[0].name), depth - 1) : undefined;
  };
  if (!isDirectory(dir)) throw new Error(`${dir} is not a folder`);
  const found = look(dir, 1);
  if (!found) {
    throw new Error(
      `no packages/${stage.folder}/src/index.ts (nor src/index.ts, nor index.ts) in ${dir}`,
    );
  }
  return found;
}

/** The submission's source files (`rel -> text`), with what was left out and why. */
function readSubmission(srcDir) {
  const files = new Map();
  const ignored = [];
  const all = listFiles(srcDir, {
    skip: (_rel, entry) =>
      entry.isSymbolicLink() || entry.name === 'node_modules' || entry.name.startsWith('.'),
  });
  for (const rel of all) {
    const path = join(srcDir, rel);
    if (!SOURCE_FILE.test(rel) || /\.test\.[cm]?[jt]s$/.test(rel)) {
      ignored.push(`${rel} (not a source file)`);
    } else if (lstatSync(path).size > MAX_FILE_BYTES) {
      ignored.push(`${rel} (larger than ${MAX_FILE_BYTES / 1e6} MB)`);
    } else {
      files.set(rel, readFileSync(path, 'utf8'));
    }
  }
  return { files, ignored };
}

/** Where each graded function is defined in the submission: its reference file if it is there. */
function locateFunctions(files, functions) {
  const location = new Map();
  const definitions = new Map(
    [...files]
      .filter(([rel]) => /\.[cm]?ts$/.test(rel))
      .map(([rel, text]) => [rel, functionBodies(text, rel)]),
  );
  for (const fn of functions) {
    const preferred = fn.file.replace(/^src\//, '');
    if (definitions.get(preferred)?.has(fn.name)) {
      location.set(fn.name, preferred);
      continue;
    }
    const elsewhere = [...definitions].find(([, defs]) => defs.get(fn.name)?.exported);
    if (elsewhere) location.set(fn.name, elsewhere[0]);
  }
  return location;
}

/** The submission with every graded function except `keep` given its reference body. */
function mixedSource(files, location, referenceBodies, keep) {
  const perFile = new Map();
  for (const [name, rel] of location) {
    if (name === keep) continue;
    if (!perFile.has(rel)) perFile.set(rel, new Map());
    perFile.get(rel).set(name, referenceBodies.get(name));
  }
  const out = new Map(files);
  for (const [rel, bodies] of perFile) {
    out.set(rel, replaceFunctionBodies(files.get(rel), rel, bodies).text);
  }
  return out;
}

function writeFiles(dir, files) {
  for (const [rel, text] of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

function copyTree(from, to) {
  for (const rel of listFiles(from)) {
    mkdirSync(dirname(join(to, rel)), { recursive: true });
    writeFileSync(join(to, rel), readFileSync(join(from, rel)));
  }
}

/** Runs `tsc --noEmit` over the submission as handed in, with the visible and hidden tests. */
async function typecheck(scratch, dir, deadline) {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify({ extends: '../../../tsconfig.json', include: ['src', 'test'] }, null, 2)}\n`,
  );
  const tsc = join(scratch, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = await runProcess(
    process.execPath,
    [tsc, '-p', 'tsconfig.json', '--noEmit', '--pretty', 'false'],
    {
      cwd: dir,
      env: process.env,
      timeoutMs: 300_000,
      deadline,
    },
  );
  if (run.timedOut) return { errors: [], skipped: 'TypeScript did not finish in time' };
  const errors = run.stdout
    .split('\n')
    .filter((line) => /\): error TS\d+:/.test(line))
    .map((line) => line.trim());
  return { errors };
}

/**
 * Installs the scratch workspace for a stage and returns a function that grades
 * one submission in it. Call `dispose()` when done.
 */
export async function prepareGrading(analysis, { log = () => {}, keep = false } = {}) {
  const { stage } = analysis;
  const scratch = mkdtempSync(join(tmpdir(), `mha-grade-${stage.folder}-`));
  writeWorkspace(analysis, scratch, 'scratch');
  log(`installing the grading workspace (${scratch})...`);
  const install = await runProcess(
    'pnpm',
    ['install', '--prefer-offline', '--no-frozen-lockfile'],
    {
      cwd: scratch,
      env: process.env,
      timeoutMs: INSTALL_TIMEOUT_SECONDS * 1000,
    },
  );
  if (install.code !== 0) {
    if (!keep) rmSync(scratch, { recursive: true, force: true });
    const output = `${install.stdout}\n${install.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`pnpm install failed in the grading workspace:\n${output}`);
  }
  return {
    scratch,
    grade: (submission, options) => gradeOne(analysis, scratch, submission, options),
    dispose: () => {
      if (!keep) rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/**
 * Grades one submission. `submission` is `{ label, dir }` (a student's folder) or
 * `{ label, reference: true }` (this repository's own solution).
 */
async function gradeOne(analysis, scratch, submission, options = {}) {
  const { index = 0, concurrency = defaultConcurrency(), typecheck: checkTypes = true } = options;
  const { stage, functions } = analysis;
  const config = { ...analysis.config, ...options.limits };
  const stageDir = join(scratch, 'packages', stage.folder);
  const base = join(stageDir, 'graded', String(index + 1));
  rmSync(base, { recursive: true, force: true });
  const notes = [];
  const info = {
    assignment: config.title,
    stage: stage.folder,
    hiddenTests: true,
    submission: submission.label,
    functions,
    runs: new Map(),
    notes,
  };

  let srcDir;
  try {
    srcDir = submission.reference
      ? join(stage.dir, 'src')
      : findSubmissionSource(submission.dir, stage);
  } catch (error) {
    for (const fn of functions)
      info.runs.set(fn.name, { status: 'error', reason: `no submission: ${error.message}` });
    return score(info);
  }
  const { files, ignored } = readSubmission(srcDir);
  const usual = ['src', join('packages', stage.folder, 'src')];
  const where = submission.reference ? 'src' : relative(resolve(submission.dir), srcDir) || '.';
  if (!usual.includes(where)) notes.push(`source: ${where}`);
  if (ignored.length > 0) notes.push(`ignored: ${ignored.join(', ')}`);

  const compileErrors = [...files]
    .filter(([rel]) => /\.[cm]?ts$/.test(rel))
    .flatMap(([rel, text]) => syntaxErrors(text, `src/${rel}`));
  if (compileErrors.length > 0)
    notes.push(`does not compile: ${compileErrors.slice(0, 3).join('; ')}`);

  const referenceBodies = new Map();
  for (const fn of functions) {
    const text = readFileSync(join(stage.dir, fn.file), 'utf8');
    referenceBodies.set(fn.name, bodiesOf(text, fn.file, [fn.name]).get(fn.name));
  }
  const location = locateFunctions(files, functions);
  const missing = functions.filter((fn) => !location.has(fn.name)).map((fn) => fn.name);
  if (missing.length > 0) notes.push(`not found in the submission: ${missing.join(', ')}`);

  const visibleRoot = join(stage.dir, 'test');
  const hiddenRoot = hiddenDir(stage);
  const groups = functions.map((fn) => {
    const dir = join(base, fn.name);
    writeFiles(join(dir, 'src'), mixedSource(files, location, referenceBodies, fn.name));
    copyTree(visibleRoot, join(dir, 'test'));
    if (existsSync(hiddenRoot)) copyTree(hiddenRoot, join(dir, 'test'));
    return {
      name: fn.name,
      root: dir,
      files: [...fn.visibleTests, ...fn.hiddenTests],
      hidden: new Set(fn.hiddenTests),
    };
  });
  const deadline = Date.now() + config.timeLimitSeconds * 1000;
  const runs = await runGroups(groups, {
    titles: analysis.titles,
    vitest: join(scratch, 'node_modules', 'vitest', 'vitest.mjs'),
    setupFiles: [join(scratch, 'vitest.setup.ts')],
    workDir: join(base, '.runs'),
    testTimeoutSeconds: config.testTimeoutSeconds,
    functionTimeoutSeconds: config.functionTimeoutSeconds,
    deadline,
    concurrency,
  });
  // The type check only adds a note (the tests decide the score), so it runs after them.
  const asSubmitted = join(base, 'as-submitted');
  writeFiles(join(asSubmitted, 'src'), files);
  copyTree(visibleRoot, join(asSubmitted, 'test'));
  if (existsSync(hiddenRoot)) copyTree(hiddenRoot, join(asSubmitted, 'test'));
  const types = checkTypes ? await typecheck(scratch, asSubmitted, deadline) : { errors: [] };

  for (const run of runs) {
    if (run.status === 'fail' && run.loadErrors.length > 0) {
      run.reason =
        compileErrors.length > 0
          ? `does not compile: ${compileErrors[0]}`
          : `fails at import: ${firstLine(run.loadErrors[0].message)}`;
    }
    info.runs.set(run.name, run);
  }
  const backend = backendNote(runs);
  if (backend) notes.unshift(backend);
  if (types.skipped) notes.push(types.skipped);
  const inSource = types.errors.filter((e) => e.startsWith('src/'));
  const inTests = types.errors.filter((e) => !e.startsWith('src/'));
  if (inSource.length > 0) {
    notes.push(
      `TypeScript: ${inSource.length} error(s) in the submission, which cost no points by ` +
        `themselves; first: ${inSource[0]}`,
    );
  }
  if (inTests.length > 0) {
    notes.push(
      `TypeScript: the tests do not typecheck against the submission ` +
        `(${inTests.length} error(s)); first: ${inTests[0]}`,
    );
  }
  return score(info);
}

/**
 * Grades several submissions in one scratch workspace.
 *
 * @param options `{ log, keep (the scratch workspace), concurrency, typecheck (default true),
 *   limits ({ functionTimeoutSeconds, timeLimitSeconds } overriding the configuration) }`
 */
export async function gradeSubmissions(analysis, submissions, options = {}) {
  const { log = () => {}, keep = false, ...gradeOptions } = options;
  const grading = await prepareGrading(analysis, { log, keep });
  try {
    const results = [];
    for (const [index, submission] of submissions.entries()) {
      log(`grading ${submission.label} (${index + 1}/${submissions.length})...`);
      results.push(await grading.grade(submission, { ...gradeOptions, index }));
    }
    return { results, scratch: grading.scratch };
  } finally {
    grading.dispose();
  }
}
