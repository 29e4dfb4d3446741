import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { backendsPresent, useBestBackend } from './backend.js';
import { BACKEND_NAMES, readBackendOverride } from './backend-names.js';

const initial = tf.getBackend();
afterAll(async () => {
  await tf.setBackend(initial);
});

describe('readBackendOverride', () => {
  it('is undefined when unset or blank', () => {
    expect(readBackendOverride({})).toBeUndefined();
    expect(readBackendOverride({ MHA_BACKEND: '  ' })).toBeUndefined();
  });

  it('accepts every valid name', () => {
    for (const name of BACKEND_NAMES) expect(readBackendOverride({ MHA_BACKEND: name })).toBe(name);
  });

  it('rejects an unknown name in one line that lists the valid ones', () => {
    let message = '';
    try {
      readBackendOverride({ MHA_BACKEND: 'webgpu' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      'MHA_BACKEND="webgpu" is not a backend; valid names are tensorflow, wasm, cpu ' +
        '(or leave it unset to pick the best one present).',
    );
    expect(message).not.toContain('\n');
  });
});

describe('useBestBackend', () => {
  it('picks the first backend that loads and explains every skip in one line', async () => {
    const lines: string[] = [];
    const choice = await useBestBackend({ env: {}, log: (l) => lines.push(l) });
    expect(tf.getBackend()).toBe(choice.name);
    expect(choice.forced).toBe(false);
    expect(lines).toEqual([choice.message]);
    expect(choice.message).not.toContain('\n');
    // Every backend better than the chosen one was skipped, with a reason.
    const better = BACKEND_NAMES.slice(0, BACKEND_NAMES.indexOf(choice.name));
    expect(choice.skipped.map((s) => s.name)).toEqual(better);
    for (const s of choice.skipped)
      expect(choice.message).toContain(`${s.name} skipped: ${s.reason}`);
  });

  it('honours a forced backend', async () => {
    const choice = await useBestBackend({ env: { MHA_BACKEND: 'cpu' }, log: false });
    expect(choice).toMatchObject({ name: 'cpu', forced: true, skipped: [] });
    expect(choice.message).toBe('backend: cpu (forced by MHA_BACKEND=cpu)');
    expect(tf.getBackend()).toBe('cpu');
  });

  it('throws a one-line error for an unknown forced backend', async () => {
    await expect(useBestBackend({ env: { MHA_BACKEND: 'gpu' }, log: false })).rejects.toThrow(
      /^MHA_BACKEND="gpu" is not a backend; valid names are tensorflow, wasm, cpu/,
    );
  });

  it('reports a forced backend that cannot load, without a stack trace in the message', async () => {
    const present = await backendsPresent({});
    if (present.includes('tensorflow')) return; // tfjs-node installed: nothing to refuse here
    await expect(
      useBestBackend({ env: { MHA_BACKEND: 'tensorflow' }, log: false }),
    ).rejects.toThrow(
      'MHA_BACKEND=tensorflow was requested, but @tensorflow/tfjs-node is not installed.',
    );
  });
});

describe('backendsPresent', () => {
  it('always includes cpu and wasm, best first, and restores the active backend', async () => {
    await tf.setBackend('cpu');
    const present = await backendsPresent({});
    expect(present.slice(-2)).toEqual(['wasm', 'cpu']);
    expect(tf.getBackend()).toBe('cpu');
  });

  it('lists only the forced backend when MHA_BACKEND is set', async () => {
    expect(await backendsPresent({ MHA_BACKEND: 'wasm' })).toEqual(['wasm']);
  });
});
