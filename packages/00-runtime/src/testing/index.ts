export { backendsPresent } from '../backend.js';
export { type Comparable, expectClose, type Tolerance, toleranceFor } from './close.js';
export { expectNoLeaks } from './leaks.js';
