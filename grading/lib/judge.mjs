// @ts-check
// The judge: grades a stage's functions from data, outside the student's process.
//
// A stage is on the judge when `grading/judge/<stage folder>.mjs` exists. That file
// lists cases: a function name and its arguments as plain data (tensors written
// out as shape, dtype and values). The harness (harness.mjs) calls the functions
// on those arguments in a sandbox and prints what came back; this module compares
// it with what the reference solution gave on the same arguments (computed once
// per batch) and with the properties every case asks for (no leaked tensors,
// inputs left unchanged, no forbidden kernel). The sandbox gets the inputs and
// nothing else: no expected value, no test source, no judge.
//
// Checked JavaScript: the grader runs from the repository with plain `node`.
import { spawnSync } from 'node:child_process';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bodiesOf, functionBodies, replaceFunctionBodies } from './regions.mjs';
import { runSandboxed, v8Flags } from './sandbox.mjs';
import { listFiles, readJson, repoRoot } from './stages.mjs';

const require = createRequire(import.meta.url);
/** @type {typeof import('esbuild')} */
const esbuild = require('esbuild');

/** Where the stage's case lists live. */
export const JUDGE_DIR = join(repoRoot, 'grading', 'judge');

/** Where, inside the sandbox, the grading workspace appears (read-only). */
const SANDBOX_ROOT = '/grade/ws';

/**
 * @typedef {object} JudgeCase
 * @property {string} id unique within the stage
 * @property {string} fn the graded function it calls
 * @property {unknown[]} args the arguments, as data (see harness.mjs)
 * @property {boolean} hidden a hidden case: students see only its category
 * @property {string} label what it checks, shown for visible cases only
 * @property {number} [atol] absolute tolerance, default 1e-5
 * @property {number} [rtol] relative tolerance, default 1e-4
 * @property {unknown[][]} [calls] several calls of `fn` in turn (instead of `args`); the
 *   result is the list of their results, and `{ $prev: key }` in a call's arguments is
 *   that property of the previous call's result
 * @property {[string, unknown][]} [lets] values built before the calls, by name
 *   (`{ $let: name }`), e.g. `{ $call: ['initTransformer', [config]] }`
 * @property {string[]} [compare] compare only these properties of each result (others,
 *   such as a cache's identity, may differ between runs)
 * @property {{ lastDim?: number, twoDims?: number }} [noKernelOutput] no kernel may output
 *   a tensor whose last dimension is `lastDim`, or with two dimensions equal to `twoDims`
 *   (a score matrix over every key, which a memory-efficient method never forms)
 * @property {(value: unknown, c: JudgeCase) => string | undefined} [property] a check of
 *   the returned value (as data) that the judge makes from the case's own arguments:
 *   `undefined` when it holds, else the category shown (never anything the run printed).
 *   It runs in the grader's process only, and the reference must pass it too.
 */

/**
 * A tensor as data: shape, dtype and flat values (non-finite numbers as `{ $num }`).
 * @typedef {{ $t: [number[], string, unknown[]] }} TensorData
 */

/**
 * What the harness prints for one case (see harness.mjs). It comes from a run of
 * student code, so the judge checks what it relies on.
 * @typedef {object} HarnessRecord
 * @property {string} id
 * @property {string} outcome `'returned'`, `'threw'` or `'missing'`
 * @property {string} [at] where it threw: `'import'` or `'harness'`
 * @property {string} [error]
 * @property {unknown} [value] the result, as data
 * @property {unknown} [kernels] the kernels it ran
 * @property {unknown} [shapes] the shapes of their outputs, as `AxBxC` strings
 * @property {unknown} [registry] `'changed'` when the call replaced or removed a cpu kernel
 * @property {number} [leaked] tensors left behind
 * @property {boolean} [inputsChanged]
 */

/**
 * A harness run (`runCases`).
 * @typedef {{ records: Map<string, HarnessRecord>, timedOut: boolean,
 *   crashed: string | undefined, tampered: string | undefined, ms: number, stderr: string }} CasesRun
 */

/**
 * True when the stage's functions are graded by the judge.
 * @param {{ folder: string }} stage
 */
export function onJudge(stage) {
  return existsSync(join(JUDGE_DIR, `${stage.folder}.mjs`));
}

/**
 * The stage's cases, checked for shape.
 * @param {{ folder: string }} stage
 * @returns {Promise<{ cases: JudgeCase[], forbidKernels: Record<string, string[]> }>}
 */
export async function loadCases(stage) {
  const module = await import(pathToFileURL(join(JUDGE_DIR, `${stage.folder}.mjs`)).href);
  /** @type {JudgeCase[]} */
  const cases = module.cases();
  const ids = new Set();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`judge cases of ${stage.folder}: id ${c.id} repeats`);
    ids.add(c.id);
  }
  return { cases, forbidKernels: module.forbidKernels ?? {} };
}

