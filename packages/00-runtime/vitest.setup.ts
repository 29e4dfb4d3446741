// vitest setup file shared by every package: activate the best backend once
// per test process (or the one MHA_BACKEND forces) before any test runs.
import { useBestBackend } from './src/core/backend.ts';

const announced = globalThis as { __mhaBackendAnnounced?: boolean };
await useBestBackend({ log: announced.__mhaBackendAnnounced ? false : undefined });
announced.__mhaBackendAnnounced = true;
