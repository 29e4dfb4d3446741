#!/usr/bin/env node
// @ts-check
// Runs the visible tests of each function you implement and prints your score.
//
//   pnpm grade                 every function, in the order to implement them
//   pnpm grade <function>      one function (several names are fine)
//   pnpm grade --json          the same result as JSON, for tools
//
// A function earns its points only when all of its tests pass. Your teacher
// grades with these tests and with hidden ones.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatScore, score } from './grading/report.mjs';
import { backendNote, runGroups } from './grading/runner.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * What `pnpm assignment build` wrote for this stage.
 * @type {{ title: string, stage: string, package: string, testTimeoutSeconds: number,
 *   functionTimeoutSeconds: number, timeLimitSeconds: number,
 *   describeTitles: Record<string, string>,
 *   functions: { name: string, points: number, file: string, section: string,
 *     tests: string[] }[] }}
 */
const assignment = JSON.parse(
  readFileSync(join(root, 'scripts', 'grading', 'assignment.json'), 'utf8'),
);

const args = process.argv.slice(2);
const json = args.includes('--json');
const wanted = args.filter((a) => !a.startsWith('--'));
const graded = new Set(assignment.functions.map((f) => f.name));
for (const name of wanted) {
  if (!graded.has(name)) {
    console.error(`'${name}' is not graded here. Graded functions: ${[...graded].join(', ')}`);
    process.exit(2);
  }
}
const functions = assignment.functions.filter(
  (f) => wanted.length === 0 || wanted.includes(f.name),
);

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
if (!existsSync(vitest)) {
  console.error('vitest is not installed here: run `pnpm install` first.');
  process.exit(2);
}
const packageDir = join(root, 'packages', assignment.stage);
const deadline = Date.now() + assignment.timeLimitSeconds * 1000;
if (!json) console.error(`running the tests of ${functions.length} function(s)...`);

const results = await runGroups(
  functions.map((fn) => ({ name: fn.name, root: packageDir, files: fn.tests })),
  {
    titles: assignment.describeTitles,
    vitest,
    setupFiles: [join(root, 'vitest.setup.ts')],
    workDir: join(root, 'node_modules', '.cache', 'grade'),
    // Vitest transforms the TypeScript of the runtime, the earlier stages and the tests
    // before it runs them; kept here, a later `pnpm grade` transforms only what changed.
    moduleCache: join(root, 'node_modules', '.cache', 'grade-modules'),
    testTimeoutSeconds: assignment.testTimeoutSeconds,
    functionTimeoutSeconds: assignment.functionTimeoutSeconds,
    deadline,
  },
);

/** @type {string[]} */
const notes = [];
const backend = backendNote(results);
if (backend) notes.push(backend);
if (results.some((r) => r.status !== 'pass')) {
  notes.push('details: `pnpm test` shows every failing test with its full message');
}
const result = score({
  assignment: assignment.title,
  stage: assignment.stage,
  hiddenTests: false,
  functions,
  runs: new Map(results.map((r) => [r.name, r])),
  notes,
});
console.log(json ? JSON.stringify(result, null, 2) : formatScore(result));
