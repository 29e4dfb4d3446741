// @ts-check
// Notebooks in student form, and the headings that TODO messages point to.
import { basename } from 'node:path';
import { markerPairs } from './regions.mjs';

/**
 * A notebook cell, as nbformat 4 stores it.
 * @typedef {{ cell_type: string, source?: string | string[], metadata?: object,
 *   outputs?: unknown[], execution_count?: number | null }} Cell
 */
/** @typedef {{ cells: Cell[] }} Notebook */

export const NOTEBOOK_TODO = 'TODO: write the code for this exercise (see the cell above)';

/** @param {Cell} cell */
function sourceText(cell) {
  return Array.isArray(cell.source) ? cell.source.join('') : (cell.source ?? '');
}

/** Splits text into notebook source lines, each but the last keeping its newline. */
/** @param {string} text */
function toSourceLines(text) {
  const lines = text.split('\n');
  return lines
    .map((line, i) => (i < lines.length - 1 ? `${line}\n` : line))
    .filter((l) => l !== '');
}

/**
 * The student form of a notebook: in every code cell, the lines between
 * `// BEGIN SOLUTION` and `// END SOLUTION` become a TODO `throw`, and every
 * output and execution count is removed. Returns the notebook and how many
 * exercise regions it holds.
 *
 * @param {Notebook} notebook
 * @param {string} label names the notebook in error messages
 */
export function studentNotebook(notebook, label) {
  let exercises = 0;
  const cells = notebook.cells.map((cell, index) => {
    if (cell.cell_type !== 'code') return { ...cell, source: toSourceLines(sourceText(cell)) };
    const lines = sourceText(cell).split('\n');
    const pairs = markerPairs(lines.join('\n'), `${label} cell ${index + 1}`);
    for (const { beginLine, endLine } of [...pairs].reverse()) {
      const indent = /^[ \t]*/.exec(lines[beginLine] ?? '')?.[0] ?? '';
      lines.splice(
        beginLine + 1,
        endLine - beginLine - 1,
        `${indent}throw new Error('${NOTEBOOK_TODO}');`,
      );
    }
    exercises += pairs.length;
    const { outputs: _outputs, execution_count: _count, ...rest } = cell;
    return {
      ...rest,
      metadata: cell.metadata ?? {},
      source: toSourceLines(lines.join('\n')),
      execution_count: null,
      outputs: [],
    };
  });
  return { notebook: { ...notebook, cells }, exercises };
}

/** The markdown headings of a notebook, in order, without the leading `#`s. */
/**
 * @param {Notebook} notebook
 * @returns {string[]}
 */
export function notebookHeadings(notebook) {
  /** @type {string[]} */
  const headings = [];
  for (const cell of notebook.cells) {
    if (cell.cell_type !== 'markdown') continue;
    for (const line of sourceText(cell).split('\n')) {
      const match = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
      if (match?.[1] !== undefined) headings.push(match[1]);
    }
  }
  return headings;
}

/** @param {string} heading */
const plain = (heading) =>
  heading
    .replace(/[`*_]/g, '')
    .replace(/\$[^$]*\$/g, '')
    .trim();

/**
 * The notebook section a graded function is explained in. A configured
 * `section` must match (case-insensitively) part of a heading; otherwise the
 * first heading that names the function is taken.
 *
 * @param {Notebook} notebook
 * @param {string} notebookPath
 * @param {{ name: string, section?: string }} fn
 * @returns {string} the heading text, or throws naming what was looked for.
 */
export function sectionFor(notebook, notebookPath, fn) {
  const headings = notebookHeadings(notebook).map(plain);
  const name = basename(notebookPath);
  if (fn.section) {
    const wanted = fn.section.toLowerCase();
    const found = headings.find((h) => h.toLowerCase().includes(wanted));
    if (!found) {
      throw new Error(
        `${fn.name}: no heading in ${name} contains the configured section "${fn.section}". ` +
          `Headings: ${headings.map((h) => `"${h}"`).join(', ')}`,
      );
    }
    return found;
  }
  const found = headings.find((h) => h.split(/[^\w$]+/).includes(fn.name));
  if (!found) {
    throw new Error(
      `${fn.name}: no heading in ${name} names it; set "section" for it in the grading ` +
        `configuration. Headings: ${headings.map((h) => `"${h}"`).join(', ')}`,
    );
  }
  return found;
}
