// @ts-check
// Teacher grading: runs the visible and hidden tests against submissions in a
// scratch workspace installed from this repository's template, never from the
// submission. Only the submission's stage source (packages/<stage>/src) is
// copied in; its package.json, scripts, tests and configuration are ignored.
//
// The installed workspace is in student form and is never run in: each
// submission gets a fresh copy of it, deleted afterwards. Before any test runs,
// a static screen (screen.mjs) refuses code that reaches for what a stage never
// needs. The reference solution runs first, once per batch, to fix the tests
// each function must pass; a run's verdict is read from a reporter in vitest's
// main process, and a run that changes its own tests voids the submission.
//
// Each graded function F is graded in its own folder (named at random), on a
// copy of the submission in which every OTHER graded function of the stage has
// the reference body. A wrong helper therefore costs exactly its own points,
// even when other functions call it, and an endless loop in F stops only F's run.
import { fork, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  gradedBodies,
  helperBodies,
  loadCases,
  neededFunctions,
  onJudge,
  prepareWorkspace,
  runCases,
  scoreCases,
  sourceFor,
} from './judge.mjs';
import { bodiesOf, functionBodies, replaceFunctionBodies, syntaxErrors } from './regions.mjs';
import { score } from './report.mjs';
import {
  backendNote,
  childEnv,
  DEFAULT_MEMORY_LIMIT_MB,
  defaultConcurrency,
  firstLine,
  hashFiles,
  pool,
  runGroups,
  runProcess,
} from './runner.mjs';
import { dropToNobody, sandboxAvailable } from './sandbox.mjs';
import { describeFinding, refusals, screenSources } from './screen.mjs';
import { hiddenDir, isDirectory, isInside, listFiles, readJson, repoRoot } from './stages.mjs';
import { handedOutStubs, writeWorkspace } from './workspace.mjs';

/** @typedef {import('./stages.mjs').Analysis} Analysis */
/** @typedef {import('./stages.mjs').Config} Config */
/** @typedef {import('./stages.mjs').GradedFunction} GradedFunction */
/** @typedef {import('./report.mjs').Result} Result */
/** @typedef {import('./report.mjs').Run} Run */
/** @typedef {import('./report.mjs').ScoreInfo} ScoreInfo */
/** @typedef {import('./runner.mjs').GroupResult} GroupResult */
/** @typedef {import('./runner.mjs').PassedTests} PassedTests */
/** @typedef {import('./judge.mjs').HarnessRecord} HarnessRecord */

/**
 * A submission: a student's folder, or this repository's own solution.
 * @typedef {{ label: string, dir: string, reference?: false }
 *   | { label: string, reference: true }} Submission
 */

/**
 * The stage's source as handed out (`rel -> text`, relative to `src/`), and which of
 * those files hold a graded function.
 * @typedef {{ files: Map<string, string>, graded: Set<string> }} HandedOut
 */

/**
 * What the judge grades a stage with: its cases, each function's forbidden kernels, the
 * reference and stub bodies, and which graded functions each one needs.
 * @typedef {object} JudgeContext
 * @property {import('./judge.mjs').JudgeCase[]} cases
 * @property {Record<string, string[]>} forbidKernels
 * @property {import('./judge.mjs').GradedBodies} bodies
 * @property {Map<string, Set<string>>} needed
 */

/**
 * What grading one submission shares with the others of its batch.
 * @typedef {{ pristine: string, handedOut: HandedOut, keep: boolean,
 *   judge: JudgeContext | undefined, index: number }} GradingContext
 */

/**
 * Options of one submission's grading.
 * @typedef {object} GradeOptions
 * @property {number} [concurrency]
 * @property {boolean} [typecheck] add the TypeScript check's notes (default true)
 * @property {Map<string, PassedTests>} [expected] the tests each function must pass
 * @property {Map<string, HarnessRecord>} [judgeExpected] the reference's records (judge)
 * @property {Partial<Config>} [limits] overriding the configuration
 * @property {(runs: GroupResult[]) => void} [onRuns]
 * @property {boolean} [unsandboxed]
 */

const SOURCE_FILE = /\.(m|c)?(ts|js)$|\.json$/;
const MAX_FILE_BYTES = 1_000_000;
const INSTALL_TIMEOUT_SECONDS = 900;

/**
 * Finds the stage's source folder in a submission: `packages/<stage>/src`, a
 * `src` folder, or the folder itself, holding `index.ts`. A single wrapping
 * folder (as zip files often add) is looked through.
 * @param {string} dir
 * @param {{ folder: string }} stage
 */
