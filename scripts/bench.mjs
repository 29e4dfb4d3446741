#!/usr/bin/env node
// @ts-check
// Runs every benchmark, packages/*/bench/*.bench.ts and apps/*/bench/*.bench.ts,
// each in its own Node process (through tsx) against the built packages. Each
// benchmark prints its own table, naming the backend. Pass names to run only some:
//   pnpm bench multi-head
//   pnpm bench explorer      (the explorer's load times in Chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2);
const files = [];
for (const group of ['packages', 'apps']) {
  for (const pkg of readdirSync(join(root, group)).sort()) {
    const dir = join(root, group, pkg, 'bench');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.bench.ts')) files.push(join(dir, f));
    }
  }
}
const chosen = files.filter((f) => filters.length === 0 || filters.some((n) => f.includes(n)));
if (chosen.length === 0) {
  console.log(filters.length ? `no benchmark matches ${filters.join(', ')}` : 'no benchmarks yet');
  process.exit(0);
}
let failed = 0;
for (const file of chosen) {
  console.log(`\n=== ${relative(root, file)}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], {
    cwd: dirname(dirname(file)),
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
