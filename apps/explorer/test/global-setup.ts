import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    explorerUrl: string;
    buildSeconds: number;
  }
}

let server: Server | undefined;
let outDir: string | undefined;

/**
 * Builds the explorer into a folder of its own (so that a site build running beside the
 * tests never shares apps/explorer/dist with them) and serves it on 127.0.0.1 for the
 * browser tests.
 */
export async function setup(project: TestProject): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  outDir = mkdtempSync(join(tmpdir(), 'mha-explorer-test-'));
  const started = performance.now();
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const buildSeconds = (performance.now() - started) / 1000;
  const served = await serveStatic(outDir, 0);
  server = served.server;
  project.provide('explorerUrl', served.url);
  project.provide('buildSeconds', buildSeconds);
  console.log(`explorer: built in ${buildSeconds.toFixed(1)} s, served at ${served.url}`);
}

export async function teardown(): Promise<void> {
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
