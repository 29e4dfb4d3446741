// Importing this module makes tfjs-core differentiable: it registers tfjs-core's own
// gradient functions (which tfjs-core alone never registers), then this package's
// corrections over them.
import * as tf from '@tensorflow/tfjs-core';
// Resolved through this package.json's "imports": tfjs-core's own
// dist/register_all_gradients.js for bundlers and browsers, a pre-bundled copy of it in
// Node (whose ES module loader cannot read tfjs-core's extension-less imports).
import '#tfjs-gradients';
import { GRADIENTS } from './fixes.js';

export { GRADIENTS };

/**
 * Registers this package's gradients ({@link GRADIENTS}) over whatever is registered for
 * their kernels. Importing `@mha/runtime/gradients` already did; call it again only if
 * something registered other gradients since (importing `@tensorflow/tfjs` afterwards
 * does, with tfjs-core's versions). Safe to call any number of times.
 *
 * @returns the kernel names registered.
 */
export function registerGradients(): string[] {
  for (const config of GRADIENTS) tf.registerGradient(config);
  return GRADIENTS.map((config) => config.kernelName);
}

registerGradients();
