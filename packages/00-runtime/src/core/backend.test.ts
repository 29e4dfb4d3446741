import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { backendsPresent, detectPlatform, useBestBackend } from './backend.js';
import { BACKEND_NAMES, BACKEND_ORDER, readBackendOverride } from './backend-names.js';

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
      readBackendOverride({ MHA_BACKEND: 'gpu' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      'MHA_BACKEND="gpu" is not a backend; valid names are tensorflow, webgpu, webgl, wasm, cpu ' +
        '(or leave it unset to pick the best one present).',
    );
    expect(message).not.toContain('\n');
  });
});

describe('detectPlatform', () => {
  it('says node under Node.js', () => {
    expect(detectPlatform()).toBe('node');
  });
});

describe('useBestBackend', () => {
  it('picks the first backend that loads and explains every skip in one line', async () => {
    const lines: string[] = [];
    const choice = await useBestBackend({ env: {}, log: (l) => lines.push(l) });
    expect(tf.getBackend()).toBe(choice.name);
    expect(choice.forced).toBe(false);
    expect(choice.platform).toBe('node');
    expect(lines).toEqual([choice.message]);
    expect(choice.message).not.toContain('\n');
    // Every backend better than the chosen one was skipped, with a reason.
    const better = BACKEND_ORDER.node.slice(0, BACKEND_ORDER.node.indexOf(choice.name));
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
      /^MHA_BACKEND="gpu" is not a backend; valid names are tensorflow, webgpu, webgl, wasm, cpu/,
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

  it('in a browser, tries only registered backends, GPU ones first, and imports nothing', async () => {
    // wasm and cpu are registered by now (the setup file activated one of them);
    // webgpu and webgl are not installed here, so a browser choice must skip them
    // as unregistered rather than try to import them.
    await backendsPresent({});
    const choice = await useBestBackend({ env: {}, log: false, platform: 'browser' });
    expect(choice.platform).toBe('browser');
    expect(choice.name).toBe('wasm');
    expect(choice.skipped).toEqual([
      {
        name: 'webgpu',
        reason: "not registered (import '@tensorflow/tfjs-backend-webgpu' to offer it)",
      },
      {
        name: 'webgl',
        reason: "not registered (import '@tensorflow/tfjs-backend-webgl' to offer it)",
      },
    ]);
  });

  it('in a browser, a forced backend that is not registered is a clear error', async () => {
    await expect(
      useBestBackend({ env: { MHA_BACKEND: 'webgl' }, log: false, platform: 'browser' }),
    ).rejects.toThrow(
      "MHA_BACKEND=webgl was requested, but not registered (import '@tensorflow/tfjs-backend-webgl' to offer it).",
    );
  });
});

describe('backendsPresent', () => {
  it('always includes cpu and wasm, best first, and restores the active backend', async () => {
    // Registered here, whatever ran before: the setup file may have chosen wasm alone.
    await import('@tensorflow/tfjs-backend-cpu');
    await tf.setBackend('cpu');
    const present = await backendsPresent({});
    expect(present.slice(-2)).toEqual(['wasm', 'cpu']);
    expect(tf.getBackend()).toBe('cpu');
  });

  it('lists only the forced backend when MHA_BACKEND is set', async () => {
    expect(await backendsPresent({ MHA_BACKEND: 'wasm' })).toEqual(['wasm']);
  });
});
