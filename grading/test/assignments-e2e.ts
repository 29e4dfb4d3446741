// End to end, for each stage: build the student workspace into a temporary
// folder, install it on its own, and grade it three ways.
//   1. As handed out: every graded function scores 0, failing with its own TODO message (on
//      the judge, as not written: a body left as handed out is graded without a run).
//   2. With the reference solution copied back in: 100%.
//   3. With one deliberately wrong function: exactly that function's points are lost.
// Student grading (`pnpm grade` in the workspace) runs for 1 and 2; teacher grading
// (`pnpm assignment grade`, visible and hidden tests) for all three in one call.
//
// A stage whose package has no solution regions yet is skipped, and says so.
//
// The stages are split between two test files (assignments-stages-1-3.test.ts and
// assignments-stages-4-6.test.ts) that vitest runs side by side. The hostile corpora
// are graded from hostile-batch.ts.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { preparedWorkspace } from './prepared.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MINUTE = 60_000;

interface FunctionScore {
  name: string;
  points: number;
  possible: number;
  status: string;
  reason: string;
  failures?: { hidden: boolean; message: string }[];
  /** Graded by the judge: the reason is the judge's category, not the run's message. */
  judged?: boolean;
}
interface Score {
  submission?: string;
  score: { points: number; possible: number; percent: number };
  functions: FunctionScore[];
}

/** One deliberate bug: `from` (which must occur exactly once in `file`) becomes `to`. */
interface Mutation {
  fn: string;
  file: string;
  from: string;
  to: string;
  what: string;
}

/** Each stage's deliberate bugs: one submission each, each losing its function's points. */
const STAGES: { folder: string; wrong: Mutation | Mutation[] }[] = [
  {
    folder: '01-scaled-dot-product-attention',
    wrong: {
      fn: 'scaledDotProductAttention',
      file: 'scaled-dot-product-attention.ts',
      from: 'tf.div(scores, Math.sqrt(dK))',
      to: 'scores',
      what: 'the 1/sqrt(d_k) scale left out',
    },
  },
  {
    folder: '02-multi-head-attention',
    wrong: {
      fn: 'causalMask',
      file: 'causal-mask.ts',
      from: 'tf.lessEqual(keyPositions, queryPositions)',
      to: 'tf.less(keyPositions, queryPositions)',
      what: 'j < i instead of j ≤ i: a query may not see itself',
    },
  },
  {
    folder: '03-encoder-block',
    wrong: {
      fn: 'sinusoidalPositionalEncoding',
      file: 'positional-encoding.ts',
      from: '10000 ** ((-2 * i) / dModel)',
      to: '10000 ** (-i / dModel)',
      what: 'exponent i/dModel instead of 2i/dModel',
    },
  },
  {
    folder: '04-decoder-block',
    wrong: {
      fn: 'decoderBlock',
      file: 'decoder-block.ts',
      from: 'multiHeadAttention(params.crossAttention, crossIn, memory, memory, {',
      to: 'multiHeadAttention(params.crossAttention, crossIn, crossIn, crossIn, {',
      what: 'cross-attention reading the target instead of the memory',
    },
  },
  {
    folder: '05-efficient-attention',
    wrong: {
      fn: 'memoryEfficientAttention',
      file: 'memory-efficient-attention.ts',
      from: 'const correction = exp(tf.sub(state.max, shift));',
      to: 'const correction = tf.onesLike(shift);',
      what: 'the running sums not rescaled when the running maximum grows',
    },
  },
  {
    folder: '06-gpt',
    wrong: [
      {
        fn: 'applyRotaryEmbedding',
        file: 'rotary-embedding.ts',
        from: 'base ** ((-2 * i) / dHead)',
        to: 'base ** (-i / dHead)',
        what: 'θ_i = base^(−i/dHead) instead of base^(−2i/dHead)',
      },
      {
        fn: 'groupedQueryAttention',
        file: 'grouped-query-attention.ts',
        from: '(_, h) => Math.floor(h / group)),',
        to: '(_, h) => h % numKvHeads),',
        what: 'query head h reading key/value head h mod numKvHeads',
      },
      {
        fn: 'samplingDistribution',
        file: 'generate.ts',
        from: 'probs = probs.slice(0, keep).map((p) => p / mass);',
        to: 'probs = probs.slice(0, keep);',
        what: 'the nucleus not renormalised',
      },
      {
        fn: 'sampleNextToken',
        file: 'generate.ts',
        from: 'if (u < 0) return ids[j]!;',
        to: 'if (u < 0) return j;',
        what: 'the rank drawn instead of the token id',
      },
    ],
  },
];

