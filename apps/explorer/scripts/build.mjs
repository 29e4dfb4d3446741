// Builds the explorer with Vite into dist/, then copies it to docs/explorer/ so that the
// rendered notebooks and the explorer form one static site (docs/index.html links both).
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const app = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const docs = fileURLToPath(new URL('../../../docs/explorer', import.meta.url));

const started = performance.now();
await build({ root: app, logLevel: 'warn' });
rmSync(docs, { recursive: true, force: true });
cpSync(dist, docs, { recursive: true });
console.log(
  `explorer built in ${((performance.now() - started) / 1000).toFixed(1)} s: apps/explorer/dist, copied to docs/explorer`,
);
