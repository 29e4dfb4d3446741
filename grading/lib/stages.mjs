// @ts-check
// The repository as the assignment tooling sees it: stage packages, their
// workspace dependencies, their grading configuration, solution regions, test
// files (visible and hidden) and notebooks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeNames, findRegions } from './regions.mjs';

/** The repository root (two levels above this file). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const STAGE_FOLDER = /^(\d\d)-[a-z0-9-]+$/;

/**
 * A package's package.json, as far as the tooling reads it.
 * @typedef {{ name: string, version?: string, dependencies?: Record<string, string>,
 *   devDependencies?: Record<string, string>, peerDependencies?: Record<string, string>,
 *   [key: string]: unknown }} Manifest
 */

/**
 * A workspace package under `packages/`.
 * @typedef {{ name: string, folder: string, dir: string, manifest: Manifest }} Package
 */

/** A stage package (`packages/NN-name`, NN >= 01). @typedef {Package & { number: number }} Stage */

/**
 * A graded function as the configuration lists it.
 * @typedef {object} FunctionConfig
 * @property {string} name
 * @property {number} points
 * @property {string[]} [describes] further describe titles that count for it
 * @property {string[]} [forbid] library functions it may not call, such as "tf.softmax"
 * @property {string} [section] the notebook heading that explains it
 */

/**
 * A stage's grading configuration (`grading/config/<stage>.json`), with its defaults.
 * @typedef {object} Config
 * @property {string} title
 * @property {FunctionConfig[]} functions
 * @property {number} testTimeoutSeconds
 * @property {number} functionTimeoutSeconds
 * @property {number} timeLimitSeconds
 * @property {number} memoryLimitMB
 * @property {'refuse' | 'note' | 'off'} screen `'off'` only from the teacher's options
 * @property {string[]} copyFolders
 * @property {string} path where it was read from
 */

/**
 * A graded function, located: the file of its solution region and its test files.
 * @typedef {FunctionConfig & { file: string, visibleTests: string[], hiddenTests: string[] }}
 *   GradedFunction
 */

/**
 * A test file and the graded functions its describes count for.
 * @typedef {{ file: string, source?: string, groups: string[], first: string | undefined }}
 *   TestFile
 */

/**
 * Everything the tooling knows about a stage (`analyseStage`).
 * @typedef {object} Analysis
 * @property {Stage} stage
 * @property {Config} config
 * @property {Record<string, string>} titles describe title -> graded function
 * @property {Package[]} closure
 * @property {GradedFunction[]} functions
 * @property {(import('./regions.mjs').Region & { file: string })[]} regions
 * @property {string[]} sources
 * @property {TestFile[]} visibleTests
 * @property {TestFile[]} hiddenTests
 * @property {string[]} hiddenFiles
 * @property {string | undefined} notebook
 */

/** @param {string} path @returns {any} what the JSON file holds, unchecked */
export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Every file under `dir` (recursively), as paths relative to `dir` with `/` separators.
 * @param {string} dir
 * @param {{ skip?: (rel: string, entry: import('node:fs').Dirent) => boolean }} [options]
 * @returns {string[]}
 */
