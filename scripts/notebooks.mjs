#!/usr/bin/env node
// @ts-check
// Runs the notebooks.
//
//   node scripts/notebooks.mjs run [name...]     execute notebooks/*.ipynb headlessly on the
//                                                tslab kernel, with the exercise solutions
//                                                filled in; write executed copies and HTML
//                                                to site/notebooks/ (built, not tracked). With
//                                                no name, every notebook, then the
//                                                kernel-survival test (unless
//                                                --no-kernel-test). With --wrong-answers,
//                                                each notebook's kernel then tries its
//                                                exercises' wrong answers (notebooks/mutants/),
//                                                each of which must fail its check.
//   node scripts/notebooks.mjs serve [args...]   start Jupyter on localhost at notebooks/;
//                                                arguments go to Jupyter (a lone `--` is dropped)
//   node scripts/notebooks.mjs check             check committed notebooks: normalised, no
//                                                outputs, no solution code, solutions stored,
//                                                code lines within 100 columns
//   node scripts/notebooks.mjs clean             normalise them: cell ids, no outputs, tslab kernel
//   node scripts/notebooks.mjs extract name...   move inline solutions into notebooks/solutions/
//   node scripts/notebooks.mjs solve name...     put stored solutions back inline (for editing)
//   node scripts/notebooks.mjs format [name...]  format code cells (and stored solutions) with Biome
//   node scripts/notebooks.mjs kernel-test       execute a notebook while packages are rebuilt
//
// Exercise solutions sit in code cells between `// BEGIN SOLUTION` and
// `// END SOLUTION` lines. The committed notebook holds a TODO stub there; the
// code lives in notebooks/solutions/<notebook>.md, one block per region, named
// by the cell's id (see notebooks/README.md).
//
// Before running anything it makes sure Jupyter is installed (installing it from
// Debian's packages through scripts/install-system-deps.sh when it is missing)
// and registers the tslab kernel in a kernel folder of this checkout
// (node_modules/.cache/jupyter), which Jupyter is pointed at through
// JUPYTER_PATH. Packages must be built first (`pnpm notebooks` and
// `pnpm notebook` do that).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { NOTEBOOK_TODO } from '../grading/lib/notebook.mjs';
import { markerPairs } from '../grading/lib/regions.mjs';
import {
  cellText,
  ensureKernel,
  jupyterEnv,
  notebooksDir,
  python,
  readNotebook,
  readSolutions,
  root,
  solutionsDir,
  solutionsPath,
} from './notebook-files.mjs';
import { wrongAnswerPlans } from './notebook-wrong-answers.mjs';

const outDir = join(root, 'site', 'notebooks');

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {Omit<import('node:child_process').SpawnSyncOptions, 'encoding'>} [options]
 */
function run(command, args, options = {}) {
  return spawnSync(command, args, { ...options, encoding: 'utf8' });
}

function pythonHasJupyter() {
  const probe = run(python, ['-c', 'import nbclient, nbconvert, ipykernel, notebook']);
  return probe.status === 0;
}

function ensureSystemPrerequisites() {
  if (existsSync(python) && pythonHasJupyter()) return;
  const install = run('bash', [join(root, 'scripts', 'install-system-deps.sh')], {
    stdio: 'inherit',
  });
  if (install.status !== 0) process.exit(1);
  if (!pythonHasJupyter()) {
    fail(
      `Jupyter is still not importable by ${python}; set MHA_PYTHON to an interpreter that has it.`,
    );
  }
}

