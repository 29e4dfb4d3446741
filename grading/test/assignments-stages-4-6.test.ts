// The assignments end to end (assignments-e2e.ts) for stages 4 to 6.
import { assignmentSuite } from './assignments-e2e.js';

assignmentSuite(['04-', '05-', '06-']);
