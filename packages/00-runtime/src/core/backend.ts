import * as tf from '@tensorflow/tfjs-core';
import {
  BACKEND_ENV_VAR,
  BACKEND_ORDER,
  BackendError,
  type BackendName,
  type Platform,
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
  /** Where the choice was made: it decides the candidates and their order. */
  platform: Platform;
  /** The better backends that were passed over, with a one-line reason each. */
  skipped: SkippedBackend[];
  /** The one-line report, e.g. `backend: wasm (tensorflow skipped: not installed)`. */
  message: string;
}

/** Options for {@link useBestBackend}. */
export interface UseBestBackendOptions {
  /**
   * Environment to read `MHA_BACKEND` from. Default: the process environment in
   * Node, none in a browser (pass `{ MHA_BACKEND: 'cpu' }` to force one there).
   */
  env?: Record<string, string | undefined>;
  /** Where the one-line report goes. Default: `console.info`. Pass `false` for silence. */
  log?: ((line: string) => void) | false;
  /**
   * Which platform's candidates to try. Default: `'node'` when running under
   * Node.js, otherwise `'browser'`.
   */
  platform?: Platform;
}

/** The npm package that registers each backend. */
export const BACKEND_PACKAGES: Record<BackendName, string> = {
  tensorflow: '@tensorflow/tfjs-node',
  webgpu: '@tensorflow/tfjs-backend-webgpu',
  webgl: '@tensorflow/tfjs-backend-webgl',
  wasm: '@tensorflow/tfjs-backend-wasm',
  cpu: '@tensorflow/tfjs-backend-cpu',
};

interface NodeLike {
  versions?: { node?: unknown };
  env?: Record<string, string | undefined>;
}

/** Node's `process`, read as a property of the global object so that browsers never touch it. */
function nodeProcess(): NodeLike | undefined {
  const candidate = (globalThis as { process?: NodeLike }).process;
  return typeof candidate?.versions?.node === 'string' ? candidate : undefined;
}

/** `'node'` under Node.js, `'browser'` everywhere else. */
export function detectPlatform(): Platform {
  return nodeProcess() === undefined ? 'browser' : 'node';
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.trim() ?? text;
}

function isNotInstalled(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND';
}

/**
 * Imports a backend package by name. Only ever called in Node: in a browser the
 * application imports the backends it wants, and bundlers are told (by the
 * comments) to leave this import alone rather than try to resolve it.
 */
function importInNode(specifier: string): Promise<unknown> {
  return import(/* webpackIgnore: true */ /* @vite-ignore */ specifier);
}

/** Registers (in Node, by importing its package) and activates one backend; returns why not. */
async function tryBackend(name: BackendName, platform: Platform): Promise<string | undefined> {
  const pkg = BACKEND_PACKAGES[name];
  if (tf.findBackendFactory(name) == null) {
    if (platform === 'browser') return `not registered (import '${pkg}' to offer it)`;
    try {
      await importInNode(pkg);
    } catch (error) {
      return isNotInstalled(error)
        ? `${pkg} is not installed`
        : `${pkg} failed to load: ${firstLine(error)}`;
    }
    if (tf.findBackendFactory(name) == null) {
      return `${pkg} loaded but registered with a different copy of @tensorflow/tfjs-core`;
    }
  }
  try {
    const ok = await tf.setBackend(name);
    return ok ? undefined : `${pkg} could not initialise`;
  } catch (error) {
    return `${pkg} could not initialise: ${firstLine(error)}`;
  }
}

function resolveOptions(options: UseBestBackendOptions) {
  const platform = options.platform ?? detectPlatform();
  const env = options.env ?? nodeProcess()?.env ?? {};
  return { platform, forcedName: readBackendOverride(env) };
}

/**
 * Activates the fastest TensorFlow.js backend present.
 *
 * - In Node: `tensorflow` (tfjs-node), then `wasm`, then `cpu`, importing each
 *   package when it is installed and not yet registered.
 * - In a browser: `webgpu`, then `webgl`, then `wasm`, then `cpu`, among the
 *   backends the application has registered by importing their packages (it
 *   imports nothing itself, so a bundle holds only the backends you chose).
 *   For wasm, call `setWasmPaths` first when the `.wasm` files are not served
 *   beside the bundle.
 *
 * `MHA_BACKEND=tensorflow|webgpu|webgl|wasm|cpu` in `options.env` (in Node, the
 * process environment by default) forces one.
 *
 * Reports one line saying what it chose and why better ones were skipped,
 * never a stack trace. It also silences tfjs's own "install the node backend"
 * banner, since the line already says so.
 *
 * @returns the choice, with the reasons.
 * @throws BackendError for an unknown `MHA_BACKEND`, a forced backend that
 *   cannot start, or no backend at all.
 */
export async function useBestBackend(options: UseBestBackendOptions = {}): Promise<BackendChoice> {
  const { platform, forcedName } = resolveOptions(options);
  const log = options.log === undefined ? (line: string) => console.info(line) : options.log;
  tf.env().set('PROD', true);

  const skipped: SkippedBackend[] = [];
  const candidates = forcedName === undefined ? BACKEND_ORDER[platform] : [forcedName];
  for (const name of candidates) {
    const reason = await tryBackend(name, platform);
    if (reason === undefined) {
      const why =
        forcedName !== undefined
          ? `forced by ${BACKEND_ENV_VAR}=${name}`
          : skipped.length === 0
            ? 'the best available'
            : skipped.map((s) => `${s.name} skipped: ${s.reason}`).join('; ');
      const message = `backend: ${name} (${why})`;
      if (log) log(message);
      return { name, forced: forcedName !== undefined, platform, skipped, message };
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
 * The backends that start here, best first, by the same rules as
 * {@link useBestBackend}. With `MHA_BACKEND` set, only that one. Tests use it to
 * check results on every backend present. The active backend is restored.
 */
export async function backendsPresent(
  env?: Record<string, string | undefined>,
  platform: Platform = detectPlatform(),
): Promise<BackendName[]> {
  const { forcedName } = resolveOptions({ env, platform });
  const before = tf.getBackend();
  const present: BackendName[] = [];
  for (const name of forcedName === undefined ? BACKEND_ORDER[platform] : [forcedName]) {
    if ((await tryBackend(name, platform)) === undefined) present.push(name);
  }
  if (before !== undefined) await tf.setBackend(before);
  return present;
}
