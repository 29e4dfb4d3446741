import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// Settings every stage package's tests share. Workspace packages resolve to
// their TypeScript sources (the "source" export condition), so the tests never
// need a build first.
export function stageProject(name: string) {
  const conditions = ['source', 'module', 'node', 'development|production'];
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['node'] } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts'],
      setupFiles: [
        fileURLToPath(new URL('./packages/00-runtime/vitest.setup.ts', import.meta.url)),
      ],
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  });
}
