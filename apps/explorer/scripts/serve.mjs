// Serves the documentation site (docs/: the explorer and the rendered notebooks) on
// 127.0.0.1 and prints the explorer's URL. Run `pnpm explorer` from the repository root,
// which builds first. Options: --port N (default 5180; a busy port falls back to a free one).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.mjs';

const docs = fileURLToPath(new URL('../../../docs', import.meta.url));
const portArg = process.argv.indexOf('--port');
const port = portArg === -1 ? 5180 : Number(process.argv[portArg + 1]);
if (!existsSync(`${docs}/explorer/index.html`)) {
  console.error('docs/explorer/index.html is missing: run `pnpm explorer` (it builds first)');
  process.exit(1);
}
const { url } = await serveStatic(docs, port);
console.log(`Attention explorer: ${url}explorer/`);
console.log(`Documentation and notebooks: ${url}`);
console.log('Press Ctrl+C to stop.');