export function listFiles(dir, { skip = () => false } = {}) {
  if (!existsSync(dir)) return [];
  /** @type {string[]} */
  const out = [];
  /** @param {string} rel */
  const walk = (rel) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (skip(child, entry)) continue;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/** The workspace packages under `packages/`, keyed by package name. */
export function workspacePackages(root = repoRoot) {
  /** @type {Map<string, Package>} */
  const packages = new Map();
  for (const folder of readdirSync(join(root, 'packages')).sort()) {
    const dir = join(root, 'packages', folder);
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = readJson(manifest);
    packages.set(pkg.name, { name: pkg.name, folder, dir, manifest: pkg });
  }
  return packages;
}

/** The stage packages (`packages/NN-name` with NN >= 01), in order. @returns {Stage[]} */
export function listStages(root = repoRoot) {
  return [...workspacePackages(root).values()]
    .map((p) => ({ ...p, number: Number(STAGE_FOLDER.exec(p.folder)?.[1] ?? 0) }))
    .filter((p) => p.number > 0);
}

/**
 * Finds a stage from what a teacher types: `1`, `01`, the folder name
 * (`01-scaled-dot-product-attention`), the package name or its last part.
 * @param {unknown} arg
 */
export function resolveStage(arg, root = repoRoot) {
  const stages = listStages(root);
  const text = String(arg ?? '')
    .trim()
    .replace(/\/+$/, '');
  const wanted = basename(text);
  const match = stages.find(
    (s) =>
      (/^\d+$/.test(wanted) && s.number === Number(wanted)) ||
      s.folder === wanted ||
      s.name === text ||
      s.name.split('/').pop() === wanted,
  );
  if (!match) {
    const known = stages.map((s) => `${s.number} (${s.folder})`).join(', ');
    throw new Error(`No stage matches '${arg}'. Stages: ${known}.`);
  }
  return match;
}

/**
 * The workspace packages a stage needs, dependencies first (the support package,
 * then earlier stages), the stage itself last.
 * @param {{ name: string }} stage
 */
export function dependencyClosure(stage, root = repoRoot) {
  const packages = workspacePackages(root);
  /** @type {Package[]} */
  const ordered = [];
  const seen = new Set();
  /** @param {string} name @param {string} from */
  const visit = (name, from) => {
    if (seen.has(name)) return;
    const pkg = packages.get(name);
    if (!pkg) throw new Error(`${from} depends on ${name}, which is not a package under packages/`);
    seen.add(name);
    const deps = { ...pkg.manifest.dependencies, ...pkg.manifest.devDependencies };
    for (const [dep, spec] of Object.entries(deps)) {
      if (String(spec).startsWith('workspace:')) visit(dep, name);
    }
    ordered.push(pkg);
  };
  visit(stage.name, stage.name);
  return ordered;
}

/**
 * The notebook that goes with a stage: `notebooks/NN-*.ipynb`, or undefined.
 * @param {{ number: number }} stage
 */
export function stageNotebook(stage, root = repoRoot) {
  const dir = join(root, 'notebooks');
  const prefix = `${String(stage.number).padStart(2, '0')}-`;
  const name = existsSync(dir)
    ? readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.ipynb'))
    : undefined;
  return name ? join(dir, name) : undefined;
}

/** @param {{ folder: string }} stage */
export function configPath(stage, root = repoRoot) {
  return join(root, 'grading', 'config', `${stage.folder}.json`);
}

/** @param {{ folder: string }} stage */
export function hiddenDir(stage, root = repoRoot) {
  return join(root, 'grading', 'hidden', stage.folder);
}

/** @param {string} rel */
const isTestFile = (rel) => /\.test\.[cm]?[jt]s$/.test(rel);
/** @param {string} rel */
const isSource = (rel) => /\.[cm]?ts$/.test(rel) && !rel.endsWith('.d.ts') && !isTestFile(rel);

/**
 * A stage's grading configuration, checked.
 * @param {{ folder: string }} stage
 * @returns {Config}
 */
export function loadConfig(stage, root = repoRoot) {
  const path = configPath(stage, root);
  const where = relative(root, path);
  if (!existsSync(path)) throw new Error(`${stage.folder} has no grading configuration (${where})`);
  const config = readJson(path);
  /** @param {string} what @returns {never} */
  const fail = (what) => {
    throw new Error(`${where}: ${what}`);
  };
  if (typeof config.title !== 'string' || !config.title) fail("'title' must be a non-empty string");
  if (!Array.isArray(config.functions) || config.functions.length === 0) {
    fail("'functions' must list the graded functions in the order students should write them");
  }
  const names = new Set();
  for (const fn of config.functions) {
    if (typeof fn.name !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(fn.name)) {
      fail(`each function needs a 'name' that is an identifier, got ${JSON.stringify(fn.name)}`);
    }
    if (names.has(fn.name)) fail(`'${fn.name}' is listed twice`);
    names.add(fn.name);
    if (!Number.isInteger(fn.points) || fn.points <= 0) {
      fail(`'${fn.name}' needs 'points', a positive integer`);
    }
    const extra = fn.describes ?? [];
    if (
      !Array.isArray(extra) ||
      extra.some((/** @type {unknown} */ t) => typeof t !== 'string' || !t)
    ) {
      fail(`'${fn.name}': 'describes' must be a list of describe titles`);
    }
    const forbid = fn.forbid ?? [];
    if (
      !Array.isArray(forbid) ||
      forbid.some(
        (/** @type {unknown} */ f) =>
          typeof f !== 'string' || !/^[@\w./-]+\.[A-Za-z_$][\w$]*$/.test(f),
      )
    ) {
      fail(`'${fn.name}': 'forbid' must list library functions such as "tf.softmax"`);
    }
  }
  if (config.screen !== undefined && !['refuse', 'note'].includes(config.screen)) {
    fail(`'screen' must be "refuse" (the default) or "note"`);
  }
  for (const key of [
    'testTimeoutSeconds',
    'functionTimeoutSeconds',
    'timeLimitSeconds',
    'memoryLimitMB',
  ]) {
    if (config[key] !== undefined && !(typeof config[key] === 'number' && config[key] > 0)) {
      fail(`'${key}' must be a positive number`);
    }
  }
  return {
    testTimeoutSeconds: 60,
    functionTimeoutSeconds: 300,
    timeLimitSeconds: 900,
    memoryLimitMB: 2048,
    screen: 'refuse',
    copyFolders: [],
    ...config,
    path,
  };
}

/**
 * The graded functions a test file's describes count for, and the title of its first describe.
 * @param {string} text @param {string} rel @param {Record<string, string>} titles
 * @returns {{ groups: string[], first: string | undefined }}
 */
function groupsOf(text, rel, titles) {
  const all = describeNames(text, rel);
  const names = all.filter((n) => Object.hasOwn(titles, n));
  const groups = names.map((n) => titles[n]).filter((g) => g !== undefined);
  return { groups: [...new Set(groups)], first: all[0] };
}

/**
 * Which describe titles count for which graded function: each function's own
 * name, plus the titles its configuration lists under `describes` (for test
 * files organised by something other than the function, such as fixtures).
 * @param {{ name: string, describes?: string[] }[]} functions
 */
export function describeTitles(functions) {
  /** @type {Record<string, string>} */
  const titles = {};
  for (const fn of functions) {
    for (const title of [fn.name, ...(fn.describes ?? [])]) {
      if (Object.hasOwn(titles, title)) {
        throw new Error(
          `describe title '${title}' counts for both ${titles[title]} and ${fn.name}`,
        );
      }
      titles[title] = fn.name;
    }
  }
  return titles;
}

/**
 * A function's test files, the ones whose first describe is named after it first.
 * @param {string} name @param {TestFile[]} tests
 */
function testsFor(name, tests) {
  const mine = tests.filter((t) => t.groups.includes(name));
  return [...mine.filter((t) => t.first === name), ...mine.filter((t) => t.first !== name)].map(
    (t) => t.file,
  );
}

/**
 * Everything the tooling needs to know about one stage, checked for
 * consistency: every solution region belongs to a configured function, every
 * configured function has a region and at least one visible test.
 * @param {Stage} stage
 * @returns {Analysis}
 */
export function analyseStage(stage, root = repoRoot) {
  const config = loadConfig(stage, root);
  const graded = new Set(config.functions.map((f) => f.name));
  const titles = describeTitles(config.functions);
  /** @param {string} rel */
  const where = (rel) => `packages/${stage.folder}/${rel}`;

  const sources = listFiles(join(stage.dir, 'src')).filter(isSource);
  /** @type {Analysis['regions']} */
  const regions = [];
  for (const rel of sources) {
    const text = readFileSync(join(stage.dir, 'src', rel), 'utf8');
    for (const region of findRegions(text, where(`src/${rel}`))) {
      if (!graded.has(region.functionName)) {
        throw new Error(
          `${where(`src/${rel}`)}:${region.line}: the solution region in ${region.functionName} ` +
            `is not graded; add it to ${relative(root, config.path)} or remove the markers`,
        );
      }
      regions.push({ ...region, file: `src/${rel}` });
    }
  }
  /** @type {Map<string, string>} */
  const definedIn = new Map();
  for (const region of regions) {
    const earlier = definedIn.get(region.functionName);
    if (earlier && earlier !== region.file) {
      throw new Error(
        `${region.functionName} has solution regions in ${earlier} and ${region.file}`,
      );
    }
    definedIn.set(region.functionName, region.file);
  }

  const testRoot = join(stage.dir, 'test');
  const visibleTests = listFiles(testRoot)
    .filter(isTestFile)
    .map((rel) => {
      const text = readFileSync(join(testRoot, rel), 'utf8');
      return { file: `test/${rel}`, ...groupsOf(text, rel, titles) };
    });
  const hiddenRoot = hiddenDir(stage, root);
  const hiddenFiles = listFiles(hiddenRoot);
  const hiddenTests = hiddenFiles.filter(isTestFile).map((rel) => {
    const text = readFileSync(join(hiddenRoot, rel), 'utf8');
    const { groups, first } = groupsOf(text, rel, titles);
    if (groups.length === 0) {
      throw new Error(
        `grading/hidden/${stage.folder}/${rel}: no describe(...) names a graded function ` +
          `(${[...graded].join(', ')}), so its tests would count for nothing`,
      );
    }
    return { file: `test/${rel}`, source: rel, groups, first };
  });
  for (const hidden of hiddenFiles) {
    if (existsSync(join(testRoot, hidden))) {
      throw new Error(
        `grading/hidden/${stage.folder}/${hidden} has the same path as the visible ` +
          `packages/${stage.folder}/test/${hidden}; rename one`,
      );
    }
  }

  const functions = config.functions.map((fn) => {
    const file = definedIn.get(fn.name);
    if (!file) {
      throw new Error(
        `${relative(root, config.path)} grades ${fn.name}, but no solution region ` +
          `(// BEGIN SOLUTION ... // END SOLUTION) in packages/${stage.folder}/src is inside it`,
      );
    }
    const visible = testsFor(fn.name, visibleTests);
    if (visible.length === 0) {
      throw new Error(
        `${fn.name} has no visible test: no file in packages/${stage.folder}/test has a ` +
          `describe('${fn.name}', ...)`,
      );
    }
    const hidden = testsFor(fn.name, hiddenTests);
    return { ...fn, file, visibleTests: visible, hiddenTests: hidden };
  });

  return {
    stage,
    config,
    titles,
    closure: dependencyClosure(stage, root),
    functions,
    regions,
    sources,
    visibleTests,
    hiddenTests,
    hiddenFiles,
    notebook: stageNotebook(stage, root),
  };
}

/**
 * True when `path` is `dir` itself or inside it.
 * @param {string} path @param {string} dir
 */
export function isInside(path, dir) {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** @param {string} path */
export function isDirectory(path) {
  return existsSync(path) && statSync(path).isDirectory();
}
