// End to end, for each stage: build the student workspace into a temporary
// folder, install it on its own, and grade it three ways.
//   1. As handed out: every graded function scores 0, failing with its own TODO message.
//   2. With the reference solution copied back in: 100%.
//   3. With one deliberately wrong function: exactly that function's points are lost.
// Student grading (`pnpm grade` in the workspace) runs for 1 and 2; teacher grading
// (`pnpm assignment grade`, visible and hidden tests) for all three in one call.
//
// A stage whose package has no solution regions yet is skipped, and says so.
//
// Then, for each stage with a corpus of hostile submissions (grading/test/hostile/<stage>/),
// one batch: the reference, every attack, the submission as handed out, and the reference
// again. Every attack scores 0 with the reason its ATTACK.md leads us to expect, the
// reference scores 100 before and after, and the batch's files (--out) say the same.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MINUTE = 60_000;

interface FunctionScore {
  name: string;
  points: number;
  possible: number;
  status: string;
  reason: string;
  failures?: { hidden: boolean; message: string }[];
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

const STAGES: { folder: string; wrong: Mutation }[] = [
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
    expect(fn.reason, `${label}: ${fn.name}`).toContain(`TODO: implement ${fn.name} — see`);
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

const scratch = mkdtempSync(join(tmpdir(), 'mha-assignment-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('pnpm assignment', () => {
  for (const { folder, wrong } of STAGES) {
    const ready = hasRegions(folder);
    it.skipIf(!ready)(
      `${folder}: 0 as handed out, 100% with the reference, and only ${wrong.fn} lost with ${wrong.what}`,
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

        // The teacher's submissions: as handed out, one wrong function, and the reference
        // (`--reference`, graded first of all, since its run fixes the tests each function
        // must pass; it comes last in the results). The hostile batches below grade copies
        // of the reference as ordinary submissions.
        const mutated = join(dir, 'wrong');
        cpSync(join(root, stageSrc), join(mutated, 'src'), { recursive: true });
        const target = join(mutated, 'src', wrong.file);
        const text = readFileSync(target, 'utf8');
        expect(
          text.split(wrong.from).length - 1,
          `'${wrong.from}' must occur once in ${wrong.file}; update the mutation in this test`,
        ).toBe(1);
        writeFileSync(target, text.replace(wrong.from, wrong.to));

        const teacher = JSON.parse(
          run(
            'node',
            [
              join(root, 'scripts', 'assignment.mjs'),
              'grade',
              folder,
              '--submission',
              workspace,
              '--submission',
              mutated,
              '--reference',
              '--json',
              // The type check only adds a note to the score; it is left out here for time.
              '--no-typecheck',
            ],
            root,
            20,
          ),
        ) as Score[];
        expect(teacher).toHaveLength(3);
        const [handedOut, broken, full] = teacher as [Score, Score, Score];
        expectAllZeroWithTodo(handedOut, 'teacher, as handed out');
        expectFull(full, 'teacher, reference');

        const lost = broken.functions.filter((f) => f.status !== 'pass');
        expect(
          lost.map((f) => f.name),
          'teacher, one wrong function',
        ).toEqual([wrong.fn]);
        const wrongFn = broken.functions.find((f) => f.name === wrong.fn)!;
        expect(wrongFn.points).toBe(0);
        expect(broken.score.points).toBe(broken.score.possible - wrongFn.possible);

        // 2. The student's `pnpm grade` with the reference copied back in.
        cpSync(join(root, stageSrc), join(workspace, stageSrc), { recursive: true });
        expectFull(studentGrade(), 'pnpm grade, reference copied in');
      },
      30 * MINUTE,
    );
  }
});

/**
 * What each attack on stage 1 must end with: the reason given for `fn` (every other
 * function scores 0 too). `screen` is the reason with the static screen on; `noScreen`,
 * where given, the reason when the screen only takes notes, which checks the defence
 * behind it (fresh workspaces, the verdict outside the tests' process, test hashes and
 * counts, the cleared environment, the heap cap).
 */
const ATTACKS: Record<string, { fn: string; screen: RegExp; noScreen?: RegExp }> = {
  'import-by-relative-path': {
    fn: 'softmax',
    screen: /refused by the screen: .*leaves the submission's src folder/,
    noScreen: /fails at import|does not compile|Cannot find|Failed to load|could not load/i,
  },
  'import-own-package': {
    fn: 'softmax',
    screen: /refused by the screen: .*imports '@mha\/scaled-dot-product-attention'/,
    noScreen: /TODO: implement softmax/,
  },
  'import-from-init-cwd': {
    fn: 'softmax',
    screen: /refused by the screen: .*('process'|'\.env')/,
    noScreen: /fails at import|could not load/,
  },
  'symlink-src': { fn: 'softmax', screen: /symbolic link that leaves the submission/ },
  'rewrite-verdicts': {
    fn: 'softmax',
    screen: /refused by the screen: .*imports 'vitest'/,
    noScreen: /read only property 'fails'/,
  },
  'rewrite-tests-and-crash': {
    fn: 'softmax',
    screen: /refused by the screen: .*imports 'node:fs'/,
    noScreen: /the tests were changed while they ran/,
  },
  'poison-the-batch': {
    fn: 'softmax',
    screen: /refused by the screen: .*imports 'node:fs'/,
    noScreen: /the tests were changed while they ran/,
  },
  'patch-built-ins': { fn: 'softmax', screen: /refused by the screen: .*writes to 'Math\.abs'/ },
  'leak-hidden-tests': {
    fn: 'softmax',
    screen: /refused by the screen: .*imports 'node:fs'/,
    // The teacher sees the leaked text; the student's results.json must not (checked below).
    noScreen: /Hidden tests/,
  },
  'forge-grader-output': { fn: 'softmax', screen: /refused by the screen: .*imports 'node:fs'/ },
  'exhaust-memory': { fn: 'softmax', screen: /ran out of memory/ },
  'call-the-library': { fn: 'softmax', screen: /calls tf\.softmax, the library's answer/ },
  'string-built-escape': {
    fn: 'softmax',
    screen: /refused by the screen: .*spells out 'constructor'/,
  },
  'raw-import-of-tests': { fn: 'softmax', screen: /refused by the screen: .*\?raw/ },
};

const hostileRoot = join(root, 'grading', 'test', 'hostile');

/**
 * Each submission's results.json (what students see) has the Gradescope fields and
 * quotes no line of a hidden test.
 */
function expectNoHiddenLines(out: string, folder: string, folders: string[]): void {
  const hiddenDir = join(root, 'grading', 'hidden', folder);
  const hiddenLines = readdirSync(hiddenDir)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => readFileSync(join(hiddenDir, name), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length > 30);
  expect(hiddenLines.length).toBeGreaterThan(10);
  for (const name of folders) {
    const gradescope = JSON.parse(readFileSync(join(out, name, 'results.json'), 'utf8'));
    expect(Object.keys(gradescope).sort(), name).toEqual(
      ['execution_time', 'max_score', 'output', 'score', 'tests'].sort(),
    );
    for (const test of gradescope.tests) {
      expect(Object.keys(test).sort(), name).toEqual(
        ['max_score', 'name', 'output', 'score', 'status', 'visibility'].sort(),
      );
    }
    const text = `${gradescope.output}\n${gradescope.tests.map((t: { output: string }) => t.output).join('\n')}`;
    for (const line of hiddenLines) expect(text.includes(line), `${name}: ${line}`).toBe(false);
  }
}
const hostileStages = existsSync(hostileRoot) ? readdirSync(hostileRoot).sort() : [];

/** The submissions of one batch: [label, folder] in grading order. */
function hostileBatch(folder: string, dir: string, attacks: string[]): [string, string][] {
  const handedOut = join(dir, 'handed-out-workspace');
  run('node', [join(root, 'scripts', 'assignment.mjs'), 'build', folder, '--out', handedOut], root);
  const handedSrc = join(handedOut, 'packages', folder, 'src');
  const stageSrc = join(root, 'packages', folder, 'src');
  const batch: [string, string][] = [];
  const reference = join(dir, 'reference');
  cpSync(stageSrc, join(reference, 'src'), { recursive: true });
  batch.push(['reference', reference]);
  for (const attack of attacks) {
    const sub = join(dir, attack);
    mkdirSync(sub, { recursive: true });
    if (attack === 'symlink-src') {
      symlinkSync(stageSrc, join(sub, 'src'));
    } else {
      cpSync(handedSrc, join(sub, 'src'), { recursive: true });
      cpSync(join(hostileRoot, folder, attack, 'src'), join(sub, 'src'), { recursive: true });
    }
    batch.push([attack, sub]);
  }
  const empty = join(dir, 'handed-out');
  cpSync(handedSrc, join(empty, 'src'), { recursive: true });
  batch.push(['handed-out', empty]);
  batch.push(['reference', reference]);
  return batch;
}

describe('pnpm assignment grade, hostile submissions', () => {
  for (const folder of hostileStages) {
    const attacks = readdirSync(join(hostileRoot, folder)).sort();
    it.skipIf(!hasRegions(folder))(
      `${folder}: every attack scores 0 with its reason; the reference 100 before and after`,
      () => {
        const dir = join(scratch, `hostile-${folder}`);
        const batch = hostileBatch(folder, dir, attacks);
        const out = join(dir, 'out');
        const args = [join(root, 'scripts', 'assignment.mjs'), 'grade', folder];
        for (const [, sub] of batch) args.push('--submission', sub);
        args.push('--json', '--no-typecheck', '--memory-limit', '1024', '--out', out);
        const stdout = run('node', args, root, 20);
        expect(stdout, "a submission wrote to the grader's output").not.toContain('forged');
        const results = JSON.parse(stdout) as Score[];
        expect(results).toHaveLength(batch.length);
        expectFull(results[0]!, 'reference, first');
        expectFull(results[results.length - 1]!, 'reference, last');
        expectAllZeroWithTodo(results[results.length - 2]!, 'handed out, after the attacks');
        batch.slice(1, -2).forEach(([attack], i) => {
          const result = results[i + 1]!;
          const expected = ATTACKS[attack];
          expect(expected, `${attack}: add it to ATTACKS in this test`).toBeDefined();
          expect(result.score.points, attack).toBe(0);
          for (const f of result.functions) {
            expect(f.points, `${attack}: ${f.name}`).toBe(0);
            expect(f.reason, `${attack}: ${f.name}`).not.toBe('');
          }
          const fn = result.functions.find((f) => f.name === expected!.fn)!;
          expect(fn.reason, attack).toMatch(expected!.screen);
        });

        // The files written as the batch went: a results.json per submission, and the CSV.
        const csv = readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n');
        expect(csv).toHaveLength(batch.length + 1);
        const folders = readdirSync(out).filter((name) => name !== 'summary.csv');
        expect(folders).toHaveLength(batch.length);
        expectNoHiddenLines(out, folder, folders);
      },
      30 * MINUTE,
    );

    const checked = Object.entries(ATTACKS).filter(([, a]) => a.noScreen !== undefined);
    it.skipIf(!hasRegions(folder) || folder !== '01-scaled-dot-product-attention')(
      `${folder}: with the screen only taking notes, the defences behind it still hold`,
      () => {
        const dir = join(scratch, `unscreened-${folder}`);
        const batch = hostileBatch(
          folder,
          dir,
          checked.map(([attack]) => attack),
        );
        // For time, the reference is graded once, with --reference (its run is the one that
        // fixes the expected tests); the batch above grades copies of it before and after.
        const attacksAndEmpty = batch.slice(1, -1);
        const args = [join(root, 'scripts', 'assignment.mjs'), 'grade', folder, '--reference'];
        for (const [, sub] of attacksAndEmpty) args.push('--submission', sub);
        const out = join(dir, 'out');
        args.push('--json', '--no-typecheck', '--screen', 'note', '--out', out);
        const results = JSON.parse(run('node', args, root, 20)) as Score[];
        expect(results).toHaveLength(attacksAndEmpty.length + 1);
        expectNoHiddenLines(
          out,
          folder,
          readdirSync(out).filter((name) => name !== 'summary.csv'),
        );
        expectFull(results[results.length - 1]!, 'reference');
        expectAllZeroWithTodo(results[results.length - 2]!, 'handed out, after the attacks');
        attacksAndEmpty.slice(0, -1).forEach(([attack], i) => {
          const result = results[i]!;
          expect(result.score.points, attack).toBe(0);
          const fn = result.functions.find((f) => f.name === ATTACKS[attack]!.fn)!;
          expect(fn.reason, attack).toMatch(ATTACKS[attack]!.noScreen!);
        });
      },
      30 * MINUTE,
    );
  }
});
