#!/usr/bin/env node
// Builds the package in the current directory twice: ESM to dist/esm and
// CommonJS to dist/cjs (tslab runs notebook cells as CommonJS). Each half gets
// its own .d.ts files, and dist/cjs is marked as CommonJS so Node and
// TypeScript read it as such even though the package itself is "type": "module".
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const cwd = process.cwd();

rmSync(join(cwd, 'dist'), { recursive: true, force: true });
for (const config of ['tsconfig.build.json', 'tsconfig.cjs.json']) {
  execFileSync(process.execPath, [tsc, '-p', config], { cwd, stdio: 'inherit' });
}
mkdirSync(join(cwd, 'dist', 'cjs'), { recursive: true });
writeFileSync(join(cwd, 'dist', 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
