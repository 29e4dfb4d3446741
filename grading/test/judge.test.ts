// The judge's comparisons and verdicts, and the CSV cell escaping, on hand-made data.
import { spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compareValues,
  harnessSnapshot,
  judgeCase,
  neededFunctions,
  readRecords,
  scoreCases,
  tensor,
} from '../lib/judge.mjs';
import { csvCell } from '../lib/report.mjs';
import { permissionFlags, v8Flags } from '../lib/sandbox.mjs';

const tol = { atol: 1e-5, rtol: 1e-4 };
const returned = (value: unknown, extra: Record<string, unknown> = {}) => ({
  outcome: 'returned',
  value,
  leaked: 0,
  inputsChanged: false,
  kernels: [],
  shapes: [],
  ...extra,
});
const aCase = { id: 'c', fn: 'f', args: [], hidden: false, label: 'a case' };

describe('compareValues', () => {
  it('accepts values within atol + rtol·|expected|, NaN for NaN and ±Infinity for themselves', () => {
    const expected = tensor([1, 100, Number.NaN, '-Infinity' as never], [4]);
    const got = tensor([1 + 5e-6, 100 + 0.009, Number.NaN, '-Infinity' as never], [4]);
    expect(compareValues(expected, got, tol)).toBeUndefined();
  });

  it('names the first difference: shape, dtype, values with the largest error', () => {
    const e = tensor([1, 2, 3, 4], [2, 2]);
    expect(compareValues(e, tensor([1, 2, 3, 4], [4]), tol)?.category).toBe('wrong shape');
    expect(compareValues(e, tensor([1, 2, 3, 4], [2, 2], 'bool'), tol)?.category).toBe(
      'wrong dtype',
    );
    const diff = compareValues(e, tensor([1, 2.5, 3, 3], [2, 2]), tol);
    expect(diff).toEqual({ category: 'wrong values', maxError: 1, path: 'result' });
    expect(compareValues({ output: e }, { output: 'x' }, tol)?.path).toBe('result.output');
  });

  it('gives nothing for objects that claim to match whatever they meet', () => {
    const matcher = { asymmetricMatch: true, $$typeof: 'jest.asymmetricMatcher' };
    expect(compareValues(tensor([1], [1]), matcher, tol)?.category).toBe(
      'wrong type (not a tensor)',
    );
    expect(compareValues([1, 2], { length: 2, 0: 1, 1: 2 }, tol)?.category).toBe('wrong type');
  });
});

describe('judgeCase', () => {
  const expected = returned(tensor([0.5, 0.5], [2]));
  it('passes the same outputs and explains every other outcome by category alone', () => {
    const context = { timedOut: false, forbidKernels: ['Softmax'] };
    expect(judgeCase(aCase, expected, returned(tensor([0.5, 0.5], [2])), context)).toBeUndefined();
    expect(judgeCase(aCase, expected, undefined, context)).toBe('no result (the run crashed)');
    expect(judgeCase(aCase, expected, undefined, { timedOut: true })).toBe('timed out');
    expect(judgeCase(aCase, expected, { outcome: 'threw', error: 'Error' }, context)).toBe('threw');
    expect(
      judgeCase(aCase, expected, returned(tensor([0.5, 0.5], [2]), { leaked: 3 }), context),
    ).toBe('leaked tensors');
    expect(
      judgeCase(
        aCase,
        expected,
        returned(tensor([0.5, 0.5], [2]), { kernels: ['Softmax'] }),
        context,
      ),
    ).toBe('used a forbidden operation (Softmax)');
    expect(
      judgeCase(
        aCase,
        expected,
        returned(tensor([0.5, 0.5], [2]), { registry: 'changed' }),
        context,
      ),
    ).toBe("changed tfjs's kernel registry");
    expect(judgeCase(aCase, { outcome: 'threw' }, expected, context)).toBe(
      'should have thrown an error, returned',
    );
    expect(
      judgeCase(
        { ...aCase, noKernelOutput: { lastDim: 48 } },
        expected,
        returned(tensor([0.5, 0.5], [2]), { shapes: ['20x48'] }),
        context,
      ),
    ).toBe('formed a tensor over every key (not the memory-saving method)');
  });
});

