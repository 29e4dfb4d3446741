// The assignments end to end (assignments-e2e.ts) for stages 1 to 3.
import { assignmentSuite } from './assignments-e2e.js';

assignmentSuite(['01-', '02-', '03-']);
