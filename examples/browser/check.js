// Opens the built page in headless Chromium (Debian's, or CHROMIUM_PATH) on
// each backend, and prints one JSON line: each backend's result, plus any
// console error or content-security-policy violation the page reported.
// `node check.js [wasm] [cpu] [auto]` (auto: the page lets useBestBackend choose);
// DIST=<folder> checks another build of the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.js';

const backends = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['wasm', 'cpu'];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const userDataDir = mkdtempSync(join(tmpdir(), 'mha-chromium-'));
const server = await serve(0, process.env.DIST || undefined);
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const report = { results: {}, problems: [] };
try {
  for (const backend of backends) {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error')
        report.problems.push(`${backend}: console: ${message.text()}`);
    });
    page.on('pageerror', (error) =>
      report.problems.push(`${backend}: page error: ${error.message}`),
    );
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const forced = backend === 'auto' ? '' : backend;
    const response = await page.goto(`${server.url}?backend=${forced}`);
    if (!response?.headers()['content-security-policy']?.includes("script-src 'self'")) {
      report.problems.push(`${backend}: the page was served without the content security policy`);
    }
    await page.waitForFunction(() => document.getElementById('result')?.textContent !== '', null, {
      timeout: 120_000,
    });
    report.results[backend] = JSON.parse(await page.textContent('#result'));
    await page.close();
  }
} finally {
  await context.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
console.log(JSON.stringify(report));
