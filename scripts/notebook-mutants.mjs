#!/usr/bin/env node
// @ts-check
// Tries plausible wrong answers against every notebook exercise's check cell.
//
//   node scripts/notebook-mutants.mjs [name...]     (pnpm notebooks:mutants)
//
// The wrong answers live in notebooks/mutants/<notebook>.md, beside the solutions in
// notebooks/solutions/<notebook>.md, in the same form: one fenced block per wrong
// answer, headed by the id of the exercise cell, the number of the solution region it
// replaces, and what mistake it makes:
//
//   ## Cell `e048612c`, region 1: the entropy in bits (log base 2)
//
// The file also names the notebook's context, the cells the exercises need, in a line
// `Context: `id` `id` …`. One tslab kernel per notebook runs those cells once, then for
// each exercise the solution and its check (which must pass), each wrong answer and the
// check (which must fail), and the solution again. No notebook runs in full, so the whole
// set takes seconds per notebook rather than minutes.
//
// Every exercise needs at least MIN_WRONG_ANSWERS wrong answers. The command prints
// `N of N wrong answers rejected` and exits 1 when any wrong answer passes, a solution
// fails its own check, or an exercise has too few wrong answers. Packages must be built
// first (`pnpm build`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { markerPairs } from '../grading/lib/regions.mjs';
import {
  cellText,
  ensureKernel,
  jupyterEnv,
  notebooksDir,
  python,
  readSolutions,
  root,
} from './notebook-files.mjs';

export const MIN_WRONG_ANSWERS = 3;

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const MUTANT = /^## Cell `([^`]+)`, region (\d+): (.+)\n\n```ts\n([\s\S]*?)\n```$/gm;
const CONTEXT = /^Context:((?:\s*`[^`]+`)*)\s*$/m;

/**
 * The code of a cell with its regions filled in: `codes[i]` for region i.
 * @param {string} text @param {string[]} codes @param {string} label
 */
function fillRegions(text, codes, label) {
  const lines = text.split('\n');
  const pairs = markerPairs(text, label);
  for (let i = pairs.length - 1; i >= 0; i--) {
    const { beginLine, endLine } = /** @type {{ beginLine: number, endLine: number }} */ (pairs[i]);
    const code = codes[i] ?? fail(`${label}: region ${i + 1} has no code`);
    lines.splice(beginLine + 1, endLine - beginLine - 1, ...code.split('\n'));
  }
  return lines.join('\n');
}

/** @param {string} stem */
function planFor(stem) {
  const notebook = JSON.parse(readFileSync(join(notebooksDir, `${stem}.ipynb`), 'utf8'));
  const mutantsFile = join(notebooksDir, 'mutants', `${stem}.md`);
  const solutions = readSolutions(stem);
  const mutantsText = existsSync(mutantsFile) ? readFileSync(mutantsFile, 'utf8') : '';
  /** @type {Map<string, Array<{ region: number, name: string, code: string }>>} */
  const mutants = new Map();
  for (const [, id = '', region, name = '', code = ''] of mutantsText.matchAll(MUTANT)) {
    const list = mutants.get(id) ?? [];
    list.push({ region: Number(region) - 1, name, code });
    mutants.set(id, list);
  }
  /** @type {Map<string, { cell_type: string, id: string, source: string | string[] }>} */
  const byId = new Map(notebook.cells.map((/** @type {any} */ c) => [c.id, c]));
  const contextIds = [...(CONTEXT.exec(mutantsText)?.[1] ?? '').matchAll(/`([^`]+)`/g)].map(
    (m) => m[1] ?? '',
  );
  const context = contextIds.map((id) => {
    const cell = byId.get(id);
    if (cell?.cell_type !== 'code') fail(`${relative(mutantsFile)}: no code cell ${id}`);
    const text = cellText(cell);
    const regions = markerPairs(text, `${stem} cell ${id}`).length;
    return regions ? fillRegions(text, solutions.get(id) ?? [], `${stem} cell ${id}`) : text;
  });

  /** @type {string[]} */
  const problems = [];
  /** @type {Array<{ label: string, solution: string, check: string, mutants: Array<{ name: string, code: string }> }>} */
  const exercises = [];
  const codeCells = notebook.cells.filter((/** @type {any} */ c) => c.cell_type === 'code');
  codeCells.forEach((/** @type {any} */ cell, /** @type {number} */ index) => {
    const text = cellText(cell);
    const label = `${stem} cell ${cell.id}`;
    if (markerPairs(text, label).length === 0) return;
    const number = exercises.length + 1;
    const check = codeCells[index + 1];
    if (!check) fail(`${label}: no check cell after the exercise`);
    const solved = solutions.get(cell.id) ?? [];
    const wrong = mutants.get(cell.id) ?? [];
    if (wrong.length < MIN_WRONG_ANSWERS) {
      problems.push(
        `${stem}, exercise ${number} (cell ${cell.id}): ${wrong.length} wrong answer(s) in ` +
          `${relative(mutantsFile)}, at least ${MIN_WRONG_ANSWERS} needed`,
      );
    }
    exercises.push({
      label: `exercise ${number}`,
      solution: fillRegions(text, solved, label),
      check: cellText(check),
      mutants: wrong.map(({ region, name, code }) => {
        const codes = [...solved];
        codes[region] = code;
        return { name, code: fillRegions(text, codes, label) };
      }),
    });
  });
  const exerciseIds = new Set(
    codeCells
      .filter((/** @type {any} */ c) => markerPairs(cellText(c), stem).length > 0)
      .map((/** @type {any} */ c) => c.id),
  );
  for (const id of mutants.keys()) {
    if (!exerciseIds.has(id)) {
      problems.push(`${relative(mutantsFile)}: cell ${id} is not an exercise of ${stem}`);
    }
  }
  return { plan: { name: `${stem}.ipynb`, context, exercises }, problems };
}

/** @param {string} path */
const relative = (path) => path.slice(root.length + 1);

const all = readdirSync(notebooksDir)
  .filter((f) => /^\d\d-.*\.ipynb$/.test(f))
  .map((f) => basename(f, '.ipynb'))
  .sort();
const names = process.argv.slice(2);
const stems = names.length
  ? names.map((n) => all.find((s) => s === n || s.startsWith(n)) ?? fail(`no notebook '${n}'`))
  : all;
const plans = stems.map(planFor);
const problems = plans.flatMap((p) => p.problems);
if (problems.length) fail(`Wrong answers missing:\n  ${problems.join('\n  ')}`);

ensureKernel();
const scratch = mkdtempSync(join(tmpdir(), 'mha-mutants-'));
try {
  const planFile = join(scratch, 'plan.json');
  writeFileSync(planFile, JSON.stringify({ notebooks: plans.map((p) => p.plan) }));
  const started = Date.now();
  const result = spawnSync(
    python,
    [join(root, 'scripts', 'run_notebook_mutants.py'), planFile, notebooksDir],
    {
      stdio: 'inherit',
      cwd: notebooksDir,
      env: jupyterEnv(),
    },
  );
  console.log(`wrong answers tried in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
