// @ts-check
// Takes the README's screenshot of the explorer (docs/explorer-screenshot.png) from the
// build in dist/ (`pnpm --filter @mha/explorer build` first), in Debian's Chromium.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const target = fileURLToPath(new URL('../../../docs/explorer-screenshot.png', import.meta.url));
const { server, url } = await serveStatic(dist, 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}index.html?backend=wasm#/03-transformer-encoder-block`);
  await page.waitForSelector('figure[data-chart="block-2-head-2"] svg');
  await page.fill('#sequence', 'f a c e d b');
  await page.waitForFunction(() => document.getElementById('debug')?.dataset.pending === '0');
  await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
  // From the section's heading to the bottom of the last heatmap (both blocks, both heads).
  const { top, bottom } = await page.evaluate(() => {
    /** @param {string} id */
    const box = (id) => {
      const element = document.getElementById(id);
      if (!element) throw new Error(`the page has no #${id}`);
      return element.getBoundingClientRect();
    };
    return {
      top: box('model-h').top + window.scrollY - 8,
      bottom: box('charts').bottom + window.scrollY + 8,
    };
  });
  const clip = { x: 0, y: top, width: 1280, height: bottom - top };
  await page.screenshot({ path: target, clip, fullPage: true });
  console.log('wrote docs/explorer-screenshot.png');
} finally {
  await browser.close();
  server.close();
}
