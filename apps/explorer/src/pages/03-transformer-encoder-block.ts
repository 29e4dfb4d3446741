import {
  type EncoderBlockParams,
  encoderBlock,
  initEncoderBlock,
  PAD,
  type ReverseModelParams,
  reverseModel,
} from '@mha/encoder-block';
import { seededNormal } from '@mha/runtime';
import { heatmapSvg, lineChartSvg } from '@mha/runtime/charts';
import * as tf from '@tensorflow/tfjs-core';
import type { ExplorerPage } from '../page.ts';
import {
  byId,
  chart,
  escapeHtml,
  fmt,
  formula,
  latestOnly,
  math,
  notebookLink,
  readTensors,
} from '../ui.ts';
import { loadReverseModel, type ReverseWeightsFile } from '../weights.ts';

const ID = '03-transformer-encoder-block';
/** The random stack of the post-LN / pre-LN comparison (the notebook's sizes and seeds). */
const STACK = { depth: 8, dModel: 16, numHeads: 4, dFF: 64, seed: 100, inputSeed: 8 } as const;

const letter = (token: number) => (token === PAD ? '·' : String.fromCharCode(96 + token));

/**
 * Reads a typed sequence of letters (spaces ignored) as token ids 1 … vocabSize − 1.
 * @throws Error naming the bad letter or the allowed length.
 */
export function parseLetters(
  text: string,
  vocabSize: number,
  minLen: number,
  maxLen: number,
): number[] {
  const last = String.fromCharCode(96 + vocabSize - 1);
  const letters = text.toLowerCase().replace(/[\s,]+/g, '');
  const tokens = [...letters].map((c) => {
    const token = c.charCodeAt(0) - 96;
    if (!(token >= 1 && token < vocabSize)) {
      throw new Error(`Sequence: '${c}' is not one of the letters a to ${last}`);
    }
    return token;
  });
  if (tokens.length < minLen || tokens.length > maxLen) {
    throw new Error(
      `Sequence: type ${minLen} to ${maxLen} letters (a to ${last}); it has ${tokens.length}`,
    );
  }
  return tokens;
}

function page(file: ReverseWeightsFile): string {
  const p = file.provenance;
  const c = file.config;
  return `<h1>3. The Transformer encoder block</h1>
<p>An encoder block wraps multi-head attention and a position-wise feed-forward network, each in a
residual connection with a layer norm. The paper normalises after the sum (post-LN); most recent
models normalise before each sub-layer (pre-LN).</p>
<p class="formula-label">post-LN (the paper)</p>
${formula(String.raw`\begin{aligned} h &= \mathrm{LN}_1\big(x + \mathrm{MHA}(x)\big) \\ y &= \mathrm{LN}_2\big(h + \mathrm{FFN}(h)\big) \end{aligned}`)}
<p class="formula-label">pre-LN</p>
${formula(String.raw`\begin{aligned} h &= x + \mathrm{MHA}\big(\mathrm{LN}_1(x)\big) \\ y &= h + \mathrm{FFN}\big(\mathrm{LN}_2(h)\big) \end{aligned}`)}
${formula(String.raw`x = E_{\text{tokens}}\sqrt{d_\text{model}} + PE`)}
${formula(String.raw`\mathrm{FFN}(x) = \max(0,\ xW_1 + b_1)\,W_2 + b_2`)}
${notebookLink(ID)}
<section aria-labelledby="model-h"><h2 id="model-h">A trained model that reverses sequences</h2>
<p>Two post-LN blocks (${math(String.raw`d_\text{model} = ${c.dModel}`)}, ${c.numHeads} heads,
${math(String.raw`d_\text{ff} = ${c.dFF}`)}) trained with the package's recipe (seed ${escapeHtml(String(p.seed))},
${escapeHtml(String(p.steps))} steps, ${fmt(100 * Number(p.heldOutTokenAccuracy), 2)}% of held-out tokens right).
Type ${escapeHtml(String(p.minLen))} to ${escapeHtml(String(p.maxLen))} letters from a to ${letter(c.vocabSize - 1)}; the
model sees them padded to ${escapeHtml(String(p.maxLen))} with a padding mask.</p>
<div class="row">
  <label>Sequence <input id="sequence" type="text" value="c a f e b" size="20" autocomplete="off" spellcheck="false" /></label>
</div>
<p id="error" class="error" role="alert" hidden></p>
<div class="scroll"><table id="reversal" class="reversal"></table></div>
<p id="verdict" aria-live="polite"></p>
<div class="charts" id="charts"></div>
</section>
<section aria-labelledby="ln-h"><h2 id="ln-h">Post-LN against pre-LN: the size of the residual stream</h2>
<p>A stack of blocks with random weights (${math(String.raw`d_\text{model} = ${STACK.dModel}`)}, ${STACK.numHeads} heads),
run on the same random input either way. Post-LN brings every block's output back to unit size;
pre-LN adds each sub-layer onto an untouched residual stream, which grows with depth.</p>
<div class="row">
  <label>blocks <input id="depth" type="number" min="1" max="${STACK.depth}" value="${STACK.depth}" /></label>
  <label><input id="show-post" type="checkbox" checked /> post-LN</label>
  <label><input id="show-pre" type="checkbox" checked /> pre-LN</label>
</div>
<p id="ln-error" class="error" role="alert" hidden></p>
<div class="charts" id="ln-chart"></div>
</section>`;
}

