import { heatmapSvg, lineChartSvg } from '@mha/runtime/charts';
import {
  initSingleHead,
  type MaskedRowPolicy,
  scaledDotProductAttention,
} from '@mha/scaled-dot-product-attention';
import * as tf from '@tensorflow/tfjs-core';
import { maskGridHtml, resizeMask } from '../mask-grid.ts';
import { formatMatrix, parseMatrix } from '../matrix-input.ts';
import type { ExplorerPage } from '../page.ts';
import { byId, chart, fmt, formula, latestOnly, math, notebookLink, readTensors } from '../ui.ts';
import { embedWords, tokenize } from '../words.ts';

const ID = '01-scaled-dot-product-attention';
/** The notebook's worked example: Q, K [3, 4], V [3, 2]. */
const WORKED = {
  q: '1 0 1 0\n0 2 0 0\n1 1 1 1',
  k: '1 0 1 0\n0 1 0 1\n1 1 0 0',
  v: '1 0\n0 1\n1 1',
};
/** Largest matrix side the page accepts, so every heatmap stays readable. */
const MAX_SIZE = 12;
const SENTENCE_D_MODEL = 8;
const SENTENCE_SEED = 7;
/** Temperatures of the saturation chart: 10^-1 … 10^1. */
const TAU_GRID = Array.from({ length: 21 }, (_, i) => -1 + i / 10);

interface Numbers {
  scores: number[][];
  weights: number[][];
  output: number[][];
  /** Per τ of TAU_GRID, the largest weight of each query row. */
  peaks: number[][];
}

function page(): string {
  return `<h1>1. Scaled dot-product attention</h1>
<p>Each query compares itself with every key; a softmax turns the scores into weights, and the
output is the weighted average of the values. Edit ${math('Q')}, ${math('K')} and ${math('V')},
mask cells, and change the temperature.</p>
${formula(String.raw`\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\!\left(\frac{QK^\top}{\tau\,\sqrt{d_k}}\right)V`)}
<p class="note">${math('d_k')} is the width of the queries and keys (their number of columns).
The paper has ${math(String.raw`\tau = 1`)}; the temperature ${math(String.raw`\tau`)} is this page's
extra knob (the page divides ${math('Q')} by ${math(String.raw`\tau`)} before calling the library).</p>
${notebookLink(ID)}
<section aria-labelledby="inputs-h"><h2 id="inputs-h">Inputs</h2>
<form id="derive-form" class="row">
  <label>Sentence <input id="sentence" type="text" value="the cat sat on the mat" size="28" /></label>
  <label>${math('d_k')} <input id="dk" type="number" min="1" max="8" value="4" /></label>
  <button id="derive" type="submit">Derive Q, K, V</button>
</form>
<p class="note">Derive: each word gets a seeded random vector (${math(String.raw`d_\text{model} = 8`)}), and
seeded random projections give ${math('Q = XW^Q')}, ${math('K = XW^K')}, ${math('V = XW^V')}, rounded to 2 decimals.
Or type numbers yourself: one row per line.</p>
<div class="matrices">
  <label>Q, queries ${math('[T_q, d_k]')}<textarea id="q" rows="5" cols="24" spellcheck="false">${WORKED.q}</textarea></label>
  <label>K, keys ${math('[T_k, d_k]')}<textarea id="k" rows="5" cols="24" spellcheck="false">${WORKED.k}</textarea></label>
  <label>V, values ${math('[T_k, d_v]')}<textarea id="v" rows="5" cols="16" spellcheck="false">${WORKED.v}</textarea></label>
</div>
<button id="worked" type="button">Reset to the notebook's worked example</button>
</section>
<section aria-labelledby="temp-h"><h2 id="temp-h">Temperature</h2>
<label class="slider">Temperature ${math(String.raw`\tau`)}
  <input id="tau" type="range" min="-1" max="1" step="0.05" value="0" aria-describedby="tau-value" />
</label>
<output id="tau-value" for="tau"></output>
<div class="row">
  <button id="tau-paper" type="button">τ = 1 (the paper)</button>
  <button id="tau-unscaled" type="button">τ = 1/√d_k (no scaling: softmax of QKᵀ)</button>
</div>
</section>
<section aria-labelledby="mask-h"><h2 id="mask-h">Mask</h2>
<p>Press a cell to mask it (× = this query may not attend to this key). A query whose keys are
all masked has no softmax; <code>maskedRows</code> says what it gets.</p>
<div id="mask-grid" class="scroll"></div>
<div class="row">
  <label>maskedRows <select id="masked-rows">
    <option value="zero">'zero': all weights 0</option>
    <option value="uniform">'uniform': 1/T_k each (a −1e9 fill)</option>
    <option value="nan">'nan': NaN (a −∞ fill)</option>
  </select></label>
  <button id="clear-mask" type="button">Clear the mask</button>
</div>
</section>
<p id="error" class="error" role="alert" hidden></p>
<section aria-labelledby="results-h"><h2 id="results-h">Results</h2>
<p id="summary" aria-live="polite"></p>
<div class="charts" id="charts"></div>
</section>`;
}

