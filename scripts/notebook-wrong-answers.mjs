// @ts-check
// The wrong answers to the notebooks' exercises, read from notebooks/mutants/<notebook>.md
// (see scripts/notebook-mutants.mjs for the format) into a plan that the Python runners
// execute: run_notebook_mutants.py in kernels of its own, after the context cells the file
// names (`pnpm notebooks:mutants`), and execute_notebooks.py in each notebook's own kernel
// right after the notebook has run (`pnpm test`, through `notebooks.mjs run --wrong-answers`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markerPairs } from '../grading/lib/regions.mjs';
import { cellText, notebooksDir, readSolutions, root } from './notebook-files.mjs';

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

/**
 * The plan of each notebook (by stem, e.g. `01-scaled-dot-product-attention`): its context
 * cells and, per exercise, the solution, the check and the wrong answers. Stops the
 * process, naming them, when an exercise has fewer than MIN_WRONG_ANSWERS wrong answers
 * or the file names a cell that is no exercise.
 * @param {string[]} stems
 */
export function wrongAnswerPlans(stems) {
  const plans = stems.map(planFor);
  const problems = plans.flatMap((p) => p.problems);
  if (problems.length) fail(`Wrong answers missing:\n  ${problems.join('\n  ')}`);
  return plans.map((p) => p.plan);
}
