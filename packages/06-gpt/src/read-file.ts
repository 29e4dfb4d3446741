/**
 * Reads a `file:` URL. Outside Node there is no file system to read: this variant, the one
 * browsers and bundlers get, says so. Node gets `read-file.node.ts` through the package's
 * `#read-file` import map.
 */
export async function readFileUrl(url: URL): Promise<Uint8Array> {
  throw new Error(
    `loadGptWeights: cannot read ${url.href} here (no file system); pass an http(s) URL or ` +
      'the bytes themselves',
  );
}
