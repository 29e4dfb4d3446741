import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Reads a `file:` URL with Node's file system: the Node variant of `#read-file`, selected by
 * the package's import map (browsers and bundlers get `read-file.ts`, which has no Node
 * built-in).
 */
export async function readFileUrl(url: URL): Promise<Uint8Array> {
  return new Uint8Array(await readFile(fileURLToPath(url)));
}
