import { describe, expect, it } from 'vitest';
import {
  bodiesOf,
  describeNames,
  findRegions,
  replaceFunctionBodies,
  stripMarkers,
  stubRegions,
  syntaxErrors,
} from '../lib/regions.mjs';

const SOURCE = `import { helper } from './helper.js';

/** Doubles. */
export function double(x: number): number {
  if (x < 0) throw new Error('double: negative');
  // BEGIN SOLUTION
  return helper(x) * 2;
  // END SOLUTION
}

export const triple = (x: number): number => {
  const check = () => x;
  // BEGIN SOLUTION
  return check() * 3;
  // END SOLUTION
};
`;

describe('findRegions', () => {
  it('finds each region and the named function around it, past an inner arrow', () => {
    const regions = findRegions(SOURCE, 'a.ts');
    expect(regions.map((r) => [r.functionName, r.line, r.indent])).toEqual([
      ['double', 6, '  '],
      ['triple', 13, '  '],
    ]);
    expect(regions[0]!.solution).toBe('  return helper(x) * 2;\n');
  });

  it('names the file and line of an unclosed or unopened marker', () => {
    expect(() => findRegions('function f() {\n  // BEGIN SOLUTION\n}\n', 'a.ts')).toThrow(
      'a.ts:2: BEGIN SOLUTION is never closed',
    );
    expect(() => findRegions('// END SOLUTION\n', 'b.ts')).toThrow(
      'b.ts:1: END SOLUTION without BEGIN SOLUTION',
    );
  });

  it('refuses a region outside any named function', () => {
    expect(() => findRegions('// BEGIN SOLUTION\nconst a = 1;\n// END SOLUTION\n', 'c.ts')).toThrow(
      "c.ts:1: a solution region must sit inside a named function's body",
    );
  });
});

describe('stubRegions', () => {
  it('keeps everything but the region, which throws the message between the markers', () => {
    const { text } = stubRegions(SOURCE, 'a.ts', (name) => `TODO: implement ${name} — it's yours`);
    expect(text).toContain(
      "  if (x < 0) throw new Error('double: negative');\n" +
        '  // BEGIN SOLUTION\n' +
        "  throw new Error('TODO: implement double — it\\'s yours');\n" +
        '  // END SOLUTION\n}',
    );
    expect(text).not.toContain('helper(x) * 2');
    expect(text).not.toContain('check() * 3');
    expect(text).toContain("import { helper } from './helper.js';");
    expect(syntaxErrors(text, 'a.ts')).toEqual([]);
  });

  it('wraps a stub line that would pass 100 characters', () => {
    const { text } = stubRegions(SOURCE, 'a.ts', () => `TODO: ${'x'.repeat(90)}`);
    expect(text).toContain(`  throw new Error(\n    'TODO: ${'x'.repeat(90)}',\n  );\n`);
  });
});

describe('stripMarkers', () => {
  it('removes the marker lines and keeps the code', () => {
    const text = stripMarkers(SOURCE, 'a.ts');
    expect(text).not.toMatch(/SOLUTION/);
    expect(text).toContain(
      "  if (x < 0) throw new Error('double: negative');\n  return helper(x) * 2;\n}",
    );
  });
});

describe('replaceFunctionBodies', () => {
  it('swaps the bodies of named functions, leaving the rest of the file alone', () => {
    const student = `import { helper } from './helper.js';
function mine(y: number) { return y; }
export function double(x: number): number { return mine(x) + x; }
export const triple = (x: number): number => { return 0; };
`;
    const bodies = bodiesOf(SOURCE, 'a.ts', ['triple']);
    const { text, replaced } = replaceFunctionBodies(student, 's.ts', bodies);
    expect(replaced).toEqual(['triple']);
    expect(text).toContain('export function double(x: number): number { return mine(x) + x; }');
    expect(text).toContain('function mine(y: number) { return y; }');
    expect(text).toContain('const check = () => x;');
    expect(text).not.toContain('{ return 0; }');
  });
});

describe('describeNames', () => {
  it('lists literal describe titles at every depth, in order, with describe.skip', () => {
    const test = `describe('outer', () => {
  describe.skip('inner', () => {});
  describe(\`tpl\`, () => {});
  describe(name, () => {});
});
describe('second', () => {});
`;
    expect(describeNames(test, 't.test.ts')).toEqual(['outer', 'inner', 'tpl', 'second']);
  });
});

describe('syntaxErrors', () => {
  it('gives file:line:column and the message', () => {
    expect(syntaxErrors('const a = (1;\n', 'src/x.ts')).toEqual(["src/x.ts:1:13: ')' expected."]);
  });
});

describe('parsing once per file and text', () => {
  it('answers again for the same text, and anew for a changed text or another name', () => {
    const first = bodiesOf(SOURCE, 'a.ts', ['double']).get('double');
    expect(bodiesOf(SOURCE, 'a.ts', ['double']).get('double')).toBe(first);
    const changed = SOURCE.replace('helper(x) * 2', 'helper(x) * 4');
    expect(bodiesOf(changed, 'a.ts', ['double']).get('double')).toContain('helper(x) * 4');
    expect(bodiesOf(SOURCE, 'a.ts', ['double']).get('double')).toContain('helper(x) * 2');
    expect(syntaxErrors('const x = ;', 'b.ts')).toEqual(['b.ts:1:11: Expression expected.']);
    expect(syntaxErrors('const x = ;', 'c.ts')[0]).toMatch(/^c\.ts:1:11: /);
  });

  it('still parses a file larger than it keeps, and files past its budget', () => {
    const large = `${SOURCE}\n${'// padding\n'.repeat(120_000)}`;
    expect(large.length).toBeGreaterThan(1_000_000);
    expect(findRegions(large, 'large.ts').map((r) => r.functionName)).toEqual(['double', 'triple']);
    for (let i = 0; i < 40; i++) {
      const text = `${SOURCE}\n// file ${i}\n${'// padding\n'.repeat(3_000)}`;
      expect(findRegions(text, `f${i}.ts`).map((r) => r.functionName)).toEqual([
        'double',
        'triple',
      ]);
    }
    expect(bodiesOf(SOURCE, 'a.ts', ['triple']).get('triple')).toContain('check() * 3');
  });
});
