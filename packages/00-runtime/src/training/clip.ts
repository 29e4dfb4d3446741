import * as tf from '@tensorflow/tfjs-core';

/**
 * Scales a set of gradients together so that their global norm is at most `maxNorm`;
 * below it they are returned unchanged.
 *
 * $$\|g\| = \sqrt{\textstyle\sum_k \|g_k\|_2^2}, \qquad
 *   g_k \leftarrow g_k \cdot \min\left(1, \frac{c}{\|g\|}\right)$$
 *
 * @param grads the gradients by variable name (as `tf.variableGrads` and
 *   `optimizer.computeGradients` return them). They are not disposed.
 * @param maxNorm c, > 0.
 * @returns `{ grads, norm }`: new tensors (the caller disposes them) and the norm before
 *   clipping.
 */
export function clipByGlobalNorm(
  grads: tf.NamedTensorMap,
  maxNorm: number,
): { grads: tf.NamedTensorMap; norm: number } {
  const fn = 'clipByGlobalNorm';
  if (grads === null || typeof grads !== 'object') {
    throw new Error(`${fn}: argument 'grads' must be an object of tensors by name`);
  }
  if (!(maxNorm > 0) || !Number.isFinite(maxNorm)) {
    throw new Error(`${fn}: argument 'maxNorm' must be a finite number > 0, got ${maxNorm}`);
  }
  const names = Object.keys(grads);
  for (const name of names) {
    if (!(grads[name] instanceof tf.Tensor)) {
      throw new Error(`${fn}: grads['${name}'] must be a tf.Tensor`);
    }
  }
  const norm = tf.tidy(() => {
    const squares = names.map((name) => tf.sum(tf.square(grads[name]!))); // each ‖g_k‖²
    return squares.length === 0 ? 0 : Math.sqrt(tf.addN(squares).dataSync()[0]!);
  });
  const scale = norm > maxNorm ? maxNorm / norm : 1;
  const clipped = tf.tidy(() =>
    Object.fromEntries(names.map((name) => [name, tf.mul(grads[name]!, scale)])),
  );
  return { grads: clipped, norm };
}
