#!/usr/bin/env node
// @ts-check
// `pnpm build`: builds every package under packages/ in folder order (which is dependency
// order: a stage imports only the stages before it), each with scripts/build-package.mjs.
// A package whose dist/ is newer than its sources, its build configuration and the builds
// of the packages before it is left as it is; `--force` builds everything.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');
const builder = join(root, 'scripts', 'build-package.mjs');

/**
 * Newest modification time of the files under `path` (0 when it does not exist).
 * @param {string} path
 * @returns {number}
 */
export function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

/** Every file whose change means the package must be built again. */
function inputs(/** @type {string} */ dir) {
  const configs = readdirSync(dir).filter((f) => /^(package\.json|tsconfig.*\.json)$/.test(f));
  return [
    join(dir, 'src'),
    join(dir, 'scripts'),
    ...configs.map((f) => join(dir, f)),
    join(root, 'tsconfig.base.json'),
    builder,
  ];
}

const folders = readdirSync(join(root, 'packages'))
  .sort()
  .map((name) => join(root, 'packages', name))
  .filter((dir) => statSync(join(dir, 'package.json'), { throwIfNoEntry: false }));

let upstream = 0; // the newest build of the packages before this one
let built = 0;
const started = Date.now();
for (const dir of folders) {
  const current = newest(join(dir, 'dist'));
  const stale = force || current === 0 || current < Math.max(upstream, ...inputs(dir).map(newest));
  if (stale) {
    const result = spawnSync(process.execPath, [builder], { cwd: dir, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`build: ${dir.slice(root.length + 1)} failed`);
      process.exit(1);
    }
    built++;
  }
  upstream = Math.max(upstream, newest(join(dir, 'dist')));
}
const took = ((Date.now() - started) / 1000).toFixed(1);
console.log(`build: ${built} of ${folders.length} packages built, the rest up to date (${took} s)`);
