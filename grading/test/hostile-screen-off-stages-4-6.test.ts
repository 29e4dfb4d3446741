// The hostile corpus of stages 4 to 6, graded with the screen off, so that the judge and the sandbox alone must hold: see hostile-batch.ts.
import { hostileCorpus } from './hostile-batch.js';

hostileCorpus('off', ['04-', '05-', '06-']);
