// @ts-check
// The grader's reporter for a vitest run. It runs in vitest's main process, never in
// the test processes where the submission's code runs, and writes every test's state
// and options to a path only the grader knows, tagged with a nonce fresh for each run.
// runner.mjs copies it next to a `grading.params.json` that gives both.
import { readFileSync, writeFileSync } from 'node:fs';

/** @type {{ reportPath: string, nonce: string }} */
const params = JSON.parse(readFileSync(new URL('./grading.params.json', import.meta.url), 'utf8'));

/** The titles of the suites around a test, outermost first. */
const ancestors = (/** @type {import('vitest/node').TestCase} */ test) => {
  /** @type {string[]} */
  const names = [];
  for (let p = test.parent; p && p.type === 'suite'; p = p.parent) names.unshift(p.name);
  return names;
};
const text = (/** @type {{ stack?: string, message?: string } | undefined} */ error) =>
  String(error?.stack || error?.message || error);

export default class GradingReporter {
  /**
   * @param {readonly import('vitest/node').TestModule[]} modules
   * @param {readonly { stack?: string, message?: string }[]} unhandled
   * @param {string} reason
   */
  onTestRunEnd(modules, unhandled, reason) {
    const files = modules.map((m) => ({
      path: m.moduleId,
      state: m.state(),
      errors: m.errors().map(text),
      tests: [...m.children.allTests()].map((t) => {
        const result = t.result();
        return {
          ancestors: ancestors(t),
          title: t.name,
          state: result.state,
          mode: t.options.mode,
          fails: Boolean(t.options.fails),
          errors: (result.errors ?? []).map(text),
        };
      }),
    }));
    const report = { nonce: params.nonce, reason, unhandled: unhandled.map(text), files };
    writeFileSync(params.reportPath, JSON.stringify(report));
  }
}
