// The hostile corpus of stages 1 to 3, graded with the screen taking notes (its advice to the teacher): see hostile-batch.ts.
import { hostileCorpus } from './hostile-batch.js';

hostileCorpus('note', ['01-', '02-', '03-']);