export const scaledDotProductPage: ExplorerPage = {
  id: ID,
  stage: 1,
  title: 'Scaled dot-product attention',
  summary: 'Edit Q, K and V, mask cells, and turn the temperature until the softmax saturates.',
  async mount(root, context) {
    root.innerHTML = page();
    const [qText, kText, vText] = ['q', 'k', 'v'].map((id) => byId<HTMLTextAreaElement>(root, id));
    const tau = byId<HTMLInputElement>(root, 'tau');
    const tauValue = byId<HTMLOutputElement>(root, 'tau-value');
    const maskedRowsSelect = byId<HTMLSelectElement>(root, 'masked-rows');
    const grid = byId<HTMLDivElement>(root, 'mask-grid');
    const errorBox = byId<HTMLParagraphElement>(root, 'error');
    const charts = byId<HTMLDivElement>(root, 'charts');
    const summary = byId<HTMLParagraphElement>(root, 'summary');
    let mask: boolean[][] = [];
    /** τ itself: the slider sets 10^value; the buttons set exact values. */
    let temperature = 1;
    let labels: { rows: string[]; cols: string[] } | undefined;

    const labelsFor = (rows: number, cols: number) =>
      labels !== undefined && labels.rows.length === rows && labels.cols.length === cols
        ? labels
        : {
            rows: Array.from({ length: rows }, (_, i) => `q${i + 1}`),
            cols: Array.from({ length: cols }, (_, j) => `k${j + 1}`),
          };

    const render = latestOnly(async (isCurrent) => {
      errorBox.hidden = true;
      const t = temperature;
      let q: number[][];
      let k: number[][];
      let v: number[][];
      try {
        q = parseMatrix('Q', qText!.value);
        k = parseMatrix('K', kText!.value);
        v = parseMatrix('V', vText!.value);
        for (const [name, m] of [
          ['Q', q],
          ['K', k],
          ['V', v],
        ] as const) {
          if (m.length > MAX_SIZE || m[0]!.length > MAX_SIZE) {
            throw new Error(
              `${name}: at most ${MAX_SIZE} rows and ${MAX_SIZE} columns here, got ${m.length} × ${m[0]!.length}`,
            );
          }
        }
      } catch (error) {
        return fail((error as Error).message);
      }
      const dK = q[0]!.length;
      tauValue.textContent = `τ = ${fmt(t, 2)}: the scores QKᵀ are divided by τ·√d_k = ${fmt(t * Math.sqrt(dK), 3)}`;
      mask = resizeMask(mask, q.length, k.length);
      const { rows, cols } = labelsFor(q.length, k.length);
      grid.innerHTML = maskGridHtml(mask, rows, cols);
      const maskedRows = maskedRowsSelect.value as MaskedRowPolicy;
      let numbers: Numbers;
      try {
        numbers = await compute(q, k, v, t, mask, maskedRows);
      } catch (error) {
        return fail((error as Error).message);
      }
      if (!isCurrent()) return;
      const masked = mask.flat().filter((a) => !a).length;
      summary.textContent =
        `T_q = ${q.length} queries, T_k = ${k.length} keys, d_k = ${dK}, d_v = ${v[0]!.length}; ` +
        `${masked} masked cell${masked === 1 ? '' : 's'}, maskedRows '${maskedRows}'.`;
      const anyMasked = masked > 0 ? { mask } : {};
      charts.innerHTML = [
        chart(
          'scores',
          heatmapSvg(numbers.scores, {
            title: `Scores QKᵀ / (τ√d_k), τ = ${fmt(t, 2)}`,
            rowLabels: rows,
            colLabels: cols,
            scaleLabel: 'score',
            ...anyMasked,
          }),
          numbers.scores,
        ),
        chart(
          'weights',
          heatmapSvg(numbers.weights, {
            title: 'Weights: softmax of each row',
            rowLabels: rows,
            colLabels: cols,
            min: 0,
            max: 1,
            decimals: 3,
            ...anyMasked,
          }),
          numbers.weights,
        ),
        chart(
          'output',
          heatmapSvg(numbers.output, {
            title: 'Output: weights · V',
            rowLabels: rows,
            colLabels: v[0]!.map((_, j) => `v${j + 1}`),
            xLabel: 'feature of V',
            scaleLabel: 'value',
            decimals: 3,
          }),
          numbers.output,
        ),
        chart(
          'saturation',
          lineChartSvg(
            rows.map((name, i) => ({
              name: `${name}: largest weight`,
              x: TAU_GRID,
              values: numbers.peaks.map((p) => (Number.isNaN(p[i]!) ? 0 : p[i]!)),
            })),
            {
              title: 'The softmax saturates as τ shrinks',
              xLabel: 'log₁₀ τ (left: sharper, right: flatter)',
              yLabel: 'largest weight in the row',
              width: 560,
              height: 320,
            },
          ),
        ),
      ].join('');
    });

    const fail = (message: string) => {
      errorBox.textContent = message;
      errorBox.hidden = false;
      charts.innerHTML = '';
      summary.textContent = '';
    };
    const update = () => void context.track(render());

    const derive = async () => {
      const words = tokenize(byId<HTMLInputElement>(root, 'sentence').value);
      const dK = Number(byId<HTMLInputElement>(root, 'dk').value);
      if (words.length === 0 || words.length > 12) {
        return fail('Sentence: type 1 to 12 words');
      }
      if (!Number.isInteger(dK) || dK < 1 || dK > 8) return fail('d_k: a whole number from 1 to 8');
      const projected = tf.tidy(() => {
        const x = embedWords(words, SENTENCE_D_MODEL, SENTENCE_SEED); // [seq, dModel]
        const head = initSingleHead({ dModel: SENTENCE_D_MODEL, dK, seed: 42 });
        // X·W for each projection: [seq, dModel]·[dModel, dK] -> [seq, dK]
        return [head.wQ, head.wK, head.wV].map((w) => tf.matMul(x, w));
      });
      const [q, k, v] = (await readTensors(projected)) as number[][][];
      qText!.value = formatMatrix(q!);
      kText!.value = formatMatrix(k!);
      vText!.value = formatMatrix(v!);
      labels = { rows: words, cols: words };
      mask = [];
      await render();
    };

    byId(root, 'derive-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void context.track(derive());
    });
    byId(root, 'worked').addEventListener('click', () => {
      qText!.value = WORKED.q;
      kText!.value = WORKED.k;
      vText!.value = WORKED.v;
      labels = undefined;
      mask = [];
      update();
    });
    for (const el of [qText!, kText!, vText!]) el.addEventListener('input', update);
    const setTemperature = (value: number) => {
      temperature = value;
      tau.value = String(Math.log10(value));
      update();
    };
    tau.addEventListener('input', () => {
      temperature = 10 ** Number(tau.value);
      update();
    });
    byId(root, 'tau-paper').addEventListener('click', () => setTemperature(1));
    byId(root, 'tau-unscaled').addEventListener('click', () => {
      const firstRow = qText!.value.trim().split('\n')[0]!.trim();
      setTemperature(1 / Math.sqrt(firstRow.split(/[\s,;]+/).length)); // d_k: the width of Q
    });
    maskedRowsSelect.addEventListener('change', update);
    byId(root, 'clear-mask').addEventListener('click', () => {
      mask = [];
      update();
    });
    grid.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.mask-cell');
      if (button === null) return;
      const qi = Number(button.dataset.q);
      const ki = Number(button.dataset.k);
      mask[qi]![ki] = !mask[qi]![ki];
      void context.track(
        render().then(() => {
          grid.querySelector<HTMLButtonElement>(`button[data-q="${qi}"][data-k="${ki}"]`)?.focus();
        }),
      );
    });
    await context.track(render());
    return { dispose: () => undefined };
  },
};

