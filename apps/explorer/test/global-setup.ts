import type { TestProject } from 'vitest/node';
import { buildAndServe, type ServedExplorer } from './served.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    explorerUrl: string;
    buildSeconds: number;
  }
}

let served: ServedExplorer | undefined;

/** Builds and serves the explorer for the browser tests (served.ts). */
export async function setup(project: TestProject): Promise<void> {
  served = await buildAndServe();
  project.provide('explorerUrl', served.url);
  project.provide('buildSeconds', served.buildSeconds);
  console.log(`explorer: built in ${served.buildSeconds.toFixed(1)} s, served at ${served.url}`);
}

export async function teardown(): Promise<void> {
  await served?.close();
}
