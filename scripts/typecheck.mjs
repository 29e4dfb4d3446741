#!/usr/bin/env node
// @ts-check
// `pnpm typecheck`: runs the TypeScript checker over every tsconfig.json in the repository
// (two at a time), then checks that nothing escaped it: every tracked TypeScript file, and
// every tracked JavaScript file of the tooling, must belong to one of those programs, and
// the JavaScript must opt in to checking with a `// @ts-check` line.
//
// Left out on purpose, and listed in UNCHECKED with the reason: the consumer projects under
// examples/ (plain JavaScript, as a user would write it, checked by running them) and the
// hostile submissions the grader's tests feed it (code written to break rules).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Tracked files that no type-checked program needs to hold, each with its reason. */
const UNCHECKED = [
  { pattern: /^examples\/[^/]+\/.*\.(js|mjs|cjs)$/, why: 'consumer projects, plain JavaScript' },
  { pattern: /^grading\/test\/hostile\//, why: 'hostile submissions, written to break rules' },
];
const SCRIPT = /\.(ts|mts|cts|js|mjs|cjs)$/;

// Tracked files and new ones not yet added (but not ignored ones).
const tracked = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .stdout.split('\0')
  .filter(Boolean);
const projects = tracked.filter((f) => f === 'tsconfig.json' || f.endsWith('/tsconfig.json'));

/**
 * Checks one project; resolves to its exit status, its output and the files it read.
 * @param {string} project
 * @returns {Promise<{ project: string, ok: boolean, output: string, files: string[] }>}
 */
function check(project) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsc, '-p', project, '--noEmit', '--listFiles'], {
      cwd: root,
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => {
      const lines = output.split('\n');
      const files = lines
        .filter((l) => l.startsWith('/'))
        .map((l) => relative(root, l.trim()))
        .filter((f) => !f.startsWith('..') && !f.includes('node_modules/'));
      const messages = lines.filter((l) => l.trim() !== '' && !l.startsWith('/')).join('\n');
      // A folder whose tsconfig.json only configures an editor or a kernel (no files yet).
      const empty = files.length === 0 && /error TS18003:/.test(messages);
      done({ project, ok: code === 0 || empty, output: messages, files });
    });
  });
}

const started = Date.now();
/** @type {Awaited<ReturnType<typeof check>>[]} */
const results = [];
const queue = [...projects];
await Promise.all(
  [0, 1].map(async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      results.push(await check(next));
    }
  }),
);

let failed = false;
for (const r of results.sort((a, b) => a.project.localeCompare(b.project))) {
  if (!r.ok) {
    failed = true;
    console.error(`typecheck: ${r.project} has errors:\n${r.output}\n`);
  }
}

const checkedFiles = new Set(results.flatMap((r) => r.files));
const outside = [];
const unmarked = [];
for (const file of tracked.filter((f) => SCRIPT.test(f))) {
  if (file.endsWith('.d.ts') && file.includes('/dist/')) continue;
  if (UNCHECKED.some(({ pattern }) => pattern.test(file))) continue;
  if (!checkedFiles.has(file)) outside.push(file);
  else if (
    /\.(js|mjs|cjs)$/.test(file) &&
    !/^(#!.*\n)?\/\/ @ts-check\b/.test(readFileSync(join(root, file), 'utf8'))
  ) {
    unmarked.push(file);
  }
}
if (outside.length > 0) {
  failed = true;
  console.error(
    `typecheck: these files are in no tsconfig.json's program:\n  ${outside.join('\n  ')}`,
  );
}
if (unmarked.length > 0) {
  failed = true;
  console.error(
    `typecheck: these JavaScript files lack a \`// @ts-check\` line:\n  ${unmarked.join('\n  ')}`,
  );
}
const took = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `typecheck: ${projects.length} projects, ${checkedFiles.size} files of this repository checked` +
    ` (${took} s)${failed ? '; FAILED' : ''}`,
);
process.exit(failed ? 1 : 0);