/** The caller's environment without the outer vitest's variables. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(VITEST|VITE_|TINYPOOL)/.test(key)),
  );
}

/** Runs a command; throws with its output when it fails. Returns stdout. */
function run(command: string, args: string[], cwd: string, timeoutMinutes = 10): string {
  const result = spawnSync(command, args, {
    cwd,
    env: cleanEnv(),
    encoding: 'utf8',
    timeout: timeoutMinutes * MINUTE,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${output}`,
    );
  }
  return result.stdout;
}

function hasRegions(folder: string): boolean {
  const src = join(root, 'packages', folder, 'src');
  if (!existsSync(src)) return false;
  return readdirSync(src, { recursive: true, encoding: 'utf8' }).some(
    (rel) =>
      rel.endsWith('.ts') && readFileSync(join(src, rel), 'utf8').includes('// BEGIN SOLUTION'),
  );
}

function expectAllZeroWithTodo(score: Score, label: string): void {
  expect(score.score.points, label).toBe(0);
  for (const fn of score.functions) {
    expect(fn.points, `${label}: ${fn.name}`).toBe(0);
    expect(fn.status, `${label}: ${fn.name}`).toBe('fail');
    // On the judge a body left as handed out is graded without a run.
    if (fn.judged)
      expect(fn.reason, `${label}: ${fn.name}`).toBe(
        'not written: the handed-out stub, unchanged (no case run)',
      );
    else expect(fn.reason, `${label}: ${fn.name}`).toContain(`TODO: implement ${fn.name} — see`);
  }
}

function expectFull(score: Score, label: string): void {
  const failing = score.functions.filter((f) => f.status !== 'pass');
  expect(
    failing.map((f) => `${f.name}: ${f.reason}`),
    label,
  ).toEqual([]);
  expect(score.score.points, label).toBe(score.score.possible);
  expect(score.score.percent, label).toBe(100);
}

/** The stages this suite knows a deliberate bug for, in order. */
export const suiteStages = STAGES.map((s) => s.folder);

/**
 * The end-to-end tests of each of `folders`. The calling test file checks that the suite
 * knows each of its folders (`suiteStages`).
 */
export function assignmentSuite(folders: string[]): void {
  const scratch = mkdtempSync(join(tmpdir(), 'mha-assignment-test-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const stages = STAGES.filter((s) => folders.includes(s.folder));
  describe('pnpm assignment', () => {
    for (const { folder, wrong: oneOrMore } of stages) {
      const ready = hasRegions(folder);
      const wrongs = Array.isArray(oneOrMore) ? oneOrMore : [oneOrMore];
      const lostText = wrongs.map((w) => `${w.fn} lost with ${w.what}`).join('; ');
      it.skipIf(!ready)(
        `${folder}: 0 as handed out, 100% with the reference, and only ${lostText}`,
        () => {
          const dir = join(scratch, folder);
          const workspace = join(dir, 'workspace');
          const stageSrc = join('packages', folder, 'src');

          // Build and install the student workspace, on its own.
          run(
            'node',
            [join(root, 'scripts', 'assignment.mjs'), 'build', folder, '--out', workspace],
            root,
          );
          const hidden = join(root, 'grading', 'hidden', folder);
          for (const name of existsSync(hidden) ? readdirSync(hidden) : []) {
            expect(existsSync(join(workspace, 'packages', folder, 'test', name)), name).toBe(false);
          }
          run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], workspace);

          // The stubbed stage still compiles: no TypeScript error in its source.
          const tsc = spawnSync(
            'node',
            [
              join(workspace, 'node_modules', 'typescript', 'bin', 'tsc'),
              '-p',
              join('packages', folder),
              '--noEmit',
            ],
            { cwd: workspace, encoding: 'utf8', env: cleanEnv() },
          );
          const sourceErrors = tsc.stdout.split('\n').filter((l) => l.startsWith(`${stageSrc}/`));
          expect(sourceErrors, 'TypeScript errors in the stubbed source').toEqual([]);

          // 1. The student's `pnpm grade`, as handed out.
          const studentGrade = () =>
            JSON.parse(run('node', ['scripts/grade.mjs', '--json'], workspace)) as Score;
          expectAllZeroWithTodo(studentGrade(), 'pnpm grade, as handed out');
          // It kept the modules it transformed, for the next `pnpm grade` (which, below, must
          // still see the reference copied in: a module is reused only while its text is the same).
          const moduleCache = join(workspace, 'node_modules', '.cache', 'grade-modules');
          expect(existsSync(moduleCache) && readdirSync(moduleCache).length > 0).toBe(true);

          // The teacher's submissions: as handed out, one per wrong function, and the reference
          // (`--reference`, graded first of all, since its run fixes the tests each function
          // must pass; it comes last in the results). The hostile batches below grade copies
          // of the reference as ordinary submissions.
          const mutated = wrongs.map((wrong, i) => {
            const path = join(dir, `wrong-${i + 1}`);
            cpSync(join(root, stageSrc), join(path, 'src'), { recursive: true });
            const target = join(path, 'src', wrong.file);
            const text = readFileSync(target, 'utf8');
            expect(
              text.split(wrong.from).length - 1,
              `'${wrong.from}' must occur once in ${wrong.file}; update the mutation in this test`,
            ).toBe(1);
            writeFileSync(target, text.replace(wrong.from, wrong.to));
            return path;
          });

          const teacher = JSON.parse(
            run(
              'node',
              [
                join(root, 'scripts', 'assignment.mjs'),
                'grade',
                folder,
                '--submission',
                workspace,
                ...mutated.flatMap((path) => ['--submission', path]),
                '--reference',
                '--json',
                // The type check only adds a note to the score; it is left out here for time.
                '--no-typecheck',
                // Installed once for the stage's test files (prepared.ts).
                '--workspace',
                preparedWorkspace(folder),
              ],
              root,
              20,
            ),
          ) as Score[];
          expect(teacher).toHaveLength(2 + wrongs.length);
          const handedOut = teacher[0]!;
          const full = teacher.at(-1)!;
          expectAllZeroWithTodo(handedOut, 'teacher, as handed out');
          expectFull(full, 'teacher, reference');

          wrongs.forEach((wrong, i) => {
            const broken = teacher[i + 1]!;
            const label = `teacher, ${wrong.fn} with ${wrong.what}`;
            const lost = broken.functions.filter((f) => f.status !== 'pass');
            expect(
              lost.map((f) => f.name),
              label,
            ).toEqual([wrong.fn]);
            const wrongFn = broken.functions.find((f) => f.name === wrong.fn)!;
            expect(wrongFn.points, label).toBe(0);
            expect(broken.score.points, label).toBe(broken.score.possible - wrongFn.possible);
          });

          // 2. The student's `pnpm grade` with the reference copied back in.
          cpSync(join(root, stageSrc), join(workspace, stageSrc), { recursive: true });
          expectFull(studentGrade(), 'pnpm grade, reference copied in');
        },
        30 * MINUTE,
      );
    }
  });
}