/**
 * A tensor argument as data.
 * @param {unknown} values nested arrays of numbers, booleans or `{ $inf }` / `{ $num }`
 * @param {number[]} shape
 * @returns {TensorData}
 */
export function tensor(values, shape, dtype = 'float32') {
  /** @type {unknown[]} */
  const flat = Array.isArray(values) ? values.flat(Number.POSITIVE_INFINITY) : [values];
  return { $t: [shape, dtype, flat.map((v) => (typeof v === 'boolean' ? Number(v) : v))] };
}

/** An `undefined` argument as data. */
export const UNDEFINED = { $u: 1 };

/**
 * A small seeded generator (mulberry32), so that cases are the same on every run.
 * @param {number} seed
 * @returns {() => number}
 */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A float32 tensor of the given shape with values uniform in [-scale, scale).
 * @param {() => number} random @param {number[]} shape
 * @returns {TensorData}
 */
export function randomTensor(random, shape, scale = 1) {
  const size = shape.reduce((a, b) => a * b, 1);
  const values = Array.from({ length: size }, () => Math.fround((random() * 2 - 1) * scale));
  return { $t: [shape, 'float32', values] };
}

/**
 * Builders of a layer's random parameters, drawing from `random` in the order they are
 * called: a layer norm's `{ gamma, beta }`, a feed-forward network's `{ w1, b1, w2, b2 }`
 * and an attention layer's projections `{ wQ, wK, wV, wO, bQ, bK, bV, bO }`, weights
 * `[in, out]`, each for width `d`.
 * @param {() => number} random
 */
export function randomLayers(random) {
  return {
    /** @param {number} d */
    norm: (d) => ({
      gamma: randomTensor(random, [d], 1),
      beta: randomTensor(random, [d], 0.5),
    }),
    /** @param {number} d @param {number} dFF */
    feedForward: (d, dFF) => ({
      w1: randomTensor(random, [d, dFF], 0.5),
      b1: randomTensor(random, [dFF], 0.1),
      w2: randomTensor(random, [dFF, d], 0.5),
      b2: randomTensor(random, [d], 0.1),
    }),
    /** @param {number} d */
    attention: (d) => ({
      wQ: randomTensor(random, [d, d], 0.5),
      wK: randomTensor(random, [d, d], 0.5),
      wV: randomTensor(random, [d, d], 0.5),
      wO: randomTensor(random, [d, d], 0.5),
      bQ: randomTensor(random, [d], 0.1),
      bK: randomTensor(random, [d], 0.1),
      bV: randomTensor(random, [d], 0.1),
      bO: randomTensor(random, [d], 0.1),
    }),
  };
}

/**
 * TypeScript sources (`rel -> text`) as CommonJS modules (`rel -> text`), which is what
 * the harness loads: a process started from a snapshot has no ES module loader.
 * @param {Map<string, string>} files
 */
export function transpile(files) {
  /** @type {Map<string, string>} */
  const out = new Map();
  for (const [rel, text] of files) {
    if (rel.endsWith('.d.ts')) continue;
    if (/\.[cm]?ts$/.test(rel)) {
      // The same file comes back in run after run (handed-out files, reference bodies,
      // the same submission for each of its functions): each is compiled once.
      const cacheKey = `${rel}\0${text}`;
      const js = compiled.get(cacheKey) ?? compile(text, rel);
      if (compiled.size >= 4096) compiled.clear();
      compiled.set(cacheKey, js);
      out.set(
        rel
          .replace(/\.ts$/, '.js')
          .replace(/\.mts$/, '.mjs')
          .replace(/\.cts$/, '.cjs'),
        js,
      );
    } else {
      out.set(rel, text);
    }
  }
  return out;
}

/** Compiled files by path and text (see transpile). @type {Map<string, string>} */
const compiled = new Map();

/**
 * One TypeScript file as CommonJS: types stripped and imports made `require`s, file by
 * file (esbuild's transform, which does in microseconds what TypeScript's
 * `transpileModule` did in milliseconds).
 * @param {string} text @param {string} rel
 */
function compile(text, rel) {
  try {
    return esbuild.transformSync(text, {
      loader: 'ts',
      format: 'cjs',
      target: 'es2022',
      sourcefile: rel,
      logLevel: 'silent',
    }).code;
  } catch {
    // A file that does not parse fails where it is loaded, as it would in Node; the
    // grader's notes already name its first syntax error (syntaxErrors in teacher.mjs).
    return `throw new SyntaxError(${JSON.stringify(`src/${rel} does not compile`)});\n`;
  }
}