describe('neededFunctions', () => {
  it('follows calls through helpers; a cycle never leads back to the function itself', () => {
    const graded = new Map([
      ['greedy', '{ return generate(x); }'],
      ['step', '{ return block(x) + greedy; }'],
      ['block', '{ return 1; }'],
    ]);
    const helpers = new Map([['generate', '{ return step(x); }']]);
    const needed = neededFunctions(graded, helpers);
    expect([...needed.get('greedy')!].sort()).toEqual(['block', 'step']);
    expect([...needed.get('step')!].sort()).toEqual(['block', 'greedy']);
    expect([...needed.get('block')!]).toEqual([]);
  });
});

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['alice', 'alice'],
  ])('neutralises %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('keeps numbers, negative ones included, as numbers', () => {
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('readRecords: only records signed with the run key count', () => {
  const key = 'ab'.repeat(32);
  const cases = [{ id: 'a' }, { id: 'b' }];
  const signed = (record: unknown, withKey = key) => {
    const line = JSON.stringify(record);
    return `@${createHmac('sha256', withKey).update(line).digest('hex')} ${line}`;
  };
  const a = { id: 'a', outcome: 'returned', value: 1 };
  const b = { id: 'b', outcome: 'threw', error: 'Error' };

  it('keeps signed records for the run cases and ignores the submission own lines', () => {
    const out = ['hello from console.log', '', signed(a), 'x', signed(b), ''].join('\n');
    const { records, tampered } = readRecords(out, key, cases);
    expect(tampered).toBeUndefined();
    expect([...records.keys()]).toEqual(['a', 'b']);
    expect(records.get('a')).toEqual(a);
  });

  it('calls the run tampered for an unsigned, a badly signed or a malformed record line', () => {
    const unsigned = readRecords(`${JSON.stringify(a)}\n${signed(b)}`, key, cases);
    expect(unsigned.tampered).toBe('an unsigned record');
    const other = readRecords(`${signed(a, 'cd'.repeat(32))}\n${signed(b)}`, key, cases);
    expect(other.tampered).toBe('a record with a wrong signature');
    const edited = signed(a).replace('"value":1', '"value":2');
    expect(readRecords(edited, key, cases).tampered).toBe('a record with a wrong signature');
    expect(readRecords(`@abc ${JSON.stringify(a)}`, key, cases).tampered).toBe(
      'a malformed record line',
    );
  });

  it('calls the run tampered for a second record of a case or a record of no case', () => {
    const twice = readRecords([signed(a), signed(a), signed(b)].join('\n'), key, cases);
    expect(twice.tampered).toBe('a second record for case a');
    const stray = readRecords(signed({ id: 'z', outcome: 'returned' }), key, cases);
    expect(stray.tampered).toBe('a record for no case of the run');
  });

  it('fails every case of a tampered run, whatever its records say', () => {
    const fn = { name: 'f' };
    const record = { id: 'c', ...returned(1) };
    const expected = new Map([['c', record]]);
    const run = {
      records: new Map([['c', record]]),
      timedOut: false,
      crashed: undefined,
      tampered: undefined,
      ms: 1,
      stderr: '',
    };
    const options = { functionTimeoutSeconds: 60 };
    const honest = scoreCases(fn, [aCase], expected, run, options);
    expect(honest.status).toBe('pass');
    const forged = scoreCases(
      fn,
      [aCase],
      expected,
      { ...run, tampered: 'an unsigned record' },
      options,
    );
    expect(forged.status).toBe('fail');
    expect(forged.passed).toBe(0);
    expect(forged.reason).toMatch(/^tampered: /);
    expect(forged.failures?.[0]?.message).toMatch(/^tampered/);
  });
});

// The harness runs from the startup snapshot the grader builds (harnessSnapshot), with the
// V8 flags of a sandboxed run; one snapshot, built once here, serves these tests.
const LIMITS = { wallSeconds: 30, memoryMB: 1024 };
const snapshotDir = mkdtempSync(join(tmpdir(), 'mha-harness-snapshot-'));
afterAll(() => rmSync(snapshotDir, { recursive: true, force: true }));
let blob: string | undefined;
const harnessBlob = () => {
  // A folder with no packages: the harness alone, with nothing provided to preload.
  blob ??= join(snapshotDir, harnessSnapshot(snapshotDir, LIMITS, 'no-stage'));
  return blob;
};

describe('the harness refuses to run where its key could be read', () => {
  const run = (flags: string[], input: string) =>
    spawnSync(
      process.execPath,
      [
        ...v8Flags(LIMITS),
        ...flags,
        '--snapshot-blob',
        harnessBlob(),
        '/nonexistent/index.js',
        '/nonexistent.json',
      ],
      { input, encoding: 'utf8' },
    );
  const key = `${randomBytes(32).toString('hex')}\n`;

  it('without a key on stdin', () => {
    const done = run(permissionFlags(), '');
    expect(done.status).toBe(2);
    expect(done.stderr).toContain('no signing key on stdin');
  });

  it('with the inspector open (no permission model), before loading anything else', () => {
    const done = run([], key);
    expect(done.status).toBe(2);
    expect(done.stderr).toContain('the inspector is open');
  });

  it('under the permission model it gets past both checks (and fails on the missing cases file)', () => {
    const done = run(permissionFlags(), key);
    expect(done.stderr).not.toContain('grading harness:');
    expect(done.stderr).toContain('ENOENT');
  });

  it('as a plain script rather than from its snapshot', () => {
    const harness = new URL('../lib/harness.mjs', import.meta.url).pathname;
    const done = spawnSync(process.execPath, [...permissionFlags(), harness], {
      input: key,
      encoding: 'utf8',
    });
    expect(done.status).toBe(2);
    expect(done.stderr).toContain('runs only from the startup snapshot');
  });
});

describe("the harness's watch on kernels and tensors holds against the code it runs", () => {
  // A module that cheats each measurement in one export; the harness runs it under the
  // permission model as in the sandbox, with a node_modules that has tfjs-core (the
  // runtime package's), whose copy in the snapshot the module's require gets.
  const runtimeModules = new URL('../../packages/00-runtime/node_modules', import.meta.url)
    .pathname;
  const cheats = `
const tf = require('@tensorflow/tfjs-core');
exports.plain = (x) => tf.tidy(() => tf.div(tf.exp(x), tf.sum(tf.exp(x))));
exports.leakAndHide = (x) => {
  const e = tf.exp(x);
  const s = tf.sum(e);
  tf.engine().state.numTensors -= 2;
  return tf.div(e, s);
};
exports.leakAndRewriteTheRecord = (x) => {
  Object.defineProperty(Object.prototype, 'toJSON', { configurable: true, value() {
    return typeof this.leaked === 'number' ? { ...this, leaked: 0, kernels: [] } : this; } });
  const e = tf.exp(x);
  return tf.div(e, tf.sum(e));
};
exports.library = (x) => tf.softmax(x);
exports.renamed = (x) => {
  const k = tf.getKernel('Softmax', 'cpu');
  if (!k) throw new Error('no Softmax kernel to rename');
  tf.registerKernel({ ...k, kernelName: 'Rows' });
  return tf.engine().runKernel('Rows', { logits: x }, { dim: -1 });
};
exports.replaceExp = (x) => {
  const k = tf.getKernel('Exp', 'cpu');
  tf.registerKernel({ ...k, kernelFunc: (args) => k.kernelFunc(args) });
  return tf.exp(x);
};
exports.hideFromProfile = (x) => {
  const engine = tf.engine();
  try { Object.getPrototypeOf(engine).profile = async (f) => ({ kernelNames: [], kernels: [], result: f() }); } catch {}
  try { engine.profile = async (f) => ({ kernelNames: [], kernels: [], result: f() }); } catch {}
  const scores = tf.matMul(tf.reshape(x, [4, 1]), tf.reshape(x, [1, 4]));
  return tf.tidy(() => tf.sum(scores, 1));
};
`;
  const input = { $t: [[4], 'float32', [0, 1, 2, 3]] };
  const cases = [
    'plain',
    'leakAndHide',
    'leakAndRewriteTheRecord',
    'library',
    'renamed',
    'replaceExp',
    'hideFromProfile',
  ].map((fn) => ({ id: fn, fn, args: [input], forbid: ['Softmax'] }));

  it('counts leaks, records kernels and shapes, and reports a changed registry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mha-harness-watch-'));
    try {
      symlinkSync(runtimeModules, join(dir, 'node_modules'));
      writeFileSync(join(dir, 'cheats.cjs'), cheats);
      writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));
      const key = randomBytes(32).toString('hex');
      const done = spawnSync(
        process.execPath,
        [
          ...v8Flags(LIMITS),
          ...permissionFlags('*'),
          '--snapshot-blob',
          harnessBlob(),
          join(dir, 'cheats.cjs'),
          join(dir, 'cases.json'),
        ],
        { input: `${key}\n`, encoding: 'utf8' },
      );
      const { records, tampered } = readRecords(done.stdout, key, cases);
      expect(tampered, done.stderr).toBeUndefined();
      expect(records.size, done.stderr).toBe(cases.length);
      const get = (id: string) => records.get(id) as Record<string, unknown>;
      expect(get('plain')).toMatchObject({ outcome: 'returned', leaked: 0 });
      expect(get('plain').kernels).toEqual(expect.arrayContaining(['Exp', 'Sum', 'RealDiv']));
      expect(get('plain').registry).toBeUndefined();
      expect(get('leakAndHide')).toMatchObject({ outcome: 'returned', leaked: 2 });
      expect(get('leakAndRewriteTheRecord').leaked).toBe(2);
      expect(get('leakAndRewriteTheRecord').kernels).toContain('Exp');
      // The forbidden kernel is not in the registry: the library's softmax cannot run.
      expect(get('library')).toMatchObject({ outcome: 'threw' });
      expect(get('renamed')).toMatchObject({ outcome: 'threw' });
      expect(get('replaceExp')).toMatchObject({ outcome: 'returned', registry: 'changed' });
      expect(get('hideFromProfile').kernels).toContain('BatchMatMul');
      expect(get('hideFromProfile').shapes).toContain('4x4');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the permission model of a sandboxed run', () => {
  it('reads files in the workspace only: not its own memory through /proc/self', () => {
    const workspace = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
    const script = [
      "const fs = process.getBuiltinModule('fs');",
      'const tryRead = (p) => { try { fs.readFileSync(p); return "read"; } catch (e) { return e.code; } };',
      `console.log(JSON.stringify([tryRead(${JSON.stringify(`${workspace}/judge/06-gpt.mjs`)}),`,
      "tryRead('/proc/self/maps'), tryRead('/proc/self/mem'), tryRead('/etc/hostname')]));",
    ].join('\n');
    const done = spawnSync(
      process.execPath,
      [...permissionFlags(workspace), '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(done.stdout)).toEqual([
      'read',
      'ERR_ACCESS_DENIED',
      'ERR_ACCESS_DENIED',
      'ERR_ACCESS_DENIED',
    ]);
  });
});