async function checkBackendVariable() {
  const runtime = await import(join(root, 'packages', '00-runtime', 'dist', 'esm', 'index.js'));
  try {
    runtime.readBackendOverride(process.env);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

function copyMathJax() {
  const require = createRequire(join(notebooksDir, 'package.json'));
  const source = require.resolve('mathjax/es5/tex-svg.js');
  mkdirSync(join(outDir, 'mathjax'), { recursive: true });
  copyFileSync(source, join(outDir, 'mathjax', 'tex-svg.js'));
}

/** @param {string[]} names @returns {string[]} */
function notebookPaths(names) {
  const all = readdirSync(notebooksDir)
    .filter((f) => f.endsWith('.ipynb'))
    .sort();
  if (names.length === 0) return all.map((f) => join(notebooksDir, f));
  return names.map((/** @type {string} */ n) => {
    const match = all.find((f) => f === n || f === `${n}.ipynb` || f.startsWith(n));
    if (!match) fail(`No notebook matches '${n}'. Notebooks: ${all.join(', ')}`);
    return join(notebooksDir, match);
  });
}

/**
 * @typedef {import('./notebook-files.mjs').Cell} Cell
 * @typedef {import('./notebook-files.mjs').Notebook} Notebook
 * @typedef {import('./notebook-files.mjs').SolutionStore} SolutionStore
 * @typedef {{ beginLine: number, endLine: number, indent: string, code: string,
 *   isStub: boolean }} Region
 */

/** @type {(path: string) => string} */
const stem = (path) => basename(path, '.ipynb');
/** Code cells stay this narrow, so no line is clipped in the HTML rendering. */
const MAX_COLUMNS = 100;

// ---------------------------------------------------------------------------
// Exercise solutions: inline regions, stubs, and the store in notebooks/solutions/

/** The stub a learner sees between the markers: the assignment builder's TODO line. */
const stubLine = (/** @type {string} */ indent) => `${indent}throw new Error('${NOTEBOOK_TODO}');`;

/** The solution regions of one cell's text: marker lines, indent and the code between. */
/** @param {string} text @param {string} label @returns {Region[]} */
function cellRegions(text, label) {
  const lines = text.split('\n');
  return markerPairs(text, label).map(({ beginLine, endLine }) => {
    const indent = /^[ \t]*/.exec(lines[beginLine] ?? '')?.[0] ?? '';
    const code = lines.slice(beginLine + 1, endLine).join('\n');
    return { beginLine, endLine, indent, code, isStub: code === stubLine(indent) };
  });
}

/** Replaces the code of each region (in order) with `codes[i]`. */
/** @param {string} text @param {Region[]} regions @param {string[]} codes */
function withRegionCode(text, regions, codes) {
  const lines = text.split('\n');
  for (let i = regions.length - 1; i >= 0; i--) {
    const { beginLine, endLine } = /** @type {Region} */ (regions[i]);
    lines.splice(beginLine + 1, endLine - beginLine - 1, ...(codes[i] ?? '').split('\n'));
  }
  return lines.join('\n');
}

/** @param {string} path @param {SolutionStore} store @param {Notebook} notebook */
function writeSolutions(path, store, notebook) {
  const file = solutionsPath(path);
  if (store.size === 0) {
    rmSync(file, { force: true });
    return;
  }
  const order = notebook.cells.map((c) => c.id);
  const ids = [...store.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const blocks = ids.flatMap((id) =>
    (store.get(id) ?? []).map((code, i) => {
      if (code.includes('\n```')) fail(`${basename(path)} cell ${id}: a solution holds a fence`);
      return `## Cell \`${id}\`, region ${i + 1}\n\n\`\`\`ts\n${code}\n\`\`\`\n`;
    }),
  );
  const intro =
    `# Solutions to the exercises of ${basename(path)}\n\n` +
    'Each block is the code of one `// BEGIN SOLUTION` … `// END SOLUTION` region of the\n' +
    'code cell with that id; the notebook itself holds a TODO stub there. Try the exercise\n' +
    'first. `node scripts/notebooks.mjs solve <notebook>` puts these back inline and\n' +
    '`node scripts/notebooks.mjs extract <notebook>` takes them out again.\n';
  mkdirSync(solutionsDir, { recursive: true });
  writeFileSync(file, `${intro}\n${blocks.join('\n')}`);
}

/**
 * The notebook with every stub region filled from the store. Each solved cell
 * records its learner source in `metadata.mha.learner`, so the rendering can show
 * the stub with the solution folded away. Throws on a stub with no stored solution.
 */
/** @param {string} path @returns {Notebook} */
function solvedNotebook(path) {
  const notebook = readNotebook(path);
  const store = readSolutions(path);
  notebook.cells = notebook.cells.map((cell, index) => {
    if (cell.cell_type !== 'code') return cell;
    const text = cellText(cell);
    const regions = cellRegions(text, `${basename(path)} cell ${index + 1}`);
    if (regions.length === 0) return cell;
    const stored = store.get(cell.id ?? '') ?? [];
    const codes = regions.map((r, i) => {
      if (!r.isStub) return r.code;
      if (stored[i] === undefined) {
        fail(`${basename(path)} cell ${index + 1} (${cell.id}): region ${i + 1} has no solution`);
      }
      return stored[i];
    });
    const learner = withRegionCode(
      text,
      regions,
      regions.map((r) => stubLine(r.indent)),
    );
    return {
      ...cell,
      source: withRegionCode(text, regions, codes),
      metadata: { ...cell.metadata, mha: { learner } },
    };
  });
  return notebook;
}

/** Moves every inline solution of the notebook into the store; the notebook keeps stubs. */
/** @param {string} path */
function extractSolutions(path) {
  const notebook = readNotebook(path);
  const store = readSolutions(path);
  let moved = 0;
  notebook.cells = notebook.cells.map((cell, index) => {
    if (cell.cell_type !== 'code') return cell;
    const text = cellText(cell);
    const regions = cellRegions(text, `${basename(path)} cell ${index + 1}`);
    if (regions.length === 0) return cell;
    const id = cell.id ?? '';
    const codes = store.get(id) ?? [];
    regions.forEach((r, i) => {
      if (r.isStub) return;
      codes[i] = r.code;
      moved++;
    });
    store.set(id, codes);
    return {
      ...cell,
      source: withRegionCode(
        text,
        regions,
        regions.map((r) => stubLine(r.indent)),
      ),
    };
  });
  writeFileSync(path, `${JSON.stringify(notebook, null, 1)}\n`);
  writeSolutions(path, store, notebook);
  cleanNotebooks([path]);
  console.log(
    `${basename(path)}: ${moved} solution region(s) moved to ${relative(solutionsPath(path))}`,
  );
}

/** Puts the stored solutions back inline, for an author editing the exercises. */
/** @param {string} path */
function inlineSolutions(path, verbose = true) {
  const notebook = solvedNotebook(path);
  for (const cell of notebook.cells) {
    if (cell.metadata?.mha) {
      const { mha: _mha, ...rest } = cell.metadata;
      cell.metadata = rest;
    }
  }
  writeFileSync(path, `${JSON.stringify(notebook, null, 1)}\n`);
  if (verbose)
    console.log(`${basename(path)}: solutions inline; run \`extract\` before committing`);
}

const relative = (/** @type {string} */ path) => path.slice(root.length + 1);

// ---------------------------------------------------------------------------

/** Formats one cell's TypeScript with the workspace's Biome settings; unchanged on a parse error. */
/** @param {string} code @param {string} label */
function formatCode(code, label) {
  const biome = join(root, 'node_modules', '.bin', 'biome');
  const result = run(biome, ['format', '--stdin-file-path=cell.ts'], { input: code, cwd: root });
  if (result.status !== 0) {
    console.error(`${label}: Biome could not format it; left as it is`);
    return code;
  }
  return result.stdout.replace(/\n$/, '');
}

/** Formats every code cell, solution regions filled in, then puts the stubs back. */
/** @param {string} path */
function formatNotebook(path) {
  inlineSolutions(path, false);
  const nb = readNotebook(path);
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type === 'code')
      cell.source = formatCode(cellText(cell), `${basename(path)} cell ${i + 1}`);
  });
  writeFileSync(path, `${JSON.stringify(nb, null, 1)}\n`);
  extractSolutions(path);
}

