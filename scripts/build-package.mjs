#!/usr/bin/env node
// Builds the package in the current directory twice: ESM to dist/esm and
// CommonJS to dist/cjs (tslab runs notebook cells as CommonJS). Each half gets
// its own .d.ts files, and dist/cjs is marked as CommonJS so Node and
// TypeScript read it as such even though the package is "type": "module".
// The build goes to a scratch folder that replaces dist/ only once complete,
// so a reader never sees a half-written dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const cwd = process.cwd();
const scratch = join(cwd, `.dist-${process.pid}`);

/**
 * dist/cjs/package.json: marks the folder CommonJS and, when the package has an `imports`
 * map (`#name` specifiers), repeats it with its CommonJS targets, since Node resolves `#name`
 * against the nearest package.json. `./dist/cjs/x.js` becomes `./x.js`; `source` and
 * `import` branches are dropped.
 */
function cjsManifest() {
  const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
  if (!manifest.imports) return '{ "type": "commonjs" }\n';
  const rewrite = (target) => {
    if (typeof target === 'string') return target.replace(/^\.\/dist\/cjs\//, './');
    if ('require' in target) return rewrite(target.require);
    const entries = Object.entries(target).filter(([key]) => key !== 'source' && key !== 'import');
    return Object.fromEntries(entries.map(([key, value]) => [key, rewrite(value)]));
  };
  const imports = Object.fromEntries(
    Object.entries(manifest.imports).map(([name, target]) => [name, rewrite(target)]),
  );
  return `${JSON.stringify({ type: 'commonjs', imports }, null, 2)}\n`;
}

try {
  for (const [config, part] of [
    ['tsconfig.build.json', 'esm'],
    ['tsconfig.cjs.json', 'cjs'],
  ]) {
    const outDir = join(scratch, part);
    execFileSync(process.execPath, [tsc, '-p', config, '--outDir', outDir], {
      cwd,
      stdio: 'inherit',
    });
  }
  mkdirSync(join(scratch, 'cjs'), { recursive: true });
  writeFileSync(join(scratch, 'cjs', 'package.json'), cjsManifest());
  rmSync(join(cwd, 'dist'), { recursive: true, force: true });
  renameSync(scratch, join(cwd, 'dist'));
} catch (error) {
  rmSync(scratch, { recursive: true, force: true });
  process.exitCode = 1;
  if (!(error && typeof error === 'object' && 'status' in error)) throw error;
}
