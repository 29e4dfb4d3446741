// @ts-check
// Serves the documentation site (site/: the explorer, the rendered notebooks and the pages)
// on 127.0.0.1 and prints its URLs. `pnpm explorer` builds the explorer first; `pnpm docs`
// builds the whole site. Options: --port N (default 5180; a busy port falls back to a free one).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.mjs';

const site = fileURLToPath(new URL('../../../site', import.meta.url));
const portArg = process.argv.indexOf('--port');
const port = portArg === -1 ? 5180 : Number(process.argv[portArg + 1]);
if (!existsSync(`${site}/explorer/index.html`)) {
  console.error(
    'site/explorer/index.html is missing: run `pnpm explorer` or `pnpm docs` (they build first)',
  );
  process.exit(1);
}
const { url } = await serveStatic(site, port);
console.log(`Attention explorer: ${url}explorer/`);
if (existsSync(`${site}/notebooks`)) {
  console.log(`Documentation and notebooks: ${url}`);
} else {
  console.log('The notebooks are not in site/ yet: `pnpm docs` executes and renders them.');
}
console.log('Press Ctrl+C to stop.');
