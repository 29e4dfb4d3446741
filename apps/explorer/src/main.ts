import 'katex/dist/katex.min.css';
import './style.css';
import '@tensorflow/tfjs-backend-cpu';
import { type BackendChoice, useBestBackend } from '@mha/runtime';
import { SIMD_MATMUL_KERNEL } from '@mha/runtime/kernels';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import type { MountedPage } from './page.ts';
import { PAGES } from './pages/index.ts';
import { escapeHtml } from './ui.ts';

// The wasm binaries are copied into the build's wasm/ folder (see vite.config.ts).
setWasmPaths(new URL('./wasm/', document.baseURI).href);

const nav = document.getElementById('nav')!;
const main = document.getElementById('page')!;
const backendLine = document.getElementById('backend')!;
const tensorLine = document.getElementById('tensors')!;
const firstHeatmapLine = document.getElementById('first-heatmap')!;
const footer = document.getElementById('debug')!;
const backendPicker = document.getElementById('backend-picker')!;

let current: MountedPage | undefined;
let baseline: number | undefined;
let firstHeatmapMs: number | undefined;
let generation = 0;
/** Tensors the page on screen declares it holds on purpose, beyond its baseline. */
let held = { count: 0, what: '' };

function updateFooter(): void {
  const count = tf.memory().numTensors;
  footer.dataset.tensors = String(count);
  footer.dataset.baseline = baseline === undefined ? '' : String(baseline);
  footer.dataset.held = String(held.count);
  // whether attention's products and exponentials ran on @mha/runtime's SIMD kernels (wasm)
  footer.dataset.simdKernels = String(tf.getKernel(SIMD_MATMUL_KERNEL, 'wasm') !== undefined);
  const expected = baseline === undefined ? undefined : baseline + held.count;
  const status = expected === undefined ? '' : count === expected ? ' ✓' : ' (leak?)';
  const holding = held.count === 0 ? '' : ` + ${held.count} held: ${held.what}`;
  tensorLine.textContent = `tensors: ${count} (baseline ${baseline ?? '–'}${holding})${status}`;
}

/** Renders still running for the page on screen (a page left behind stops counting). */
let pending = 0;

function setPending(value: number): void {
  pending = value;
  footer.dataset.pending = String(pending);
}

/** Counts a render of the page of route generation `owner` while it runs. */
async function track(render: Promise<void>, owner: number): Promise<void> {
  if (owner === generation) setPending(pending + 1);
  try {
    await render;
  } finally {
    if (owner === generation) {
      setPending(pending - 1);
      if (pending === 0) rendered();
    }
  }
}

function rendered(): void {
  if (baseline === undefined) baseline = tf.memory().numTensors;
  if (firstHeatmapMs === undefined && main.querySelector('figure.chart svg') !== null) {
    firstHeatmapMs = performance.now();
    footer.dataset.firstHeatmapMs = firstHeatmapMs.toFixed(0);
    firstHeatmapLine.textContent = `first chart ${firstHeatmapMs.toFixed(0)} ms after navigation start`;
  }
  updateFooter();
}

function renderNav(activeId: string): void {
  nav.innerHTML = PAGES.map((p) => {
    const current = p.id === activeId ? ' aria-current="page"' : '';
    return `<li><a href="#/${p.id}"${current}><span class="stage">${p.stage}</span> ${escapeHtml(p.title)}</a></li>`;
  }).join('');
}

function renderHome(): void {
  const items = PAGES.map(
    (p) =>
      `<li><a href="#/${p.id}"><strong>${p.stage}. ${escapeHtml(p.title)}</strong></a><br>${escapeHtml(p.summary)}</li>`,
  ).join('');
  main.innerHTML = `<h1>Attention, built in stages</h1>
<p>Each page runs one stage of the library in your browser, on the same packages the tests and
notebooks use: change the inputs, masks and number of heads and the numbers on screen are the
library's numbers. Nothing is installed and nothing leaves the page.</p>
<ul class="page-list">${items}</ul>
<p><a href="../index.html">All documentation and the executed notebooks</a></p>`;
  rendered();
}

