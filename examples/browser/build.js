// Bundles src/main.js with esbuild into dist/, with the page and the wasm
// backend's .wasm files beside it. Fails on any esbuild warning.
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

const result = await esbuild.build({
  entryPoints: [join(here, 'src/main.js')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  outfile: join(dist, 'bundle.js'),
  logLevel: 'silent',
});
if (result.warnings.length > 0) {
  const text = await esbuild.formatMessages(result.warnings, { kind: 'warning' });
  console.error(text.join('\n'));
  throw new Error(`esbuild: ${result.warnings.length} warning(s)`);
}

// The wasm backend fetches its .wasm binaries at run time from setWasmPaths.
const require = createRequire(import.meta.url);
const wasmDist = dirname(
  require.resolve('@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.node.js'),
);
for (const file of readdirSync(wasmDist).filter((f) => f.endsWith('.wasm'))) {
  copyFileSync(join(wasmDist, file), join(dist, file));
}

writeFileSync(
  join(dist, 'index.html'),
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Attention in the browser</title>
</head>
<body>
<h1>Multi-head attention and a few training steps</h1>
<p id="status">running…</p>
<pre id="result"></pre>
<script type="module" src="./bundle.js"></script>
</body>
</html>
`,
);

for (const file of readdirSync(dist)) {
  console.log(`dist/${file}  ${(statSync(join(dist, file)).size / 1024).toFixed(1)} kB`);
}
