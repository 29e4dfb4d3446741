// Can tfjs's multithreaded wasm build run in Node with worker threads? Run with
// `pnpm bench wasm-threads`. It prints what happens at each step and, where the build starts,
// a 1024×1024 matMul timed with 1 and 2 threads asked for.
//
// tfjs-backend-wasm 4.22 answers "no threads" under Node outright (its flag
// WASM_HAS_MULTITHREAD_SUPPORT returns false when IS_NODE; tfjs issue 3830), so the flag is
// forced on here. Its threaded build then hands Emscripten's pthread pool a worker script and a
// main script as blob: URLs, which Node's worker_threads refuse; this benchmark writes both to
// a temporary folder instead and points the workers at the files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN_MARK = 'var WasmBackendModuleThreadedSimd';

async function child(threads: number, patched: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mha-wasm-threads-'));
  if (patched) {
    // The bundle's factory refers to its own renamed requires; define them for the worker.
    const prelude =
      "var require$$0 = require('fs'), require$$1 = require('path'), " +
      "require$$3 = require('perf_hooks'), require$$4 = require('os'), " +
      'commonjsGlobal = globalThis;\n';
    const texts = new WeakMap<Blob, string>();
    const NativeBlob = globalThis.Blob;
    globalThis.Blob = class extends NativeBlob {
      constructor(parts: Array<string | ArrayBuffer>, options?: { type?: string }) {
        super(parts, options);
        if (!parts.every((p) => typeof p === 'string')) return;
        const text = parts.join('');
        texts.set(this, text);
        if (text.startsWith(MAIN_MARK)) writeFileSync(join(dir, 'main.js'), prelude + text);
      }
    } as typeof Blob;
    URL.createObjectURL = (blob: Blob) => {
      const path = join(dir, 'worker.js');
      const load = `importScripts(${JSON.stringify(join(dir, 'main.js'))})`;
      const text = texts
        .get(blob)!
        .replace('if(typeof e.data.urlOrBlob=="string")', `if(true){${load}}else if(false)`);
      writeFileSync(path, text);
      return path;
    };
  }
  // tfjs-backend-wasm is a dependency of @mha/runtime: resolve it from there.
  const fromRuntime = createRequire(createRequire(import.meta.url).resolve('@mha/runtime'));
  const tf = await import('@tensorflow/tfjs-core');
  const wasm = (await import(fromRuntime.resolve('@tensorflow/tfjs-backend-wasm'))) as {
    setThreadsCount: (threads: number) => void;
    getThreadsCount: () => number;
  };
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
  wasm.setThreadsCount(threads);
  try {
    if (!(await tf.setBackend('wasm'))) throw new Error('setBackend returned false');
  } catch (error) {
    console.log(`  ${threads} thread(s) asked: the backend did not start: ${String(error)}`);
    return;
  }
  const module = (tf.backend() as unknown as { wasm: { PThread?: { unusedWorkers: unknown[] } } })
    .wasm;
  const a = tf.randomNormal([1024, 1024]);
  const b = tf.randomNormal([1024, 1024]);
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const start = performance.now();
    const c = tf.matMul(a, b);
    c.dataSync();
    if (i >= 2) times.push(performance.now() - start);
    c.dispose();
  }
  times.sort((x, y) => x - y);
  console.log(
    `  ${threads} thread(s) asked: the backend reports ${wasm.getThreadsCount()}; ` +
      `${module.PThread?.unusedWorkers.length ?? 0} idle pthread workers; 1024² matMul median ` +
      `${times[3]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)})`,
  );
}

const [mode, threads] = process.argv.slice(2);
if (mode === 'child') {
  await child(Number(threads), true);
  process.exit(0); // the idle pthread workers would keep Node alive
} else if (mode === 'unpatched') {
  await child(2, false);
  process.exit(0);
} else {
  console.log('tfjs wasm multithreaded build in Node (flag forced on):');
  const self = new URL(import.meta.url).pathname;
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', self, ...args], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    const lines = `${result.stdout}${result.stderr}`.split('\n');
    const wanted = lines.filter((l) => /^ {2}\S/.test(l) || /^TypeError.*ERR_WORKER_PATH/.test(l));
    console.log(
      wanted.map((l) => (/^ {2}\S/.test(l) ? l : `  as shipped: ${l.trim()}`)).join('\n'),
    );
  };
  run(['unpatched']);
  for (const n of [1, 2]) run(['child', String(n)]);
}
