#!/usr/bin/env node
// Runs the notebooks.
//
//   node scripts/notebooks.mjs run [name...]   execute notebooks/*.ipynb headlessly on the
//                                              tslab kernel; write executed copies and HTML
//                                              to docs/notebooks/
//   node scripts/notebooks.mjs serve           start Jupyter on localhost at notebooks/
//   node scripts/notebooks.mjs check           check committed notebooks are normalised
//   node scripts/notebooks.mjs clean           normalise them: cell ids, no outputs, tslab kernel
//
// Before running anything it makes sure Jupyter is installed (installing it from
// Debian's packages through scripts/install-system-deps.sh when it is missing)
// and that the tslab kernel is registered. Packages must be built first
// (`pnpm notebooks` and `pnpm notebook` do that).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const notebooksDir = join(root, 'notebooks');
const outDir = join(root, 'docs', 'notebooks');
const python = process.env.MHA_PYTHON ?? '/usr/bin/python3';
const tslab = join(notebooksDir, 'node_modules', '.bin', 'tslab');

function fail(message) {
  console.error(message);
  process.exit(1);
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { encoding: 'utf8', ...options });
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
    fail(error.message);
  }
}

function ensureKernel() {
  if (!existsSync(tslab)) fail('tslab is not installed: run `pnpm install` first.');
  const listSpecs =
    'import json; from jupyter_client.kernelspec import KernelSpecManager; ' +
    'print(json.dumps(KernelSpecManager().get_all_specs()))';
  const list = run(python, ['-c', listSpecs]);
  const specs = list.status === 0 ? JSON.parse(list.stdout) : {};
  const argv0 = specs.tslab?.spec?.argv?.[0];
  if (argv0 === tslab) return;
  const args = ['install', `--python=${python}`, `--binary=${tslab}`];
  const install = run(tslab, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  if (install.status !== 0) fail('Could not register the tslab kernel with Jupyter (see above).');
  console.log(`registered the tslab kernel for ${python}`);
}

function copyMathJax() {
  const require = createRequire(join(notebooksDir, 'package.json'));
  const source = require.resolve('mathjax/es5/tex-svg.js');
  mkdirSync(join(outDir, 'mathjax'), { recursive: true });
  copyFileSync(source, join(outDir, 'mathjax', 'tex-svg.js'));
}

function notebookPaths(names) {
  const all = readdirSync(notebooksDir)
    .filter((f) => f.endsWith('.ipynb'))
    .sort();
  if (names.length === 0) return all.map((f) => join(notebooksDir, f));
  return names.map((n) => {
    const match = all.find((f) => f === n || f === `${n}.ipynb` || f.startsWith(n));
    if (!match) fail(`No notebook matches '${n}'. Notebooks: ${all.join(', ')}`);
    return join(notebooksDir, match);
  });
}

function checkNormalised() {
  const problems = [];
  for (const path of notebookPaths([])) {
    const nb = JSON.parse(readFileSync(path, 'utf8'));
    const name = basename(path);
    if (nb.metadata?.kernelspec?.name !== 'tslab') problems.push(`${name}: kernel is not tslab`);
    nb.cells.forEach((cell, i) => {
      if (!cell.id) problems.push(`${name}: cell ${i + 1} has no id`);
      if (cell.cell_type === 'code' && (cell.outputs?.length || cell.execution_count !== null)) {
        problems.push(`${name}: cell ${i + 1} has saved outputs (run: pnpm notebooks:clean)`);
      }
    });
  }
  if (problems.length) fail(`Notebooks are not normalised:\n  ${problems.join('\n  ')}`);
  console.log('notebooks are normalised');
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

function cleanNotebooks() {
  for (const path of notebookPaths([])) {
    const nb = JSON.parse(readFileSync(path, 'utf8'));
    const seen = new Set();
    nb.cells = nb.cells.map((cell, i) => {
      const source = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
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
  console.log('notebooks normalised');
}

const [command = 'run', ...rest] = process.argv.slice(2);
if (command === 'check') {
  checkNormalised();
} else if (command === 'clean') {
  cleanNotebooks();
} else if (command === 'run') {
  await checkBackendVariable();
  ensureSystemPrerequisites();
  ensureKernel();
  copyMathJax();
  const paths = notebookPaths(rest);
  console.log(`executing ${paths.length} notebook(s) on the tslab kernel`);
  const started = Date.now();
  const result = run(
    python,
    [
      join(root, 'scripts', 'execute_notebooks.py'),
      outDir,
      join(root, 'scripts', 'nbconvert-template'),
      ...paths,
    ],
    { stdio: 'inherit', cwd: notebooksDir },
  );
  if (result.status !== 0) process.exit(1);
  console.log(
    `all notebooks ran in ${((Date.now() - started) / 1000).toFixed(1)} s; output in docs/notebooks/`,
  );
} else if (command === 'serve') {
  await checkBackendVariable();
  ensureSystemPrerequisites();
  ensureKernel();
  const args = ['-m', 'notebook', '--ip=127.0.0.1', `--notebook-dir=${notebooksDir}`, ...rest];
  if (process.getuid?.() === 0) args.push('--allow-root');
  const server = run(python, args, { stdio: 'inherit' });
  process.exit(server.status ?? 0);
} else {
  fail(`Unknown command '${command}'. Use: run [name...] | serve | check | clean`);
}
