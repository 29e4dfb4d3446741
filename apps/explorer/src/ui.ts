import * as tf from '@tensorflow/tfjs-core';
import katex from 'katex';

/** Escapes text for use inside HTML (element content and quoted attributes). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A formula typeset by KaTeX (display style), as HTML. */
export function formula(tex: string): string {
  return `<div class="formula">${katex.renderToString(tex, { displayMode: true, output: 'htmlAndMathml', throwOnError: true })}</div>`;
}

/** Inline math typeset by KaTeX, as HTML. */
export function math(tex: string): string {
  return katex.renderToString(tex, { output: 'htmlAndMathml', throwOnError: true });
}

/**
 * An SVG chart in a figure. `values` (the numbers drawn) go into `data-values` as JSON,
 * NaN as null, so that tests and curious readers can read the exact numbers.
 */
export function chart(name: string, svg: string, values?: unknown): string {
  const data = values === undefined ? '' : ` data-values="${escapeHtml(JSON.stringify(values))}"`;
  return `<figure class="chart" data-chart="${escapeHtml(name)}"${data}>${svg}</figure>`;
}

/** Rounds for display: fixed decimals, with -0 shown as 0. */
export function fmt(value: number, decimals = 3): string {
  if (Number.isNaN(value)) return 'NaN';
  const text = value.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** `[a, b, c]` for a shape. */
export function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** The element with this id inside `root`; throws when the page markup lacks it. */
export function byId<T extends HTMLElement>(root: HTMLElement, id: string): T {
  const found = root.querySelector<T>(`#${id}`);
  if (found === null) throw new Error(`explorer: element #${id} is missing`);
  return found;
}

/** The link to a stage's executed notebook, rendered to HTML beside the explorer. */
export function notebookLink(notebook: string): string {
  return `<p class="notebook-link">Notebook: <a href="../notebooks/${notebook}.html">${notebook}.ipynb, executed</a> (the same formulas, worked by hand and checked).</p>`;
}

/**
 * Reads tensors as nested arrays without a synchronous GPU read (which WebGL reports as a
 * stall warning), then disposes them, also when reading fails.
 */
export async function readTensors(tensors: readonly tf.Tensor[]): Promise<unknown[]> {
  try {
    return await Promise.all(tensors.map((t) => t.array()));
  } finally {
    tf.dispose([...tensors]);
  }
}

/** Runs `render` so that only the latest call draws: an older call that finishes later is dropped. */
export function latestOnly(
  render: (isCurrent: () => boolean) => Promise<void>,
): () => Promise<void> {
  let latest = 0;
  return () => {
    const mine = ++latest;
    return render(() => mine === latest);
  };
}
