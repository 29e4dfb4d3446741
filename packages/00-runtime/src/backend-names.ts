/**
 * The backends this project knows, best first, and the environment variable
 * that forces one. Kept free of TensorFlow.js imports so that configuration
 * files can validate `MHA_BACKEND` before anything heavy loads.
 */

/** Backend names in order of preference: native TensorFlow, then wasm, then plain JS. */
export const BACKEND_NAMES = ['tensorflow', 'wasm', 'cpu'] as const;

/** A backend this project can choose. */
export type BackendName = (typeof BACKEND_NAMES)[number];

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
