// The hostile corpus: each attack is a small patch on the handed-out stage (one
// graded function's body, and code at the top of its file), so that no attack
// copies the stage's code and none can drift from it. The attacks in common/ are
// applied to every stage, with $FN the attacked function, $STAGE the stage's
// folder and $MARK a number drawn for the batch (to find processes an attack
// started, without confusing them with another batch's); those in <stage>/ to that
// stage alone.
//
// These are real attacks: grade them only in the sandbox, never with --unsandboxed
// (the attacks aim at the grading workspace and the grader's own processes, but
// without the sandbox they reach them).
//
// An attack file:
//   // @attack what it tries (one line)
//   // @target <function>          optional: the function to attack
//   // @folder <name>              optional: the submission folder's name
//   // @symlink                    optional: src/ is a link to the teacher's own source
//   // @prelude
//   <code placed after the target file's imports; its import lines go to the top>
//   // @body
//   <the target function's body, without its braces>
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { replaceFunctionBodies } from '../lib/regions.mjs';

export interface Attack {
  name: string;
  description: string;
  target: string | undefined;
  folder: string | undefined;
  symlink: boolean;
  prelude: string;
  body: string;
}

export const hostileRoot = new URL('./hostile/', import.meta.url).pathname;

function parseAttack(name: string, text: string): Attack {
  const directive = (key: string) => new RegExp(`^// @${key}(?: (.*))?$`, 'm').exec(text);
  const section = (key: string) => {
    const start = text.indexOf(`// @${key}\n`);
    if (start === -1) return '';
    const from = start + `// @${key}\n`.length;
    const next = text.indexOf('\n// @', from - 1);
    return text.slice(from, next === -1 ? undefined : next + 1);
  };
  const description = directive('attack')?.[1];
  if (!description) throw new Error(`hostile attack ${name}: no '// @attack' line`);
  return {
    name,
    description,
    target: directive('target')?.[1],
    folder: directive('folder')?.[1],
    symlink: directive('symlink') !== null,
    prelude: section('prelude'),
    body: section('body'),
  };
}

/** The attacks on a stage: the common ones, then the stage's own. */
export function readAttacks(stageFolder: string): Attack[] {
  const out: Attack[] = [];
  for (const dir of ['common', stageFolder]) {
    const at = join(hostileRoot, dir);
    if (!existsSync(at)) continue;
    for (const file of readdirSync(at).sort()) {
      if (!file.endsWith('.ts')) continue;
      out.push(parseAttack(file.replace(/\.ts$/, ''), readFileSync(join(at, file), 'utf8')));
    }
  }
  return out;
}

/** True when the stage has attacks of its own (its corpus is in CI). */
export function hasOwnCorpus(stageFolder: string): boolean {
  return existsSync(join(hostileRoot, stageFolder));
}

/**
 * Writes the attack as a submission folder under `parent` and returns its path.
 * `handedSrc` is the stage's src/ as handed out, `stageSrc` the teacher's own,
 * `files` maps each graded function to its file (relative to src/).
 */
export function buildAttack(
  attack: Attack,
  options: {
    parent: string;
    stageFolder: string;
    handedSrc: string;
    stageSrc: string;
    files: Map<string, string>;
    defaultTarget: string;
    /** the batch's marker, for $MARK */
    mark: string;
  },
): string {
  const dir = join(options.parent, attack.folder ?? attack.name);
  mkdirSync(dir, { recursive: true });
  if (attack.symlink) {
    symlinkSync(options.stageSrc, join(dir, 'src'));
    return dir;
  }
  cpSync(options.handedSrc, join(dir, 'src'), { recursive: true });
  const target = attack.target ?? options.defaultTarget;
  const rel = options.files.get(target);
  if (!rel) throw new Error(`hostile attack ${attack.name}: no graded function ${target}`);
  const path = join(dir, 'src', rel);
  const fill = (code: string) =>
    code
      .replaceAll('$FN', target)
      .replaceAll('$STAGE', options.stageFolder)
      .replaceAll('$MARK', options.mark);
  let text = readFileSync(path, 'utf8');
  const replaced = replaceFunctionBodies(
    text,
    rel,
    new Map([[target, `{\n${fill(attack.body)}}`]]),
  );
  text = replaced.text;
  const preludeLines = fill(attack.prelude).split('\n');
  const imports = preludeLines.filter((l) => l.startsWith('import '));
  const code = preludeLines.filter((l) => !l.startsWith('import ')).join('\n');
  if (!/import \* as tf from '@tensorflow\/tfjs-core'/.test(text)) {
    imports.push("import * as tf from '@tensorflow/tfjs-core';");
  }
  const lines = text.split('\n');
  let lastImport = -1;
  lines.forEach((line, i) => {
    if (/^import .* from '.*';$/.test(line)) lastImport = i;
  });
  lines.splice(lastImport + 1, 0, code);
  lines.unshift(...imports);
  writeFileSync(path, lines.join('\n'));
  return dir;
}
