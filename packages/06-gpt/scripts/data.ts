// Prepares the Tang poem corpus from the chinese-poetry package (a development dependency)
// into a cache folder, and prints its counts and the n-gram baselines on the held-out poems.
//
//   pnpm --filter @mha/gpt data
//
// A poem's text is its paragraphs joined with nothing between them, punctuation kept. The
// held-out poems are those whose id begins with "f"; every figure is reported on them.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildCharTokenizer, ngramBitsPerChar, trainNgram } from '../src/index.js';
import { CACHE_DIR, MIN_COUNT } from './corpus.js';

interface Poem {
  id: string;
  paragraphs: string[];
}

const require = createRequire(import.meta.url);
const folder = join(dirname(require.resolve('chinese-poetry/package.json')), 'dist', 'quantangshi');
const files = readdirSync(folder).filter((f) => /^poet\.tang\.\d+\.json$/.test(f));
const poems = files
  .sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]))
  .flatMap((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as Poem[]);
const text = (p: Poem) => p.paragraphs.join('');
// a poem with no paragraphs stays: its text is empty, and its <eos> still counts
const train = poems.filter((p) => !p.id.startsWith('f')).map(text);
const heldOut = poems.filter((p) => p.id.startsWith('f')).map(text);
const chars = (texts: string[]) => texts.reduce((n, t) => n + [...t].length, 0);

const tokenizer = buildCharTokenizer(train, { minCount: MIN_COUNT });
mkdirSync(CACHE_DIR, { recursive: true });
writeFileSync(join(CACHE_DIR, 'poems.json'), JSON.stringify({ train, heldOut }));
writeFileSync(join(CACHE_DIR, 'tokenizer.json'), JSON.stringify(tokenizer.toJSON()));

const distinct = new Set(train.flatMap((t) => [...t])).size;
const unknown = heldOut.flatMap((t) => tokenizer.encode(t)).filter((id) => id === 1).length;
console.log(`${files.length} files, ${poems.length} poems`);
console.log(`training: ${train.length} poems, ${chars(train)} characters, ${distinct} distinct`);
console.log(`held-out (id begins with f): ${heldOut.length} poems, ${chars(heldOut)} characters`);
console.log(
  `vocabulary (min count ${MIN_COUNT}): ${tokenizer.vocabSize} tokens; ` +
    `${((100 * (chars(heldOut) - unknown)) / chars(heldOut)).toFixed(2)}% of held-out characters known`,
);
for (const [label, tok] of [
  ['every training character', buildCharTokenizer(train)],
  [`min count ${MIN_COUNT}`, tokenizer],
] as const) {
  const figures = ([1, 2, 3] as const).map((order) =>
    ngramBitsPerChar(trainNgram(train, tok, order), heldOut).toFixed(3),
  );
  console.log(
    `held-out bits/char, ${label}: unigram ${figures[0]}, bigram ${figures[1]}, trigram ${figures[2]}`,
  );
}
console.log('corpus written to node_modules/.cache/mha-gpt/');
