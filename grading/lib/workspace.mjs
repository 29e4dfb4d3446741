// @ts-check
// Writes a standalone pnpm workspace for one stage: the student workspace that
// `pnpm assignment build` hands out, and the scratch workspace the teacher's
// grader installs and runs submissions in. Both hold the support package and the
// earlier stages as working packages (full source), the stage's package, tests,
// test configuration and the pinned dependencies, and nothing that refers back
// to this repository.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { sectionFor, studentNotebook } from './notebook.mjs';
import { stripMarkers, stubRegions } from './regions.mjs';
import { listFiles, readJson, repoRoot } from './stages.mjs';

const TEMPLATE = join(repoRoot, 'grading', 'template');
const LIB = join(repoRoot, 'grading', 'lib');
const PACKAGE_CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'tsconfig.cjs.json'];
const KEPT_SCRIPTS = ['build', 'typecheck'];

/** @typedef {import('./stages.mjs').Analysis} Analysis */
/** @typedef {import('./stages.mjs').Package} Package */
/** @typedef {import('./stages.mjs').GradedFunction} GradedFunction */
/**
 * A graded function with the notebook heading that explains it (student workspaces).
 * @typedef {GradedFunction & { sectionTitle: string }} SectionedFunction
 */

/** @param {string} path @param {string} text */
function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** @param {string | URL} from @param {string} to */
function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

/** @param {string} template @param {Record<string, unknown>} values */
function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, /** @type {string} */ key) => {
    if (!(key in values)) throw new Error(`template placeholder {{${key}}} has no value`);
    return String(values[key]);
  });
}

/** @param {string} name @param {Record<string, unknown>} values */
function template(name, values) {
  return fill(readFileSync(join(TEMPLATE, name), 'utf8'), values);
}

/** @param {unknown} value */
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The exact version of a package installed for the repository (or a notebook).
 * @param {string} name
 * @returns {string}
 */
function installedVersion(name, from = repoRoot) {
  const manifest = join(from, 'node_modules', name, 'package.json');
  if (!existsSync(manifest))
    throw new Error(`${name} is not installed at ${relative(repoRoot, from) || '.'}`);
  return readJson(manifest).version;
}

/**
 * The lines of the `key:` block (the key and its indented lines) in a YAML file's lines.
 * @param {string[]} lines @param {string} key
 */
function yamlBlock(lines, key) {
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (start === -1) return undefined;
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end] ?? '')) end++;
  return { start, end };
}

/**
 * The patch files of the repository's `patchedDependencies` (tslab's, for the
 * notebooks), as paths relative to the repository.
 */
function patchFiles() {
  const lines = readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8').split('\n');
  const block = yamlBlock(lines, 'patchedDependencies');
  if (!block) return [];
  return lines.slice(block.start + 1, block.end).map((l) => l.split(':').slice(1).join(':').trim());
}

/**
 * `pnpm-workspace.yaml`: the repository's, with its own package list. The
 * patched dependencies (tslab) come along only with the notebooks that need them.
 * @param {string[]} globs @param {{ withPatches: boolean }} options
 */
function workspaceYaml(globs, { withPatches }) {
  const text = readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8');
  const all = text.split('\n');
  const patches = yamlBlock(all, 'patchedDependencies');
  const lines =
    withPatches || !patches ? all : [...all.slice(0, patches.start), ...all.slice(patches.end)];
  const start = lines.findIndex((l) => /^packages:\s*$/.test(l));
  if (start === -1) throw new Error('pnpm-workspace.yaml has no top-level `packages:` list');
  let end = start + 1;
  while (end < lines.length && /^(\s+-|\s*$)/.test(lines[end] ?? '') && lines[end]?.trim() !== '')
    end++;
  const list = globs.map((g) => `  - ${g}`);
  return [...lines.slice(0, start + 1), ...list, ...lines.slice(end)].join('\n');
}

/**
 * The TODO message a stub throws: what to implement and where it is explained.
 * @param {{ name: string, sectionTitle: string }} fn @param {string} notebookName
 */