describe("stage 6's properties, checked by the judge from each case's arguments", async () => {
  const { cases } = await import('../judge/06-gpt.mjs');
  const all = cases();
  const byLabel = (label: string) => {
    const c = all.find((x) => x.label === label);
    if (!c?.property) throw new Error(`no case '${label}' with a property`);
    return c as typeof c & { property: NonNullable<typeof c.property> };
  };
  const check = (label: string, value: unknown) => byLabel(label).property(value, byLabel(label));

  it('top-k keeps exactly k, most likely first, summing to 1', () => {
    // logits 0, ln 2, ln 3, ln 4: p = 0.1, 0.2, 0.3, 0.4; top-2 is ids 3, 2 with 4/7, 3/7
    expect(check('top-k 2', { ids: [3, 2], probs: [4 / 7, 3 / 7] })).toBeUndefined();
    expect(check('top-k 2', { ids: [3, 2, 1], probs: [0.4, 0.3, 0.3] })).toBe(
      'top-k must keep exactly k tokens',
    );
    expect(check('top-k 2', { ids: [2, 3], probs: [3 / 7, 4 / 7] })).toBe(
      'must keep the most likely tokens, most likely first',
    );
    expect(check('top-k 2', { ids: [3, 2], probs: [0.4, 0.3] })).toBe(
      'the kept probabilities must sum to 1',
    );
  });

  it('top-p keeps the shortest prefix whose mass reaches p', () => {
    // 0.4 < 0.65 and 0.4 + 0.3 >= 0.65: two tokens
    expect(check('top-p 0.65', { ids: [3, 2], probs: [4 / 7, 3 / 7] })).toBeUndefined();
    expect(check('top-p 0.65', { ids: [3], probs: [1] })).toBe(
      'top-p must keep the shortest prefix whose mass reaches p',
    );
    expect(check('top-p 0.65', { ids: [3, 2, 1], probs: [4 / 9, 3 / 9, 2 / 9] })).toBe(
      'top-p must keep the shortest prefix whose mass reaches p',
    );
  });

  it('causality, and heads of one group sharing their key/value head', () => {
    const output = tensor([0, 0, 0, 0], [1, 2, 2]);
    const causal = tensor([1, 0, 0.5, 0.5], [1, 1, 2, 2]);
    const peeking = tensor([0.9, 0.1, 0.5, 0.5], [1, 1, 2, 2]);
    const label = 'MHA: 4 query heads, 4 key/value heads';
    expect(check(label, { output, weights: causal })).toBeUndefined();
    expect(check(label, { output, weights: peeking })).toBe(
      'not causal: a query gives weight to a later key',
    );
    const shared = 'heads of one group share a key/value head';
    const head = [1, 0, 0.5, 0.5];
    const other = [1, 0, 0.3, 0.7];
    const sameInPairs = tensor([...head, ...head, ...other, ...other], [1, 4, 2, 2]);
    const interleaved = tensor([...head, ...other, ...head, ...other], [1, 4, 2, 2]);
    expect(check(shared, { output, weights: sameInPairs })).toBeUndefined();
    expect(check(shared, { output, weights: interleaved })).toBe(
      'query head h must read key/value head floor(h / (numHeads / numKvHeads))',
    );
  });

  it('q_m·k_n depends on m − n alone', () => {
    const v = (values: number[]) => tensor(values, [1, 1, 1, 2]);
    const label = 'relative positions, another m − n';
    expect(check(label, [v([1, 0]), v([2, 0]), v([0, 1]), v([0, 2])])).toBeUndefined();
    expect(check(label, [v([1, 0]), v([2, 0]), v([0, 1]), v([0, 3])])).toBe(
      'q_m·k_n must depend on m − n alone; it changed with the positions',
    );
  });

  it('fails a case on its property even where the value equals the reference', () => {
    const c = byLabel('top-k 2');
    const wrong = { ids: [3, 2, 1], probs: [0.4, 0.3, 0.3] };
    expect(judgeCase(c, returned(wrong), returned(wrong), { timedOut: false })).toBe(
      'top-k must keep exactly k tokens',
    );
  });
});
