/**
 * The backends this project knows, best first, and the environment variable
 * that forces one. Kept free of TensorFlow.js imports so that configuration
 * files can validate `MHA_BACKEND` before anything heavy loads.
 */

/** Every backend name this project can choose, best first on some platform. */
export const BACKEND_NAMES = ['tensorflow', 'webgpu', 'webgl', 'wasm', 'cpu'] as const;

/** A backend this project can choose. */
export type BackendName = (typeof BACKEND_NAMES)[number];

/** Where the code runs; it decides which backends are candidates and in what order. */
export type Platform = 'node' | 'browser';

/**
 * The candidates on each platform, best first. In Node: native TensorFlow
 * (tfjs-node), then WebAssembly, then plain JavaScript. In a browser: the GPU
 * backends, then WebAssembly, then plain JavaScript.
 */
export const BACKEND_ORDER: Record<Platform, readonly BackendName[]> = {
  node: ['tensorflow', 'wasm', 'cpu'],
  browser: ['webgpu', 'webgl', 'wasm', 'cpu'],
};

/** The environment variable that forces a backend, e.g. `MHA_BACKEND=cpu`. */
export const BACKEND_ENV_VAR = 'MHA_BACKEND';

/** Thrown for a bad `MHA_BACKEND` value or a forced backend that cannot load. */
export class BackendError extends Error {
  override name = 'BackendError';
}

/**
 * Reads `MHA_BACKEND` from an environment.
 *
 * @returns the forced backend name, or `undefined` when the variable is unset or empty.
 * @throws BackendError when the value is not one of {@link BACKEND_NAMES}.
 */
export function readBackendOverride(
  env: Record<string, string | undefined>,
): BackendName | undefined {
  const raw = env[BACKEND_ENV_VAR];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = raw.trim();
  if (!(BACKEND_NAMES as readonly string[]).includes(value)) {
    throw new BackendError(
      `${BACKEND_ENV_VAR}=${JSON.stringify(value)} is not a backend; ` +
        `valid names are ${BACKEND_NAMES.join(', ')} (or leave it unset to pick the best one present).`,
    );
  }
  return value as BackendName;
}