export function todoMessage(fn, notebookName) {
  return `TODO: implement ${fn.name} — see "${fn.sectionTitle}" in notebooks/${notebookName}`;
}

/**
 * Stubs a stage's source file as a student's workspace has it: each solution region
 * becomes a throw whose TODO message points at the function's notebook section.
 * @param {Analysis} analysis
 * @param {SectionedFunction[]} [sectioned] the functions with their sections (default:
 *   withSections, which requires the notebook)
 * @returns {(text: string, label: string) => string} the stubbing of one file's text
 *   (`label` names the file in errors)
 */
export function studentStubs(analysis, sectioned = withSections(analysis)) {
  const notebookName = basename(/** @type {string} */ (analysis.notebook));
  const byName = new Map(sectioned.map((fn) => [fn.name, fn]));
  return (text, label) =>
    stubRegions(text, label, (name) =>
      todoMessage(/** @type {SectionedFunction} */ (byName.get(name)), notebookName),
    ).text;
}

/**
 * Stubs a stage's source file as it is handed out: as in a student's workspace where the
 * stage has a notebook, else (a stage not yet handed out) with TODO messages that point
 * at nothing.
 * @param {Analysis} analysis
 * @param {SectionedFunction[]} [sectioned] as for studentStubs
 * @returns {(text: string, label: string) => string}
 */
export function handedOutStubs(analysis, sectioned) {
  if (analysis.notebook) return studentStubs(analysis, sectioned);
  return (text, label) => stubRegions(text, label, (name) => `TODO: implement ${name}`).text;
}

/**
 * Looks up each function's notebook section; fails if the notebook is missing.
 * @param {Analysis} analysis
 * @returns {SectionedFunction[]}
 */
export function withSections(analysis) {
  const path = analysis.notebook;
  if (!path) {
    const prefix = String(analysis.stage.number).padStart(2, '0');
    throw new Error(`${analysis.stage.folder} has no notebook (notebooks/${prefix}-*.ipynb)`);
  }
  const notebook = readJson(path);
  return analysis.functions.map((fn) => ({
    ...fn,
    sectionTitle: sectionFor(notebook, path, fn),
  }));
}

/**
 * The package names a folder's TypeScript files import (bare specifiers, scope included).
 * @param {string[]} dirs
 */
