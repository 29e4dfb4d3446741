import * as tf from '@tensorflow/tfjs-core';

// tfjs-core defines the gradient of every op but registers none of them in its
// Node bundle; `@tensorflow/tfjs` (or tfjs-node) registers them when imported,
// and bundlers can import tfjs-core's own `register_all_gradients` module.
// Without one of these, tf.grad, tf.variableGrads and every optimiser fail with
// "gradient function not found".

const PROBE_KERNEL = 'BatchMatMul';
const TFJS_UNION_PACKAGE = '@tensorflow/tfjs';
const CORE_GRADIENTS = '@tensorflow/tfjs-core/dist/register_all_gradients.js';

// tfjs-core's ES-module files import their neighbours without the `.js`
// extension that Node's ES-module loader requires ('./ops/mul'). This
// resolution hook retries such imports, and only those made inside
// tfjs-core's dist folder, with '.js' and then '/index.js'.
const RESOLVE_HOOK = `
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    const inTfjsCore = context.parentURL?.includes('/@tensorflow/tfjs-core/dist/');
    if (!inTfjsCore || !specifier.startsWith('.')) throw error;
    try {
      return await next(specifier + '.js', context);
    } catch {
      return next(specifier + '/index.js', context);
    }
  }
}`;

// A real dynamic import, also in this package's CommonJS build, where
// TypeScript compiles import() to require(), which cannot load ES modules
// through a resolution hook.
const nativeImport = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<unknown>;

function gradientsRegistered(): boolean {
  return tf.getGradient(PROBE_KERNEL) !== undefined;
}

/** Registers the resolution hook with Node; does nothing where `node:module` has no `register`. */
async function registerResolveHook(): Promise<void> {
  try {
    const { register } = (await import('node:module')) as Partial<typeof import('node:module')>;
    register?.(`data:text/javascript,${encodeURIComponent(RESOLVE_HOOK)}`);
  } catch {
    // not Node: bundlers resolve tfjs-core's imports themselves
  }
}

/**
 * Makes sure TensorFlow.js has its gradient functions, so that `tf.grad`,
 * `tf.variableGrads` and the optimisers work. It tries, in order:
 *
 * 1. nothing, when they are already registered (by `@tensorflow/tfjs`, tfjs-node,
 *    or an `import '@tensorflow/tfjs-core/dist/register_all_gradients'`);
 * 2. importing `@tensorflow/tfjs`, when it is installed;
 * 3. importing tfjs-core's own `register_all_gradients` module, which in plain
 *    Node needs a resolution hook and takes a few seconds, once per process.
 *
 * @throws Error when none of these works, saying what to install.
 */
export async function ensureGradients(): Promise<void> {
  if (gradientsRegistered()) return;
  try {
    await import(TFJS_UNION_PACKAGE);
  } catch {
    // not installed: fall through to tfjs-core's own registration module
  }
  if (gradientsRegistered()) return;
  await registerResolveHook();
  const problems: string[] = [];
  // The first loader is this build's own import() (native in ESM and in test runners,
  // require() in CommonJS); the second a native import() in every build.
  for (const load of [(s: string) => import(s), nativeImport]) {
    try {
      await load(CORE_GRADIENTS);
      if (gradientsRegistered()) return;
    } catch (error) {
      problems.push((error as Error).message.split('\n')[0]!);
    }
  }
  throw new Error(
    `ensureGradients: TensorFlow.js has no gradient functions registered, and loading ` +
      `${CORE_GRADIENTS} failed (${problems.join('; ')}); install and import ${TFJS_UNION_PACKAGE}`,
  );
}
