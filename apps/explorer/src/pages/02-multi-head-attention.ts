import {
  causalMask,
  combineMasks,
  initMultiHeadAttention,
  type MultiHeadAttentionParams,
  multiHeadAttention,
  paddingMask,
} from '@mha/multi-head-attention';
import { heatmapSvg } from '@mha/runtime/charts';
import * as tf from '@tensorflow/tfjs-core';
import type { ExplorerPage } from '../page.ts';
import {
  byId,
  chart,
  escapeHtml,
  formula,
  latestOnly,
  math,
  notebookLink,
  readTensors,
  shapeText,
} from '../ui.ts';
import { embedWords, tokenize } from '../words.ts';

const ID = '02-multi-head-attention';
const PAD_WORD = '<pad>';
const D_MODELS = [8, 12, 16];
const PARAMS_SEED = 1;
const WORDS_SEED = 7;
const MAX_WORDS = 12;

function divisors(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1).filter((h) => n % h === 0);
}

function page(): string {
  const dModels = D_MODELS.map((d) => `<option value="${d}">${d}</option>`).join('');
  return `<h1>2. Multi-head attention</h1>
<p>${math('h')} heads attend side by side, each on its own ${math(String.raw`d_k = d_\text{model}/h`)}
columns of the projected queries, keys and values; their outputs are concatenated and projected
back to ${math(String.raw`d_\text{model}`)}.</p>
${formula(String.raw`\mathrm{MultiHead}(Q, K, V) = \mathrm{Concat}(\mathrm{head}_1, \ldots, \mathrm{head}_h)\,W^O`)}
${formula(String.raw`\mathrm{head}_i = \mathrm{Attention}(QW_i^Q,\ KW_i^K,\ VW_i^V)`)}
${notebookLink(ID)}
<section aria-labelledby="settings-h"><h2 id="settings-h">Settings</h2>
<div class="row">
  <label class="wide">Sentence (self-attention; <code>&lt;pad&gt;</code> marks padding)
    <input id="sentence" type="text" value="the cat sat on the mat &lt;pad&gt; &lt;pad&gt;" size="40" /></label>
</div>
<div class="row">
  <label>${math(String.raw`d_\text{model}`)} <select id="d-model">${dModels}</select></label>
  <label>heads ${math('h')} <select id="heads"></select></label>
  <label><input id="padding" type="checkbox" checked /> padding mask (no query sees a <code>&lt;pad&gt;</code> key)</label>
  <label><input id="causal" type="checkbox" /> causal mask (no query sees a later key)</label>
</div>
<p class="note">Words get seeded random vectors (the same word, the same vector); the projections
${math('W^Q, W^K, W^V, W^O')} are seeded random too, and do not depend on ${math('h')}: changing
${math('h')} changes how the same projected columns are split into heads.</p>
</section>
<p id="error" class="error" role="alert" hidden></p>
<section aria-labelledby="shapes-h"><h2 id="shapes-h">Shapes</h2>
<p class="note">B is the batch (1 sentence here), T the number of tokens. The input, mask, weights
and output shapes are read from the tensors the library used and returned; the others follow from
${math('h')} and ${math(String.raw`d_k = d_\text{model}/h`)}.</p>
<div class="scroll"><table id="shapes" class="shapes"></table></div>
</section>
<section aria-labelledby="heads-h"><h2 id="heads-h">Attention weights, one heatmap per head</h2>
<p id="summary" aria-live="polite"></p>
<div class="charts" id="charts"></div>
</section>`;
}

