import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request } from 'playwright-core';

/** Debian's Chromium; nothing is downloaded. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh, throw-away profile. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `explorer tests: no Chromium at ${CHROMIUM}; install Debian's chromium ` +
        '(bash scripts/install-system-deps.sh does)',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'mha-explorer-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Empties the browser's HTTP cache, so that the next load fetches everything, as a first visit does. */
export async function clearBrowserCache(browser: Browser): Promise<void> {
  const blank = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(blank);
  await cdp.send('Network.clearBrowserCache');
  await blank.close();
}

const GL_DRIVER_PERFORMANCE_NOTE =
  /^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \([^,]+, Performance,/;

/** A page, and every console error or warning and uncaught error it reports. */
export interface WatchedPage {
  page: Page;
  problems: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<WatchedPage> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    // Chromium's own notes from the software GL driver ("GL Driver Message (OpenGL,
    // Performance, …): GPU stall due to ReadPixels") say how fast the driver ran, not that
    // the page did anything wrong; they come and go with the machine's load.
    if (GL_DRIVER_PERFORMANCE_NOTE.test(message.text())) return;
    problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A navigation (the backend picker reloads the page) cancels what the old document was
  // still fetching, a font say, with net::ERR_ABORTED: that document is on its way out, and
  // nothing went wrong. So an aborted request is passed over when a main-frame navigation
  // started after it was sent, or was under way when it was sent. Every other failed
  // request is a problem.
  let navigations = 0;
  let navigating = false;
  const sentDuring = new WeakMap<Request, { navigations: number; navigating: boolean }>();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigating = false;
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'unknown error';
    const sent = sentDuring.get(request);
    const leftBehind = sent !== undefined && (sent.navigating || sent.navigations < navigations);
    if (error === 'net::ERR_ABORTED' && leftBehind) return;
    problems.push(`request failed (${error}): ${request.url()}`);
  });
  // Offline: every request goes to the local server (no CDN, no font or wasm download).
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      navigations += 1;
      navigating = true;
    } else {
      sentDuring.set(request, { navigations, navigating });
    }
    const target = request.url();
    if (!target.startsWith(`${origin}/`) && !target.startsWith('data:')) {
      problems.push(`request to another host: ${target}`);
    }
  });
  await page.goto(url);
  await waitReady(page);
  return { page, problems };
}

/** Waits until the current page has rendered once (its tensor baseline is set). */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const footer = document.getElementById('debug');
    return (
      footer?.dataset.baseline !== undefined &&
      footer.dataset.baseline !== '' &&
      footer.dataset.pending === '0'
    );
  });
}

/** Waits until no render the reader started is still running (the footer's `data-pending`). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('debug')?.dataset.pending === '0');
}

/** The text of an element once the page has settled. */
export async function text(page: Page, selector: string): Promise<string | null> {
  await settle(page);
  return page.textContent(selector);
}

/** The numbers a chart was drawn from (its `data-values`), NaN as null, once settled. */
export async function chartValues<T = number[][]>(page: Page, name: string): Promise<T> {
  await settle(page);
  const text = await page.getAttribute(`figure[data-chart="${name}"]`, 'data-values');
  if (text === null) throw new Error(`chart '${name}' has no data-values`);
  return JSON.parse(text) as T;
}

/**
 * The tensor count in the debug footer, its baseline, and the tensors the page declares it
 * holds on purpose beyond the baseline (a KV cache while generating; 0 on most pages).
 */
export async function tensorCounts(
  page: Page,
): Promise<{ now: number; baseline: number; held: number }> {
  await settle(page);
  return page.evaluate(() => {
    const footer = document.getElementById('debug')!;
    return {
      now: Number(footer.dataset.tensors),
      baseline: Number(footer.dataset.baseline),
      held: Number(footer.dataset.held ?? 0),
    };
  });
}
