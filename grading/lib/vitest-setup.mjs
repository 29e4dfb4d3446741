// @ts-check
// The grader's setup file for a vitest run: failure messages without stack frames,
// each test's `fails` flag fixed before it runs (so that a hook cannot turn a failure
// into an expected one), and the backend used written where the grader reads it.
// runner.mjs copies it next to a `grading.params.json` that says where.
import { readFileSync, writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeEach } from 'vitest';

/** @type {{ backendPath: string }} */
const params = JSON.parse(readFileSync(new URL('./grading.params.json', import.meta.url), 'utf8'));

Error.stackTraceLimit = 0;
beforeEach(({ task }) => {
  Object.defineProperty(task, 'fails', { value: task.fails, writable: false, configurable: false });
});
afterAll(() => writeFileSync(params.backendPath, String(tf.getBackend())));
