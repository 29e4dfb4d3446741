import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeFinding, parseForbid, refusals, screenSources } from '../lib/screen.mjs';
import { analyseStage, listStages } from '../lib/stages.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const modules = new Set(['@tensorflow/tfjs-core', '@mha/runtime']);

const HEADER = `import { formatShape } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import { helper } from './helper.js';
`;

/** The messages the screen gives for one file `a.ts` holding graded function `f`. */
function screen(code: string, forbid: string[] = []): string[] {
  const files = new Map([['a.ts', `${HEADER}${code}`]]);
  return screenSources(files, {
    modules,
    graded: new Map([['f', 'a.ts']]),
    forbid: new Map([['f', forbid]]),
  }).map((f: { message: string }) => f.message);
}

describe('screenSources', () => {
  it('passes code that only uses tf, the provided packages, its own files and built-ins', () => {
    const code = `export function f(x: tf.Tensor): tf.Tensor {
  if (!Number.isInteger(x.rank)) throw new Error(formatShape(x.shape));
  const values = [1, 2].map(Number).map((v) => Math.exp(v) + helper(v));
  const copy = { ...{ a: 1 } };
  copy.a = values[0]! + Object.keys(copy).length;
  return tf.tidy(() => tf.mul(x, copy.a));
}
`;
    expect(screen(code)).toEqual([]);
  });

  it.each([
    ["import { readFileSync } from 'node:fs';", "imports 'node:fs'"],
    ["import { afterEach } from 'vitest';", "imports 'vitest'"],
    ["import { softmax } from '@mha/scaled-dot-product-attention';", "imports '@mha/scaled"],
    ["import x from '../../../../src/softmax.js';", 'leaves the submission'],
    ["import x from './data.json?raw';", "imports './data.json?raw'"],
    ["export * from '@tensorflow/tfjs-core';", 're-exports'],
    ["const m = await import('./x.js');", 'dynamic import()'],
    ['const here = import.meta.url;', 'import.meta'],
    ["const fs = require('fs');", "uses 'require'"],
    ['const env = process.env;', "uses 'process'"],
    ['const g = globalThis;', "uses 'globalThis'"],
    ["const run = new Function('return 1');", "uses 'Function'"],
    ['const F = (() => 0).constructor;', "uses '.constructor'"],
    ["const key = 'constr' + 'uctor';", "spells out 'constructor'"],
    [`const key = \`proc$\{'ess'}\`;`, "spells out 'process'"],
    ['const c = String.fromCharCode(99);', "uses '.fromCharCode'"],
    ['Math.abs = () => 0;', "writes to 'Math.abs'"],
    ['Number.isFinite = () => true;', "writes to 'Number.isFinite'"],
    ['delete (Math as { abs?: unknown }).abs;', "writes to '(Math as"],
    ['Object.assign(Math, { abs: () => 0 });', "changes 'Math' with Object.assign"],
    ['const M = Math;', "uses 'Math' as a value"],
    ['const t = tf;', "uses 'tf' as a value"],
    ['(tf as { add: unknown }).add = 1;', "writes to '(tf as"],
    ["const k = tf['soft' + 'max'];", "reads a computed property of 'tf'"],
    ["tf.engine().runKernel('Softmax', {});", "uses '.engine'"],
    ["tf.setBackend('cpu');", "uses '.setBackend'"],
    ['Object.defineProperty(Math, "abs", {});', "uses '.defineProperty'"],
    ['afterEach(() => {});', "uses 'afterEach'"],
  ])('refuses %s', (code, message) => {
    const found = screen(code);
    expect(found.join('\n')).toContain(message);
  });

  it('finds the forbidden library answer however it is reached', () => {
    for (const code of [
      'export function f(x: tf.Tensor) { return tf.softmax(x); }',
      "export function f(x: tf.Tensor) { return tf['softmax'](x); }",
      'const { softmax: s } = tf;',
      'export function f(x: tf.Tensor) { return (x as { softmax(): tf.Tensor }).softmax(); }',
    ]) {
      expect(screen(code, ['tf.softmax']).join('\n'), code).toContain('calls tf.softmax');
    }
    const named = screenSources(
      new Map([['a.ts', "import { softmax as s } from '@tensorflow/tfjs-core';\n"]]),
      { modules, forbid: new Map([['f', ['tf.softmax']]]) },
    );
    expect(named.map(describeFinding)).toEqual([
      "src/a.ts:1:10: calls tf.softmax, the library's answer, in f's exercise",
    ]);
    expect(screen('export function f(x: tf.Tensor) { return tf.exp(x); }', ['tf.softmax'])).toEqual(
      [],
    );
  });

  it('charges a finding inside a graded body to that function only, elsewhere to all', () => {
    const files = new Map([
      [
        'a.ts',
        `${HEADER}export function f() { return process; }
export function g() { return 1; }
export function h() { return tf.softmax(tf.scalar(1)); }
`,
      ],
      ['b.ts', 'export const top = globalThis;\n'],
    ]);
    const graded = new Map([
      ['f', 'a.ts'],
      ['g', 'a.ts'],
      ['h', 'a.ts'],
    ]);
    const forbid = new Map([
      ['g', ['tf.softmax']],
      ['h', []],
    ]);
    const found = screenSources(files, { modules, graded, forbid });
    const byFunction = refusals(found, ['f', 'g', 'h']);
    const messages = (name: string) =>
      byFunction.get(name)!.map((f: { message: string }) => f.message);
    expect(messages('f')).toEqual(["uses 'process'", "uses 'globalThis'"]);
    // tf.softmax inside h's body is g's forbidden answer, but h's body is replaced in g's run.
    expect(messages('g')).toEqual(["uses 'globalThis'"]);
    expect(messages('h')).toEqual(["uses 'globalThis'"]);
    // Only noted, not refused: only the forbidden answers still cost points.
    expect([...refusals(found, ['f', 'g', 'h'], false).values()].flat()).toEqual([]);
  });

  it('reads forbid entries as a module and an export', () => {
    expect(parseForbid('tf.softmax')).toMatchObject({
      module: '@tensorflow/tfjs-core',
      name: 'softmax',
    });
    expect(parseForbid('@mha/runtime.batchedMatMul')).toMatchObject({
      module: '@mha/runtime',
      name: 'batchedMatMul',
    });
    expect(() => parseForbid('softmax')).toThrow("forbid entry 'softmax'");
  });
});

