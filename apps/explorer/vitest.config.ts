import { mergeConfig } from 'vitest/config';
import { stageProject } from '../../vitest.shared.ts';

// The explorer's tests: a Node check of the shipped weights, and browser tests that build
// the app, serve it on 127.0.0.1 and drive Debian's Chromium with playwright-core.
export default mergeConfig(stageProject('explorer'), {
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
