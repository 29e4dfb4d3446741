// The hostile corpus of every stage on the judge (corpus.ts), graded as one batch per
// stage, twice: with the static screen taking notes (its advice) and with it off, from four
// test files (hostile-screen-{note,off}-stages-{1-3,4-6}.test.ts) that vitest runs side
// by side. Every attack must score 0 either way, the honest copies of the reference 100 and
// the handed-out stub 0; the batch must finish with every submission graded (the exit code
// counts the ones that were not), and nothing of a hidden case may be rebuilt from the
// feedback.
//
// With the screen off, an honest copy comes before and after every attack: an attack that
// changes how the next submission is graded is caught there, and named by its neighbour.
// With the screen as advice, the attacks run the very same code, less the functions whose
// forbidden answers the screen refuses, so that batch adds nothing to that check; it keeps
// an honest copy first and last (which still catches a change that lasts), and spends its
// time on the attacks alone. An honest copy runs every graded function of the stage, an
// attack only its target, so the honest copies were four runs in five of the note batch.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseStage, resolveStage } from '../lib/stages.mjs';
import { buildAttack, hasOwnCorpus, readAttacks } from './corpus.js';
import { preparedWorkspace } from './prepared.js';

const root = new URL('../..', import.meta.url).pathname;
const MINUTE = 60_000;

interface FunctionScore {
  name: string;
  points: number;
  status: string;
  reason: string;
}
interface Score {
  submission: string;
  score: { points: number; possible: number; percent: number };
  functions: FunctionScore[];
}

/** The function each stage's common attacks go for: its largest. */
const TARGET: Record<string, string> = {
  '01-scaled-dot-product-attention': 'scaledDotProductAttention',
  '02-multi-head-attention': 'multiHeadAttention',
  '03-encoder-block': 'encoderBlock',
  '04-decoder-block': 'decoderBlock',
  '05-efficient-attention': 'memoryEfficientAttention',
  '06-gpt': 'groupedQueryAttention',
};

