/**
 * Where the shipped weights may be, relative to this module: beside it in the sources
 * (`src/weights/`), or from the ES module build (`dist/esm/`) back to the sources. Written as
 * `new URL('…', import.meta.url)`, the form bundlers turn into asset URLs.
 */
export function tangPoetUrls(): URL[] {
  return [
    new URL('./weights/tang-poet.bin', import.meta.url),
    new URL('../../src/weights/tang-poet.bin', import.meta.url),
  ];
}
