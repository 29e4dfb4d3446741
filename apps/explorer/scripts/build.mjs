// @ts-check
// Builds the explorer with Vite into dist/, then copies it to site/explorer/ so that the
// explorer, the rendered notebooks and the pages form one static site (`pnpm docs` builds
// the rest of it).
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const app = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const site = fileURLToPath(new URL('../../../site/explorer', import.meta.url));

const started = performance.now();
await build({ root: app, logLevel: 'warn' });
rmSync(site, { recursive: true, force: true });
cpSync(dist, site, { recursive: true });
console.log(
  `explorer built in ${((performance.now() - started) / 1000).toFixed(1)} s: apps/explorer/dist, copied to site/explorer`,
);