/** @param {string} dir @param {Map<string, string>} files */
function writeFiles(dir, files) {
  for (const [rel, text] of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

/**
 * The package.json of a harness run's folder: CommonJS, with the stage's own `imports`
 * map (`#read-file`, say) for `require`, pointed at the run's compiled sources (the
 * stage's build maps `./dist/cjs/x.js`; the run has the same file at `./src/x.js`).
 * @param {{ dir: string }} stage
 * @returns {string}
 */
export function runManifest(stage) {
  const manifest = JSON.parse(readFileSync(join(stage.dir, 'package.json'), 'utf8'));
  /** @param {unknown} target @returns {unknown} */
  const forRequire = (target) => {
    if (typeof target === 'string') return target.replace(/^\.\/dist\/cjs\//, './src/');
    if (target === null || typeof target !== 'object') return target;
    return Object.fromEntries(
      Object.entries(target)
        .filter(([condition]) => condition !== 'source' && condition !== 'import')
        .map(([condition, value]) => [condition, forRequire(value)]),
    );
  };
  const imports = forRequire(manifest.imports ?? {});
  return `${JSON.stringify({ type: 'commonjs', imports }, null, 2)}\n`;
}

/**
 * Leaves the grading workspace no copy of tfjs's kernels: the harness starts from a
 * snapshot that holds the cpu backend already registered (harnessSnapshot), so every
 * backend's code is deleted here (the files that export each kernel, and the bundles
 * that would register them all again), and student code can reach a kernel only through
 * the registry, where the harness watches it (harness.mjs). Type declarations stay, for
 * the type check. The workspace is the grader's own copy (installed with copies, not
 * links).
 * @param {string} pristine
 */
export function pruneKernelSources(pristine) {
  const store = join(pristine, 'node_modules', '.pnpm');
  if (!existsSync(store)) return;
  for (const entry of readdirSync(store)) {
    const match = /^@tensorflow\+(tfjs-backend-[a-z]+|tfjs-node[a-z-]*)@/.exec(entry);
    if (!match) continue;
    const dir = join(store, entry, 'node_modules', '@tensorflow', String(match[1]));
    if (!existsSync(dir)) continue;
    for (const rel of listFiles(dir)) {
      if (rel === 'package.json' || rel.endsWith('.d.ts')) continue;
      if (/\.(c|m)?js$|\.wasm$|\.node$|\.map$/.test(rel)) rmSync(join(dir, rel), { force: true });
    }
  }
}

/**
 * The folder of an installed package, as `require` from somewhere finds it.
 * @param {NodeJS.Require} from @param {string} name
 */
function packageDir(from, name) {
  return dirname(from.resolve(`${name}/package.json`));
}

/**
 * The provided packages' entry points that the stage may `require`, with their CommonJS
 * files in the workspace: every package under `packages/` but the stage's own, each by the
 * subpaths of its `exports` that lead to code the stages import (`.`, and the runtime's
 * `./kernels`, `./gradients` and `./training`; not `./charts`, `./testing` or
 * `./package.json`).
 * @param {string} pristine the grading workspace
 * @param {string} stageFolder the graded stage's folder
 * @returns {{ specifier: string, file: string }[]}
 */
export function providedEntries(pristine, stageFolder) {
  const SKIPPED = new Set(['./charts', './testing', './package.json']);
  /** @type {{ specifier: string, file: string }[]} */
  const entries = [];
  const packages = join(pristine, 'packages');
  if (!existsSync(packages)) return entries;
  for (const folder of readdirSync(packages).sort()) {
    if (folder === stageFolder || !existsSync(join(packages, folder, 'package.json'))) continue;
    const manifest = readJson(join(packages, folder, 'package.json'));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (SKIPPED.has(subpath)) continue;
      const file = typeof target === 'object' && target !== null ? target.require : undefined;
      const path = typeof file === 'object' && file !== null ? file.default : file;
      if (typeof path !== 'string') continue;
      const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      entries.push({ specifier, file: join(packages, folder, path) });
    }
  }
  return entries;
}

/**
 * The harness's startup snapshot for runs with these limits, built in the workspace on
 * first use: harness.mjs bundled with tfjs-core, the cpu backend and the provided packages
 * (the runtime and the earlier stages, compiled by prepareWorkspace) into one script
 * (`grading-harness.cjs`), then run by Node to build the snapshot
 * (`grading-harness-<flags>.blob`). A run started from it has tfjs loaded, its cpu kernels
 * registered and the provided packages loaded, which was most of what a run cost before
 * it; only the submission's own files are read and compiled in the run. A snapshot loads
 * only with the V8 flags it was built with (`v8Flags`), so there is one per heap size.
 * Files are written under a temporary name and renamed, as grading workers may build at
 * once.
 * @param {string} pristine the grading workspace
 * @param {import('./sandbox.mjs').SandboxLimits} limits
 * @param {string} stageFolder the graded stage's folder, whose package is not preloaded
 * @returns {string} the blob's name, in the workspace's top folder
 */
export function harnessSnapshot(pristine, limits, stageFolder) {
  const flags = v8Flags(limits);
  const name = `grading-harness-${createHash('sha256').update(flags.join(' ')).digest('hex').slice(0, 12)}.blob`;
  if (existsSync(join(pristine, name))) return name;
  const temporary = `.${randomBytes(8).toString('hex')}`;
  const bundle = join(pristine, 'grading-harness.cjs');
  if (!existsSync(bundle)) {
    // The module the harness reads as `grading-provided`: specifier -> the loaded package.
    const provided = providedEntries(pristine, stageFolder)
      .map(
        ({ specifier, file }) =>
          `  ${JSON.stringify(specifier)}: require(${JSON.stringify(file)}),`,
      )
      .join('\n');
    const providedFile = join(pristine, `grading-provided${temporary}.cjs`);
    writeFileSync(providedFile, `module.exports = {\n${provided}\n};\n`);
    const harness = fileURLToPath(new URL('./harness.mjs', import.meta.url));
    const fromHarness = createRequire(harness);
    try {
      esbuild.buildSync({
        entryPoints: [harness],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        outfile: bundle + temporary,
        logLevel: 'error',
        alias: {
          'grading-provided': providedFile,
          // One tfjs for all: the provided packages get the harness's copy, not the
          // workspace's (the same version; the cpu backend's code is deleted there).
          '@tensorflow/tfjs-core': packageDir(fromHarness, '@tensorflow/tfjs-core'),
          '@tensorflow/tfjs-backend-cpu': packageDir(fromHarness, '@tensorflow/tfjs-backend-cpu'),
        },
      });
    } finally {
      rmSync(providedFile, { force: true });
    }
    renameSync(bundle + temporary, bundle);
  }
  const built = spawnSync(
    process.execPath,
    [...flags, '--snapshot-blob', join(pristine, name + temporary), '--build-snapshot', bundle],
    { cwd: pristine, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (built.status !== 0) {
    throw new Error(`the harness's snapshot was not built: ${built.stderr.slice(-2000)}`);
  }
  renameSync(join(pristine, name + temporary), join(pristine, name));
  return name;
}

/**
 * Makes an installed grading workspace runnable by the harness: the dependency
 * packages' sources compiled to `dist/cjs` (where their `exports` point for
 * `require`), tfjs's kernel sources removed, and the mount point for runs created.
 * @param {import('./stages.mjs').Analysis} analysis
 * @param {string} pristine the installed grading workspace
 */
export function prepareWorkspace(analysis, pristine) {
  for (const pkg of analysis.closure) {
    if (pkg.name === analysis.stage.name) continue;
    const dir = join(pristine, 'packages', pkg.folder);
    /** @type {Map<string, string>} */
    const files = new Map();
    for (const rel of listFiles(join(dir, 'src'))) {
      if (/\.test\.[cm]?ts$/.test(rel) || !/\.([cm]?ts|json)$/.test(rel)) continue;
      files.set(rel, readFileSync(join(dir, 'src', rel), 'utf8'));
    }
    // The CommonJS build, which the harness loads (see harnessSnapshot).
    writeFiles(join(dir, 'dist', 'cjs'), transpile(files));
    // What the package's build puts in dist/cjs besides compiled sources comes from the
    // repository's own build: the package.json that marks the folder CommonJS and maps
    // its `imports`, and bundles such as the runtime's of tfjs-core's gradients.
    const built = join(pkg.dir, 'dist', 'cjs');
    const extras = existsSync(built)
      ? listFiles(built).filter(
          (rel) => !rel.endsWith('.js') && !rel.endsWith('.d.ts') && !rel.endsWith('.map'),
        )
      : [];
    for (const rel of extras) {
      mkdirSync(dirname(join(dir, 'dist', 'cjs', rel)), { recursive: true });
      writeFileSync(join(dir, 'dist', 'cjs', rel), readFileSync(join(built, rel)));
    }
    if (!extras.includes('package.json')) {
      writeFileSync(join(dir, 'dist', 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
    }
    const manifest = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8'));
    if (manifest.imports && !existsSync(built)) {
      throw new Error(`${pkg.name} is not built: run pnpm build before grading`);
    }
  }
  pruneKernelSources(pristine);
  mkdirSync(join(pristine, 'packages', analysis.stage.folder, 'runs'), { recursive: true });
}

/**
 * The graded functions each function needs (itself excluded): those its reference
 * body names, directly or through the stage's other functions (helpers included),
 * and theirs in turn. A function is run with the reference versions of these
 * alone; every other graded function keeps its handed-out stub, so that no
 * reference can stand in for the function being graded.
 * @param {Map<string, string>} referenceBodies graded function -> reference body
 * @param {Map<string, string>} [helperBodies] every other named function of the
 *   stage's source -> its body
 */
export function neededFunctions(referenceBodies, helperBodies = new Map()) {
  /** @type {Map<string, string>} */
  const all = new Map([...helperBodies, ...referenceBodies]);
  const names = [...all.keys()];
  /** @type {Map<string, Set<string>>} */
  const direct = new Map();
  for (const [name, body] of all) {
    const words = new Set(body.match(/[A-Za-z_$][\w$]*/g) ?? []);
    direct.set(name, new Set(names.filter((other) => other !== name && words.has(other))));
  }
  /** @type {Map<string, Set<string>>} */
  const closure = new Map();
  for (const name of referenceBodies.keys()) {
    const seen = new Set();
    const stack = [...(direct.get(name) ?? [])];
    while (stack.length > 0) {
      const next = /** @type {string} */ (stack.pop());
      if (next === name || seen.has(next)) continue;
      seen.add(next);
      stack.push(...(direct.get(next) ?? []));
    }
    closure.set(name, new Set([...seen].filter((n) => referenceBodies.has(n))));
  }
  return closure;
}

/**
 * Every named function of the stage's source that is not graded: name -> body.
 * @param {import('./stages.mjs').Analysis} analysis
 */
export function helperBodies(analysis) {
  const graded = new Set(analysis.functions.map((fn) => fn.name));
  /** @type {Map<string, string>} */
  const out = new Map();
  const src = join(analysis.stage.dir, 'src');
  for (const rel of listFiles(src)) {
    if (!/\.ts$/.test(rel) || /\.test\.ts$/.test(rel) || rel.endsWith('.d.ts')) continue;
    const text = readFileSync(join(src, rel), 'utf8');
    for (const [name, at] of functionBodies(text, rel)) {
      if (!graded.has(name) && !out.has(name)) out.set(name, text.slice(at.bodyStart, at.bodyEnd));
    }
  }
  return out;
}

/**
 * The source a function is graded with: the submission's files, with the graded
 * functions it needs given their reference bodies and every other graded function
 * (but itself) given its handed-out stub body.
 * @param {Map<string, string>} files the submission's source, `rel -> text`
 * @param {Map<string, string>} location graded function -> the file that defines it
 * @param {GradedBodies} bodies
 * @param {string} keep the function being graded
 * @param {Set<string>} needed the graded functions it needs (`neededFunctions`)
 */
export function sourceFor(files, location, bodies, keep, needed) {
  /** @type {Map<string, Map<string, string>>} */
  const perFile = new Map();
  for (const [name, rel] of location) {
    if (name === keep) continue;
    const body = needed.has(name) ? bodies.reference.get(name) : bodies.stub.get(name);
    if (!perFile.has(rel)) perFile.set(rel, new Map());
    perFile.get(rel)?.set(name, /** @type {string} */ (body));
  }
  const out = new Map(files);
  for (const [rel, map] of perFile) {
    out.set(rel, replaceFunctionBodies(/** @type {string} */ (files.get(rel)), rel, map).text);
  }
  return out;
}

/**
 * The reference and handed-out (stub) bodies of each graded function (`name -> body`;
 * a function whose body was not found maps to undefined).
 * @typedef {{ reference: Map<string, string | undefined>, stub: Map<string, string | undefined> }}
 *   GradedBodies
 */

/**
 * The reference and handed-out (stub) bodies of each graded function.
 * @param {import('./stages.mjs').Analysis} analysis
 * @param {{ files: Map<string, string> }} handedOut the stage's source as handed out
 * @returns {GradedBodies}
 */
export function gradedBodies(analysis, handedOut) {
  /** @type {Map<string, string | undefined>} */
  const reference = new Map();
  /** @type {Map<string, string | undefined>} */
  const stub = new Map();
  for (const fn of analysis.functions) {
    const text = readFileSync(join(analysis.stage.dir, fn.file), 'utf8');
    reference.set(fn.name, bodiesOf(text, fn.file, [fn.name]).get(fn.name));
    const rel = fn.file.replace(/^src\//, '');
    const handed = /** @type {string} */ (handedOut.files.get(rel));
    stub.set(fn.name, bodiesOf(handed, fn.file, [fn.name]).get(fn.name));
  }
  return { reference, stub };
}

/**
 * Runs the harness over `cases` with the given stage source (TypeScript, `rel -> text`,
 * relative to `src/`), in the sandbox unless `unsandboxed`.
 *
 * Only records signed with the run's key count (see harness.mjs). A record line that
 * fails the check, or a second record for a case, means that something other than
 * the harness wrote records: the run is `tampered` and none of its records count.
 *
 * @param {object} run
 * @param {string} run.pristine the installed grading workspace
 * @param {{ folder: string, dir: string }} run.stage
 * @param {Map<string, string>} run.files
 * @param {JudgeCase[]} run.cases
 * @param {import('./sandbox.mjs').SandboxLimits} run.limits
 * @param {boolean} [run.unsandboxed]
 * @param {string[]} [run.forbid] kernels the harness removes from tfjs's registry before
 *   the code loads (the graded function's forbidden operations)
 * @returns {Promise<CasesRun>}
 */
export async function runCases({
  pristine,
  stage,
  files,
  cases,
  limits,
  unsandboxed,
  forbid = [],
}) {
  const name = randomBytes(8).toString('hex');
  const runs = join(pristine, 'packages', stage.folder, 'runs');
  const hostRun = join(runs, name);
  const blob = harnessSnapshot(pristine, limits, stage.folder);
  writeFiles(join(hostRun, 'src'), transpile(files));
  writeFileSync(join(hostRun, 'package.json'), runManifest(stage));
  writeFileSync(
    join(hostRun, 'cases.json'),
    JSON.stringify(
      cases.map((c) => ({
        id: c.id,
        fn: c.fn,
        args: c.args,
        calls: c.calls,
        lets: c.lets,
        ...(forbid.length > 0 ? { forbid } : {}),
      })),
    ),
  );
  // The run's signing key: written on the harness's stdin, never in its arguments,
  // environment or files.
  const key = randomBytes(32).toString('hex');
  const inside = unsandboxed ? hostRun : `${SANDBOX_ROOT}/packages/${stage.folder}/runs/${name}`;
  const root = unsandboxed ? pristine : SANDBOX_ROOT;
  try {
    const run = await runSandboxed({
      snapshot: `${root}/${blob}`,
      args: [`${inside}/src/index.js`, `${inside}/cases.json`],
      cwd: inside,
      hostCwd: hostRun,
      input: `${key}\n`,
      // Only the workspace may be read: not the process's own memory through /proc.
      readable: root,
      unsandboxed,
      mounts: [
        '--ro-bind',
        pristine,
        SANDBOX_ROOT,
        // Other runs stay out of view: an empty tmpfs over them, then this run alone.
        '--tmpfs',
        `${SANDBOX_ROOT}/packages/${stage.folder}/runs`,
        '--ro-bind',
        hostRun,
        inside,
        '--remount-ro',
        `${SANDBOX_ROOT}/packages/${stage.folder}/runs`,
      ],
      limits,
    });
    const { records, tampered } = readRecords(run.stdout, key, cases);
    const crashed =
      !run.timedOut && records.size < cases.length
        ? run.signal
          ? `the process was killed (${run.signal})`
          : `the process ended early (exit code ${run.code})`
        : undefined;
    return {
      records: tampered ? new Map() : records,
      timedOut: run.timedOut,
      crashed,
      tampered,
      ms: run.ms,
      stderr: run.stderr,
    };
  } finally {
    rmSync(hostRun, { recursive: true, force: true });
  }
}

/**
 * The harness's records in `stdout`: lines `@<HMAC-SHA256 of the JSON under key, hex>
 * <JSON>`, one per case. Any line that looks like a record (starts with `@` or `{"id"`)
 * but is not one signed with `key` for a case of the run, and any second record for a
 * case, makes the run `tampered` (a text saying what was found). Other lines are the
 * student's own output and are ignored.
 * @param {string} stdout
 * @param {string} key
 * @param {{ id: string }[]} cases
 * @returns {{ records: Map<string, HarnessRecord>, tampered: string | undefined }}
 */
export function readRecords(stdout, key, cases) {
  /** @type {Map<string, HarnessRecord>} */
  const records = new Map();
  const wanted = new Set(cases.map((c) => c.id));
  /** @type {string | undefined} */
  let tampered;
  const flag = (/** @type {string} */ why) => {
    tampered ??= why;
  };
  for (const line of stdout.split('\n')) {
    if (line.startsWith('{"id"')) {
      flag('an unsigned record');
      continue;
    }
    if (!line.startsWith('@')) continue;
    const match = /^@([0-9a-f]{64}) (.*)$/s.exec(line);
    if (!match) {
      flag('a malformed record line');
      continue;
    }
    const [, signature = '', text = ''] = match;
    const mac = createHmac('sha256', key).update(text).digest();
    if (!timingSafeEqual(mac, Buffer.from(signature, 'hex'))) {
      flag('a record with a wrong signature');
      continue;
    }
    let record;
    try {
      record = JSON.parse(text);
    } catch {
      flag('a signed record that is not JSON');
      continue;
    }
    if (!record || typeof record.id !== 'string' || !wanted.has(record.id)) {
      flag('a record for no case of the run');
      continue;
    }
    if (records.has(record.id)) {
      flag(`a second record for case ${record.id}`);
      continue;
    }
    records.set(record.id, record);
  }
  return { records, tampered };
}

/** A number from the harness's data (non-finite ones come as strings). @param {unknown} v */
function num(v) {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && '$num' in v) return Number(v.$num);
  if (typeof v === 'string') return Number(v);
  return Number.NaN;
}

/** @param {unknown} v @returns {v is TensorData} */
const isTensor = (v) => {
  if (v === null || typeof v !== 'object') return false;
  const t = /** @type {{ $t?: unknown }} */ (v).$t;
  return Array.isArray(t) && t.length === 3 && Array.isArray(t[0]) && Array.isArray(t[2]);
};

/** @param {string} d */
const dtypeClass = (d) => (d === 'bool' ? 'bool' : d === 'int32' ? 'int32' : 'float32');

/**
 * Compares what the submission returned with what the reference returned.
 * @returns {{ category: string, maxError?: number, path: string } | undefined} the first
 *   difference, or undefined when they agree.
 * @param {unknown} expected @param {unknown} got
 * @param {{ atol: number, rtol: number }} tol
 */
export function compareValues(expected, got, tol, path = 'result') {
  if (isTensor(expected)) {
    if (!isTensor(got)) return { category: 'wrong type (not a tensor)', path };
    const [eShape, eType, eValues] = expected.$t;
    const [gShape, gType, gValues] = got.$t;
    if (
      gShape.length !== eShape.length ||
      gShape.some((d, i) => d !== eShape[i]) ||
      gValues.length !== eValues.length
    ) {
      return { category: 'wrong shape', path };
    }
    if (dtypeClass(gType) !== dtypeClass(eType)) return { category: 'wrong dtype', path };
    let maxError = 0;
    let wrong = false;
    for (let i = 0; i < eValues.length; i++) {
      const e = num(eValues[i]);
      const g = num(gValues[i]);
      if (Number.isNaN(e) || Number.isNaN(g) || !Number.isFinite(e) || !Number.isFinite(g)) {
        if (!Object.is(e, g) && !(Number.isNaN(e) && Number.isNaN(g))) {
          wrong = true;
          maxError = Number.POSITIVE_INFINITY;
        }
        continue;
      }
      const err = Math.abs(e - g);
      if (err > tol.atol + tol.rtol * Math.abs(e)) wrong = true;
      if (err > maxError) maxError = err;
    }
    return wrong ? { category: 'wrong values', maxError, path } : undefined;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(got) || got.length !== expected.length)
      return { category: 'wrong type', path };
    for (let i = 0; i < expected.length; i++) {
      const d = compareValues(expected[i], got[i], tol, `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (
    typeof expected === 'number' ||
    (expected && typeof expected === 'object' && '$num' in expected)
  ) {
    const e = num(expected);
    const g = num(got);
    if (typeof got !== 'number' && !(got && typeof got === 'object' && '$num' in got))
      return { category: 'wrong type', path };
    if (Object.is(e, g) || (Number.isNaN(e) && Number.isNaN(g))) return undefined;
    const err = Math.abs(e - g);
    return err > tol.atol + tol.rtol * Math.abs(e) || Number.isNaN(err)
      ? { category: 'wrong values', maxError: err, path }
      : undefined;
  }
  if (expected !== null && typeof expected === 'object') {
    if (got === null || typeof got !== 'object' || Array.isArray(got))
      return { category: 'wrong type', path };
    /** @type {Record<string, unknown>} */
    const e = /** @type {Record<string, unknown>} */ (expected);
    /** @type {Record<string, unknown>} */
    const g = /** @type {Record<string, unknown>} */ (got);
    for (const key of Object.keys(e)) {
      const d = compareValues(e[key], g[key], tol, `${path}.${key}`);
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(expected, got) ? undefined : { category: 'wrong values', path };
}

/** The figure shown for a maximum error. @param {number} x */
function shownError(x) {
  return Number.isFinite(x) ? Number(x).toPrecision(3) : 'non-finite';
}

/**
 * One case's verdict: `undefined` (passed) or a category text built here, never
 * from anything the student's run printed.
 * @param {JudgeCase} c
 * @param {Omit<HarnessRecord, 'id'>} expected the reference's record
 * @param {Omit<HarnessRecord, 'id'> | undefined} got the submission's record
 * @param {{ timedOut: boolean, forbidKernels?: string[] }} context
 * @returns {string | undefined}
 */
export function judgeCase(c, expected, got, context) {
  if (!got) return context.timedOut ? 'timed out' : 'no result (the run crashed)';
  if (expected.outcome === 'threw') {
    return got.outcome === 'threw' ? undefined : 'should have thrown an error, returned';
  }
  if (got.outcome === 'missing') return 'threw (the function is not exported)';
  if (got.outcome !== 'returned') return got.at === 'import' ? 'threw (at import)' : 'threw';
  const forbidden = (context.forbidKernels ?? []).filter(
    (k) => Array.isArray(got.kernels) && got.kernels.includes(k),
  );
  if (forbidden.length > 0) return `used a forbidden operation (${forbidden.join(', ')})`;
  if (got.registry === 'changed') return "changed tfjs's kernel registry";
  if (c.noKernelOutput) {
    const { lastDim, twoDims } = c.noKernelOutput;
    const shapes = Array.isArray(got.shapes) ? got.shapes : [];
    const formed = shapes.some((text) => {
      const dims = String(text).split('x').map(Number);
      return (
        (lastDim !== undefined && dims.at(-1) === lastDim) ||
        (twoDims !== undefined && dims.filter((d) => d === twoDims).length >= 2)
      );
    });
    if (formed) return 'formed a tensor over every key (not the memory-saving method)';
  }
  const tol = { atol: c.atol ?? 1e-5, rtol: c.rtol ?? 1e-4 };
  /** @param {unknown} v */
  const pick = (v) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          (c.compare ?? []).map((k) => [k, /** @type {Record<string, unknown>} */ (v)[k]]),
        )
      : v;
  /** @param {unknown} v */
  const project = (v) => (c.compare ? (c.calls && Array.isArray(v) ? v.map(pick) : pick(v)) : v);
  const broken = c.property?.(got.value, c);
  if (broken !== undefined) return broken;
  const diff = compareValues(project(expected.value), project(got.value), tol);
  if (diff) {
    const where = diff.path === 'result' ? '' : ` in ${diff.path}`;
    return diff.category === 'wrong values' && diff.maxError !== undefined
      ? `wrong values${where} (max error ${shownError(diff.maxError)})`
      : `${diff.category}${where}`;
  }
  if (typeof got.leaked !== 'number' || got.leaked > (expected.leaked ?? 0)) {
    return 'leaked tensors';
  }
  if (got.inputsChanged === true && expected.inputsChanged !== true) {
    return 'changed or disposed its inputs';
  }
  return undefined;
}

/**
 * Grades one function from a harness run: a result in the shape `report.mjs` scores.
 * A tampered run (see runCases) fails every case, whatever its records say.
 * @param {{ name: string }} fn
 * @param {JudgeCase[]} cases its cases
 * @param {Map<string, HarnessRecord>} expected the reference's records, one per case
 * @param {CasesRun} run
 * @param {{ forbidKernels?: string[], functionTimeoutSeconds: number }} options
 * @returns {import('./report.mjs').Run & { name: string }}
 */
export function scoreCases(fn, cases, expected, run, options) {
  /** @type {import('./report.mjs').Failure[]} */
  const failures = [];
  let passed = 0;
  let hiddenPassed = 0;
  let hiddenTotal = 0;
  let visibleIndex = 0;
  let hiddenIndex = 0;
  for (const c of cases) {
    const number = c.hidden ? ++hiddenIndex : ++visibleIndex;
    if (c.hidden) hiddenTotal += 1;
    // The reference's run gave a record for every case (checked when it was made).
    const want = /** @type {HarnessRecord} */ (expected.get(c.id));
    const verdict = run.tampered
      ? 'tampered (records not written by the harness)'
      : judgeCase(c, want, run.records.get(c.id), {
          timedOut: run.timedOut,
          forbidKernels: options.forbidKernels,
        });
    if (verdict === undefined) {
      passed += 1;
      if (c.hidden) hiddenPassed += 1;
      continue;
    }
    failures.push({
      file: c.hidden ? 'hidden case' : 'case',
      hidden: c.hidden,
      judged: true,
      test: c.hidden ? `#${number}` : `#${number}: ${c.label}`,
      message: verdict,
    });
  }
  const total = cases.length;
  const first = failures[0];
  /** @type {import('./report.mjs').Status} */
  let status = 'pass';
  let reason = '';
  if (total === 0) {
    status = 'error';
    reason = `no case for ${fn.name}`;
  } else if (run.tampered) {
    status = 'fail';
    reason = `tampered: the run's output holds ${run.tampered}, which only the submission can have written; no case counts`;
  } else if (first) {
    status = run.timedOut && failures.some((f) => f.message === 'timed out') ? 'timeout' : 'fail';
    reason =
      status === 'timeout'
        ? `the cases did not finish within ${options.functionTimeoutSeconds} s (an endless loop?)`
        : `${first.hidden ? 'hidden case' : 'case'} ${first.test}: ${first.message}`;
  }
  return {
    name: fn.name,
    status,
    passed,
    failed: total - passed,
    total,
    hiddenPassed,
    hiddenTotal,
    reason,
    judged: true,
    ...(first ? { failedTest: `${first.hidden ? 'hidden case' : 'case'} ${first.test}` } : {}),
    failures,
    loadErrors: [],
    tests: new Map(),
    ms: run.ms,
  };
}
