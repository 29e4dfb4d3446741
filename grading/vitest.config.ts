import { defineProject } from 'vitest/config';

// The assignment tooling's own tests. The end-to-end test builds, installs and
// grades a workspace per stage, so it gets minutes, not seconds.
export default defineProject({
  test: {
    name: 'grading',
    include: ['test/**/*.test.ts'],
    testTimeout: 30 * 60_000,
  },
});
