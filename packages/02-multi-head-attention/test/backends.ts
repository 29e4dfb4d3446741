import { backendsPresent } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';

/**
 * Runs `check` once on every backend present (only the forced one under MHA_BACKEND),
 * then restores the backend that was active.
 */
export async function onEveryBackend(check: (backend: string) => void): Promise<void> {
  const initial = tf.getBackend();
  for (const backend of await backendsPresent()) {
    await tf.setBackend(backend);
    check(backend);
  }
  await tf.setBackend(initial);
}
