// The hostile corpus of stages 1 to 3, graded with the screen taking notes (its advice to the teacher): see hostile-batch.ts.
import { expect, it } from 'vitest';
import { corpusStages, hostileCorpus } from './hostile-batch.js';

const FOLDERS = ['01-scaled-dot-product-attention', '02-multi-head-attention', '03-encoder-block'];

it('has a hostile corpus for each of stages 1 to 3', () => {
  expect(corpusStages.filter((folder) => FOLDERS.includes(folder))).toEqual(FOLDERS);
});

hostileCorpus('note', FOLDERS);