describe('the screen on every stage', () => {
  for (const stage of listStages()) {
    it(`${stage.folder}: the reference's graded files pass`, () => {
      let analysis: ReturnType<typeof analyseStage>;
      try {
        analysis = analyseStage(stage);
      } catch {
        return; // a stage without grading configuration is not an assignment
      }
      const files = new Map<string, string>();
      const graded = new Map<string, string>();
      for (const fn of analysis.functions) {
        const rel = fn.file.replace(/^src\//, '');
        files.set(rel, readFileSync(join(root, 'packages', stage.folder, fn.file), 'utf8'));
        graded.set(fn.name, rel);
      }
      const provided = new Set([
        '@tensorflow/tfjs-core',
        ...analysis.closure.filter((p) => p.name !== stage.name).map((p) => p.name),
      ]);
      const forbid = new Map(analysis.functions.map((fn) => [fn.name, fn.forbid ?? []]));
      const found = screenSources(files, { modules: provided, graded, forbid });
      expect(found.map(describeFinding)).toEqual([]);
    });
  }
});

describe('screenSources decides by binding, and is bounded', () => {
  it.each(['window', 'test', 'self', 'global', 'module', 'it', 'process'])(
    "lets a local variable or parameter named '%s' be",
    (name) => {
      const code = `export function f(${name}: number): number {
  const g = (${name}: number) => ${name} * 2;
  return g(${name});
}
export function h(): number {
  const ${name} = 3;
  for (const [i, x] of [[0, ${name}]]) if (i === x) return i;
  return ${name};
}
`;
      expect(screen(code)).toEqual([]);
    },
  );

  it.each(['window', 'test', 'self', 'global', 'module', 'globalThis', 'process'])(
    "still notes the real global '%s', also beside a local of that name elsewhere",
    (name) => {
      const code = `function other(${name}: number) { return ${name}; }
export function f(): unknown { return [${name}, other(1)]; }
`;
      expect(screen(code)).toEqual([`uses '${name}'`]);
    },
  );

  it('reads a 4,000-term string chain without overflowing, in linear time', () => {
    const chain = (n: number) => `export const s = ${Array(n).fill("'a'").join(' + ')};\n`;
    // The least of three runs: a run slowed by another process on a loaded machine (one
    // took 748 ms against 76 ms for a quarter of the terms) says nothing of the screen.
    const time = (n: number) => {
      const text = chain(n);
      let least = Number.POSITIVE_INFINITY;
      for (let turn = 0; turn < 3; turn++) {
        const started = performance.now();
        expect(screen(text)).toEqual([]);
        least = Math.min(least, performance.now() - started);
      }
      return least;
    };
    time(500); // warm up
    const small = time(2000);
    const large = time(8000);
    // Linear: four times the terms, well under sixteen times the time.
    expect(large).toBeLessThan(Math.max(8 * small, 400));
  });

  it('reports a file it cannot read instead of throwing', () => {
    const deep = `export const x = ${'('.repeat(20000)}1${')'.repeat(20000)};\n`;
    expect(screen(deep)).toEqual(['could not be read by the screen (nested too deeply)']);
  });
});
