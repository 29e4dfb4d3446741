// The stages as the assignment tooling sees them. Fast checks that fail with a
// clear message when a stage's solution regions, grading configuration, tests
// and notebook drift apart.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTEBOOK_TODO, studentNotebook } from '../lib/notebook.mjs';
import { analyseStage, listStages, resolveStage } from '../lib/stages.mjs';
import { withSections } from '../lib/workspace.mjs';

// The stages handed out as assignments: those with a grading configuration (a stage
// package is written before its assignment is; `pnpm assignment list` says which are ready).
const stages = listStages().filter(
  (s) =>
    existsSync(`${s.dir}/src`) &&
    existsSync(new URL(`../config/${s.folder}.json`, import.meta.url)),
);

describe('resolveStage', () => {
  it('accepts a number, a folder name and a package name', () => {
    const first = stages[0]!;
    for (const arg of [String(first.number), first.folder, first.name]) {
      expect(resolveStage(arg).folder).toBe(first.folder);
    }
  });

  it('lists the stages when nothing matches', () => {
    expect(() => resolveStage('nine')).toThrow(/^No stage matches 'nine'\. Stages: 1 \(/);
  });
});

describe.each(stages.map((s) => [s.folder, s] as const))('%s', (_folder, stage) => {
  const hasRegions = () => {
    try {
      return analyseStage(stage).regions.length > 0;
    } catch {
      return true; // let the test below report the problem
    }
  };

  it.skipIf(!hasRegions())(
    'has one region per graded function, visible tests, and a notebook section',
    () => {
      const analysis = analyseStage(stage);
      for (const fn of analysis.functions) {
        expect(fn.visibleTests.length, fn.name).toBeGreaterThan(0);
      }
      const sections = withSections(analysis);
      expect(sections.every((fn) => fn.sectionTitle.length > 0)).toBe(true);
    },
  );

  it.skipIf(!hasRegions())(
    'gives the notebook a student form with no solution left and no outputs',
    () => {
      const { notebook } = analyseStage(stage);
      const { notebook: student, exercises } = studentNotebook(
        JSON.parse(readFileSync(notebook!, 'utf8')),
        'nb',
      );
      const original = JSON.parse(readFileSync(notebook!, 'utf8'));
      expect(student.cells.length).toBe(original.cells.length);
      const codeCells = student.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
      expect(codeCells.every((c: { outputs?: unknown[] }) => c.outputs!.length === 0)).toBe(true);
      // Between the markers of each exercise, only the TODO line is left.
      const regions = codeCells
        .map((c: { source: string[] }) => c.source.join(''))
        .flatMap((text: string) => [
          ...text.matchAll(/BEGIN SOLUTION\n([\s\S]*?)\n[ \t]*\/\/ END SOLUTION/g),
        ])
        .map((m: RegExpMatchArray) => m[1]!.trim());
      expect(regions).toHaveLength(exercises);
      expect(regions.every((r: string) => r === `throw new Error('${NOTEBOOK_TODO}');`)).toBe(true);
    },
  );
});
