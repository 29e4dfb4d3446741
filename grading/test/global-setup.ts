import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder under which test files share prepared grading workspaces (prepared.ts). */
    gradingWorkspaces: string;
  }
}

let base: string | undefined;

/** A scratch folder for the grading workspaces that the test files prepare and share. */
export function setup(project: TestProject): void {
  base = mkdtempSync(join(tmpdir(), 'mha-grading-workspaces-'));
  // The sandbox may run as the host's nobody, which must reach the workspaces in it.
  chmodSync(base, 0o755);
  project.provide('gradingWorkspaces', base);
}

export function teardown(): void {
  if (base) rmSync(base, { recursive: true, force: true });
}
