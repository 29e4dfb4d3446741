import * as tf from '@tensorflow/tfjs-core';
import {
  BACKEND_ENV_VAR,
  BACKEND_NAMES,
  BackendError,
  type BackendName,
  readBackendOverride,
} from './backend-names.js';

/** Why a backend was not used. */
export interface SkippedBackend {
  name: BackendName;
  reason: string;
}

/** What {@link useBestBackend} chose, and why. */
export interface BackendChoice {
  /** The backend now active in `tf`. */
  name: BackendName;
  /** True when `MHA_BACKEND` forced the choice. */
  forced: boolean;
  /** The better backends that were passed over, with a one-line reason each. */
  skipped: SkippedBackend[];
  /** The one-line report, e.g. `backend: wasm (tensorflow skipped: not installed)`. */
  message: string;
}

/** Options for {@link useBestBackend}. */
export interface UseBestBackendOptions {
  /** Environment to read `MHA_BACKEND` from. Default: `process.env`. */
  env?: Record<string, string | undefined>;
  /** Where the one-line report goes. Default: `console.error`. Pass `false` for silence. */
  log?: ((line: string) => void) | false;
}

// The package names are held in variables so TypeScript does not demand type
// declarations for an optional package that may be absent.
const PACKAGES: Record<BackendName, string> = {
  tensorflow: '@tensorflow/tfjs-node',
  wasm: '@tensorflow/tfjs-backend-wasm',
  cpu: '@tensorflow/tfjs-backend-cpu',
};

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.trim() ?? text;
}

function isNotInstalled(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND';
}

/** Loads and activates one backend; returns why not, or `undefined` on success. */
async function tryBackend(name: BackendName): Promise<string | undefined> {
  const pkg = PACKAGES[name];
  try {
    await import(pkg);
  } catch (error) {
    return isNotInstalled(error)
      ? `${pkg} is not installed`
      : `${pkg} failed to load: ${firstLine(error)}`;
  }
  if (tf.findBackendFactory(name) === undefined) {
    return `${pkg} loaded but registered with a different copy of @tensorflow/tfjs-core`;
  }
  try {
    const ok = await tf.setBackend(name);
    return ok ? undefined : `${pkg} could not initialise`;
  } catch (error) {
    return `${pkg} could not initialise: ${firstLine(error)}`;
  }
}

/**
 * Activates the fastest TensorFlow.js backend present: `tensorflow` (tfjs-node),
 * then `wasm`, then `cpu`. `MHA_BACKEND=cpu|wasm|tensorflow` forces one.
 *
 * Prints one line saying what it chose and why better ones were skipped, never
 * a stack trace. It also silences tfjs's own "install the node backend" banner,
 * since the line already says so.
 *
 * @returns the choice, with the reasons.
 * @throws BackendError for an unknown `MHA_BACKEND`, or a forced backend that cannot load.
 */
export async function useBestBackend(options: UseBestBackendOptions = {}): Promise<BackendChoice> {
  const env = options.env ?? process.env;
  const log = options.log === undefined ? (line: string) => console.error(line) : options.log;
  const forcedName = readBackendOverride(env);
  tf.env().set('PROD', true);

  const skipped: SkippedBackend[] = [];
  const candidates = forcedName === undefined ? BACKEND_NAMES : [forcedName];
  for (const name of candidates) {
    const reason = await tryBackend(name);
    if (reason === undefined) {
      const why =
        forcedName !== undefined
          ? `forced by ${BACKEND_ENV_VAR}=${name}`
          : skipped.length === 0
            ? 'the best available'
            : skipped.map((s) => `${s.name} skipped: ${s.reason}`).join('; ');
      const message = `backend: ${name} (${why})`;
      if (log) log(message);
      return { name, forced: forcedName !== undefined, skipped, message };
    }
    if (forcedName !== undefined) {
      throw new BackendError(`${BACKEND_ENV_VAR}=${name} was requested, but ${reason}.`);
    }
    skipped.push({ name, reason });
  }
  throw new BackendError(
    `no TensorFlow.js backend could start: ${skipped.map((s) => `${s.name}: ${s.reason}`).join('; ')}.`,
  );
}

/**
 * The backends that load here, best first. With `MHA_BACKEND` set, only that
 * one. Tests use it to check results on every backend present. The active
 * backend is restored afterwards.
 */
export async function backendsPresent(
  env: Record<string, string | undefined> = process.env,
): Promise<BackendName[]> {
  const forcedName = readBackendOverride(env);
  const before = tf.getBackend();
  const present: BackendName[] = [];
  for (const name of forcedName === undefined ? BACKEND_NAMES : [forcedName]) {
    if ((await tryBackend(name)) === undefined) present.push(name);
  }
  if (before !== undefined) await tf.setBackend(before);
  return present;
}
