#!/usr/bin/env node
// @ts-check
// Builds the package in the current directory twice: ESM to dist/esm and
// CommonJS to dist/cjs (tslab runs notebook cells as CommonJS). Each half gets
// its own .d.ts files, and dist/cjs is marked as CommonJS so Node and
// TypeScript read it as such even though the package is "type": "module".
// The build goes to a scratch folder that replaces dist/ only once complete,
// so a reader never sees a half-written dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const cwd = process.cwd();
const scratch = join(cwd, `.dist-${process.pid}`);

try {
  /** @type {[config: string, part: string][]} */
  const halves = [
    ['tsconfig.build.json', 'esm'],
    ['tsconfig.cjs.json', 'cjs'],
  ];
  for (const [config, part] of halves) {
    const outDir = join(scratch, part);
    execFileSync(process.execPath, [tsc, '-p', config, '--outDir', outDir], {
      cwd,
      stdio: 'inherit',
    });
  }
  mkdirSync(join(scratch, 'cjs'), { recursive: true });
  writeFileSync(join(scratch, 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
  rmSync(join(cwd, 'dist'), { recursive: true, force: true });
  renameSync(scratch, join(cwd, 'dist'));
} catch (error) {
  rmSync(scratch, { recursive: true, force: true });
  process.exitCode = 1;
  if (!(error && typeof error === 'object' && 'status' in error)) throw error;
}
