import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveStatic } from '../scripts/static-server.mjs';

export interface ServedExplorer {
  url: string;
  buildSeconds: number;
  close(): Promise<void>;
}

/**
 * Builds the explorer into a folder of its own (so that a site build running beside it never
 * shares apps/explorer/dist) and serves it on 127.0.0.1; `close` stops the server and removes
 * the folder. Used by the browser tests and by `pnpm bench explorer`.
 */
export async function buildAndServe(): Promise<ServedExplorer> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), 'mha-explorer-'));
  try {
    const started = performance.now();
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const buildSeconds = (performance.now() - started) / 1000;
    const { server, url } = await serveStatic(outDir, 0);
    return {
      url,
      buildSeconds,
      async close() {
        await new Promise((done) => server.close(done));
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}
