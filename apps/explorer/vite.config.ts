import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);
const wasmDist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));

/**
 * The wasm backend's binaries, served from the build's `wasm/` folder (no CDN). The
 * multi-threaded build is left out: browsers allow it only on cross-origin-isolated pages
 * (COOP/COEP headers), which plain static hosts do not send.
 */
const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'];

function tfjsWasmFiles(): Plugin {
  return {
    name: 'mha-tfjs-wasm-files',
    apply: 'build',
    generateBundle() {
      for (const name of WASM_FILES) {
        this.emitFile({
          type: 'asset',
          fileName: `wasm/${name}`,
          source: readFileSync(join(wasmDist, 'dist', name)),
        });
      }
    },
  };
}

/**
 * KaTeX's stylesheet lists each font as woff2, woff and ttf. Every browser that runs
 * this page reads woff2, so the other two are dropped instead of shipped.
 */
function katexWoff2Only(): Plugin {
  return {
    name: 'mha-katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css$/.test(id.split('?')[0]!)) return undefined;
      return code.replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\("(woff|truetype)"\)/g, '');
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the build works from any folder of any static host.
  base: './',
  resolve: {
    // Bundle the stage packages from their TypeScript sources: no package build needed.
    conditions: ['source', 'module', 'browser', 'development|production'],
    dedupe: ['@tensorflow/tfjs-core'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
  },
  plugins: [tfjsWasmFiles(), katexWoff2Only()],
});