export const encoderBlockPage: ExplorerPage = {
  id: ID,
  stage: 3,
  title: 'Encoder block',
  summary: 'A trained two-block model reverses what you type; post-LN against pre-LN.',
  async mount(root, context) {
    const response = await fetch(new URL('./reverse-model.json', document.baseURI));
    if (!response.ok) throw new Error(`reverse-model.json: HTTP ${response.status}`);
    const file = (await response.json()) as ReverseWeightsFile;
    const model: ReverseModelParams = loadReverseModel(file);
    const stack: EncoderBlockParams[] = Array.from({ length: STACK.depth }, (_, l) =>
      initEncoderBlock({ ...STACK, seed: STACK.seed + l }),
    );
    const stackInput = seededNormal([2, 5, STACK.dModel], STACK.inputSeed) as tf.Tensor3D;
    root.innerHTML = page(file);
    const { config } = file;
    const minLen = Number(file.provenance.minLen);
    const maxLen = Number(file.provenance.maxLen);
    const sequence = byId<HTMLInputElement>(root, 'sequence');
    const errorBox = byId<HTMLParagraphElement>(root, 'error');
    const table = byId<HTMLTableElement>(root, 'reversal');
    const verdict = byId<HTMLParagraphElement>(root, 'verdict');
    const charts = byId<HTMLDivElement>(root, 'charts');
    const depth = byId<HTMLInputElement>(root, 'depth');
    const showPost = byId<HTMLInputElement>(root, 'show-post');
    const showPre = byId<HTMLInputElement>(root, 'show-pre');
    const lnError = byId<HTMLParagraphElement>(root, 'ln-error');
    const lnChart = byId<HTMLDivElement>(root, 'ln-chart');

    const renderModel = latestOnly(async (isCurrent) => {
      errorBox.hidden = true;
      let tokens: number[];
      try {
        tokens = parseLetters(sequence.value, config.vocabSize, minLen, maxLen);
      } catch (error) {
        errorBox.textContent = (error as Error).message;
        errorBox.hidden = false;
        table.innerHTML = '';
        verdict.textContent = '';
        verdict.removeAttribute('data-prediction');
        charts.innerHTML = '';
        return;
      }
      const length = tokens.length;
      const padded = [...tokens, ...new Array<number>(maxLen - length).fill(PAD)];
      const tensors = tf.tidy(() => {
        const input = tf.tensor2d([padded], undefined, 'int32'); // [batch 1, maxLen]
        const run = reverseModel(model, input, [length], config);
        const predictedIds = tf.argMax(run.logits, -1); // [1, maxLen, vocab] -> [1, maxLen]
        return [predictedIds, ...run.attentionWeights]; // weights: [1, numHeads, maxLen, maxLen]
      });
      const [predictedRows, ...weights] = (await readTensors(tensors)) as [
        number[][],
        ...number[][][][][],
      ];
      if (!isCurrent()) return;
      const predicted = predictedRows[0]!;
      const blocks = weights.map((w) => w[0]!); // per block: [numHeads, maxLen, maxLen]
      const expected = [...tokens].reverse();
      const shown = predicted.slice(0, length);
      const right = shown.filter((t, i) => t === expected[i]).length;
      const cells = (values: string[]) => values.map((v) => `<td>${escapeHtml(v)}</td>`).join('');
      table.innerHTML =
        `<thead><tr><th scope="col">position</th>${cells(tokens.map((_, i) => String(i)))}</tr></thead><tbody>` +
        `<tr><th scope="row">input</th>${cells(tokens.map(letter))}</tr>` +
        `<tr><th scope="row">reversed</th>${cells(expected.map(letter))}</tr>` +
        `<tr><th scope="row">model</th>${shown
          .map(
            (t, i) =>
              `<td class="${t === expected[i] ? 'right' : 'wrong'}">${letter(t)}${t === expected[i] ? '' : ' ✗'}</td>`,
          )
          .join('')}</tr></tbody>`;
      verdict.dataset.prediction = shown.map(letter).join('');
      verdict.textContent =
        right === length
          ? `The model reverses “${tokens.map(letter).join('')}” correctly: ${shown.map(letter).join('')}.`
          : `${right} of ${length} positions right: the model wrote ${shown.map(letter).join('')}.`;
      const labels = padded.map((t, i) => `${i}:${letter(t)}`);
      const allowed = labels.map(() => labels.map((_, j) => j < length));
      charts.innerHTML = blocks
        .flatMap((heads, l) =>
          heads.map((weights, h) =>
            chart(
              `block-${l + 1}-head-${h + 1}`,
              heatmapSvg(weights, {
                title: `block ${l + 1}, head ${h + 1}`,
                rowLabels: labels,
                colLabels: labels,
                mask: allowed,
                min: 0,
                max: 1,
                cellSize: 32,
                decimals: 2,
              }),
              weights,
            ),
          ),
        )
        .join('');
    });

    const renderStack = latestOnly(async (isCurrent) => {
      lnError.hidden = true;
      const blocks = Number(depth.value);
      if (!Number.isInteger(blocks) || blocks < 1 || blocks > STACK.depth) {
        lnError.textContent = `blocks: a whole number from 1 to ${STACK.depth}`;
        lnError.hidden = false;
        lnChart.innerHTML = '';
        return;
      }
      const modes = [
        { name: 'post-LN', normFirst: false, on: showPost.checked },
        { name: 'pre-LN', normFirst: true, on: showPre.checked },
      ].filter((m) => m.on);
      if (modes.length === 0) {
        lnChart.innerHTML = '<p>Tick post-LN, pre-LN or both.</p>';
        return;
      }
      const sizes = tf.tidy(() =>
        modes.map((mode) => {
          const perBlock: tf.Tensor[] = [];
          let h = stackInput;
          for (const params of stack.slice(0, blocks)) {
            h = encoderBlock(params, h, {
              numHeads: STACK.numHeads,
              normFirst: mode.normFirst,
            }).output;
            perBlock.push(tf.sqrt(tf.mean(tf.square(h)))); // RMS of the residual stream
          }
          return tf.stack(perBlock); // [blocks]
        }),
      );
      const values = (await readTensors(sizes)) as number[][];
      if (!isCurrent()) return;
      const series = modes.map((mode, i) => ({
        name: mode.name,
        x: Array.from({ length: blocks }, (_, l) => l + 1),
        values: values[i]!,
      }));
      const rms = Object.fromEntries(series.map((s) => [s.name, s.values]));
      lnChart.innerHTML = chart(
        'residual-rms',
        lineChartSvg(series, {
          title: 'Size of the residual stream after each block',
          xLabel: 'block',
          yLabel: 'RMS of the block output',
          markers: true,
          width: 560,
          height: 320,
        }),
        rms,
      );
    });

    const interact = (render: () => Promise<void>) => () => void context.track(render());
    sequence.addEventListener('input', interact(renderModel));
    depth.addEventListener('input', interact(renderStack));
    for (const box of [showPost, showPre]) box.addEventListener('change', interact(renderStack));
    await context.track(Promise.all([renderModel(), renderStack()]).then(() => undefined));
    return {
      dispose: () => {
        tf.dispose(model as unknown as tf.TensorContainer);
        tf.dispose(stack as unknown as tf.TensorContainer);
        stackInput.dispose();
      },
    };
  },
};
