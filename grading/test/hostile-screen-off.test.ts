// The hostile corpus of every judged stage, graded with the screen off, so that the judge and the sandbox alone must hold: see hostile-batch.ts.
import { hostileCorpus } from './hostile-batch.js';

hostileCorpus('off');
