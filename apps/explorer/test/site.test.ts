// The explorer and the rendered notebooks form one site under docs/: every page's notebook
// link must land on a rendered notebook, and the site index must link every page.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PAGES } from '../src/pages/index.ts';

const docs = new URL('../../../docs/', import.meta.url);

describe('the docs site', () => {
  test('pages follow the notebooks: one per stage, in order, each with its rendered notebook', () => {
    expect(PAGES.map((p) => p.stage)).toEqual(PAGES.map((_, i) => i + 1));
    for (const page of PAGES) {
      expect(existsSync(new URL(`../../../notebooks/${page.id}.ipynb`, import.meta.url))).toBe(
        true,
      );
      expect(existsSync(new URL(`notebooks/${page.id}.html`, docs)), `${page.id}.html`).toBe(true);
    }
  });

  test('docs/index.html links the explorer, each page and each rendered notebook', () => {
    const index = readFileSync(new URL('index.html', docs), 'utf8');
    expect(index).toContain('href="explorer/index.html"');
    for (const page of PAGES) {
      expect(index).toContain(`href="explorer/index.html#/${page.id}"`);
      expect(index).toContain(`href="notebooks/${page.id}.html"`);
    }
    expect(existsSync(new URL('explorer/index.html', docs))).toBe(true);
  });
});
