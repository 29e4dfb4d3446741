import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain JavaScript module shared with `pnpm explorer`
import { serveStatic } from '../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    explorerUrl: string;
    buildSeconds: number;
  }
}

let server: Server | undefined;

/** Builds the explorer into dist/ and serves it on 127.0.0.1 for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const started = performance.now();
  await build({ root, logLevel: 'warn' });
  const buildSeconds = (performance.now() - started) / 1000;
  const served = (await serveStatic(`${root}/dist`, 0)) as { server: Server; url: string };
  server = served.server;
  project.provide('explorerUrl', served.url);
  project.provide('buildSeconds', buildSeconds);
  console.log(`explorer: built in ${buildSeconds.toFixed(1)} s, served at ${served.url}`);
}

export async function teardown(): Promise<void> {
  await new Promise((resolve) => server?.close(resolve));
}
