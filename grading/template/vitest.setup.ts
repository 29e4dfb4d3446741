// Runs before the tests: activates the best TensorFlow.js backend present
// (MHA_BACKEND=cpu|wasm|tensorflow forces one) and prints one line saying which.
import { useBestBackend } from '@mha/runtime';

const announced = globalThis as { __mhaBackendAnnounced?: boolean };
await useBestBackend({ log: announced.__mhaBackendAnnounced ? false : undefined });
announced.__mhaBackendAnnounced = true;
