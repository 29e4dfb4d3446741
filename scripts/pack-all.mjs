#!/usr/bin/env node
// @ts-check
// Builds every package under packages/ and packs each one that is not private
// into packs/ (gitignored) as an npm tarball, e.g. packs/mha-runtime-0.1.0.tgz.
// pnpm pack turns the `workspace:^` ranges into ordinary version ranges, so a
// stage's tarball installs next to the tarballs of the stages below it.
// Builds first with scripts/build-all.mjs, which rebuilds only the packages whose
// sources changed (`--build` rebuilds every one). Prints one line per tarball: name and size.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'packs');

/** Every publishable package of the workspace, in folder (= dependency) order. */
export function publishablePackages() {
  const folder = join(root, 'packages');
  return readdirSync(folder)
    .sort()
    .map((name) => join(folder, name))
    .filter((dir) => statSync(join(dir, 'package.json'), { throwIfNoEntry: false }))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => manifest.private !== true);
}

/** The tarball name npm and pnpm give a package: `@mha/runtime@0.1.0` -> `mha-runtime-0.1.0.tgz`. */
/** @param {{ name: string, version: string }} manifest */
export function tarballName(manifest) {
  return `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pnpm = process.env.npm_execpath ?? 'pnpm';
  const run = (/** @type {string[]} */ args, /** @type {string} */ cwd) =>
    pnpm.endsWith('.js') || pnpm.endsWith('.cjs')
      ? execFileSync(process.execPath, [pnpm, ...args], {
          cwd,
          stdio: ['ignore', 'pipe', 'inherit'],
        })
      : execFileSync(pnpm, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  const buildArgs = [join(root, 'scripts', 'build-all.mjs')];
  if (process.argv.includes('--build')) buildArgs.push('--force');
  execFileSync(process.execPath, buildArgs, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const { dir, manifest } of publishablePackages()) {
    run(['pack', '--pack-destination', out], dir);
    const file = join(out, tarballName(manifest));
    console.log(`packs/${tarballName(manifest)}  ${(statSync(file).size / 1024).toFixed(1)} kB`);
  }
}
