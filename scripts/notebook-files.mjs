// @ts-check
// What the notebook scripts share: where the notebooks, their stored solutions and the
// tslab kernel of this checkout live, how a notebook and its solutions are read, and the
// kernel registration. Used by scripts/notebooks.mjs and scripts/notebook-mutants.mjs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const notebooksDir = join(root, 'notebooks');
export const solutionsDir = join(notebooksDir, 'solutions');
export const kernelsHome = join(root, 'node_modules', '.cache', 'jupyter');
export const python = process.env.MHA_PYTHON ?? '/usr/bin/python3';
const tslab = join(notebooksDir, 'node_modules', '.bin', 'tslab');

/**
 * @typedef {{ cell_type: string, id?: string, metadata?: Record<string, any>,
 *   source: string | string[], outputs?: unknown[], execution_count?: number | null }} Cell
 * @typedef {{ cells: Cell[], metadata?: Record<string, any>, nbformat?: number,
 *   nbformat_minor?: number }} Notebook
 * @typedef {Map<string, string[]>} SolutionStore
 */

/** @type {(path: string) => Notebook} */
export const readNotebook = (path) => JSON.parse(readFileSync(path, 'utf8'));
/** @type {(cell: Pick<Cell, 'source'>) => string} */
export const cellText = (cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);

/** notebooks/solutions/<name>.md, for a notebook's path or name. */
export const solutionsPath = (/** @type {string} */ path) =>
  join(solutionsDir, `${basename(path, '.ipynb')}.md`);
const BLOCK = /^## Cell `([^`]+)`, region (\d+)\n\n```ts\n([\s\S]*?)\n```$/gm;

/**
 * The stored solutions of a notebook: `cell id -> [code of region 1, region 2, …]`.
 * @param {string} path the notebook's path or name
 * @returns {SolutionStore}
 */
export function readSolutions(path) {
  const file = solutionsPath(path);
  /** @type {SolutionStore} */
  const store = new Map();
  if (!existsSync(file)) return store;
  for (const [, id, region, code] of readFileSync(file, 'utf8').matchAll(BLOCK)) {
    const codes = store.get(String(id)) ?? [];
    codes[Number(region) - 1] = String(code);
    store.set(String(id), codes);
  }
  return store;
}

/** The environment Jupyter runs in: our kernel folder first on JUPYTER_PATH. */
export function jupyterEnv() {
  const paths = [kernelsHome, process.env.JUPYTER_PATH].filter(Boolean);
  return { ...process.env, JUPYTER_PATH: paths.join(':') };
}

/**
 * Registers the tslab kernel of this checkout in node_modules/.cache/jupyter,
 * the way `tslab install` would, but in a folder of our own: no root needed,
 * and a kernel registered elsewhere on the machine cannot stand in for it.
 */
export function ensureKernel() {
  if (!existsSync(tslab)) {
    console.error('tslab is not installed: run `pnpm install` first.');
    process.exit(1);
  }
  const dir = join(kernelsHome, 'kernels', 'tslab');
  mkdirSync(dir, { recursive: true });
  const spec = {
    argv: [tslab, 'kernel', '--config-path', '{connection_file}'],
    display_name: 'TypeScript',
    language: 'typescript',
  };
  writeFileSync(join(dir, 'kernel.json'), `${JSON.stringify(spec, null, 1)}\n`);
}
