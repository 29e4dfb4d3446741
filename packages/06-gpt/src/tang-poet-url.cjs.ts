/** The folder of this module in the CommonJS build (`dist/cjs/`), which Node defines. */
declare const __dirname: string;

/**
 * Where the shipped weights are, from the CommonJS build (`dist/cjs/`) back to the sources:
 * the CommonJS variant of `#tang-poet-url` (CommonJS has no `import.meta`).
 */
export function tangPoetUrls(): URL[] {
  const folder = __dirname.replace(/\\/g, '/');
  const root = folder.startsWith('/') ? `file://${folder}` : `file:///${folder}`;
  return [new URL(`${encodeURI(root)}/../../src/weights/tang-poet.bin`)];
}
