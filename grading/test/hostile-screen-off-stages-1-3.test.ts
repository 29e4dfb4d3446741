// The hostile corpus of stages 1 to 3, graded with the screen off, so that the judge and the sandbox alone must hold: see hostile-batch.ts.
import { hostileCorpus } from './hostile-batch.js';

hostileCorpus('off', ['01-', '02-', '03-']);
