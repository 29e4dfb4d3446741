import * as tf from '@tensorflow/tfjs-core';

/** A parameter object: tensors, possibly in arrays and nested objects, beside plain settings. */
type Nested = tf.Tensor | number | string | boolean | null | Nested[] | { [key: string]: unknown };

/**
 * Makes a parameter object trainable: the same structure with every tensor replaced by a
 * `tf.Variable` holding its values. Each original tensor is disposed; numbers, strings and
 * booleans in the structure are kept as they are.
 *
 * @param params a parameter object, e.g. from an `init…` function.
 * @param out every new variable is also pushed onto this list: the list an optimiser
 *   updates and the caller disposes (`tf.dispose(out)`).
 * @returns the trainable copy of `params`.
 */
export function toVariables<T>(params: T, out: tf.Variable[]): T {
  if (!Array.isArray(out)) {
    throw new Error(`toVariables: argument 'out' must be an array to collect the variables`);
  }
  const walk = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (node instanceof tf.Tensor) {
      const variable = tf.variable(node);
      node.dispose();
      out.push(variable);
      return variable;
    }
    if (Array.isArray(node)) return node.map(walk);
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
  };
  return walk(params as Nested) as T;
}
