import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// Settings for each package's tests. Workspace packages resolve to their
// TypeScript sources (the "source" export condition), so tests never need a
// build first.
export function stageProject(name: string) {
  const conditions = ['source', 'module', 'node', 'development|production'];
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['node'] } },
    test: {
      name,
      include: ['test/**/*.test.ts'],
      setupFiles: [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))],
      testTimeout: {{testTimeoutMs}},
      hookTimeout: {{testTimeoutMs}},
    },
  });
}
