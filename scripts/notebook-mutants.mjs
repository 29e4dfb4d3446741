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
// set takes seconds per notebook rather than minutes. (`pnpm test` tries the same wrong
// answers in each notebook's own kernel, right after the notebook has run:
// `notebooks.mjs run --wrong-answers`.)
//
// Every exercise needs at least MIN_WRONG_ANSWERS wrong answers. The command prints
// `N of N wrong answers rejected` and exits 1 when any wrong answer passes, a solution
// fails its own check, or an exercise has too few wrong answers. Packages must be built
// first (`pnpm build`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ensureKernel, jupyterEnv, notebooksDir, python, root } from './notebook-files.mjs';
import { wrongAnswerPlans } from './notebook-wrong-answers.mjs';

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const all = readdirSync(notebooksDir)
  .filter((f) => /^\d\d-.*\.ipynb$/.test(f))
  .map((f) => basename(f, '.ipynb'))
  .sort();
const names = process.argv.slice(2);
const stems = names.length
  ? names.map((n) => all.find((s) => s === n || s.startsWith(n)) ?? fail(`no notebook '${n}'`))
  : all;
const plans = wrongAnswerPlans(stems);

ensureKernel();
const scratch = mkdtempSync(join(tmpdir(), 'mha-mutants-'));
try {
  const planFile = join(scratch, 'plan.json');
  writeFileSync(planFile, JSON.stringify({ notebooks: plans }));
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