function checkNotebooks() {
  /** @type {string[]} */
  const problems = [];
  for (const path of notebookPaths([])) {
    const nb = readNotebook(path);
    const name = basename(path);
    const store = readSolutions(path);
    if (nb.metadata?.kernelspec?.name !== 'tslab') problems.push(`${name}: kernel is not tslab`);
    const seen = new Set();
    nb.cells.forEach((cell, i) => {
      if (!cell.id) problems.push(`${name}: cell ${i + 1} has no id`);
      if (cell.cell_type !== 'code') return;
      if (cell.outputs?.length || cell.execution_count !== null) {
        problems.push(`${name}: cell ${i + 1} has saved outputs (run: pnpm notebooks:clean)`);
      }
      cellText(cell)
        .split('\n')
        .forEach((line, k) => {
          if (line.length > MAX_COLUMNS) {
            problems.push(`${name}: cell ${i + 1} line ${k + 1} is ${line.length} columns long`);
          }
        });
      /** @type {Region[]} */
      let regions = [];
      try {
        regions = cellRegions(cellText(cell), `${name} cell ${i + 1}`);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
      const stored = store.get(cell.id ?? '') ?? [];
      regions.forEach((r, k) => {
        if (!r.isStub) {
          problems.push(
            `${name}: cell ${i + 1} holds solution code in region ${k + 1} ` +
              `(run: node scripts/notebooks.mjs extract ${stem(path)})`,
          );
        } else if (stored[k] === undefined) {
          problems.push(`${name}: cell ${i + 1} region ${k + 1} has no stored solution`);
        }
      });
      if (regions.length > 0) seen.add(cell.id);
      if (stored.length > regions.length && regions.every((r) => r.isStub)) {
        problems.push(
          `${name}: ${relative(solutionsPath(path))} has more regions for cell ${cell.id}`,
        );
      }
    });
    for (const id of store.keys()) {
      if (!seen.has(id)) {
        problems.push(`${relative(solutionsPath(path))}: cell ${id} is not an exercise of ${name}`);
      }
    }
  }
  for (const file of existsSync(solutionsDir) ? readdirSync(solutionsDir) : []) {
    if (!existsSync(join(notebooksDir, file.replace(/\.md$/, '.ipynb')))) {
      problems.push(`notebooks/solutions/${file}: no notebook of that name`);
    }
  }
  if (problems.length) fail(`Notebooks are not in learner form:\n  ${problems.join('\n  ')}`);
  console.log('notebooks are normalised, hold no outputs and no solution code');
}

const TSLAB_METADATA = {
  kernelspec: { display_name: 'TypeScript', language: 'typescript', name: 'tslab' },
  language_info: {
    codemirror_mode: { mode: 'typescript', name: 'javascript', typescript: true },
    file_extension: '.ts',
    mimetype: 'text/typescript',
    name: 'typescript',
    version: '3.7.2',
  },
};

function cleanNotebooks(paths = notebookPaths([])) {
  for (const path of paths) {
    const nb = readNotebook(path);
    const seen = new Set();
    nb.cells = nb.cells.map((cell, i) => {
      const source = cellText(cell);
      let id = cell.id;
      if (!id || seen.has(id)) {
        id = createHash('sha1').update(`${i}:${source}`).digest('hex').slice(0, 8);
      }
      seen.add(id);
      const clean = { cell_type: cell.cell_type, id, metadata: cell.metadata ?? {}, source };
      if (cell.cell_type === 'code') Object.assign(clean, { execution_count: null, outputs: [] });
      return clean;
    });
    nb.metadata = { ...nb.metadata, ...TSLAB_METADATA };
    nb.nbformat = 4;
    nb.nbformat_minor = 5;
    writeFileSync(path, `${JSON.stringify(nb, null, 1)}\n`);
  }
  if (paths.length > 1) console.log('notebooks normalised');
}

/** Executes notebooks (given as JSON) with the kernel's working folder at notebooks/. */
/**
 * @param {{ name: string, notebook: Notebook }[]} notebooks
 * @param {string} out
 * @param {Record<string, string>} [env]
 * @param {unknown[]} [wrongAnswers] plans (notebook-wrong-answers.mjs) of wrong answers to
 *   try in each notebook's kernel after it has run
 */
function execute(notebooks, out, env = {}, wrongAnswers = []) {
  const scratch = mkdtempSync(join(tmpdir(), 'mha-notebooks-'));
  try {
    const paths = notebooks.map(({ name, notebook }) => {
      const file = join(scratch, name);
      writeFileSync(file, JSON.stringify(notebook));
      return file;
    });
    const script = join(root, 'scripts', 'execute_notebooks.py');
    const template = join(root, 'scripts', 'nbconvert-template');
    const plan = join(scratch, 'wrong-answers.json');
    writeFileSync(plan, JSON.stringify({ notebooks: wrongAnswers }));
    const tried = wrongAnswers.length > 0 ? ['--wrong-answers', plan] : [];
    const args = [script, ...tried, out, template, notebooksDir, ...paths];
    return run(python, args, {
      stdio: 'inherit',
      cwd: notebooksDir,
      env: { ...jupyterEnv(), ...env },
    }).status;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function prepare() {
  await checkBackendVariable();
  ensureSystemPrerequisites();
  ensureKernel();
}

// ---------------------------------------------------------------------------
// The kernel survives rebuilds: a notebook that rebuilds the packages it imports
// between its cells, as a learner does from a terminal while working. Unpatched
// tslab 1.0.22 dies in the first round ("Unexpected pending rebuildTimer").

const REBUILD_ROUNDS = 2;

function kernelTestNotebook() {
  let cellCount = 0;
  const code = (/** @type {string} */ source) => ({
    cell_type: 'code',
    id: `kernel-test-${++cellCount}`,
    execution_count: null,
    metadata: {},
    source,
    outputs: [],
  });
  const rebuild =
    "for (const folder of ['00-runtime', '01-scaled-dot-product-attention']) {\n" +
    "  execFileSync(process.execPath, [builder], { cwd: join('..', 'packages', folder) });\n" +
    '}\n' +
    '// Let the file watchers deliver their events while the kernel is idle.\n' +
    'await new Promise((done) => setTimeout(done, 2000));\n';
  const cells = [
    code(
      "import { execFileSync } from 'child_process';\n" +
        "import { join, resolve } from 'path';\n" +
        "import * as tf from '@tensorflow/tfjs-core';\n" +
        "import { assertShape, useBestBackend } from '@mha/runtime';\n" +
        "import { scaledDotProductAttention } from '@mha/scaled-dot-product-attention';\n" +
        "const builder = resolve('..', 'scripts', 'build-package.mjs');\n" +
        'await useBestBackend({ log: false });',
    ),
    ...Array.from({ length: REBUILD_ROUNDS }, (_, i) =>
      code(
        `${rebuild}const q${i} = tf.ones([1, 2, 4]);\n` +
          `assertShape(scaledDotProductAttention(q${i}, q${i}, q${i}).output, [1, 2, 4], 'o', 'f');`,
      ),
    ),
    code("console.log('the kernel is alive');"),
  ];
  return { cells, metadata: TSLAB_METADATA, nbformat: 4, nbformat_minor: 5 };
}

async function kernelTest() {
  await prepare();
  console.log(`kernel test: a notebook rebuilds the packages it imports, ${REBUILD_ROUNDS} times`);
  const out = mkdtempSync(join(tmpdir(), 'mha-kernel-test-'));
  const started = Date.now();
  const status = execute(
    [{ name: 'kernel-survives-rebuilds.ipynb', notebook: kernelTestNotebook() }],
    out,
    { MHA_NO_RETRY: '1' },
  );
  rmSync(out, { recursive: true, force: true });
  if (status !== 0) fail('kernel test: the kernel did not survive the rebuilds (see above)');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `kernel test: the kernel survived ${REBUILD_ROUNDS} rounds of rebuilds (${seconds} s)`,
  );
}

// ---------------------------------------------------------------------------

const [command = 'run', ...rest] = process.argv.slice(2);
if (command === 'check') {
  checkNotebooks();
} else if (command === 'clean') {
  cleanNotebooks();
} else if (command === 'extract' || command === 'solve') {
  if (rest.length === 0) fail(`${command}: name at least one notebook, e.g. 04`);
  for (const path of notebookPaths(rest)) {
    if (command === 'extract') extractSolutions(path);
    else inlineSolutions(path);
  }
} else if (command === 'format') {
  for (const path of notebookPaths(rest)) formatNotebook(path);
} else if (command === 'kernel-test') {
  await kernelTest();
} else if (command === 'run') {
  await prepare();
  copyMathJax();
  const skipKernelTest = rest.includes('--no-kernel-test');
  const tryWrong = rest.includes('--wrong-answers');
  const names = rest.filter((arg) => arg !== '--no-kernel-test' && arg !== '--wrong-answers');
  const paths = notebookPaths(names);
  const notebooks = paths.map((path) => ({ name: basename(path), notebook: solvedNotebook(path) }));
  const wrongAnswers = tryWrong ? wrongAnswerPlans(paths.map((p) => basename(p, '.ipynb'))) : [];
  console.log(`executing ${paths.length} notebook(s) on the tslab kernel`);
  const started = Date.now();
  if (execute(notebooks, outDir, {}, wrongAnswers) !== 0) process.exit(1);
  console.log(
    `all notebooks ran in ${((Date.now() - started) / 1000).toFixed(1)} s; output in site/notebooks/`,
  );
  if (names.length === 0 && !skipKernelTest) await kernelTest();
} else if (command === 'serve') {
  await prepare();
  // `pnpm notebook -- --port 8890` passes the `--` along; Jupyter would take
  // every argument after it for a file name.
  const passed = rest.filter((arg) => arg !== '--');
  const args = ['-m', 'notebook', '--ip=127.0.0.1', `--notebook-dir=${notebooksDir}`, ...passed];
  if (process.getuid?.() === 0) args.push('--allow-root');
  const server = run(python, args, { stdio: 'inherit', env: jupyterEnv() });
  process.exit(server.status ?? 0);
} else {
  fail(
    `Unknown command '${command}'. Use: run [name...] | serve [args...] | check | clean | ` +
      'extract name... | solve name... | format [name...] | kernel-test',
  );
}
