// Opens the built page in headless Chromium (Debian's, or CHROMIUM_PATH), served under
// the browser example's content security policy, and prints one JSON line: the page's
// result and any console error or policy violation it reported.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../browser/serve.js';

const here = dirname(fileURLToPath(import.meta.url));
const userDataDir = mkdtempSync(join(tmpdir(), 'mha-chromium-'));
const server = await serve(0, join(here, 'dist'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const report = { result: undefined, problems: [] };
try {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') report.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => report.problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(server.url);
  if (!response?.headers()['content-security-policy']?.includes("script-src 'self'")) {
    report.problems.push('the page was served without the content security policy');
  }
  await page.waitForFunction(() => document.getElementById('result')?.textContent !== '', null, {
    timeout: 120_000,
  });
  report.result = JSON.parse(await page.textContent('#result'));
} finally {
  await context.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
console.log(JSON.stringify(report));
