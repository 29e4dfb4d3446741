// The assignments end to end (assignments-e2e.ts) for stages 1 to 3.
import { expect, it } from 'vitest';
import { assignmentSuite, suiteStages } from './assignments-e2e.js';

const FOLDERS = ['01-scaled-dot-product-attention', '02-multi-head-attention', '03-encoder-block'];

it('knows a deliberate bug for each of stages 1 to 3', () => {
  expect(suiteStages.filter((folder) => FOLDERS.includes(folder))).toEqual(FOLDERS);
});

assignmentSuite(FOLDERS);
