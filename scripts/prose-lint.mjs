#!/usr/bin/env node
// @ts-check
// Refuses report phrases in the notebooks' prose and in docs/: words that tell how the
// project was built or measured ("the issue", "load average", "measured later") instead
// of teaching, and tags repeated after every cell. Run by `pnpm lint`.
//
//   node scripts/prose-lint.mjs
//
// It reads the markdown cells of notebooks/*.ipynb, their code cells' comments and
// strings (printed text is prose too), and docs/*.md. Exits 1 naming each file, cell or
// line and the phrase found.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Each phrase, and why it does not belong in prose that teaches. */
export const REPORT_PHRASES = [
  [/\bthe issue\b/i, 'a work item, not something a reader has'],
  [/\bissue's\b/i, 'a work item, not something a reader has'],
  [/\bload average\b/i, 'the state of a build machine'],
  [/\bmeasured later\b/i, 'the history of a measurement'],
  [/\bon an idle machine\b/i, 'the history of a measurement'],
  [/\bChecked by the cells? below\b/i, 'a tag repeated after every cell'],
  [/\bthis session\b/i, 'how the project was built'],
  [/\bthe lead\b/i, 'how the project was built'],
  [/\bfor now\b/i, 'a promise, not a fact'],
  [/\/(?:work|tmp)\//, 'a machine path'],
];

/** @param {string} text @param {string} where @param {string[]} problems */
function scan(text, where, problems) {
  text.split('\n').forEach((line, i) => {
    for (const [pattern, why] of REPORT_PHRASES) {
      const found = /** @type {RegExp} */ (pattern).exec(line);
      if (found) problems.push(`${where}, line ${i + 1}: "${found[0]}" (${why})`);
    }
  });
}

/** @param {{ source: string | string[] }} cell */
const cellText = (cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);

/** @type {string[]} */
const problems = [];
const notebooksDir = join(root, 'notebooks');
for (const file of readdirSync(notebooksDir).filter((f) => f.endsWith('.ipynb'))) {
  const notebook = JSON.parse(readFileSync(join(notebooksDir, file), 'utf8'));
  notebook.cells.forEach((/** @type {any} */ cell, /** @type {number} */ index) => {
    scan(cellText(cell), `notebooks/${file} cell ${index + 1} (${cell.cell_type})`, problems);
  });
}
for (const dir of ['docs', 'notebooks']) {
  for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.md'))) {
    scan(readFileSync(join(root, dir, file), 'utf8'), `${dir}/${file}`, problems);
  }
}
if (problems.length) {
  console.error(`Report phrases in prose that should teach:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('prose: no report phrases in notebooks/ and docs/');
