import * as tf from '@tensorflow/tfjs-core';

/** A parameter object: tensors, possibly in arrays and nested objects, beside plain settings. */
type Nested = tf.Tensor | number | boolean | Nested[] | { [key: string]: Nested | undefined };

/**
 * The same parameter structure with every tensor replaced by a trainable
 * `tf.Variable` holding its values; each original tensor is disposed, and every
 * variable is also pushed onto `out` (the list an optimiser updates and the
 * caller disposes). Numbers and booleans in the structure are kept as they are.
 */
export function toVariables<T>(value: T, out: tf.Variable[]): T {
  const walk = (node: Nested | undefined): Nested | undefined => {
    if (node === undefined || typeof node !== 'object') return node;
    if (node instanceof tf.Tensor) {
      const variable = tf.variable(node);
      node.dispose();
      out.push(variable);
      return variable;
    }
    if (Array.isArray(node)) return node.map((child) => walk(child)!);
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
  };
  return walk(value as Nested) as T;
}

/** Lets pending output and events through: a macrotask, in Node and in browsers alike. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
