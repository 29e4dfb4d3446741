export { assertShape, formatShape } from './core/assert-shape.js';
export {
  BACKEND_PACKAGES,
  type BackendChoice,
  backendsPresent,
  detectPlatform,
  type SkippedBackend,
  type UseBestBackendOptions,
  useBestBackend,
} from './core/backend.js';
export {
  BACKEND_ENV_VAR,
  BACKEND_NAMES,
  BACKEND_ORDER,
  BackendError,
  type BackendName,
  type Platform,
  readBackendOverride,
} from './core/backend-names.js';
export {
  deriveSeed,
  glorotUniform,
  mulberry32,
  ones,
  seededNormal,
  seededUniform,
  zeros,
} from './core/init.js';
