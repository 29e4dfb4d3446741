// Importing the runtime's gradients registers them (this module is listed in sideEffects).
import { registerGradients } from '@mha/runtime/gradients';

/**
 * Makes sure TensorFlow.js can differentiate what this package's models compute, so that
 * `tf.grad`, `tf.variableGrads` and the optimisers work with `@tensorflow/tfjs-core`
 * alone. Importing this package already did it (it imports `@mha/runtime/gradients`,
 * which registers tfjs-core's own gradients and the runtime's corrections); call it only
 * if something registered other gradients since, such as `@tensorflow/tfjs` imported
 * later. Safe to call again.
 */
export async function ensureGradients(): Promise<void> {
  registerGradients();
}
