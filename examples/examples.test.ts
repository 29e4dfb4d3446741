// Packs every package, installs the tarballs with npm into fresh consumer
// projects (each stage alone, as its README says; then the four examples),
// runs them in Node and in headless Chromium, and compares the numbers.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const packs = join(root, 'packs');

interface Result {
  backend: string;
  backendMessage: string;
  outputShape: number[];
  weightsShape: number[];
  output: number[];
  weights: number[];
  losses: number[];
  ownLoop: number[];
}

/** Runs a command; resolves to its stdout, rejects with its stderr when it fails. */
function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${code}:\n${stderr}`));
    });
  });
}

const npmInstall = (cwd: string, args: string[] = []) =>
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...args], cwd);

/**
 * An example's committed package-lock.json may pin the registry's packages, never a
 * checksum of the packed tarballs: those change with every build. npm checks such a
 * checksum only when its cache already holds a tarball from the same path (another
 * install of this run put it there), so a stale one fails now and then, not always.
 */
function refusePinnedTarballs(dir: string): void {
  const path = join(dir, 'package-lock.json');
  if (!existsSync(path)) return;
  const lock = JSON.parse(readFileSync(path, 'utf8')) as {
    packages?: Record<string, { resolved?: string; integrity?: string }>;
  };
  const pinned = Object.entries(lock.packages ?? {})
    .filter(([, entry]) => entry.resolved?.startsWith('file:') && entry.integrity !== undefined)
    .map(([name]) => name);
  if (pinned.length > 0) {
    throw new Error(
      `${path} pins the checksum of packed tarballs, which change with every build: ` +
        `${pinned.join(', ')}. Delete those "integrity" lines.`,
    );
  }
}

/** The last line of a run's output, as JSON. */
const lastJson = <T>(stdout: string): T => JSON.parse(stdout.trim().split('\n').at(-1)!) as T;

/** Kilobytes under a folder, as `du` counts them. */
async function sizeKb(path: string): Promise<number> {
  return Number((await run('du', ['-sk', path], root)).split('\t')[0]);
}

/** A README's `npm install` command (continued lines joined) and the first js block after it. */
function readmeInstallAndExample(readme: string): { install: string; example: string } {
  const lines = readme.split('\n');
  let i = lines.findIndex((line) => line.startsWith('npm install '));
  let install = lines[i]!;
  while (install.endsWith('\\'))
    install = `${install.slice(0, -1).trimEnd()} ${lines[++i]!.trim()}`;
  const example = readme
    .slice(readme.indexOf(install.split(' ')[2]!))
    .match(/```js\n([\s\S]+?)\n```/)![1]!;
  return { install, example };
}

const timings: Record<string, number> = {};
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[label] = (performance.now() - started) / 1000;
  }
}

const stages = readdirSync(join(root, 'packages'))
  .sort()
  .map((folder) => ({ folder, dir: join(root, 'packages', folder) }));
const scratch = mkdtempSync(join(tmpdir(), 'mha-consumers-'));
const stageRuns: Record<string, { output: string; sizeKb: number }> = {};
const node: Record<string, Record<string, Result>> = { esm: {}, cjs: {} };
let browser: { results: Record<string, Result>; problems: string[] };
let bundleFiles: string;

/** Loss before and after training, by op or loss (`ops`) and by optimiser (`optimizers`). */
interface Training {
  backend: string;
  ops: Record<string, [number, number]>;
  optimizers: Record<string, [number, number]>;
}
const training: {
  esm?: Training;
  cjs?: Training;
  page?: { result: Training; problems: string[] };
} = {};

/** The example projects under examples/, each installed from the packed tarballs. */
const EXAMPLES = ['node-esm', 'node-cjs', 'browser', 'training'];

beforeAll(async () => {
  const started = performance.now();
  for (const name of EXAMPLES) refusePinnedTarballs(join(here, name));
  // `pnpm test` packs the tarballs once before its lanes start (MHA_PACKS_READY), so that
  // nothing rebuilds a package while npm reads it.
  if (!process.env.MHA_PACKS_READY) {
    await timed('pack', () => run(process.execPath, [join(root, 'scripts/pack-all.mjs')], root));
  }
  // Each stage alone, in a fresh project, with exactly its README's install line and example.
  const installs = timed('install each stage alone', () =>
    Promise.all(
      stages.map(async ({ folder, dir }) => {
        const { install, example } = readmeInstallAndExample(
          readFileSync(join(dir, 'README.md'), 'utf8'),
        );
        const project = join(scratch, folder);
        await run('mkdir', ['-p', project], root);
        writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n');
        writeFileSync(join(project, 'example.mjs'), `${example}\n`);
        await run('sh', ['-c', `${install} --prefer-offline --no-audit --no-fund`], project, {
          MHA: root,
        });
        const output = await run(process.execPath, ['example.mjs'], project, { MHA_BACKEND: '' });
        stageRuns[folder] = { output, sizeKb: await sizeKb(join(project, 'node_modules')) };
      }),
    ),
  );
  // The four examples, each from clean node_modules so that the fresh tarballs are used.
  const examples = timed('install the examples', () =>
    Promise.all(
      EXAMPLES.map((name) => {
        rmSync(join(here, name, 'node_modules'), { recursive: true, force: true });
        return npmInstall(join(here, name));
      }),
    ),
  );
  await Promise.all([installs, examples]);
  await timed('run the Node examples', async () => {
    for (const [kind, folder] of [
      ['esm', 'node-esm'],
      ['cjs', 'node-cjs'],
    ] as const) {
      for (const backend of ['wasm', 'cpu']) {
        const stdout = await run(process.execPath, ['index.js'], join(here, folder), {
          MHA_BACKEND: backend,
        });
        node[kind]![backend] = lastJson<Result>(stdout);
      }
    }
  });
  await timed('train on tfjs-core: Node, both module systems', async () => {
    const dir = join(here, 'training');
    training.esm = lastJson<Training>(await run(process.execPath, ['esm.mjs'], dir));
    training.cjs = lastJson<Training>(await run(process.execPath, ['cjs.cjs'], dir));
  });
  await timed('train on tfjs-core: a page', async () => {
    const dir = join(here, 'training');
    await run(process.execPath, ['build.js'], dir);
    training.page = lastJson(await run(process.execPath, ['check.js'], dir));
  });
  bundleFiles = await timed('bundle with esbuild', () =>
    run(process.execPath, ['build.js'], join(here, 'browser')),
  );
  browser = await timed('run in Chromium', async () =>
    lastJson(
      await run(process.execPath, ['check.js', 'wasm', 'cpu', 'auto'], join(here, 'browser')),
    ),
  );
  timings['examples in all'] = (performance.now() - started) / 1000;
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  const lines = Object.entries(timings).map(
    ([label, s]) => `  ${label.padEnd(28)} ${s.toFixed(1)} s`,
  );
  const sizes = Object.entries(stageRuns).map(
    ([folder, r]) => `  ${folder.padEnd(34)} ${(r.sizeKb / 1024).toFixed(1)} MB node_modules`,
  );
  console.log(
    [
      'examples: time',
      ...lines,
      'each stage alone (tfjs-core + cpu backend):',
      ...sizes,
      'browser bundle:',
      bundleFiles,
    ].join('\n'),
  );
});

function maxDifference(a: Result, b: Result): number {
  let max = 0;
  for (const key of ['output', 'weights', 'losses', 'ownLoop'] as const) {
    expect(a[key]).toHaveLength(b[key].length);
    a[key].forEach((value, i) => {
      max = Math.max(max, Math.abs(value - b[key][i]!));
    });
  }
  return max;
}

describe('the packed tarballs', () => {
  it('hold the build, sources, README and LICENSE, and no tests', async () => {
    const tarballs = readdirSync(packs).filter((f) => f.endsWith('.tgz'));
    expect(tarballs).toHaveLength(stages.length);
    for (const file of tarballs) {
      const entries = (await run('tar', ['tzf', join(packs, file)], root)).trim().split('\n');
      expect(entries, file).toContain('package/LICENSE');
      expect(entries, file).toContain('package/README.md');
      expect(entries, file).toContain('package/dist/esm/index.js');
      expect(entries, file).toContain('package/dist/cjs/index.js');
      const tests = entries.filter((e) => /\.test\.|test-utils|^package\/test\//.test(e));
      expect(tests, file).toEqual([]);
    }
  });

  // What each README example prints, worked out by hand (stages without an entry must
  // still install and run).
  const printed: Record<string, RegExp> = {
    '00-runtime': /\[ 2, 3 \] \[ 2, -4, 6 \]/, // d/dx Σx² = 2x at [1, -2, 3]
    '01-scaled-dot-product-attention': /\[ \[ 0\.880797\d*, 0\.119202\d* \] \]/, // softmax([2, 0])
    '02-multi-head-attention': /\[ 2, 10, 64 \] \[ 2, 8, 10, 10 \]/,
    '04-decoder-block': /\[ 1, 3, 22 \]\n1 true/, // [batch, seqT, tgtVocabSize]; one sequence
    // Query i sees keys i - 1 and i; blocked exact attention equals the one-shot formula.
    '05-efficient-attention': /\[ '1000', '1100', '0110', '0011' \]\n\[ 1, 2, 300, 16 \] true/,
    // 8 query heads over 2 key/value heads: wK is [dModel, 2·dHead]; then the shipped model,
    // loaded from the tarball's own weights file, goes on from the first line in Chinese.
    '06-gpt':
      /\[ 64, 64 \] \[ 64, 16 \]\n\[ 2, 10, 64 \] \[ 2, 8, 10, 10 \]\n白日依山盡，[\u3400-\u9fff，。]{5,}\n/,
  };

  it.each(stages.map((s) => [s.folder]))(
    '%s installs alone with its README line, and its example runs',
    (folder) => {
      expect(stageRuns[folder], folder).toBeDefined();
      expect(stageRuns[folder]!.output.trim()).not.toBe('');
      if (printed[folder]) expect(stageRuns[folder]!.output).toMatch(printed[folder]!);
      if (folder === '03-encoder-block') {
        // Five Adam steps: five finite losses, the last below the first.
        const printedLosses = stageRuns[folder]!.output.match(/\[ ('\d+\.\d+',? ?)+\]/)![0];
        const losses = JSON.parse(printedLosses.replaceAll("'", '"')).map(Number) as number[];
        expect(losses).toHaveLength(5);
        expect(losses.every(Number.isFinite)).toBe(true);
        expect(losses[4]!).toBeLessThan(losses[0]!);
      }
    },
  );
});

describe('the Node examples', () => {
  it('run stage 2 with a causal mask: weights rows sum to 1, no weight above the diagonal', () => {
    const result = node.esm!.wasm!;
    expect(result.outputShape).toEqual([2, 10, 64]);
    expect(result.weightsShape).toEqual([2, 8, 10, 10]);
    for (let row = 0; row < 2 * 8 * 10; row++) {
      const weights = result.weights.slice(row * 10, row * 10 + 10);
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      const query = row % 10;
      expect(weights.slice(query + 1).every((w) => w === 0)).toBe(true);
    }
  });

  it('train stage 3: five finite losses, starting near ln 6 and falling', () => {
    const { losses } = node.esm!.wasm!;
    expect(losses).toHaveLength(5);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(Math.abs(losses[0]! - Math.log(6))).toBeLessThan(1);
    expect(losses[4]!).toBeLessThan(losses[0]!);
  });

  it('train the attention weights in a loop of their own with no line for gradients', () => {
    for (const kind of ['esm', 'cjs']) {
      const [before, after] = node[kind]!.wasm!.ownLoop;
      expect(Number.isFinite(before) && Number.isFinite(after)).toBe(true);
      expect(after!, kind).toBeLessThan(before!);
    }
  });

  it('give the same numbers from require() as from import', () => {
    for (const backend of ['wasm', 'cpu']) {
      expect(node.cjs![backend]!.backend).toBe(backend);
      expect(maxDifference(node.cjs![backend]!, node.esm![backend]!)).toBeLessThanOrEqual(1e-6);
    }
  });

  it('agree across backends within float32 rounding', () => {
    expect(maxDifference(node.esm!.wasm!, node.esm!.cpu!)).toBeLessThanOrEqual(1e-4);
  });
});

describe('the browser example', () => {
  it('bundles with esbuild without a warning, with the wasm files beside it', () => {
    expect(bundleFiles).toMatch(/dist\/bundle\.js/);
    expect(bundleFiles).toMatch(/dist\/tfjs-backend-wasm-simd\.wasm/);
  });

  it('runs in Chromium under a strict CSP with no error or violation', () => {
    expect(browser.problems).toEqual([]);
  });

  it('lets useBestBackend choose wasm among the backends the page registered (cpu, wasm)', () => {
    const page = browser.results.auto!;
    expect(page.backend).toBe('wasm');
    expect(page.backendMessage).toMatch(
      /^backend: wasm \(webgpu skipped: not registered .*webgl skipped: not registered/,
    );
  });

  it.each(['wasm', 'cpu'])('on %s gives the Node numbers within 1e-5', (backend) => {
    const page = browser.results[backend]!;
    expect(page.backend).toBe(backend);
    expect(maxDifference(page, node.esm![backend]!)).toBeLessThanOrEqual(1e-5);
  });
});

describe('training on tfjs-core alone, as a consumer of stage 3 (examples/training)', () => {
  // Every case is a loss of a few weights; if a gradient were missing the run would throw,
  // and if one were wrong (zero, misplaced) its loss would not fall.
  it('covers at least 30 tfjs-core ops and losses and 5 optimisers', () => {
    expect(Object.keys(training.esm!.ops).length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(training.esm!.optimizers).length).toBeGreaterThanOrEqual(5);
  });

  it.each(['esm', 'cjs'] as const)('in Node (%s), every loss falls', (kind) => {
    const result = training[kind]!;
    expect(result.backend).toBe('cpu');
    for (const [name, [before, after]] of Object.entries({ ...result.ops, ...result.optimizers })) {
      expect(Number.isFinite(before) && Number.isFinite(after), name).toBe(true);
      expect(after, name).toBeLessThan(before);
    }
  });

  it('gives the same losses through require() as through import', () => {
    expect(training.cjs).toEqual(training.esm);
  });

  it('in a bundled page under a strict CSP, gives the Node losses within 1e-5', () => {
    const { result, problems } = training.page!;
    expect(problems).toEqual([]);
    for (const group of ['ops', 'optimizers'] as const) {
      for (const [name, pair] of Object.entries(training.esm![group])) {
        const page = result[group][name]!;
        expect(page, name).toBeDefined();
        for (const [i, value] of pair.entries()) {
          expect(Math.abs(page[i]! - value), name).toBeLessThanOrEqual(1e-5);
        }
      }
    }
  });
});
