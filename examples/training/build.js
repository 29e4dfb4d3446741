// Bundles src/main.js with esbuild into dist/ beside its page. Fails on any warning.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
writeFileSync(
  join(dist, 'index.html'),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Training on tfjs-core</title></head>
<body>
<p id="status">running…</p>
<pre id="result"></pre>
<script type="module" src="./bundle.js"></script>
</body>
</html>
`,
);
console.log(`dist/bundle.js  ${(statSync(join(dist, 'bundle.js')).size / 1024).toFixed(1)} kB`);
