// A library user's bundle of this stage holds attention, not the runtime's SVG charts:
// the charts live behind `@mha/runtime/charts`, which nothing in a stage imports.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const stageDir = fileURLToPath(new URL('..', import.meta.url));
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg'; // written by every chart

/** Minified ESM browser bundle of `entry`, tfjs-core left external, read from the sources. */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: stageDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    external: ['@tensorflow/*'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('a bundle of @mha/multi-head-attention', () => {
  it('holds no chart code', async () => {
    const text = await bundle(
      "export { causalMask, initMultiHeadAttention, multiHeadAttention, paddingMask } from '@mha/multi-head-attention';",
    );
    expect(text).toContain('multiHeadAttention'); // error messages name the function
    expect(text).not.toContain(SVG_NAMESPACE);
  });

  it('does hold the charts once the application imports them (the check can fail)', async () => {
    const text = await bundle(
      "export { multiHeadAttention } from '@mha/multi-head-attention';\n" +
        "export { heatmapSvg } from '@mha/runtime/charts';",
    );
    expect(text).toContain(SVG_NAMESPACE);
  });
});
