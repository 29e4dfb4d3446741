#!/usr/bin/env node
// @ts-check
// Builds the documentation site into site/ (not tracked): one static folder that any host
// serves, offline, with nothing from a CDN.
//
//   node scripts/docs.mjs [--skip-notebooks] [--no-check] [--check]
//
//   site/index.html            the site's front page (from docs/index.html)
//   site/<page>.html           docs/*.md rendered (notation, formulas, assignments, …)
//   site/notebooks/            every notebook executed, as .ipynb and .html (scripts/notebooks.mjs)
//   site/explorer/             the browser explorer (apps/explorer, built with Vite)
//
// `pnpm docs` runs it after building the packages. `--skip-notebooks` keeps the notebooks
// already in site/notebooks/ (the test run executes them separately; `pnpm explorer` does
// not need them); `--no-check` skips the final link check; `--check` only checks an
// existing site: every local link of every page resolves to a file.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = join(root, 'docs');
export const siteDir = join(root, 'site');

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Runs a command with inherited output; stops the build if it fails. */
function step(/** @type {string} */ label, /** @type {string[]} */ args) {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`docs: ${label} failed`);
  console.log(`docs: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Where the repository's files are read online: links that leave docs/ go there. */
const REPOSITORY = 'https://github.com/mha-ladder/mha-ladder/blob/main/';

/**
 * Relative links to the hand-written pages of docs/ point at their rendered HTML, and
 * links to the repository's other files (`../packages/…`) at the repository online.
 */
const toHtmlLinks = (/** @type {string} */ html) =>
  html
    .replace(/href="\.\.\/([^"]*)"/g, (_, path) => `href="${REPOSITORY}${path}"`)
    .replace(
      /href="([^":#]+)\.md(#[^"]*)?"/g,
      (_, path, hash = '') => `href="${path}.html${hash}"`,
    );

/** The HTML page of one Markdown file, formulas typeset by the MathJax the notebooks ship. */
function markdownPage(/** @type {string} */ title, /** @type {string} */ body) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title} · Attention, built in stages</title>
    <style>
      body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1f2328;
        line-height: 1.55; max-width: 68rem; margin: 0 auto; padding: 16px 24px 48px; }
      a { color: #2c5d8f; }
      table { border-collapse: collapse; margin: 12px 0; display: block; overflow-x: auto; }
      th, td { border: 1px solid #d0d7de; padding: 5px 9px; text-align: left; vertical-align: top; }
      code { background: #f3f4f6; padding: 1px 4px; border-radius: 4px; font-size: 0.92em; }
      pre { background: #f6f8fa; padding: 12px; border-radius: 6px; overflow-x: auto; }
      pre code { background: none; padding: 0; }
      nav { font-size: 0.9rem; margin-bottom: 8px; }
    </style>
    <script>
      window.MathJax = {
        tex: { inlineMath: [['$', '$']], displayMath: [['$$', '$$']], processEscapes: true },
        svg: { fontCache: 'global' },
      };
    </script>
    <script id="MathJax-script" async src="notebooks/mathjax/tex-svg.js"></script>
  </head>
  <body>
    <nav><a href="index.html">Attention, built in stages</a></nav>
${body}
  </body>
</html>
`;
}

/**
 * Renders docs/*.md to site/*.html. Formulas are protected from the Markdown parser
 * (which would read `_` and `*` inside them as emphasis) and handed to MathJax as written.
 */
function renderMarkdownPages() {
  // docs/index.md is the repository's reading guide; the site's front page is docs/index.html.
  const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'index.md');
  for (const file of pages) {
    const source = readFileSync(join(docsDir, file), 'utf8');
    /** @type {string[]} */
    const formulas = [];
    const keep = (/** @type {string} */ tex) => `MHAFORMULA${formulas.push(tex) - 1}END`;
    const protectedSource = source
      .replace(/\$\$[\s\S]+?\$\$/g, keep)
      .replace(/(?<![\\$])\$(?!\s)[^$\n]+?(?<!\s)\$/g, keep);
    const rendered = /** @type {string} */ (marked.parse(protectedSource, { async: false }));
    const escapeHtml = (/** @type {string} */ s) =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const body = rendered.replace(/MHAFORMULA(\d+)END/g, (_, i) =>
      escapeHtml(formulas[Number(i)] ?? ''),
    );
    const title = /^# (.+)$/m.exec(source)?.[1] ?? basename(file, '.md');
    writeFileSync(
      join(siteDir, file.replace(/\.md$/, '.html')),
      markdownPage(title, toHtmlLinks(body)),
    );
  }
  const index = readFileSync(join(docsDir, 'index.html'), 'utf8');
  writeFileSync(join(siteDir, 'index.html'), toHtmlLinks(index));
  for (const file of readdirSync(docsDir).filter((f) => f.endsWith('.png'))) {
    copyFileSync(join(docsDir, file), join(siteDir, file));
  }
}

/** Every local href and src of every HTML page in the site resolves to a file. */
export function checkSite(dir = siteDir) {
  /** @type {string[]} */
  const problems = [];
  /** @returns {string[]} */
  const pages = (/** @type {string} */ folder) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'mathjax' ? [] : pages(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  const all = pages(dir);
  for (const page of all) {
    const html = readFileSync(page, 'utf8');
    for (const [, link] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
      if (!link || /^([a-z]+:|#|\/\/)/i.test(link)) continue;
      const path = decodeURIComponent(link.split('#')[0]?.split('?')[0] ?? '');
      if (path === '') continue;
      const target = resolve(dirname(page), path);
      const file = path.endsWith('/') ? join(target, 'index.html') : target;
      if (!existsSync(file)) problems.push(`${relative(dir, page)}: ${link} does not exist`);
    }
  }
  for (const required of ['index.html', 'explorer/index.html']) {
    if (!existsSync(join(dir, required))) problems.push(`${required} is missing`);
  }
  if (problems.length > 0) fail(`docs: the site has broken links:\n  ${problems.join('\n  ')}`);
  console.log(`docs: ${all.length} pages in site/, every local link resolves`);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const known = ['--skip-notebooks', '--no-check', '--check'];
  const unknown = args.filter((a) => !known.includes(a));
  if (unknown.length > 0) fail(`docs: unknown argument ${unknown.join(' ')}`);
  if (!args.includes('--check')) {
    mkdirSync(siteDir, { recursive: true });
    if (!args.includes('--skip-notebooks')) {
      step('notebooks executed into site/notebooks/', [
        'scripts/notebooks.mjs',
        'run',
        '--no-kernel-test',
      ]);
    }
    step('explorer built into site/explorer/', ['apps/explorer/scripts/build.mjs']);
    renderMarkdownPages();
    console.log('docs: pages rendered into site/');
  }
  if (!args.includes('--no-check')) checkSite();
  console.log(
    `docs: open ${join(relative(process.cwd(), siteDir) || '.', 'index.html')}, or run \`pnpm explorer\` to serve it`,
  );
}