function importedPackages(dirs) {
  /** @type {Set<string>} */
  const names = new Set();
  for (const dir of dirs) {
    for (const rel of listFiles(dir)) {
      if (!/\.[cm]?[jt]s$/.test(rel)) continue;
      const text = readFileSync(join(dir, rel), 'utf8');
      for (const m of text.matchAll(/(?:from|import\(?)\s*['"]([^'"./#][^'"]*)['"]/g)) {
        const parts = /** @type {string} */ (m[1]).split('/');
        names.add(parts[0]?.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? ''));
      }
    }
  }
  return names;
}

/**
 * The package's manifest in a workspace: only the build and type-check scripts, and for
 * the stage itself only the development dependencies its sources and tests import (a
 * stage's data or training tools, such as a corpus package, stay out of the install).
 * @param {Package} pkg @param {{ devFrom?: string[] }} [options] folders whose imports
 *   decide which development dependencies stay (all stay when not given)
 */
function packageManifest(pkg, { devFrom } = {}) {
  const manifest = structuredClone(pkg.manifest);
  if (devFrom && manifest.devDependencies) {
    const used = importedPackages(devFrom);
    manifest.devDependencies = Object.fromEntries(
      Object.entries(manifest.devDependencies).filter(([name]) => used.has(name)),
    );
  }
  const scripts = Object.fromEntries(
    Object.entries(manifest.scripts ?? {}).filter(([name]) => KEPT_SCRIPTS.includes(name)),
  );
  if (Object.keys(scripts).length > 0) manifest.scripts = scripts;
  else delete manifest.scripts;
  return manifest;
}

/**
 * Copies one workspace package. `transform(text, rel)` rewrites each TypeScript
 * source file; tests beside the source are left out.
 * @param {Package} pkg @param {string} out
 * @param {{ transform: (text: string, rel: string) => string, folders?: string[],
 *   onlyUsedDevDependencies?: boolean }} options
 */
function copyPackage(pkg, out, { transform, folders = [], onlyUsedDevDependencies = false }) {
  const dest = join(out, 'packages', pkg.folder);
  const devFrom = onlyUsedDevDependencies
    ? ['src', ...folders].map((folder) => join(pkg.dir, folder))
    : undefined;
  write(join(dest, 'package.json'), json(packageManifest(pkg, { devFrom })));
  for (const name of PACKAGE_CONFIGS) {
    if (existsSync(join(pkg.dir, name))) copy(join(pkg.dir, name), join(dest, name));
  }
  for (const rel of listFiles(join(pkg.dir, 'src'))) {
    if (/\.test\.[cm]?[jt]s$/.test(rel)) continue;
    const from = join(pkg.dir, 'src', rel);
    if (/\.[cm]?ts$/.test(rel) && !rel.endsWith('.d.ts')) {
      write(join(dest, 'src', rel), transform(readFileSync(from, 'utf8'), `src/${rel}`));
    } else {
      copy(from, join(dest, 'src', rel));
    }
  }
  for (const folder of folders) {
    for (const rel of listFiles(join(pkg.dir, folder))) {
      copy(join(pkg.dir, folder, rel), join(dest, folder, rel));
    }
  }
  return dest;
}

/**
 * The JSON the student's `pnpm grade` reads: functions in order, their points and tests.
 * @param {Analysis} analysis @param {SectionedFunction[]} functions
 */
function assignmentJson(analysis, functions) {
  const { config, stage } = analysis;
  return {
    title: config.title,
    stage: stage.folder,
    package: stage.name,
    testTimeoutSeconds: config.testTimeoutSeconds,
    functionTimeoutSeconds: config.functionTimeoutSeconds,
    timeLimitSeconds: config.timeLimitSeconds,
    describeTitles: analysis.titles,
    functions: functions.map((fn) => ({
      name: fn.name,
      points: fn.points,
      file: fn.file,
      section: fn.sectionTitle,
      tests: fn.visibleTests,
    })),
  };
}

/** @param {SectionedFunction[]} functions @param {{ folder: string }} stage */
function readmeTable(functions, stage) {
  const rows = functions.map(
    (fn, i) =>
      `| ${i + 1} | \`${fn.name}\` | \`packages/${stage.folder}/${fn.file}\` | ${fn.sectionTitle} | ${fn.points} |`,
  );
  return [
    '| # | function | file | notebook section | points |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/**
 * The README's list of test commands, comments aligned.
 * @param {GradedFunction[]} functions at least one, each with a visible test (`analyseStage`)
 */
function testCommands(functions) {
  const first = /** @type {GradedFunction} */ (functions[0]);
  const filter = /** @type {string} */ (first.visibleTests[0]).replace(/\.test\.[cm]?[jt]s$/, '');
  /** @type {[string, string][]} */
  const rows = [
    ['pnpm test', 'every test, with its full failure message'],
    [`pnpm test ${filter}`, `only the test files whose path contains "${filter}"`],
    ['pnpm typecheck', 'what TypeScript thinks of your code'],
    ['pnpm grade', 'your score'],
    [`pnpm grade ${first.name}`, 'the score of one function'],
    ['pnpm grade --json', 'the score as JSON'],
  ];
  const width = Math.max(...rows.map(([command]) => command.length));
  return rows.map(([command, comment]) => `${command.padEnd(width)}  # ${comment}`).join('\n');
}

/**
 * The README's sentence on library functions that are an exercise's answer.
 * @param {GradedFunction[]} functions
 */
function forbiddenText(functions) {
  const rows = functions
    .filter((fn) => (fn.forbid ?? []).length > 0)
    .map(
      (fn) =>
        `\`${fn.name}\` may not call ${(fn.forbid ?? []).map((f) => `\`${f}\``).join(' or ')}`,
    );
  return rows.length === 0
    ? ''
    : `\nSome library functions are the answer to an exercise, and calling them earns\nnothing: ${rows.join('; ')}.\n`;
}

/** @param {Analysis} analysis */
function ungradedTests(analysis) {
  const files = analysis.visibleTests
    .filter((t) => t.groups.length === 0)
    .map((t) => `\`${t.file}\``);
  return files.length === 0
    ? ''
    : `The stage also has tests for functions you do not write (${files.join(', ')}); ` +
        '`pnpm test` runs them, `pnpm grade` does not count them.';
}

/**
 * Writes a workspace for `analysis` (from `analyseStage`) into `out`.
 *
 * @param mode `'student'`: the stage's solution regions become TODO stubs, and the
 *   notebook, README and `pnpm grade` are added. `'scratch'`: the teacher's grading
 *   workspace; the stage is in student form too (so nothing a submission can reach holds
 *   the reference solution), and nothing for students is added.
 * @param {Analysis} analysis
 * @param {string} out
 * @param {'student' | 'scratch'} mode
 * @param {{ tools?: boolean }} [options] `tools: false` leaves TypeScript, vitest and Node's
 *   types out of the install (default true): a scratch workspace on the judge that runs no
 *   type check needs neither, and installs in half the time without them.
 * @returns `{ files, functions }` (functions with their notebook sections in student mode).
 */
export function writeWorkspace(analysis, out, mode, options = {}) {
  const { tools = true } = options;
  const { stage, config } = analysis;
  const student = mode === 'student';
  /** @type {(GradedFunction & { sectionTitle?: string })[]} */
  const functions = student ? withSections(analysis) : analysis.functions;
  // In student mode every function has its section (withSections, which also requires
  // the notebook).
  const sectioned = /** @type {SectionedFunction[]} */ (functions);
  const closure = analysis.closure;
  const dependencies = closure.filter((p) => p.name !== stage.name);
  if (!closure.some((p) => p.name === '@mha/runtime'))
    throw new Error(`${stage.name} does not depend on @mha/runtime`);
  const root = readJson(join(repoRoot, 'package.json'));
  const notebookName = analysis.notebook ? basename(analysis.notebook) : undefined;

  /** @type {Record<string, string>} */
  const devDependencies = {
    '@mha/runtime': 'workspace:*',
    '@tensorflow/tfjs-core': installedVersion('@tensorflow/tfjs-core'),
    ...(tools || student
      ? {
          '@types/node': installedVersion('@types/node'),
          typescript: installedVersion('typescript'),
          vitest: installedVersion('vitest'),
        }
      : {}),
  };
  const scripts = student
    ? {
        test: 'vitest run',
        grade: 'node scripts/grade.mjs',
        typecheck: `tsc -p packages/${stage.folder}/tsconfig.json --noEmit`,
        build: 'pnpm -r --filter "./packages/*" --workspace-concurrency=1 run build',
      }
    : {};
  write(
    join(out, 'package.json'),
    json({
      name: `${student ? 'mha-assignment' : 'mha-grading'}-${stage.folder}`,
      version: '0.1.0',
      private: true,
      description: `${config.title}: ${student ? 'assignment workspace' : 'grading workspace'}.`,
      license: root.license,
      type: 'module',
      packageManager: root.packageManager,
      engines: root.engines,
      scripts,
      devDependencies,
    }),
  );
  const withNotebooks = Boolean(student && notebookName);
  write(
    join(out, 'pnpm-workspace.yaml'),
    workspaceYaml(withNotebooks ? ['packages/*', 'notebooks'] : ['packages/*'], {
      withPatches: withNotebooks,
    }),
  );
  if (withNotebooks) {
    for (const patch of patchFiles()) copy(join(repoRoot, patch), join(out, patch));
  }
  copy(join(repoRoot, 'tsconfig.base.json'), join(out, 'tsconfig.base.json'));
  const values = { stageFolder: stage.folder, testTimeoutMs: config.testTimeoutSeconds * 1000 };
  write(join(out, 'vitest.setup.ts'), template('vitest.setup.ts', values));
  write(join(out, 'vitest.shared.ts'), template('vitest.shared.ts.tmpl', values));

  for (const pkg of dependencies) {
    copyPackage(pkg, out, { transform: (text, rel) => stripMarkers(text, `${pkg.folder}/${rel}`) });
  }
  const stub = handedOutStubs(analysis, student ? sectioned : undefined);
  const stageDir = copyPackage(stage, out, {
    folders: ['test', ...config.copyFolders],
    onlyUsedDevDependencies: true,
    transform: (text, rel) => stub(text, `${stage.folder}/${rel}`),
  });

  if (student) {
    copy(join(stage.dir, 'vitest.config.ts'), join(stageDir, 'vitest.config.ts'));
    write(join(out, 'vitest.config.ts'), template('vitest.config.ts.tmpl', values));
    write(join(out, '.gitignore'), 'node_modules/\ndist/\n*.tsbuildinfo\n.ipynb_checkpoints/\n');
    copy(join(repoRoot, 'scripts', 'build-package.mjs'), join(out, 'scripts', 'build-package.mjs'));
    copy(join(TEMPLATE, 'scripts', 'grade.mjs'), join(out, 'scripts', 'grade.mjs'));
    for (const lib of ['runner.mjs', 'report.mjs', 'vitest-setup.mjs', 'vitest-reporter.mjs']) {
      copy(join(LIB, lib), join(out, 'scripts', 'grading', lib));
    }
    write(
      join(out, 'scripts', 'grading', 'assignment.json'),
      json(assignmentJson(analysis, sectioned)),
    );
    writeNotebook(
      { ...analysis, notebook: /** @type {string} */ (analysis.notebook) },
      out,
      closure,
    );
    write(
      join(out, 'README.md'),
      template('README.md', {
        title: config.title,
        stageFolder: stage.folder,
        packageName: stage.name,
        notebook: notebookName,
        functionTable: readmeTable(sectioned, stage),
        firstFunction: /** @type {GradedFunction} */ (functions[0]).name,
        testCommands: testCommands(functions),
        dependencies: dependencies.map((p) => `\`${p.name}\``).join(', '),
        totalPoints: functions.reduce((sum, fn) => sum + fn.points, 0),
        testTimeoutSeconds: config.testTimeoutSeconds,
        functionTimeoutSeconds: config.functionTimeoutSeconds,
        ungradedTests: ungradedTests(analysis),
        allowedImports: ['@tensorflow/tfjs-core', ...dependencies.map((p) => p.name)]
          .map((name) => `\`${name}\``)
          .join(', '),
        forbidden: forbiddenText(functions),
      }).replace(/\n{3,}/g, '\n\n'),
    );
  }
  return { functions, files: listFiles(out) };
}

/**
 * @param {Analysis & { notebook: string }} analysis
 * @param {string} out
 * @param {Package[]} closure
 */
function writeNotebook(analysis, out, closure) {
  const source = readJson(analysis.notebook);
  const name = basename(analysis.notebook);
  const { notebook } = studentNotebook(source, name);
  write(join(out, 'notebooks', name), `${JSON.stringify(notebook, null, 1)}\n`);
  const notebooksDir = join(repoRoot, 'notebooks');
  const repoNotebooks = readJson(join(notebooksDir, 'package.json'));
  /** @type {Record<string, string>} */
  const dependencies = Object.fromEntries(closure.map((p) => [p.name, 'workspace:^']));
  for (const dep of ['@tensorflow/tfjs-core', '@types/node', 'tslab']) {
    if (!(dep in (repoNotebooks.dependencies ?? {}))) continue;
    dependencies[dep] = installedVersion(dep, notebooksDir);
  }
  write(
    join(out, 'notebooks', 'package.json'),
    json({
      name: '@mha/notebooks',
      version: '0.1.0',
      private: true,
      description: 'The notebook that goes with this stage (tslab TypeScript kernel).',
      license: repoNotebooks.license,
      dependencies,
    }),
  );
  copy(join(notebooksDir, 'tsconfig.json'), join(out, 'notebooks', 'tsconfig.json'));
}

/** True when `dir` is missing or an empty directory. @param {string} dir */
export function isEmptyOrMissing(dir) {
  if (!existsSync(dir)) return true;
  return statSync(dir).isDirectory() && listFiles(dir).length === 0;
}
