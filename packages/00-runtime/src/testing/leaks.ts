import * as tf from '@tensorflow/tfjs-core';

/**
 * Runs `fn` and throws if it changed the number of live tensors.
 * Dispose whatever `fn` creates inside `fn` itself.
 *
 * @returns whatever `fn` returned.
 * @throws Error `leaked 2 tensor(s): 10 live before, 12 after` (or "freed" for the reverse).
 */
export async function expectNoLeaks<T>(fn: () => T | Promise<T>, label = 'callback'): Promise<T> {
  const before = tf.memory().numTensors;
  const result = await fn();
  const after = tf.memory().numTensors;
  if (after !== before) {
    const verb = after > before ? 'leaked' : 'freed';
    throw new Error(
      `${label} ${verb} ${Math.abs(after - before)} tensor(s): ${before} live before, ${after} after`,
    );
  }
  return result;
}
