// openPage's watch on failed requests, on small pages of a server of this file's own: a
// request that a navigation leaves behind is passed over, every other failure is reported.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, launch, openPage } from './browser.js';

/** A page the watcher takes as ready at once (the explorer's footer, settled). */
const page = (script = '') =>
  '<!doctype html><title>t</title><link rel="icon" href="data:,">' +
  '<footer id="debug" data-baseline="0" data-pending="0" data-tensors="0"></footer>' +
  `<script>${script}</script>`;

const held: ServerResponse[] = [];
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  if (path === '/hang') {
    held.push(response); // answered never: only an abort or the page's end stops it
    return;
  }
  if (path === '/reset') {
    request.socket.destroy(); // no response at all: the browser sees an empty reply
    return;
  }
  const scripts: Record<string, string> = {
    '/leaves-a-fetch-behind': "fetch('/hang');",
    '/aborts-its-own-fetch':
      "const c = new AbortController(); fetch('/hang', { signal: c.signal }).catch(() => {});" +
      'setTimeout(() => c.abort(), 50);',
    '/fetches-a-broken-reply': "fetch('/reset').catch(() => {});",
    '/plain': '',
  };
  if (!(path in scripts)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'text/html' }).end(page(scripts[path]));
});

let browser: Browser;
let origin: string;
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  for (const response of held) response.destroy();
  await new Promise((done) => server.close(done));
});

/** Waits until the server holds `count` hanging requests. */
async function heldRequests(count: number): Promise<void> {
  for (let i = 0; i < 200 && held.length < count; i++) {
    await new Promise((done) => setTimeout(done, 25));
  }
  expect(held.length).toBeGreaterThanOrEqual(count);
}

describe('openPage reports failed requests', () => {
  test('but not one that a navigation cancelled along with its document', async () => {
    const watched = await openPage(browser, `${origin}/leaves-a-fetch-behind`);
    await heldRequests(1);
    await watched.page.goto(`${origin}/plain`);
    await watched.page.waitForTimeout(200);
    expect(watched.problems).toEqual([]);
    await watched.page.close();
  });

  test('including an abort by the live document itself', async () => {
    const watched = await openPage(browser, `${origin}/aborts-its-own-fetch`);
    await watched.page.waitForTimeout(300);
    expect(watched.problems).toContain(`request failed (net::ERR_ABORTED): ${origin}/hang`);
    await watched.page.close();
  });

  test('and a reply that never came', async () => {
    const watched = await openPage(browser, `${origin}/fetches-a-broken-reply`);
    await watched.page.waitForTimeout(300);
    expect(watched.problems).toContain(`request failed (net::ERR_EMPTY_RESPONSE): ${origin}/reset`);
    await watched.page.close();
  });
});
