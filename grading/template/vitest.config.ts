import { defineConfig } from 'vitest/config';

// `pnpm test` runs the tests of the stage you are implementing.
export default defineConfig({
  test: {
    projects: ['packages/{{stageFolder}}'],
    pool: 'forks',
  },
});
