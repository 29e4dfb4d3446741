// The Tang poem corpus as the data script prepares it: where it lives and how to read it.
// Used by the data, training and benchmark scripts (Node only; not part of the library).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CharTokenizer, type CharTokenizerJSON, tokenizerFromJSON } from '../src/index.js';

/** The package folder. */
export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the prepared corpus is cached (not in git). */
export const CACHE_DIR = join(PACKAGE_DIR, 'node_modules', '.cache', 'mha-gpt');
/** A character enters the vocabulary when it occurs at least this often in training. */
export const MIN_COUNT = 5;

/** The prepared corpus: the poems' texts, split into training and held-out poems. */
export interface Corpus {
  train: string[];
  heldOut: string[];
  tokenizer: CharTokenizer;
}

/** Reads the corpus the data script prepared; says how to prepare it when it is missing. */
export function readCorpus(): Corpus {
  const file = (name: string) => join(CACHE_DIR, name);
  if (!existsSync(file('tokenizer.json'))) {
    throw new Error('The Tang corpus is not prepared: run `pnpm --filter @mha/gpt data` first');
  }
  const poems = JSON.parse(readFileSync(file('poems.json'), 'utf8')) as Omit<Corpus, 'tokenizer'>;
  const json = JSON.parse(readFileSync(file('tokenizer.json'), 'utf8')) as CharTokenizerJSON;
  return { ...poems, tokenizer: tokenizerFromJSON(json) };
}
