// @ts-check
// A small static file server for the built site: right MIME types (the wasm backend needs
// application/wasm), index.html for folders, nothing outside the served folder.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ipynb': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** @param {string} root @param {string} urlPath */
function isFolder(root, urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  try {
    return (path === root || path.startsWith(root + sep)) && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * @param {string} root @param {string} urlPath
 * @returns {string | undefined}
 */
function fileFor(root, urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      const index = join(path, 'index.html');
      return statSync(index).isFile() ? index : undefined;
    }
    return stats.isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves `folder` on 127.0.0.1. Port 0 picks a free port; a busy port falls back to a free one.
 * @param {string} folder
 * @returns {Promise<{ server: import('node:http').Server, url: string }>} the server and its
 *   base URL (`http://127.0.0.1:PORT/`).
 */
export async function serveStatic(folder, port = 0) {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    const { pathname, search } = new URL(request.url ?? '/', 'http://x');
    try {
      decodeURIComponent(pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('bad request');
      return;
    }
    if (!pathname.endsWith('/') && isFolder(root, pathname)) {
      // /explorer -> /explorer/, so that the page's relative asset URLs resolve inside it
      response.writeHead(301, { location: `${pathname}/${search}` });
      response.end();
      return;
    }
    const path = fileFor(root, pathname);
    if (path === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(path).pipe(response);
  });
  const listen = (/** @type {number} */ p) =>
    new Promise((ok, fail) => {
      server.once('error', fail);
      server.listen(p, '127.0.0.1', () => ok(undefined));
    });
  try {
    await listen(port);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (code !== 'EADDRINUSE' || port === 0) throw error;
    await listen(0);
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const actual = address.port;
  return { server, url: `http://127.0.0.1:${actual}/` };
}
