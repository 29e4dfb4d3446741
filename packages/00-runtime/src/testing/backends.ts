import * as tf from '@tensorflow/tfjs-core';
import { backendsPresent } from '../core/backend.js';

/**
 * Runs `check` once on every backend present (only the forced one under MHA_BACKEND),
 * awaiting it when it returns a promise, then restores the backend that was active, also
 * when a check throws.
 */
export async function onEveryBackend(
  check: (backend: string) => void | Promise<void>,
): Promise<void> {
  const initial = tf.getBackend();
  try {
    for (const backend of await backendsPresent()) {
      await tf.setBackend(backend);
      await check(backend);
    }
  } finally {
    await tf.setBackend(initial);
  }
}