/** Everything the page draws, from the library's `scaledDotProductAttention`. */
async function compute(
  q: number[][],
  k: number[][],
  v: number[][],
  tau: number,
  mask: boolean[][],
  maskedRows: MaskedRowPolicy,
): Promise<Numbers> {
  const tensors = tf.tidy(() => {
    const qT = tf.tensor2d(q); // [seqQ, dK]
    const kT = tf.tensor2d(k); // [seqK, dK]
    const vT = tf.tensor2d(v); // [seqK, dV]
    const maskT = tf.tensor2d(mask, undefined, 'bool'); // [seqQ, seqK], true = may attend
    // softmax(QK^T / (τ√d_k)) is the library's attention applied to Q/τ.
    const attend = (t: number) =>
      scaledDotProductAttention(tf.div(qT, t), kT, vT, { mask: maskT, maskedRows });
    const result = attend(tau);
    const dK = qT.shape[1];
    // The scores themselves, for display only: QK^T / (τ√d_k), [seqQ, seqK].
    const scores = tf.div(tf.matMul(qT, kT, false, true), tau * Math.sqrt(dK));
    // The largest weight of each row, for every τ of the grid: [grid, seqQ].
    const peaks = tf.stack(TAU_GRID.map((logTau) => tf.max(attend(10 ** logTau).weights, -1)));
    return [scores, result.weights, result.output, peaks];
  });
  const [scores, weights, output, peaks] = (await readTensors(tensors)) as number[][][];
  return { scores: scores!, weights: weights!, output: output!, peaks: peaks! };
}
