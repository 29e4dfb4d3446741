// The assignments end to end (assignments-e2e.ts) for stages 4 to 6.
import { expect, it } from 'vitest';
import { assignmentSuite, suiteStages } from './assignments-e2e.js';

const FOLDERS = ['04-decoder-block', '05-efficient-attention', '06-gpt'];

it('knows a deliberate bug for each of stages 4 to 6', () => {
  expect(suiteStages.filter((folder) => FOLDERS.includes(folder))).toEqual(FOLDERS);
});

assignmentSuite(FOLDERS);
