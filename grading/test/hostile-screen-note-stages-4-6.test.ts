// The hostile corpus of stages 4 to 6, graded with the screen taking notes (its advice to the teacher): see hostile-batch.ts.
import { expect, it } from 'vitest';
import { corpusStages, hostileCorpus } from './hostile-batch.js';

const FOLDERS = ['04-decoder-block', '05-efficient-attention', '06-gpt'];

it('has a hostile corpus for each of stages 4 to 6', () => {
  expect(corpusStages.filter((folder) => FOLDERS.includes(folder))).toEqual(FOLDERS);
});

hostileCorpus('note', FOLDERS);
