import { defineConfig } from 'vitest/config';
import { readBackendOverride } from './packages/00-runtime/src/core/backend-names.ts';
import { ownProcessProject, stagesProject } from './vitest.shared.ts';

// Fail fast, in one line, on a bad MHA_BACKEND before any test file loads.
try {
  readBackendOverride(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

export default defineConfig({
  test: {
    projects: [
      'packages/00-runtime',
      stagesProject(),
      ownProcessProject(),
      'grading',
      'examples',
      'apps/explorer',
    ],
    pool: 'forks',
  },
});
