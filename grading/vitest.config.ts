import { defineProject } from 'vitest/config';

// The assignment tooling's own tests. The end-to-end test builds, installs and
// grades a workspace per stage, so it gets minutes, not seconds.
export default defineProject({
  test: {
    name: 'grading',
    include: ['test/**/*.test.ts'],
    // A scratch folder for the grading workspaces the test files share (test/prepared.ts).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30 * 60_000,
    // Removing a scratch folder of installed workspaces can take longer than vitest's
    // 10 s default for a hook on a loaded machine.
    hookTimeout: 5 * 60_000,
  },
});
