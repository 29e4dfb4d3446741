import { fileURLToPath } from 'node:url';
import { configDefaults, defineProject } from 'vitest/config';

/**
 * Test files that must start in a process of their own (`importing X registers the
 * gradients`, which holds only where nothing registered them first). In a package whose
 * test files share a process, such a file is named `*.own-process.test.ts` and runs in the
 * `@mha/own-process` project (ownProcessProject), one process per file.
 */
const OWN_PROCESS = '**/*.own-process.test.ts';

/** Options of stageProject. */
export interface StageProjectOptions {
  /**
   * Whether each test file gets a fresh process (vitest's `isolate`). Default true, which
   * only ownProcessProject keeps. Every package passes false (and so does stagesProject):
   * its test files run one after another in a shared process, which then loads tfjs and
   * starts its backend once instead of once per file (a third of the stages' time, two
   * thirds of the runtime's). Such files restore what they change (the active backend,
   * say), and a file that needs a fresh process is named `*.own-process.test.ts`.
   */
  isolate?: boolean;
  /** The test files, relative to the project's folder. Default: the package's own tests. */
  include?: string[];
}

/**
 * tfjs-core's own gradient registrations, which the runtime imports as `#tfjs-gradients`.
 * Under the "source" condition that names this file: some 430 ES modules whose
 * extension-less imports Node cannot load, so vitest would transform each of them and
 * evaluate it in every worker (about 7 of the 11 CPU-seconds of a cold run of stage 3's
 * graded tests). Vite's dependency optimizer bundles them into one file instead, once,
 * kept in the project's Vite cache. It maps one specifier, so the others that name the
 * file are aliased to it: a second module would register tfjs-core's gradients again,
 * over the runtime's corrections.
 */
const TFJS_GRADIENTS = '@tensorflow/tfjs-core/dist/register_all_gradients.js';
const TFJS_GRADIENTS_ALIASES = {
  '#tfjs-gradients': TFJS_GRADIENTS,
  '@tensorflow/tfjs-core/dist/register_all_gradients': TFJS_GRADIENTS,
};

// Settings every stage package's tests share. Workspace packages resolve to
// their TypeScript sources (the "source" export condition), so the tests never
// need a build first.
export function stageProject(name: string, options: StageProjectOptions = {}) {
  const { isolate = true } = options;
  const conditions = ['source', 'module', 'node', 'development|production'];
  return defineProject({
    resolve: { conditions, alias: TFJS_GRADIENTS_ALIASES },
    ssr: { resolve: { conditions, externalConditions: ['node'] } },
    test: {
      name,
      deps: { optimizer: { ssr: { enabled: true, include: [TFJS_GRADIENTS] } } },
      include: options.include ?? [
        'src/**/*.test.ts',
        'test/**/*.test.ts',
        'examples/**/*.test.ts',
      ],
      exclude: isolate ? configDefaults.exclude : [...configDefaults.exclude, OWN_PROCESS],
      isolate,
      setupFiles: [
        fileURLToPath(new URL('./packages/00-runtime/vitest.setup.ts', import.meta.url)),
      ],
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  });
}

/**
 * The stage packages 1 to 6 as one project, `@mha/stages`, for runs from the repository
 * root (each package's own vitest.config.ts serves a run from its folder). Every project
 * has a Vite server of its own, which transforms every TypeScript file its tests import:
 * as one project per package, the runtime's sources were transformed once per package
 * that imports it, and loaded again in each package's processes. As one project they
 * are transformed once and loaded once per worker (`pnpm test:unit` here: 62 -> 49
 * CPU-seconds, 51 -> 40 s). To run one stage's tests, name its folder:
 * `npx vitest run packages/03-encoder-block`.
 */
export function stagesProject() {
  return stageProject('@mha/stages', {
    isolate: false,
    include: ['packages/0[1-9]-*/{src,test,examples}/**/*.test.ts'],
  });
}

/** The stage packages' `*.own-process.test.ts` files, each in a fresh process (see above). */
export function ownProcessProject() {
  return stageProject('@mha/own-process', {
    include: [`packages/*/${OWN_PROCESS}`],
  });
}
