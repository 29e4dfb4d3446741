// The publishing rules every package under packages/ follows, checked on each
// package.json so that a new stage is held to them too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packagesDir = fileURLToPath(new URL('../../', import.meta.url));
const packages = readdirSync(packagesDir)
  .filter((name) => existsSync(join(packagesDir, name, 'package.json')))
  .map((folder) => {
    const dir = join(packagesDir, folder);
    return { folder, dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
  });
const rootManifest = JSON.parse(readFileSync(join(packagesDir, '..', 'package.json'), 'utf8'));

/** The README's `npm install` command, its continued lines joined. */
function installLine(readme: string): string | undefined {
  const lines = readme.split('\n');
  let i = lines.findIndex((line) => line.startsWith('npm install '));
  if (i < 0) return undefined;
  let command = lines[i]!;
  while (command.endsWith('\\') && i + 1 < lines.length) {
    command = `${command.slice(0, -1).trimEnd()} ${lines[++i]!.trim()}`;
  }
  return command;
}

const TFJS_CORE = '@tensorflow/tfjs-core';
const isTfjs = (name: string) => name.startsWith('@tensorflow/');

describe.each(packages.map((p) => [p.folder, p] as const))(
  'packages/%s',
  (folder, { dir, manifest }) => {
    it('is public, MIT, with a LICENSE and a README', () => {
      expect(manifest.private).not.toBe(true);
      expect(manifest.name).toMatch(/^@mha\/[a-z0-9-]+$/);
      expect(manifest.license).toBe(rootManifest.license);
      expect(existsSync(join(dir, 'LICENSE'))).toBe(true);
      expect(existsSync(join(dir, 'README.md'))).toBe(true);
    });

    it('has repository, engines and sideEffects', () => {
      expect(manifest.repository).toMatchObject({ type: 'git', directory: `packages/${folder}` });
      expect(manifest.repository.url).toMatch(/^git\+https:\/\/.+\.git$/);
      expect(manifest.engines).toEqual(rootManifest.engines);
      // Only gradient registration has an effect on import: the runtime's module, the
      // training module's import of it, and the encoder block's (so that bundles keep them:
      // webpack and Vite skip a side-effect-free module whose exports are reached through
      // it, and its bare imports with it).
      const effects: Record<string, string[]> = {
        '@mha/runtime': [
          './src/gradients/index.ts',
          './dist/esm/gradients/index.js',
          './dist/cjs/gradients/index.js',
          './src/training/index.ts',
          './dist/esm/training/index.js',
          './dist/cjs/training/index.js',
          './dist/tfjs-gradients/index.mjs',
          './dist/cjs/tfjs-gradients.cjs',
        ],
        '@mha/encoder-block': [
          './src/gradients.ts',
          './dist/esm/gradients.js',
          './dist/cjs/gradients.js',
        ],
      };
      const expected = effects[manifest.name] ?? false;
      expect(manifest.sideEffects).toEqual(expected);
    });

    it('publishes the build and the sources, never the tests', () => {
      expect(manifest.files).toEqual(['dist', 'src', '!**/*.test.*', '!**/*test-utils*']);
    });

    it('has tfjs-core as a peer and no TensorFlow.js package as a dependency', () => {
      expect(manifest.peerDependencies?.[TFJS_CORE]).toMatch(/^\^4\./);
      const hard = Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies });
      expect(hard.filter(isTfjs)).toEqual([]);
      // Every TensorFlow.js peer other than tfjs-core is a backend, and optional.
      for (const name of Object.keys(manifest.peerDependencies).filter(isTfjs)) {
        if (name === TFJS_CORE) continue;
        expect(manifest.peerDependenciesMeta?.[name], name).toEqual({ optional: true });
      }
    });

    it('depends on other stages through workspace ranges only', () => {
      for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
        expect(name, `only @mha packages are dependencies`).toMatch(/^@mha\//);
        expect(range).toBe('workspace:^');
      }
    });

    it('exports ESM and CommonJS builds, types first, and its package.json', () => {
      expect(manifest.type).toBe('module');
      expect(manifest.main).toBe('./dist/cjs/index.js');
      expect(manifest.types).toBe('./dist/cjs/index.d.ts');
      expect(manifest.exports['./package.json']).toBe('./package.json');
      for (const [entry, target] of Object.entries(manifest.exports)) {
        if (entry === './package.json') continue;
        const conditions = target as Record<string, Record<string, string>>;
        for (const format of ['import', 'require'] as const) {
          const dist = format === 'import' ? 'esm' : 'cjs';
          expect(Object.keys(conditions[format]!), `${entry} ${format}`).toEqual([
            'types',
            'default',
          ]);
          expect(conditions[format]!.default).toMatch(new RegExp(`^\\./dist/${dist}/.+\\.js$`));
        }
      }
    });

    it('library code runs unchanged in browsers: no Node built-in, global or code generation', () => {
      const sources = (readdirSync(join(dir, 'src'), { recursive: true }) as string[]).filter(
        // `*.node.ts`: the Node branch of a package `imports` map, never bundled for browsers
        (rel) => /\.ts$/.test(rel) && !/\.test\.ts$|\.node\.ts$|test-utils|^testing[\\/]/.test(rel),
      );
      expect(sources.length).toBeGreaterThan(0);
      const forbidden = [
        /['"]node:/,
        /\brequire\(/,
        /(^|[^\w.])process\./m,
        /\bsetImmediate\b/,
        /\bnew Function\b/,
        /\beval\(/,
        /\bBuffer\./,
      ];
      for (const rel of sources) {
        const text = readFileSync(join(dir, 'src', rel), 'utf8');
        for (const pattern of forbidden) expect(text, `${folder}/src/${rel}`).not.toMatch(pattern);
      }
    });

    it('README says how to install it with what it needs, and links its notebook', () => {
      const readme = readFileSync(join(dir, 'README.md'), 'utf8');
      const install = installLine(readme);
      expect(install, 'an `npm install` line').toBeDefined();
      const own = `$MHA/packs/${manifest.name.slice(1).replace('/', '-')}-${manifest.version}.tgz`;
      expect(install).toContain(own);
      for (const dependency of Object.keys(manifest.dependencies ?? {})) {
        expect(install, dependency).toContain(`/${dependency.slice(1).replace('/', '-')}-`);
      }
      expect(install).toContain(TFJS_CORE);
      expect(readme).toMatch(/```js\n[\s\S]+?\n```/);
      expect(readme).toMatch(/\]\(\.\.\/\.\.\/notebooks\/\d\d-[a-z0-9-]+\.ipynb\)/);
    });
  },
);

describe('the root README', () => {
  it("shows stage 2's exact install line, on one line", () => {
    const root = readFileSync(join(packagesDir, '..', 'README.md'), 'utf8');
    const stage2 = packages.find((p) => p.manifest.name === '@mha/multi-head-attention')!;
    const line = installLine(readFileSync(join(stage2.dir, 'README.md'), 'utf8'));
    expect(root.split('\n')).toContain(line);
  });
});