/** The stages with a hostile corpus, in order. */
export const corpusStages = Object.keys(TARGET).filter((folder) => hasOwnCorpus(folder));
const scratch = mkdtempSync(join(tmpdir(), 'mha-hostile-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Builds the batch: honest, attack, honest, attack, …, honest, handed out; with
 * `honestBetween` false, honest, attack, attack, …, honest, handed out. `mark` is the
 * number the attacks' processes carry in their arguments.
 */
function buildBatch(
  folder: string,
  dir: string,
  { mark, honestBetween }: { mark: string; honestBetween: boolean },
): { label: string; path: string; kind: string }[] {
  const handedOut = join(dir, 'workspace');
  const built = spawnSync(
    'node',
    [join(root, 'scripts', 'assignment.mjs'), 'build', folder, '--out', handedOut],
    { cwd: root, encoding: 'utf8' },
  );
  expect(built.status, built.stderr).toBe(0);
  const handedSrc = join(handedOut, 'packages', folder, 'src');
  const stageSrc = join(root, 'packages', folder, 'src');
  const analysis = analyseStage(resolveStage(folder));
  const files = new Map<string, string>(
    analysis.functions.map((fn: { name: string; file: string }) => [
      fn.name,
      fn.file.replace(/^src\//, ''),
    ]),
  );
  const batch: { label: string; path: string; kind: string }[] = [];
  let honest = 0;
  const addHonest = () => {
    const path = join(dir, 'honest', `honest-${++honest}`);
    cpSync(stageSrc, join(path, 'src'), { recursive: true });
    batch.push({ label: `honest-${honest}`, path, kind: 'honest' });
  };
  addHonest();
  const attacks = readAttacks(folder);
  for (const [i, attack] of attacks.entries()) {
    const parent = join(dir, 'attacks', attack.name);
    const path = buildAttack(attack, {
      parent,
      stageFolder: folder,
      handedSrc,
      stageSrc,
      files,
      defaultTarget: TARGET[folder]!,
      mark,
    });
    batch.push({ label: attack.name, path, kind: 'attack' });
    if (honestBetween || i === attacks.length - 1) addHonest();
  }
  const stub = join(dir, 'handed-out');
  cpSync(handedSrc, join(stub, 'src'), { recursive: true });
  batch.push({ label: 'handed-out', path: stub, kind: 'stub' });
  return batch;
}

/** Every run of base64 in `text`, decoded (and gunzipped where it is gzip). */
function decodeAll(text: string): string {
  const out: string[] = [text];
  const joined = text.replace(/\s+/g, '');
  for (const source of [text, joined]) {
    for (const match of source.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []) {
      const bytes = Buffer.from(match, 'base64');
      out.push(bytes.toString('utf8'));
      try {
        out.push(gunzipSync(bytes).toString('utf8'));
      } catch {
        // not gzip
      }
    }
  }
  return out.join('\n');
}

/** The lines of the stage's hidden material that any rebuild would have to contain. */
function hiddenLines(folder: string): string[] {
  const sources = [join(root, 'grading', 'judge', `${folder}.mjs`)];
  const hidden = join(root, 'grading', 'hidden', folder);
  for (const name of readdirSync(hidden)) sources.push(join(hidden, name));
  return sources
    .flatMap((path) => readFileSync(path, 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length >= 25);
}

/**
 * The corpus of each of `folders`, graded with the screen in one mode. The calling test
 * file checks that each of its folders has a corpus (`corpusStages`).
 */
export function hostileCorpus(screen: 'note' | 'off', folders: string[]): void {
  describe(`pnpm assignment grade, hostile corpus on the judge, screen ${screen}`, () => {
    // See the top of this file: the batch with the screen off holds the between-attack check.
    const honestBetween = screen === 'off';
    const honest = honestBetween ? 'honest 100 around each' : 'honest 100 first and last';
    for (const folder of folders) {
      it(
        `${folder}, screen ${screen}: every attack 0, ${honest}, stub 0`,
        () => {
          const dir = join(scratch, `${folder}-${screen}`);
          mkdirSync(dir, { recursive: true });
          // Drawn per batch: the corpus files run side by side, and another batch's attack
          // processes, alive inside their own sandbox, must not count as this one's.
          const mark = String(randomInt(100_000_000, 1_000_000_000));
          const batch = buildBatch(folder, dir, { mark, honestBetween });
          expect(batch.filter((s) => s.kind === 'attack').length).toBeGreaterThan(0);
          const out = join(dir, 'out');
          const args = [join(root, 'scripts', 'assignment.mjs'), 'grade', folder];
          for (const s of batch) args.push('--submission', s.path);
          // Tight limits for time: an attack that loops or hoards is stopped sooner.
          args.push('--json', '--no-typecheck', '--screen', screen, '--out', out);
          args.push('--workspace', preparedWorkspace(folder));
          args.push('--memory-limit', '768', '--function-timeout', '30');
          const run = spawnSync('node', args, {
            cwd: root,
            encoding: 'utf8',
            timeout: 15 * MINUTE,
            maxBuffer: 256 * 1024 * 1024,
          });
          expect(run.status, `exit code (ungraded submissions); ${run.stderr.slice(-2000)}`).toBe(
            0,
          );
          const results = JSON.parse(run.stdout) as Score[];
          expect(results).toHaveLength(batch.length);
          const table = results.map((r, i) => [batch[i]!.label, r.score.points]);
          batch.forEach((s, i) => {
            const r = results[i]!;
            const why = `${s.label}: ${JSON.stringify(table)}`;
            if (s.kind === 'honest') expect(r.score.percent, why).toBe(100);
            else expect(r.score.points, why).toBe(0);
          });

          // No process of the run outlives it (the signal attack starts detached ones).
          const left = spawnSync('pgrep', ['-f', mark], { encoding: 'utf8' });
          expect(left.stdout.trim(), 'a process outlived its sandbox').toBe('');

          // The batch's files: one folder per submission, and a CSV without live formulas.
          const written = readdirSync(join(out, 'submissions'));
          expect(written).toHaveLength(batch.length);
          expect(written).toContain('summary.csv');
          const csv = readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n');
          expect(csv).toHaveLength(batch.length + 1);
          for (const line of csv)
            expect(line, 'a CSV cell starting a formula').not.toMatch(/(^|,)"?[=+@-]/);

          // Rebuilding the hidden material from every feedback file must fail.
          const feedback = written
            .map((name) =>
              ['feedback.txt', 'results.json']
                .map((file) => readFileSync(join(out, 'submissions', name, file), 'utf8'))
                .join('\n'),
            )
            .join('\n');
          const rebuilt = decodeAll(feedback);
          const lines = hiddenLines(folder);
          expect(lines.length).toBeGreaterThan(20);
          const found = lines.filter((line) => rebuilt.includes(line));
          expect(found, 'hidden lines rebuilt from the feedback').toEqual([]);
        },
        20 * MINUTE,
      );
    }
  });
}
