// The hostile corpus of stages 4 to 6, graded with the screen taking notes (its advice to the teacher): see hostile-batch.ts.
import { hostileCorpus } from './hostile-batch.js';

hostileCorpus('note', ['04-', '05-', '06-']);
