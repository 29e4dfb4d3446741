// The hostile corpus of every judged stage, graded with the screen taking notes (its advice to the teacher): see hostile-batch.ts.
import { hostileCorpus } from './hostile-batch.js';

hostileCorpus('note');
