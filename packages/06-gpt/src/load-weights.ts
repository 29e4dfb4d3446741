import { readFileUrl } from '#read-file';
import { tangPoetUrls } from '#tang-poet-url';
import type { GptModel } from './generate.js';
import { deserializeGpt } from './weights.js';

/** Options for {@link loadGptWeights} and {@link loadTangPoet}. */
export interface LoadOptions {
  /** The `fetch` used for http(s) and relative URLs. Default: the global `fetch`. */
  fetch?: (
    url: string,
  ) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;
}

/** A model file's bytes, or where to get them. */
export type WeightsSource = string | URL | ArrayBuffer | Uint8Array;

async function readBytes(source: string | URL, options: LoadOptions): Promise<Uint8Array> {
  const href = typeof source === 'string' ? source : source.href;
  if (href.startsWith('file:')) return readFileUrl(new URL(href)); // Node: a file read
  const get = options.fetch ?? globalThis.fetch;
  if (typeof get !== 'function') {
    throw new Error(`loadGptWeights: no fetch to get ${href}; pass options.fetch or the bytes`);
  }
  const response = await get(href);
  if (!response.ok) throw new Error(`loadGptWeights: ${href} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Loads a model file written by `serializeGpt` (the training script writes one): from its
 * bytes, from a `file:` URL (a file read, in Node), or from any other URL with `fetch` (in
 * browsers, a bundler's asset URL or a path on the page's server).
 *
 * @param source the bytes, or a URL (`URL` or string).
 * @param options `fetch` (default: the global one).
 * @returns `{ params, config, tokenizer }`; free the tensors with `disposeGpt(model.params)`.
 */
export async function loadGptWeights(
  source: WeightsSource,
  options: LoadOptions = {},
): Promise<GptModel & { meta?: Record<string, unknown> }> {
  const bytes =
    source instanceof Uint8Array || source instanceof ArrayBuffer
      ? source
      : await readBytes(source, options);
  return deserializeGpt(bytes);
}

/**
 * Loads the GPT trained on the Tang poems that ships with this package (`src/weights/
 * tang-poet.bin`, float16): in Node from the package's folder, in browsers from the asset
 * URL a bundler makes of it (or from `url` when given).
 *
 * @param options `url` (default: the file in this package), `fetch`.
 * @returns `{ params, config, tokenizer }`.
 * @throws when the package holds no trained weights yet.
 */
export async function loadTangPoet(
  options: LoadOptions & { url?: string | URL } = {},
): Promise<GptModel & { meta?: Record<string, unknown> }> {
  const candidates = options.url === undefined ? tangPoetUrls() : [options.url];
  const errors: string[] = [];
  for (const url of candidates) {
    try {
      return await loadGptWeights(url, options);
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  throw new Error(
    `loadTangPoet: no trained weights found (${errors.join('; ')}). A checkout of the ` +
      'repository makes them with `pnpm --filter @mha/gpt train`.',
  );
}