export const multiHeadPage: ExplorerPage = {
  id: ID,
  stage: 2,
  title: 'Multi-head attention',
  summary: 'A sentence, 1 to 16 heads side by side, padding and causal masks, every shape.',
  async mount(root, context) {
    root.innerHTML = page();
    const sentence = byId<HTMLInputElement>(root, 'sentence');
    const dModelSelect = byId<HTMLSelectElement>(root, 'd-model');
    const headsSelect = byId<HTMLSelectElement>(root, 'heads');
    const padding = byId<HTMLInputElement>(root, 'padding');
    const causal = byId<HTMLInputElement>(root, 'causal');
    const errorBox = byId<HTMLParagraphElement>(root, 'error');
    const shapes = byId<HTMLTableElement>(root, 'shapes');
    const charts = byId<HTMLDivElement>(root, 'charts');
    const summary = byId<HTMLParagraphElement>(root, 'summary');
    let params: MultiHeadAttentionParams | undefined;
    let paramsDModel = 0;

    const fillHeads = (dModel: number, wanted: number) => {
      const options = divisors(dModel);
      const chosen = options.includes(wanted) ? wanted : 2;
      headsSelect.innerHTML = options
        .map((h) => `<option value="${h}"${h === chosen ? ' selected' : ''}>${h}</option>`)
        .join('');
    };

    const render = latestOnly(async (isCurrent) => {
      errorBox.hidden = true;
      const dModel = Number(dModelSelect.value);
      if (paramsDModel !== dModel) {
        if (params !== undefined) tf.dispose(params as unknown as tf.Tensor[]);
        // The parameters do not depend on h: numHeads is an option of each call.
        params = initMultiHeadAttention({ dModel, numHeads: 1, seed: PARAMS_SEED });
        paramsDModel = dModel;
      }
      const numHeads = Number(headsSelect.value);
      const words = tokenize(sentence.value);
      if (words.length === 0 || words.length > MAX_WORDS) {
        return fail(`Sentence: type 1 to ${MAX_WORDS} words (it has ${words.length})`);
      }
      const firstPad = words.indexOf(PAD_WORD);
      const length = firstPad === -1 ? words.length : firstPad;
      const seq = words.length;
      let result: Awaited<ReturnType<typeof compute>>;
      try {
        result = await compute(params!, words, dModel, numHeads, {
          length: padding.checked ? length : undefined,
          causal: causal.checked,
        });
      } catch (error) {
        return fail((error as Error).message);
      }
      if (!isCurrent()) return;
      const dK = dModel / numHeads;
      const rowsOfShapes: Array<[string, string, number[]]> = [
        ['input x (query = key = value)', '[B, T, d_model]', result.inputShape],
        ['1) project: xW^Q + b^Q (and K, V)', '[B, T, d_model]', [1, seq, dModel]],
        ['2) split into heads', '[B, h, T, d_k]', [1, numHeads, seq, dK]],
        ['mask (true = may attend)', '→ [B, h, T, T]', result.maskShape],
        ['3) weights: softmax(Q_i K_iᵀ / √d_k)', '[B, h, T, T]', result.weightsShape],
        ['3) heads: weights · V_i', '[B, h, T, d_k]', [1, numHeads, seq, dK]],
        ['4) concat the heads', '[B, T, h·d_k]', [1, seq, numHeads * dK]],
        ['5) output: Concat · W^O + b^O', '[B, T, d_model]', result.outputShape],
      ];
      shapes.innerHTML =
        '<thead><tr><th scope="col">step</th><th scope="col">shape</th><th scope="col">here</th></tr></thead><tbody>' +
        rowsOfShapes
          .map(
            ([step, symbolic, shape]) =>
              `<tr><td>${escapeHtml(step)}</td><td><code>${escapeHtml(symbolic)}</code></td><td><code>${shape.length === 0 ? 'none' : shapeText(shape)}</code></td></tr>`,
          )
          .join('') +
        '</tbody>';
      const maskNote = [padding.checked ? 'padding' : '', causal.checked ? 'causal' : '']
        .filter(Boolean)
        .join(' and ');
      summary.textContent =
        `${numHeads} head${numHeads === 1 ? '' : 's'} of width d_k = ${dModel} / ${numHeads} = ${dK}; ` +
        `${seq} tokens, ${padding.checked ? `${length} real` : 'padding not masked'}; mask: ${maskNote || 'none'}.`;
      const cellSize = seq > 8 ? 26 : 34;
      charts.innerHTML = result.heads
        .map((weights, i) =>
          chart(
            `head-${i + 1}`,
            heatmapSvg(weights, {
              title: `head ${i + 1} of ${numHeads}`,
              rowLabels: words,
              colLabels: words,
              min: 0,
              max: 1,
              cellSize,
              showValues: numHeads <= 4,
              ...(result.allowed === undefined ? {} : { mask: result.allowed }),
            }),
            weights,
          ),
        )
        .join('');
    });

    const fail = (message: string) => {
      errorBox.textContent = message;
      errorBox.hidden = false;
      charts.innerHTML = '';
      summary.textContent = '';
    };
    const update = () => void context.track(render());

    fillHeads(Number(dModelSelect.value), 2);
    dModelSelect.addEventListener('change', () => {
      fillHeads(Number(dModelSelect.value), Number(headsSelect.value));
      update();
    });
    headsSelect.addEventListener('change', update);
    for (const box of [padding, causal]) box.addEventListener('change', update);
    sentence.addEventListener('input', update);
    await context.track(render());
    return {
      dispose: () => {
        if (params !== undefined) tf.dispose(params as unknown as tf.Tensor[]);
      },
    };
  },
};

/** Runs the library's `multiHeadAttention` on the sentence and reads back what the page draws. */
async function compute(
  params: MultiHeadAttentionParams,
  words: string[],
  dModel: number,
  numHeads: number,
  masks: { length?: number; causal: boolean },
) {
  const seq = words.length;
  const tensors = tf.tidy(() => {
    const x = tf.expandDims(embedWords(words, dModel, WORDS_SEED), 0) as tf.Tensor3D; // [1, seq, dModel]
    const parts: tf.Tensor[] = [];
    if (masks.length !== undefined) parts.push(paddingMask([masks.length], seq)); // [1, 1, 1, seq]
    if (masks.causal) parts.push(causalMask(seq)); // [1, 1, seq, seq]
    const mask = parts.length === 0 ? undefined : combineMasks(...parts);
    const { output, weights } = multiHeadAttention(params, x, x, x, { numHeads, mask });
    const shapes = {
      inputShape: x.shape as number[],
      maskShape: mask === undefined ? [] : (mask.shape as number[]),
      weightsShape: weights.shape as number[],
      outputShape: output.shape as number[],
    };
    const perHead = tf.squeeze(weights, [0]); // [1, h, seq, seq] -> [h, seq, seq]
    // The mask as the heatmaps hatch it, [seq, seq] (all true without a mask).
    const allowed = tf.reshape(tf.broadcastTo(mask ?? tf.scalar(true, 'bool'), [1, 1, seq, seq]), [
      seq,
      seq,
    ]);
    return { perHead, allowed, shapes };
  });
  const { perHead, allowed, shapes } = tensors;
  const [heads, allowedRows] = (await readTensors([perHead, allowed])) as [
    number[][][],
    number[][],
  ];
  return {
    heads,
    allowed:
      masks.length === undefined && !masks.causal
        ? undefined
        : allowedRows.map((row) => row.map(Boolean)),
    ...shapes,
  };
}