export function findSubmissionSource(dir, stage) {
  /** @type {(d: string, depth: number) => string | undefined} */
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
    return inner.length === 1
      ? look(join(d, /** @type {import('node:fs').Dirent} */ (inner[0]).name), depth - 1)
      : undefined;
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

/**
 * The submission's source files (`rel -> text`), with what was left out and why.
 * @param {string} srcDir
 */
function readSubmission(srcDir) {
  /** @type {Map<string, string>} */
  const files = new Map();
  /** @type {string[]} */
  const ignored = [];
  const all = listFiles(srcDir, {
    skip: (rel, entry) => {
      if (entry.isSymbolicLink()) {
        ignored.push(`${rel} (a symbolic link: refused)`);
        return true;
      }
      return entry.name === 'node_modules' || entry.name.startsWith('.');
    },
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

/**
 * Where each graded function is defined in the submission: its reference file if it is there.
 * @param {Map<string, string>} files @param {GradedFunction[]} functions
 */
function locateFunctions(files, functions) {
  /** @type {Map<string, string>} */
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

/**
 * The submission with every graded function except `keep` given its reference body.
 * @param {Map<string, string>} files @param {Map<string, string>} location
 * @param {Map<string, string | undefined>} referenceBodies @param {string} keep
 */
function mixedSource(files, location, referenceBodies, keep) {
  /** @type {Map<string, Map<string, string>>} */
  const perFile = new Map();
  for (const [name, rel] of location) {
    if (name === keep) continue;
    if (!perFile.has(rel)) perFile.set(rel, new Map());
    /** @type {Map<string, string>} */ (perFile.get(rel)).set(
      name,
      /** @type {string} */ (referenceBodies.get(name)),
    );
  }
  const out = new Map(files);
  for (const [rel, bodies] of perFile) {
    out.set(rel, replaceFunctionBodies(/** @type {string} */ (files.get(rel)), rel, bodies).text);
  }
  return out;
}

/** @param {string} dir @param {Map<string, string>} files */
function writeFiles(dir, files) {
  for (const [rel, text] of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

/** @param {string} from @param {string} to */
function copyTree(from, to) {
  for (const rel of listFiles(from)) {
    mkdirSync(dirname(join(to, rel)), { recursive: true });
    writeFileSync(join(to, rel), readFileSync(join(from, rel)));
  }
}

/**
 * Runs `tsc --noEmit` over the submission as handed in, with the visible and hidden tests.
 * @param {string} scratch @param {string} dir @param {number} deadline
 * @returns {Promise<{ errors: string[], skipped?: string }>}
 */
async function typecheck(scratch, dir, deadline) {
  // tsc reads the code; it never runs it.
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify({ extends: '../../tsconfig.json', include: ['src', 'test'] }, null, 2)}\n`,
  );
  const tsc = join(scratch, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = await runProcess(
    process.execPath,
    [tsc, '-p', 'tsconfig.json', '--noEmit', '--pretty', 'false'],
    {
      cwd: dir,
      env: childEnv({}, true),
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
 * A test for text that quotes a hidden test file: any of its lines of 20 characters
 * or more. The student's view of a result leaves such messages out.
 * @param {{ folder: string }} stage
 * @returns {(text: unknown) => boolean}
 */
function hiddenQuoteFinder(stage) {
  /** @type {Set<string>} */
  const lines = new Set();
  const root = hiddenDir(stage);
  for (const rel of listFiles(root)) {
    if (!/\.[cm]?[jt]s$/.test(rel)) continue;
    for (const line of readFileSync(join(root, rel), 'utf8').split('\n')) {
      if (line.trim().length >= 20) lines.add(line.trim());
    }
  }
  return (text) => {
    if (!text) return false;
    return String(text)
      .split('\n')
      .some((line) => lines.has(line.trim()));
  };
}

/**
 * Copies an installed workspace. Its own files are copied; its `node_modules` folders
 * are hard-linked (`cp -al`, where there is one), since copying some 3,000 files of
 * dependencies per submission took 10 to 15 s on a loaded machine. pnpm's links inside
 * them are relative, so packages resolve inside the copy.
 * @param {string} from @param {string} to
 */
function copyWorkspace(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isSymbolicLink()) {
      symlinkSync(readlinkSync(source), target);
    } else if (entry.isDirectory() && entry.name === 'node_modules') {
      const linked = spawnSync('cp', ['-al', source, target], { stdio: 'ignore' });
      if (linked.status !== 0) {
        rmSync(target, { recursive: true, force: true });
        cpSync(source, target, { recursive: true, verbatimSymlinks: true });
      }
    } else if (entry.isDirectory()) {
      copyWorkspace(source, target);
    } else if (entry.isFile()) {
      copyFileSync(source, target);
    }
  }
}

/**
 * Removes a folder tree; `rm -rf` where there is one (Node's rmSync took seconds).
 * @param {string} dir
 */
function removeTree(dir) {
  const removed = spawnSync('rm', ['-rf', dir], { stdio: 'ignore' });
  if (removed.status !== 0) rmSync(dir, { recursive: true, force: true });
}

/**
 * The stage's source as handed out (`rel -> text`, relative to `src/`), stubbed as in a
 * student's workspace, and which of those files hold a graded function.
 * @param {Analysis} analysis
 * @returns {HandedOut}
 */
function handedOutSource(analysis) {
  const { stage, functions } = analysis;
  const stub = handedOutStubs(analysis);
  const src = join(stage.dir, 'src');
  /** @type {Map<string, string>} */
  const files = new Map();
  const graded = new Set(functions.map((fn) => fn.file.replace(/^src\//, '')));
  for (const rel of listFiles(src)) {
    if (/\.test\.[cm]?[jt]s$/.test(rel) || !SOURCE_FILE.test(rel)) continue;
    const text = readFileSync(join(src, rel), 'utf8');
    files.set(
      rel,
      /\.[cm]?ts$/.test(rel) && !rel.endsWith('.d.ts')
        ? stub(text, `${stage.folder}/src/${rel}`)
        : text,
    );
  }
  return { files, graded };
}

/**
 * The file that marks a prepared grading workspace (prepareGradingWorkspace): what it was
 * prepared for. Written last, so that a workspace whose preparation stopped has none.
 */
export const PREPARED_FILE = 'mha-grading-workspace.json';

/** Whether a grading workspace for the stage needs TypeScript, vitest and Node's types. */
const needsTools = (/** @type {Analysis} */ analysis, /** @type {boolean} */ typecheck) =>
  // On the judge only the type check uses them.
  typecheck || !onJudge(analysis.stage);

/**
 * Installs the grading workspace that writeWorkspace wrote into `dir` and makes it
 * runnable by the harness.
 * @param {Analysis} analysis @param {string} dir
 * @param {{ log: (message: string) => void }} options
 */
async function installWorkspace(analysis, dir, { log }) {
  log(`installing the grading workspace (${dir})...`);
  const install = await runProcess(
    'pnpm',
    // Copies, not hard links into the store: nothing a run can reach leads back to
    // the teacher's own install.
    ['install', '--prefer-offline', '--no-frozen-lockfile', '--package-import-method=copy'],
    {
      cwd: dir,
      env: process.env,
      timeoutMs: INSTALL_TIMEOUT_SECONDS * 1000,
    },
  );
  if (install.code !== 0) {
    const output = `${install.stdout}\n${install.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`pnpm install failed in the grading workspace:\n${output}`);
  }
  if (onJudge(analysis.stage)) prepareWorkspace(analysis, dir);
}

/**
 * Writes the grading workspace for a stage into the empty folder `dir`, readable (never
 * writable) by the sandbox, which may run as the host's nobody.
 * @param {Analysis} analysis @param {string} dir @param {boolean} tools
 */
function writeGradingWorkspace(analysis, dir, tools) {
  chmodSync(dir, 0o755);
  writeWorkspace(analysis, dir, 'scratch', { tools });
}

/**
 * One SHA-256 of the files writeWorkspace wrote into `dir` (the stage, the packages below
 * it, the hidden tests, the manifests), of the grader's own code (which compiles the
 * packages and builds the harness), of the repository's lockfile and of Node's version (the
 * harness's startup snapshot is in Node's own format).
 * @param {string} dir
 */
function writtenKey(dir) {
  const hash = createHash('sha256');
  /** @param {string} name @param {Buffer | string} bytes */
  const add = (name, bytes) => {
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  };
  for (const rel of listFiles(dir)) add(rel, readFileSync(join(dir, rel)));
  const grader = dirname(fileURLToPath(import.meta.url));
  for (const rel of listFiles(grader)) add(`grader/${rel}`, readFileSync(join(grader, rel)));
  add('pnpm-lock.yaml', readFileSync(join(repoRoot, 'pnpm-lock.yaml')));
  add('node', process.version);
  return hash.digest('hex');
}

/**
 * What a grading workspace for the stage is made from, as one SHA-256 (writtenKey of the
 * workspace as writeWorkspace would write it now). A prepared workspace is used only while
 * this stays the same.
 * @param {Analysis} analysis @param {boolean} tools
 */
export function workspaceKey(analysis, tools) {
  const dir = mkdtempSync(join(tmpdir(), 'mha-grade-key-'));
  try {
    writeGradingWorkspace(analysis, dir, tools);
    return writtenKey(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Prepares a grading workspace for the stage in `dir` (new, or an empty folder): installed
 * and compiled once, for any number of later batches (`gradeSubmissions` with
 * `workspace: dir`, `pnpm assignment grade --workspace <dir>`), each of which then skips
 * the install. Batches may share it at the same time. Grading changes nothing it holds:
 * it adds only the harness's startup snapshot for limits not seen before (written under a
 * temporary name, then renamed), and each run works in a folder of its own under it,
 * removed after.
 * @param {Analysis} analysis @param {string} dir
 * @param {{ log?: (message: string) => void, typecheck?: boolean }} [options]
 *   `typecheck: false` leaves out what only the TypeScript check needs: batches graded in
 *   it must then pass `typecheck: false` too (default true)
 */
export async function prepareGradingWorkspace(
  analysis,
  dir,
  { log = () => {}, typecheck = true } = {},
) {
  const tools = needsTools(analysis, typecheck);
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length > 0) throw new Error(`${dir} is not empty`);
  /** @type {string} */
  let key;
  try {
    writeGradingWorkspace(analysis, dir, tools);
    checkReachable(dir);
    // Of what was just written, before the install adds to it.
    key = writtenKey(dir);
    await installWorkspace(analysis, dir, { log });
  } catch (error) {
    for (const entry of readdirSync(dir)) removeTree(join(dir, entry));
    throw error;
  }
  const stamp = { stage: analysis.stage.folder, tools, key };
  writeFileSync(join(dir, PREPARED_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
}

/**
 * Refuses a folder that the sandbox, when it runs as the host's nobody, could not read:
 * one that others may not read, or that sits in a folder others may not enter.
 * @param {string} dir
 */
function checkReachable(dir) {
  if (!dropToNobody()) return;
  const mode = (/** @type {string} */ path) => statSync(path).mode;
  if ((mode(dir) & 0o005) !== 0o005) {
    throw new Error(`${dir} must be readable by others: the sandbox runs as nobody (chmod 755)`);
  }
  for (let up = dirname(dir); ; up = dirname(up)) {
    if ((mode(up) & 0o001) === 0) {
      throw new Error(
        `the sandbox runs as nobody, which cannot reach ${dir}: others may not enter ${up}`,
      );
    }
    if (dirname(up) === up) break;
  }
}

/**
 * Refuses a prepared workspace that is not one, is for another stage, lacks the tools a
 * type check needs, or is out of date (see workspaceKey).
 * @param {Analysis} analysis @param {string} dir @param {boolean} typecheck
 */
function checkPrepared(analysis, dir, typecheck) {
  const { stage } = analysis;
  const how = `pnpm assignment prepare ${stage.folder} --out <dir>`;
  const file = join(dir, PREPARED_FILE);
  if (!existsSync(file)) {
    throw new Error(`${dir} is not a prepared grading workspace (${how} makes one)`);
  }
  /** @type {{ stage?: unknown, tools?: unknown, key?: unknown }} */
  const stamp = readJson(file);
  if (stamp.stage !== stage.folder) {
    throw new Error(`${dir} was prepared for ${String(stamp.stage)}, not ${stage.folder}`);
  }
  checkReachable(dir);
  if (typecheck && stamp.tools !== true) {
    throw new Error(
      `${dir} was prepared without the TypeScript check's tools (--no-typecheck): ` +
        'grade with --no-typecheck, or prepare it again without that option',
    );
  }
  if (stamp.key !== workspaceKey(analysis, stamp.tools === true)) {
    throw new Error(
      `${dir} is out of date: the stage, the packages below it, its hidden tests or the ` +
        `grader changed since it was prepared. Prepare it again: ${how} --force`,
    );
  }
}

/**
 * Installs the scratch workspace for a stage, or takes a prepared one, and returns a
 * function that grades one submission in it. Call `dispose()` when done.
 * @param {Analysis} analysis
 * @param {{ log?: (message: string) => void, keep?: boolean, typecheck?: boolean,
 *   workspace?: string }} [options]
 *   `typecheck: false`: no submission will be type-checked (default true).
 *   `workspace`: a folder prepared by prepareGradingWorkspace, used as it is and left in place.
 */
export async function prepareGrading(
  analysis,
  { log = () => {}, keep = false, typecheck = true, workspace } = {},
) {
  if (workspace !== undefined) {
    checkPrepared(analysis, workspace, typecheck);
    log(`grading in the prepared workspace ${workspace}`);
    return attachGrading(analysis, workspace, { keep, owned: false });
  }
  const pristine = mkdtempSync(join(tmpdir(), `mha-grade-${analysis.stage.folder}-`));
  try {
    writeGradingWorkspace(analysis, pristine, needsTools(analysis, typecheck));
    await installWorkspace(analysis, pristine, { log });
  } catch (error) {
    if (!keep) rmSync(pristine, { recursive: true, force: true });
    throw error;
  }
  return attachGrading(analysis, pristine, { keep });
}

/**
 * Grades in a workspace that `prepareGrading` installed: what a grading worker process
 * (grade-worker.mjs) calls, given the workspace's folder.
 * @param {Analysis} analysis
 * @param {string} pristine the installed workspace
 * @param {{ keep?: boolean, owned?: boolean }} [options] `owned: false` (a prepared
 *   workspace): `dispose()` leaves the workspace in place (default true)
 */
export async function attachGrading(analysis, pristine, { keep = false, owned = true } = {}) {
  const { stage } = analysis;
  const handedOut = handedOutSource(analysis);
  /** @type {JudgeContext | undefined} */
  let judge;
  if (onJudge(stage)) {
    const { cases, forbidKernels } = await loadCases(stage);
    const bodies = gradedBodies(analysis, handedOut);
    // Every graded function's reference body is found: each holds a solution region.
    const needed = neededFunctions(
      /** @type {Map<string, string>} */ (bodies.reference),
      helperBodies(analysis),
    );
    judge = { cases, forbidKernels, bodies, needed };
  }
  let count = 0;
  return {
    scratch: pristine,
    judge,
    /** @param {Submission} submission @param {GradeOptions} [options] */
    grade: (submission, options = {}) =>
      gradeOne(analysis, { pristine, handedOut, keep, judge, index: count++ }, submission, options),
    dispose: () => {
      if (!keep && owned) removeTree(pristine);
    },
  };
}

/**
 * The submission's source folder, refusing one that a symbolic link takes outside it.
 * @param {{ dir: string }} submission @param {{ folder: string }} stage
 */
function locateSource(submission, stage) {
  if (lstatSync(submission.dir, { throwIfNoEntry: false })?.isSymbolicLink()) {
    throw new Refusal(`the submission folder is a symbolic link (refused)`);
  }
  const srcDir = findSubmissionSource(submission.dir, stage);
  const real = realpathSync(srcDir);
  if (!isInside(real, realpathSync(submission.dir))) {
    throw new Refusal(
      `${relative(submission.dir, srcDir) || '.'} is a symbolic link that leaves the ` +
        'submission (refused)',
    );
  }
  return srcDir;
}

class Refusal extends Error {}

/**
 * The stage's files a student has no reason to change are taken as handed out.
 * @param {Map<string, string>} files @param {HandedOut} handedOut @param {string[]} notes
 */
function withHandedOutFiles(files, handedOut, notes) {
  const out = new Map(files);
  /** @type {string[]} */
  const changed = [];
  for (const [rel, text] of handedOut.files) {
    if (handedOut.graded.has(rel)) continue;
    if (out.has(rel) && out.get(rel) !== text) changed.push(rel);
    out.set(rel, text);
  }
  if (changed.length > 0) {
    notes.push(
      `changed files that hold no graded function were taken as handed out: ${changed.join(', ')}`,
    );
  }
  return out;
}

/**
 * Grades one submission. `submission` is `{ label, dir }` (a student's folder) or
 * `{ label, reference: true }` (this repository's own solution). `options.expected`
 * holds the tests each function must pass (from the reference run).
 * @param {Analysis} analysis
 * @param {GradingContext} context
 * @param {Submission} submission
 * @param {GradeOptions} [options]
 * @returns {Promise<Result>}
 */
async function gradeOne(analysis, context, submission, options = {}) {
  const started = Date.now();
  const { concurrency = defaultConcurrency(), typecheck: checkTypes = true, expected } = options;
  const { stage, functions } = analysis;
  const config = { ...analysis.config, ...options.limits };
  /** @type {string[]} */
  const notes = [];
  /**
   * Notes for the teacher's eyes only (never in a student's view).
   * @type {string[]}
   */
  const teacherNotes = [];
  /** @type {ScoreInfo & { runs: Map<string, Run> }} */
  const info = {
    assignment: config.title,
    stage: stage.folder,
    hiddenTests: true,
    submission: submission.label,
    functions,
    runs: new Map(),
    notes,
  };
  const finish = () => ({
    ...score(info),
    ...(teacherNotes.length > 0 ? { teacherNotes } : {}),
    seconds: Math.round((Date.now() - started) / 100) / 10,
  });

  let srcDir;
  try {
    srcDir = submission.reference ? join(stage.dir, 'src') : locateSource(submission, stage);
  } catch (error) {
    const refused = error instanceof Refusal;
    for (const fn of functions) {
      info.runs.set(fn.name, {
        status: refused ? 'fail' : 'error',
        reason: refused
          ? `refused: ${error.message}`
          : `no submission: ${/** @type {Error} */ (error).message}`,
      });
    }
    return finish();
  }
  const read = readSubmission(srcDir);
  const usual = ['src', join('packages', stage.folder, 'src')];
  const where = submission.reference ? 'src' : relative(resolve(submission.dir), srcDir) || '.';
  if (!usual.includes(where)) notes.push(`source: ${where}`);
  if (read.ignored.length > 0) notes.push(`ignored: ${read.ignored.join(', ')}`);
  const files = withHandedOutFiles(read.files, context.handedOut, notes);

  const compileErrors = [...files]
    .filter(([rel]) => /\.[cm]?ts$/.test(rel))
    .flatMap(([rel, text]) => syntaxErrors(text, `src/${rel}`));
  if (compileErrors.length > 0)
    notes.push(`does not compile: ${compileErrors.slice(0, 3).join('; ')}`);

  /** @type {Map<string, string | undefined>} */
  const referenceBodies = new Map();
  for (const fn of functions) {
    const text = readFileSync(join(stage.dir, fn.file), 'utf8');
    referenceBodies.set(fn.name, bodiesOf(text, fn.file, [fn.name]).get(fn.name));
  }
  const location = locateFunctions(files, functions);
  const missing = functions.filter((fn) => !location.has(fn.name)).map((fn) => fn.name);
  if (missing.length > 0) notes.push(`not found in the submission: ${missing.join(', ')}`);

  // The screen: what the code may import and touch, and each function's forbidden answers.
  const modules = new Set([
    '@tensorflow/tfjs-core',
    ...analysis.closure.filter((p) => p.name !== stage.name).map((p) => p.name),
  ]);
  const forbid = new Map(functions.map((fn) => [fn.name, fn.forbid ?? []]));
  // Files taken as handed out are the stage's own code, not the student's: not screened.
  const screened = new Map(
    [...files].filter(
      ([rel]) => !context.handedOut.files.has(rel) || context.handedOut.graded.has(rel),
    ),
  );
  // On the judge the screen is advice for the teacher: it refuses nothing but a
  // function's forbidden library answer (a rule of the exercise, not a defence).
  const screenMode = config.screen === 'off' ? 'off' : context.judge ? 'note' : config.screen;
  const findings =
    screenMode === 'off' ? [] : screenSources(screened, { modules, graded: location, forbid });
  const refuse = screenMode !== 'note' && screenMode !== 'off';
  const refused = refusals(
    findings,
    functions.map((fn) => fn.name),
    refuse,
  );
  const advice = findings.filter((f) => f.rule !== 'forbidden');
  if (!refuse && advice.length > 0) {
    const more = advice.length > 5 ? ` (and ${advice.length - 5} more)` : '';
    teacherNotes.push(
      `the screen found (advice, nothing refused): ${advice.slice(0, 5).map(describeFinding).join('; ')}${more}`,
    );
  }
  for (const [name, list] of refused) {
    if (list.length === 0) continue;
    const shown = list.slice(0, 3).map(describeFinding).join('; ');
    const more = list.length > 3 ? ` (and ${list.length - 3} more)` : '';
    info.runs.set(name, {
      status: 'fail',
      reason: `refused by the screen: ${shown}${more}`,
      failures: list.map((f) => ({
        file: f.file,
        hidden: false,
        test: '(screen)',
        message: describeFinding(f),
      })),
    });
  }
  const toRun = functions.filter(
    (fn) => /** @type {import('./screen.mjs').Finding[]} */ (refused.get(fn.name)).length === 0,
  );

  if (context.judge) {
    await judgeSubmission(
      analysis,
      /** @type {GradingContext & { judge: JudgeContext }} */ (context),
      { files, location, toRun, config, info, options },
    );
    if (checkTypes) await typeNotes(analysis, context.pristine, files, notes, config);
    return finish();
  }

  const fresh = mkdtempSync(join(tmpdir(), 'mha-grade-run-'));
  const privateDir = mkdtempSync(join(tmpdir(), 'mha-grade-verdict-'));
  try {
    /** @type {GroupResult[]} */
    let runs = [];
    if (toRun.length > 0) {
      copyWorkspace(context.pristine, fresh);
      const base = join(fresh, 'packages', stage.folder, 'graded');
      const visibleRoot = join(stage.dir, 'test');
      const hiddenRoot = hiddenDir(stage);
      const protect = [join(fresh, 'vitest.setup.ts')];
      const groups = toRun.map((fn) => {
        const dir = join(base, randomBytes(8).toString('hex'));
        writeFiles(join(dir, 'src'), mixedSource(files, location, referenceBodies, fn.name));
        copyTree(visibleRoot, join(dir, 'test'));
        if (existsSync(hiddenRoot)) copyTree(hiddenRoot, join(dir, 'test'));
        for (const rel of listFiles(join(dir, 'test'))) protect.push(join(dir, 'test', rel));
        return {
          name: fn.name,
          root: dir,
          files: [...fn.visibleTests, ...fn.hiddenTests],
          hidden: new Set(fn.hiddenTests),
        };
      });
      for (const path of protect) chmodSync(path, 0o444);
      const deadline = Date.now() + config.timeLimitSeconds * 1000;
      runs = await runGroups(groups, {
        titles: analysis.titles,
        vitest: join(fresh, 'node_modules', 'vitest', 'vitest.mjs'),
        setupFiles: [join(fresh, 'vitest.setup.ts')],
        workDir: privateDir,
        testTimeoutSeconds: config.testTimeoutSeconds,
        functionTimeoutSeconds: config.functionTimeoutSeconds,
        memoryLimitMB: config.memoryLimitMB ?? DEFAULT_MEMORY_LIMIT_MB,
        minimalEnv: true,
        protect: hashFiles(protect),
        expected,
        deadline,
        concurrency,
      });
      options.onRuns?.(runs);
    }
    // The type check only adds a note (the tests decide the score), so it runs after them.
    /** @type {{ errors: string[], skipped?: string }} */
    let types = { errors: [] };
    if (checkTypes && existsSync(join(fresh, 'node_modules'))) {
      const asSubmitted = join(fresh, 'packages', stage.folder, 'graded', 'as-submitted');
      writeFiles(join(asSubmitted, 'src'), files);
      copyTree(join(stage.dir, 'test'), join(asSubmitted, 'test'));
      if (existsSync(hiddenDir(stage))) copyTree(hiddenDir(stage), join(asSubmitted, 'test'));
      types = await typecheck(fresh, asSubmitted, Date.now() + config.timeLimitSeconds * 1000);
    }

    const quotesHidden = hiddenQuoteFinder(stage);
    for (const run of runs) {
      if (run.status === 'fail' && run.loadErrors.length > 0) {
        run.reason =
          compileErrors.length > 0
            ? `does not compile: ${compileErrors[0]}`
            : `fails at import: ${firstLine(/** @type {import('./report.mjs').Failure} */ (run.loadErrors[0]).message)}`;
      }
      for (const item of [...run.failures, ...run.loadErrors]) {
        if (quotesHidden(item.message)) item.quotesHidden = true;
      }
      if (quotesHidden(run.reason)) run.reasonQuotesHidden = true;
      info.runs.set(run.name, run);
    }
    const backend = backendNote(runs);
    if (backend) notes.unshift(backend);
    notes.push(...typeCheckNotes(types, 'the tests'));
    return finish();
  } finally {
    if (!context.keep) {
      removeTree(fresh);
      removeTree(privateDir);
    }
  }
}

/**
 * The limits of one harness run, from the stage's configuration.
 * @param {Config} config
 */
function harnessLimits(config) {
  return {
    wallSeconds: config.functionTimeoutSeconds,
    cpuSeconds: config.functionTimeoutSeconds,
    memoryMB: config.memoryLimitMB ?? DEFAULT_MEMORY_LIMIT_MB,
  };
}

/**
 * Grades each function to run on the judge: the harness runs the function's cases in
 * the sandbox, on the submission with the reference versions of only the graded
 * functions it needs; the judge compares the outputs with the reference's.
 * @param {Analysis} analysis
 * @param {GradingContext & { judge: JudgeContext }} context
 * @param {{ files: Map<string, string>, location: Map<string, string>, toRun: GradedFunction[],
 *   config: Config, info: ScoreInfo & { runs: Map<string, Run> }, options: GradeOptions }} run
 */
async function judgeSubmission(
  analysis,
  context,
  { files, location, toRun, config, info, options },
) {
  const { judge } = context;
  // Always given on the judge (gradeSubmissions passes the reference's records).
  const expected = /** @type {Map<string, HarnessRecord>} */ (options.judgeExpected);
  const deadline = Date.now() + config.timeLimitSeconds * 1000;
  const runs = await pool(
    toRun.map((fn) => /** @returns {Promise<Run & { name: string }>} */ async () => {
      if (Date.now() >= deadline) {
        return { name: fn.name, status: 'not-run', reason: 'not run: the time limit was reached' };
      }
      const cases = judge.cases.filter((c) => c.fn === fn.name);
      // A body left exactly as handed out was not written: no run is needed to grade it.
      const rel = location.get(fn.name);
      const text = rel === undefined ? undefined : files.get(rel);
      const body =
        rel === undefined || text === undefined
          ? undefined
          : bodiesOf(text, rel, [fn.name]).get(fn.name);
      if (body !== undefined && body === judge.bodies.stub.get(fn.name)) {
        return stubRun(fn, cases);
      }
      const source = sourceFor(
        files,
        location,
        judge.bodies,
        fn.name,
        /** @type {Set<string>} */ (judge.needed.get(fn.name)),
      );
      const run = await runCases({
        pristine: context.pristine,
        stage: analysis.stage,
        files: source,
        cases,
        limits: harnessLimits(config),
        unsandboxed: options.unsandboxed,
        forbid: judge.forbidKernels[fn.name],
      });
      return scoreCases(fn, cases, expected, run, {
        forbidKernels: judge.forbidKernels[fn.name],
        functionTimeoutSeconds: config.functionTimeoutSeconds,
      });
    }),
    options.concurrency ?? defaultConcurrency(),
  );
  for (const run of runs) info.runs.set(run.name, run);
}

/**
 * The result of a function whose body is the handed-out stub, unchanged: it scores 0
 * without a run, as its run would (a stub throws where the solution goes).
 * @param {{ name: string }} fn @param {import('./judge.mjs').JudgeCase[]} cases
 * @returns {Run & { name: string }}
 */
function stubRun(fn, cases) {
  const hiddenTotal = cases.filter((c) => c.hidden).length;
  return {
    name: fn.name,
    status: 'fail',
    passed: 0,
    failed: cases.length,
    total: cases.length,
    hiddenPassed: 0,
    hiddenTotal,
    reason: 'not written: the handed-out stub, unchanged (no case run)',
    judged: true,
    failures: [],
    loadErrors: [],
    tests: new Map(),
    ms: 0,
  };
}

/**
 * The teacher's notes from a TypeScript check: why it was skipped, or its first error in the
 * submission and in the tests (which cost no points by themselves).
 * @param {{ skipped?: string, errors: string[] }} types @param {string} tests what was checked
 * @returns {string[]}
 */
function typeCheckNotes(types, tests) {
  const inSource = types.errors.filter((e) => e.startsWith('src/'));
  const inTests = types.errors.filter((e) => !e.startsWith('src/'));
  return [
    ...(types.skipped ? [types.skipped] : []),
    ...(inSource.length > 0
      ? [
          `TypeScript: ${inSource.length} error(s) in the submission, which cost no points by ` +
            `themselves; first: ${inSource[0]}`,
        ]
      : []),
    ...(inTests.length > 0
      ? [
          `TypeScript: ${tests} do not typecheck against the submission ` +
            `(${inTests.length} error(s)); first: ${inTests[0]}`,
        ]
      : []),
  ];
}

/**
 * The TypeScript check of the submission as handed in, against the visible tests
 * (never the hidden ones): notes only.
 * @param {Analysis} analysis @param {string} pristine @param {Map<string, string>} files
 * @param {string[]} notes @param {Config} config
 */
async function typeNotes(analysis, pristine, files, notes, config) {
  const { stage } = analysis;
  const dir = join(
    pristine,
    'packages',
    stage.folder,
    'runs',
    `types-${randomBytes(8).toString('hex')}`,
  );
  try {
    writeFiles(join(dir, 'src'), files);
    copyTree(join(stage.dir, 'test'), join(dir, 'test'));
    const types = await typecheck(pristine, dir, Date.now() + config.timeLimitSeconds * 1000);
    notes.push(...typeCheckNotes(types, 'the visible tests'));
  } finally {
    removeTree(dir);
  }
}

/**
 * The reference solution's outputs on every case, from one harness run in the
 * sandbox: what every submission is compared with. It must pass its own checks.
 * @param {Analysis} analysis
 * @param {{ scratch: string, judge: JudgeContext }} grading
 * @param {GradeOptions} options
 * @returns {Promise<{ result: Result, judgeExpected: Map<string, HarnessRecord>,
 *   expected?: undefined }>}
 */
async function calibrateJudge(analysis, grading, options) {
  const { judge } = grading;
  const config = { ...analysis.config, ...options.limits };
  /** @type {Map<string, string>} */
  const files = new Map();
  const src = join(analysis.stage.dir, 'src');
  for (const rel of listFiles(src)) {
    if (/\.test\.[cm]?[jt]s$/.test(rel) || !SOURCE_FILE.test(rel)) continue;
    files.set(rel, readFileSync(join(src, rel), 'utf8'));
  }
  const started = Date.now();
  const run = await runCases({
    pristine: grading.scratch,
    stage: analysis.stage,
    files,
    cases: judge.cases,
    limits: { ...harnessLimits(config), wallSeconds: config.timeLimitSeconds },
    unsandboxed: options.unsandboxed,
  });
  if (run.tampered) {
    throw new Error(
      `the reference solution's run holds ${run.tampered}; nothing can be graded: ${firstLine(run.stderr ?? '')}`,
    );
  }
  const expected = run.records;
  /** @type {ScoreInfo & { runs: Map<string, Run> }} */
  const info = {
    assignment: config.title,
    stage: analysis.stage.folder,
    hiddenTests: true,
    submission: 'reference solution',
    functions: analysis.functions,
    runs: new Map(),
    notes: [],
  };
  for (const fn of analysis.functions) {
    const cases = judge.cases.filter((c) => c.fn === fn.name);
    info.runs.set(
      fn.name,
      scoreCases(fn, cases, expected, run, {
        forbidKernels: judge.forbidKernels[fn.name],
        functionTimeoutSeconds: config.timeLimitSeconds,
      }),
    );
    for (const c of cases) {
      if (!expected.has(c.id)) {
        throw new Error(
          `the reference solution gave no result for case ${c.id} ` +
            `(${run.timedOut ? 'timed out' : run.crashed}): ${firstLine(run.stderr ?? '')}`,
        );
      }
    }
  }
  // The reference must load, and each function must return on some case: a reference
  // that throws everywhere would make a stub that throws everywhere pass.
  const broken = [...expected.values()].find((r) => r.at === 'import' || r.at === 'harness');
  if (broken) {
    throw new Error(
      `the reference solution does not load in the grading workspace (case ${broken.id}); ` +
        `nothing can be graded: ${firstLine(run.stderr ?? '')}`,
    );
  }
  for (const fn of analysis.functions) {
    const returns = judge.cases.some(
      (c) => c.fn === fn.name && expected.get(c.id)?.outcome === 'returned',
    );
    if (!returns) {
      throw new Error(
        `the reference ${fn.name} returns on none of its cases, so they cannot tell a stub ` +
          'from a solution; nothing can be graded',
      );
    }
  }
  const result = { ...score(info), seconds: Math.round((Date.now() - started) / 100) / 10 };
  const failing = result.functions.filter((f) => f.status !== 'pass');
  if (failing.length > 0) {
    throw new Error(
      `the reference solution does not pass its own cases, so nothing can be graded: ` +
        failing.map((f) => `${f.name}: ${firstLine(f.reason)}`).join('; '),
    );
  }
  return { result, judgeExpected: expected };
}

/**
 * The tests each function passed in a run: `Map(name -> Map(test key -> { fails }))`.
 * @param {Result} result @param {Map<string, GroupResult>} runs
 * @returns {Map<string, PassedTests>}
 */
function expectedTests(result, runs) {
  return new Map(result.functions.map((fn) => [fn.name, runs.get(fn.name)?.tests ?? new Map()]));
}

/**
 * Grades the reference solution, which must score 100%: the tests it passes are the
 * ones every submission must pass, function by function.
 * @param {{ grade: (submission: Submission, options?: GradeOptions) => Promise<Result> }} grading
 * @param {GradeOptions} options
 * @returns {Promise<{ result: Result, expected: Map<string, PassedTests>,
 *   judgeExpected?: undefined }>}
 */
async function calibrate(grading, options) {
  /** @type {Map<string, GroupResult>} */
  const runs = new Map();
  const result = await grading.grade(
    { label: 'reference solution', reference: true },
    {
      ...options,
      onRuns: (list) => {
        for (const run of list) runs.set(run.name, run);
      },
    },
  );
  const failing = result.functions.filter((f) => f.status !== 'pass');
  if (failing.length > 0) {
    throw new Error(
      `the reference solution does not pass its own tests, so nothing can be graded: ` +
        failing.map((f) => `${f.name}: ${firstLine(f.reason)}`).join('; '),
    );
  }
  return { result, expected: expectedTests(result, runs) };
}

const WORKER = fileURLToPath(new URL('./grade-worker.mjs', import.meta.url));
const WORKER_GRACE_SECONDS = 10;

/**
 * Worker processes (grade-worker.mjs) that grade submissions in the installed workspace,
 * one submission at a time each. A worker that dies, fails or overruns on a submission
 * is killed and replaced; that submission is rejected with the reason.
 * @param {Analysis} analysis @param {string} pristine @param {(message: string) => void} log
 */
function gradingWorkers(analysis, pristine, log) {
  /** @type {import('node:child_process').ChildProcess[]} */
  const idle = [];
  /** @type {Set<import('node:child_process').ChildProcess>} */
  const all = new Set();
  let nextId = 0;

  /** @returns {Promise<import('node:child_process').ChildProcess>} */
  const start = () =>
    new Promise((ready, failed) => {
      const child = fork(WORKER, [], {
        serialization: 'advanced',
        // stdout is the batch's own (--json prints there): a worker never writes to it.
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      all.add(child);
      child.once('exit', () => all.delete(child));
      /** @param {any} message */
      const onMessage = (message) => {
        child.off('exit', onExit);
        child.off('message', onMessage);
        if (message?.type === 'ready') ready(child);
        else {
          child.kill('SIGKILL');
          failed(new Error(`a grading worker did not start: ${message?.message}`));
        }
      };
      const onExit = (/** @type {number | null} */ code) => {
        child.off('message', onMessage);
        failed(new Error(`a grading worker did not start (exit code ${code})`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      // The batch's own analysis of the stage (plain data): the worker need not read and
      // parse the stage's files again.
      child.send({ type: 'init', analysis, pristine });
    });

  return {
    /**
     * @param {Submission} submission @param {GradeOptions} options @param {number} ms
     * @returns {Promise<Result>}
     */
    async grade(submission, options, ms) {
      const child = idle.pop() ?? (await start());
      const id = nextId++;
      /** @type {{ result?: Result, error?: string }} */
      const outcome = await new Promise((resolve) => {
        /** @param {{ result?: Result, error?: string }} value */
        const finish = (value) => {
          clearTimeout(timer);
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve(value);
        };
        const timer = setTimeout(
          () => finish({ error: `the grader took more than ${Math.round(ms / 1000)} s on it` }),
          ms,
        );
        /** @param {any} message */
        const onMessage = (message) => {
          if (message?.id !== id) return;
          if (message.type === 'result') finish({ result: message.result });
          else finish({ error: `the grader failed on it: ${message.message}` });
        };
        const onExit = (/** @type {number | null} */ code, /** @type {string | null} */ signal) =>
          finish({ error: `the grader's process ended on it (${signal ?? `exit code ${code}`})` });
        child.on('message', onMessage);
        child.once('exit', onExit);
        child.send({ type: 'grade', id, submission, options });
      });
      if (outcome.result) {
        idle.push(child);
        return outcome.result;
      }
      child.kill('SIGKILL'); // a worker that failed once is not trusted with another
      log(`could not grade ${submission.label}: ${outcome.error}`);
      throw new Error(/** @type {string} */ (outcome.error));
    },
    close() {
      for (const child of all) {
        if (child.connected) child.disconnect();
        else child.kill('SIGKILL');
      }
    },
  };
}

/**
 * The result of a submission the grader itself failed on: ungraded, with the reason.
 * @param {Analysis} analysis @param {Submission} submission @param {unknown} error
 */
function failedResult(analysis, submission, error) {
  /** @type {ScoreInfo} */
  const info = {
    assignment: analysis.config.title,
    stage: analysis.stage.folder,
    hiddenTests: true,
    submission: submission.label,
    functions: analysis.functions,
    runs: new Map(
      analysis.functions.map((fn) => [
        fn.name,
        {
          status: 'error',
          reason: `could not be graded: ${firstLine(String(/** @type {{ message?: unknown } | null | undefined} */ (error)?.message ?? error))}`,
        },
      ]),
    ),
    notes: [],
  };
  return score(info);
}

/**
 * True when a result could not be graded (no submission, a configuration problem, no time).
 * @param {Result} result
 */
export function ungraded(result) {
  return result.functions.some((f) => f.status === 'error' || f.status === 'not-run');
}

/**
 * Grades several submissions, each in a fresh copy of one installed workspace,
 * after the reference solution (which fixes the tests every function must pass).
 *
 * @param options `{ log, keep (the scratch workspaces), concurrency, typecheck (default
 *   true), limits ({ functionTimeoutSeconds, timeLimitSeconds, memoryLimitMB } overriding the
 *   configuration), onResult (called with each result as soon as it is ready), workspace (a
 *   folder prepared by prepareGradingWorkspace, instead of installing one) }`
 * @param {Analysis} analysis
 * @param {Submission[]} submissions
 * @param {GradeOptions & { log?: (message: string) => void, keep?: boolean,
 *   onResult?: (result: Result, index: number) => unknown, workspace?: string }} [options]
 */
export async function gradeSubmissions(analysis, submissions, options = {}) {
  const { log = () => {}, keep = false, onResult = () => {}, workspace, ...gradeOptions } = options;
  if (workspace !== undefined && gradeOptions.unsandboxed) {
    // Without the sandbox, student code could change the workspace for every later batch.
    throw new Error(
      'a prepared workspace is for sandboxed grading only: without the sandbox, student ' +
        'code could change it for every later batch; grade --unsandboxed without --workspace',
    );
  }
  if (onJudge(analysis.stage)) {
    const sandbox = sandboxAvailable();
    if (!sandbox.ok && !gradeOptions.unsandboxed) {
      throw new Error(
        `cannot grade for credit: ${sandbox.reason}. Every run of student code needs the ` +
          'sandbox; --unsandboxed grades without it (see docs/assignments.md for what that gives up)',
      );
    }
    log(
      sandbox.ok && !gradeOptions.unsandboxed
        ? `sandbox: ${sandbox.reason}`
        : 'WARNING: grading without the sandbox (--unsandboxed): student code runs with your rights',
    );
  }
  const grading = await prepareGrading(analysis, {
    log,
    keep,
    typecheck: gradeOptions.typecheck !== false,
    ...(workspace === undefined ? {} : { workspace }),
  });
  try {
    log('grading the reference solution first: it fixes the tests each function must pass...');
    const reference = grading.judge
      ? await calibrateJudge(
          analysis,
          /** @type {{ scratch: string, judge: JudgeContext }} */ (grading),
          gradeOptions,
        )
      : await calibrate(grading, gradeOptions);
    // On the judge each submission is graded in a worker process, so that the grader's own
    // crash or hang on one submission costs that submission alone.
    const workers = grading.judge ? gradingWorkers(analysis, grading.scratch, log) : undefined;
    const limits = { ...analysis.config, ...gradeOptions.limits };
    // A worker gets the submission's time limit, the last function run's own limit (a run
    // started just before the deadline may use it all) and a little for its own work.
    const workerMs =
      (limits.timeLimitSeconds + limits.functionTimeoutSeconds + WORKER_GRACE_SECONDS) * 1000;
    /** @param {Submission} submission @param {number} index */
    const gradeOne = async (submission, index) => {
      log(`grading ${submission.label} (${index + 1}/${submissions.length})...`);
      const options = {
        ...gradeOptions,
        expected: reference.expected,
        judgeExpected: reference.judgeExpected,
      };
      try {
        if (submission.reference) return { ...reference.result, submission: submission.label };
        if (workers) {
          const { onRuns: _, ...cloneable } = options;
          return await workers.grade(submission, cloneable, workerMs);
        }
        return await grading.grade(submission, options);
      } catch (error) {
        // One submission that breaks the grader costs that submission alone.
        return failedResult(analysis, submission, error);
      }
    };
    // On the judge a submission's runs are sandboxed and share nothing, so two are
    // graded at a time; the old way grades one after another.
    const parallel = grading.judge ? Math.max(1, Math.min(2, defaultConcurrency())) : 1;
    const results = await pool(
      submissions.map((submission, index) => async () => {
        const result = await gradeOne(submission, index);
        await onResult(result, index);
        return result;
      }),
      parallel,
    ).finally(() => workers?.close());
    return { results, scratch: grading.scratch };
  } finally {
    grading.dispose();
  }
}
