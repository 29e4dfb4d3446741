export { backendsPresent } from '../core/backend.js';
export { onEveryBackend } from './backends.js';
export { type Comparable, expectClose, type Tolerance, toleranceFor } from './close.js';
export {
  type FixtureNumbers,
  type FixtureValue,
  nanFromNull,
  readFixtureCases,
} from './fixtures.js';
export { expectNoLeaks } from './leaks.js';
