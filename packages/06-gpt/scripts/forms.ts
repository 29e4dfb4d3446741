// Does the model write in form? For five- and seven-character first lines (the first line of
// the first 200 regular held-out poems of each size, with its `，`), it samples one poem per
// seed 1 … 200 (temperature 0.8, top-k 40) and counts the regular ones (every line 5 or 7
// characters, `，` and `。` alternating, ending in `。`, 4 or 8 lines). The interpolated
// trigram, trained on the same poems with the same tokenizer, is sampled the same way.
//
//   pnpm --filter @mha/gpt forms                      # the shipped model
//   pnpm --filter @mha/gpt forms -- --model file.bin  # any weights file
//   pnpm --filter @mha/gpt forms -- --samples 20      # fewer samples, for a quick look
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { useBestBackend } from '@mha/runtime';
import {
  disposeGpt,
  generate,
  loadGptWeights,
  loadTangPoet,
  regularPoemForm,
  sampleNgram,
  trainNgram,
} from '../src/index.js';
import { readCorpus } from './corpus.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? undefined : args[i + 1];
};
const samples = Number(option('samples') ?? 200);
const modelFile = option('model');
await useBestBackend({ env: { MHA_BACKEND: process.env.MHA_BACKEND ?? 'wasm' } });
const corpus = readCorpus();
const model = modelFile
  ? await loadGptWeights(new Uint8Array(readFileSync(resolve(modelFile))))
  : await loadTangPoet();
const trigram = trainNgram(corpus.train, corpus.tokenizer, 3);
const sampling = { temperature: 0.8, topK: 40, maxNewTokens: 120 };

for (const size of [5, 7] as const) {
  const firstLines = corpus.heldOut
    .filter((poem) => regularPoemForm(poem) === size)
    .slice(0, samples)
    .map((poem) => [...poem].slice(0, size + 1).join(''));
  let ours = 0;
  let counted = 0;
  const examples: string[] = [];
  firstLines.forEach((prompt, i) => {
    const seed = i + 1;
    const poem = prompt + generate(model, prompt, { ...sampling, seed });
    const fromTrigram = prompt + sampleNgram(trigram, prompt, { ...sampling, seed });
    if (regularPoemForm(poem) === size) ours++;
    if (regularPoemForm(fromTrigram) === size) counted++;
    if (i < 3) examples.push(`  GPT:     ${poem}`, `  trigram: ${fromTrigram}`);
  });
  const n = firstLines.length;
  console.log(
    `${size}-character first lines, ${n} samples (seeds 1 … ${n}, temperature 0.8, top-k 40):`,
  );
  console.log(
    `  regular poems: GPT ${ours}/${n} (${((100 * ours) / n).toFixed(1)}%), trigram ${counted}/${n}`,
  );
  console.log(examples.join('\n'));
}
disposeGpt(model.params);
