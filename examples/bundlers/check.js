// Builds ../browser/src/main.js (which resolves its packages from
// ../browser/node_modules: install and build ../browser first) with Vite and
// with webpack, each into dist-<bundler>/ beside the page and the .wasm files
// of ../browser/dist. Fails on any warning, then runs ../browser/check.js on
// each build and prints its sizes and the largest difference from the
// esbuild build's numbers.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';

const here = dirname(fileURLToPath(import.meta.url));
const browser = join(here, '..', 'browser');
const entry = join(browser, 'src', 'main.js');

async function withVite(outDir) {
  const warnings = [];
  await viteBuild({
    configFile: false,
    root: browser,
    logLevel: 'silent',
    customLogger: {
      info() {},
      warn: (message) => warnings.push(message),
      warnOnce: (message) => warnings.push(message),
      error: (message) => warnings.push(message),
      clearScreen() {},
      hasErrorLogged: () => false,
      hasWarned: false,
    },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: entry,
        output: { entryFileNames: 'bundle.js', format: 'es' },
        onwarn: (warning) => warnings.push(warning.message),
      },
    },
  });
  return warnings;
}

function withWebpack(outDir) {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        entry,
        context: browser,
        output: { path: outDir, filename: 'bundle.js', module: true },
        experiments: { outputModule: true },
        target: 'web',
        // webpack's size hints only say that the bundle (mostly tfjs-core) is
        // over 244 KiB; they are advice about the application, not warnings
        // about this code, and the figure is printed below anyway.
        performance: { hints: false },
      },
      (error, stats) => {
        if (error) return reject(error);
        const info = stats.toJson({ all: false, warnings: true, errors: true });
        if (info.errors.length > 0)
          return reject(new Error(info.errors.map((e) => e.message).join('\n')));
        resolve(info.warnings.map((w) => w.message));
      },
    );
  });
}

const esbuildResult = JSON.parse(
  execFileSync(process.execPath, ['check.js', 'wasm'], { cwd: browser, encoding: 'utf8' }).trim(),
);
let failed = false;
for (const [name, bundle] of [
  ['vite', withVite],
  ['webpack', withWebpack],
]) {
  const outDir = join(here, `dist-${name}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const warnings = await bundle(outDir);
  for (const file of readdirSync(join(browser, 'dist')).filter((f) => !f.startsWith('bundle'))) {
    copyFileSync(join(browser, 'dist', file), join(outDir, file));
  }
  const size = (statSync(join(outDir, 'bundle.js')).size / 1024).toFixed(1);
  const report = JSON.parse(
    execFileSync(process.execPath, ['check.js', 'wasm', 'cpu'], {
      cwd: browser,
      encoding: 'utf8',
      env: { ...process.env, DIST: outDir },
    }).trim(),
  );
  let max = 0;
  for (const key of ['output', 'weights', 'losses']) {
    report.results.wasm[key].forEach((v, i) => {
      max = Math.max(max, Math.abs(v - esbuildResult.results.wasm[key][i]));
    });
  }
  const ok = warnings.length === 0 && report.problems.length === 0 && max <= 1e-5;
  failed ||= !ok;
  console.log(
    `${name}: bundle.js ${size} kB, ${warnings.length} warning(s), ` +
      `${report.problems.length} problem(s) in Chromium, max |difference| from esbuild's page ${max}`,
  );
  for (const line of [...warnings, ...report.problems]) console.log(`  ${line}`);
}
process.exitCode = failed ? 1 : 0;