async function route(): Promise<void> {
  const id = location.hash.replace(/^#\/?/, '');
  const page = PAGES.find((p) => p.id === id);
  const mine = ++generation;
  current?.dispose();
  current = undefined;
  baseline = undefined;
  held = { count: 0, what: '' };
  setPending(0);
  renderNav(page?.id ?? '');
  if (page === undefined) {
    document.title = 'Attention explorer';
    renderHome();
    return;
  }
  document.title = `${page.stage}. ${page.title} · Attention explorer`;
  // Each visit gets its own container: a render of a page already left draws into a
  // detached element, never over the next page.
  const container = document.createElement('div');
  container.innerHTML = '<p class="loading">Loading…</p>';
  main.replaceChildren(container);
  try {
    const mounted = await page.mount(container, {
      track: (render) => track(render, mine),
      hold: (count, what) => {
        if (mine === generation) held = { count, what };
      },
    });
    if (mine !== generation) {
      mounted.dispose();
      return;
    }
    current = mounted;
  } catch (error) {
    if (mine !== generation) return;
    container.innerHTML = `<p class="error" role="alert">${escapeHtml((error as Error).message)}</p>`;
  }
  main.focus({ preventScroll: true });
}

/** The backends a reader can pick in the footer; '' is the page's own choice. */
const BACKEND_CHOICES = ['', 'wasm', 'webgl', 'cpu'] as const;

/**
 * Registers WebGL (a separate chunk, loaded only when wanted) and activates a backend with
 * `useBestBackend()`. The explorer's tensors are tiny (at most 16 × 16), where WebGL's per-op
 * overhead and GPU read-backs make it slower than wasm, and its GPU sin, cos and exp round
 * differently from Node; so by default only wasm and cpu are registered, and WebGL is offered
 * when neither wasm nor anything better than cpu starts. `?backend=webgl|wasm|cpu` forces one.
 */
async function chooseBackend(requested: string | undefined): Promise<BackendChoice> {
  if (requested === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
  const choice = await useBestBackend({ env: { MHA_BACKEND: requested }, log: false });
  if (requested !== undefined || choice.name !== 'cpu') return choice;
  await import('@tensorflow/tfjs-backend-webgl');
  return useBestBackend({ log: false });
}

function renderBackendPicker(active: string, requested: string | undefined): void {
  const options = BACKEND_CHOICES.map((name) => {
    const label =
      name === '' ? `default (${requested === undefined ? active : 'wasm first'})` : name;
    const selected = (requested ?? '') === name ? ' selected' : '';
    return `<option value="${name}"${selected}>${label}</option>`;
  }).join('');
  backendPicker.innerHTML = `<label>switch backend <select id="backend-select">${options}</select></label>`;
  backendPicker.querySelector('select')!.addEventListener('change', (event) => {
    const value = (event.target as HTMLSelectElement).value;
    const search = new URLSearchParams(location.search);
    if (value === '') search.delete('backend');
    else search.set('backend', value);
    const query = search.toString();
    location.search = query === '' ? '' : `?${query}`;
  });
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const requested = params.get('backend') ?? undefined;
  let choice: BackendChoice;
  try {
    choice = await chooseBackend(requested);
  } catch (error) {
    backendLine.textContent = 'backend: none';
    main.innerHTML = `<p class="error" role="alert">${escapeHtml((error as Error).message)}</p>`;
    return;
  }
  // WebGL compiles a shader program for each op and each input shape, unless the shapes are
  // passed as uniforms. Generation makes new shapes at every step (the KV cache grows by a
  // row), so with uniforms one program serves every length, and page 6 writes its first
  // poem on WebGL in about two thirds of the time.
  if (choice.name === 'webgl') tf.env().set('WEBGL_USE_SHAPES_UNIFORMS', true);
  footer.dataset.backend = choice.name;
  backendLine.textContent = `backend: ${choice.name}`;
  backendLine.title = choice.message;
  renderBackendPicker(choice.name, requested);
  window.addEventListener('hashchange', () => void route());
  await route();
}

void start();
