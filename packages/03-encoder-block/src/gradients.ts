import { registerGradients } from '@mha/runtime/gradients';

/**
 * Makes sure TensorFlow.js can differentiate everything this package's models
 * compute, so that `tf.grad`, `tf.variableGrads` and the optimisers work with
 * `@tensorflow/tfjs-core` alone. `@tensorflow/tfjs-core` registers no gradient
 * functions by itself (`@tensorflow/tfjs` and tfjs-node do); this registers
 * `@mha/runtime`'s own, written from the math, for each kernel that has none
 * yet ({@link registerGradients}). No dynamic import, no generated code: it
 * works the same in Node (ES modules or CommonJS), in bundles and under a
 * strict content security policy. {@link trainReverseModel} and the parameter
 * initialisers call it; call it yourself before training parameters made some
 * other way. Safe to call again.
 */
export async function ensureGradients(): Promise<void> {
  registerGradients();
}
