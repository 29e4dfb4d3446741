// The explorer, the rendered notebooks and the pages form one site, built into site/ by
// `pnpm docs` (whose own last step checks that every local link of the built site resolves).
// Here, the sources the site is built from: every explorer page has its notebook, and the
// site's front page links every page and every rendered notebook.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PAGES } from '../src/pages/index.ts';

const root = new URL('../../../', import.meta.url);

describe('the docs site', () => {
  test('pages follow the notebooks: one per stage, in order, each with its notebook', () => {
    expect(PAGES.map((p) => p.stage)).toEqual(PAGES.map((_, i) => i + 1));
    for (const page of PAGES) {
      expect(existsSync(new URL(`notebooks/${page.id}.ipynb`, root)), page.id).toBe(true);
    }
  });

  test('docs/index.html links the explorer, each page and each rendered notebook', () => {
    const index = readFileSync(new URL('docs/index.html', root), 'utf8');
    expect(index).toContain('href="explorer/index.html"');
    for (const page of PAGES) {
      expect(index).toContain(`href="explorer/index.html#/${page.id}"`);
      expect(index).toContain(`href="notebooks/${page.id}.html"`);
    }
  });

  test('every hand-written page the front page links is in docs/', () => {
    const index = readFileSync(new URL('docs/index.html', root), 'utf8');
    const pages = [...index.matchAll(/href="([a-z-]+)\.(md|html)"/g)].map((m) => m[1]!);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(existsSync(new URL(`docs/${page}.md`, root)), `docs/${page}.md`).toBe(true);
    }
  });
});
