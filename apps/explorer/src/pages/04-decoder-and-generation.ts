import {
  BOS,
  type DecoderCache,
  decodeStep,
  EOS,
  encode,
  PAD,
  type TransformerParams,
  transformer,
  translationTable,
} from '@mha/decoder-block';
import { heatmapSvg } from '@mha/runtime/charts';
import * as tf from '@tensorflow/tfjs-core';
import type { ExplorerPage } from '../page.ts';
import { loadTranslator, type TranslatorWeightsFile } from '../translator-weights.ts';
import { byId, chart, escapeHtml, fmt, formula, math, notebookLink, readTensors } from '../ui.ts';
import { parseLetters } from './03-transformer-encoder-block.ts';

const ID = '04-decoder-and-generation';

/** Source ids 1 … K are the letters a, b, …; PAD is shown as a dot. */
export const sourceLetter = (id: number) => (id === PAD ? '·' : String.fromCharCode(96 + id));
/** Target ids: PAD, BOS (<s>), EOS (</s>), then the symbols 3 … K + 2 as A, B, …. */
export const targetLetter = (id: number) =>
  id === PAD ? '·' : id === BOS ? '<s>' : id === EOS ? '</s>' : String.fromCharCode(62 + id);

/** One generated token: what was chosen, how likely the model found it, where it looked. */
interface Step {
  token: number;
  probability: number;
  /** `[numDecoderLayers][numHeads][seqS]`: the cross-attention row of this position. */
  cross: number[][][];
  /** Largest |logit difference| between the cached step and a full pass over the prefix. */
  cacheGap: number;
}

function page(file: TranslatorWeightsFile, table: number[]): string {
  const p = file.provenance;
  const c = file.config;
  const dictionary = table
    .slice(1)
    .map((t, s) => `${sourceLetter(s + 1)}→${targetLetter(t)}`)
    .join('  ');
  return `<h1>4. The decoder and generation</h1>
<p>The decoder block adds a second attention to the encoder block: after masked self-attention
over the target written so far, each target position attends to the encoder's output, the
memory ${math('m')} (cross-attention: queries from the decoder, keys and values from the
source). Generation feeds the model its own output one token at a time.</p>
<p class="formula-label">decoder block (post-LN, the paper)</p>
${formula(String.raw`\begin{aligned} h_1 &= \mathrm{LN}_1\big(y + \mathrm{MHA}(y, y, y;\ \text{causal})\big) \\ h_2 &= \mathrm{LN}_2\big(h_1 + \mathrm{MHA}(h_1, m, m)\big) \\ z &= \mathrm{LN}_3\big(h_2 + \mathrm{FFN}(h_2)\big) \end{aligned}`)}
<p class="formula-label">greedy generation</p>
${formula(String.raw`\begin{aligned} \hat y_t &= \arg\max_v\ p_\theta(v \mid \hat y_{<t},\ x) \\ p_\theta &= \mathrm{softmax}(z_t W_\text{gen} + b_\text{gen}) \end{aligned}`)}
<p class="formula-label">KV cache: step t appends one key and value, attends over 0 … t</p>
${formula(String.raw`\begin{aligned} K_{0..t} &= \big[K_{0..t-1};\ x_t W^K\big] \\ V_{0..t} &= \big[V_{0..t-1};\ x_t W^V\big] \end{aligned}`)}
${notebookLink(ID)}
<section aria-labelledby="gen-h"><h2 id="gen-h">Step through the generation of a trained model</h2>
<p>The task: reverse the source and translate every letter with a fixed dictionary
(${escapeHtml(dictionary)}). The model has one encoder and one decoder block
(${math(String.raw`d_\text{model} = ${c.dModel}`)}, ${c.numHeads} heads,
${math(String.raw`d_\text{ff} = ${c.dFF}`)}), trained with the package's recipe (seed
${escapeHtml(String(p.seed))}, ${escapeHtml(String(p.steps))} steps); it generates
${fmt(100 * Number(p.heldOutExactMatch), 1)}% of held-out sources exactly right. Each step calls
the library's <code>decodeStep</code> with the KV cache of the step before. To reverse, step
t must read source position L − t: watch where the cross-attention looks as the steps go.</p>
<div class="row">
  <label>Source (${escapeHtml(String(p.minLen))} to ${escapeHtml(String(p.maxLen))} letters a to ${sourceLetter(c.srcVocabSize - 1)})
    <input id="source" type="text" value="c a f e b" size="20" autocomplete="off" spellcheck="false" /></label>
  <button id="next-token" type="button">Next token</button>
  <button id="run-all" type="button">Generate to the end</button>
  <button id="reset" type="button">Reset</button>
</div>
<p id="error" class="error" role="alert" hidden></p>
<p id="status" aria-live="polite"></p>
<div class="scroll"><table id="steps" class="reversal"></table></div>
<div class="charts" id="cross-charts"></div>
<p id="cache-note"></p>
</section>`;
}

export const decoderPage: ExplorerPage = {
  id: ID,
  stage: 4,
  title: 'Decoder and generation',
  summary:
    'A trained translator writes its output one token at a time, with its cross-attention at each step and a KV cache.',
  async mount(root, context) {
    const response = await fetch(new URL('./translator-model.json', document.baseURI));
    if (!response.ok) throw new Error(`translator-model.json: HTTP ${response.status}`);
    const file = (await response.json()) as TranslatorWeightsFile;
    const model: TransformerParams = loadTranslator(file);
    const table = translationTable(Number(file.provenance.numSymbols));
    root.innerHTML = page(file, table);
    const { config } = model;
    const minLen = Number(file.provenance.minLen);
    const maxLen = Number(file.provenance.maxLen);
    const source = byId<HTMLInputElement>(root, 'source');
    const nextButton = byId<HTMLButtonElement>(root, 'next-token');
    const runAllButton = byId<HTMLButtonElement>(root, 'run-all');
    const resetButton = byId<HTMLButtonElement>(root, 'reset');
    const errorBox = byId<HTMLParagraphElement>(root, 'error');
    const status = byId<HTMLParagraphElement>(root, 'status');
    const stepsTable = byId<HTMLTableElement>(root, 'steps');
    const charts = byId<HTMLDivElement>(root, 'cross-charts');
    const cacheNote = byId<HTMLParagraphElement>(root, 'cache-note');

    // What generation holds between clicks: the memory and the latest KV cache.
    let tokens: number[] = [];
    let memory: tf.Tensor3D | undefined;
    let cache: DecoderCache | null = null;
    let steps: Step[] = [];
    let finished = false;
    /** Serialises the clicks: a step starts only once the one before it is done. */
    let queue: Promise<void> = Promise.resolve();

    const heldTensors = () => (memory === undefined ? 0 : 1) + 4 * (cache?.layers.length ?? 0);
    const declareHeld = () =>
      context.hold(heldTensors(), heldTensors() === 0 ? '' : 'memory and KV cache');

    const clear = () => {
      cache?.dispose();
      cache = null;
      memory?.dispose();
      memory = undefined;
      steps = [];
      finished = false;
      declareHeld();
    };

    function draw(): void {
      const srcLabels = tokens.map((t, j) => `${j}:${sourceLetter(t)}`);
      const fed = [BOS, ...steps.map((s) => s.token)];
      const cells = (values: string[]) => values.map((v) => `<td>${escapeHtml(v)}</td>`).join('');
      stepsTable.innerHTML =
        steps.length === 0
          ? ''
          : `<thead><tr><th scope="col">step t</th>${cells(steps.map((_, t) => String(t + 1)))}</tr></thead><tbody>` +
            `<tr><th scope="row">fed in</th>${cells(steps.map((_, t) => targetLetter(fed[t]!)))}</tr>` +
            `<tr><th scope="row">chosen</th>${cells(steps.map((s) => targetLetter(s.token)))}</tr>` +
            `<tr><th scope="row">probability</th>${cells(steps.map((s) => fmt(s.probability, 3)))}</tr></tbody>`;
      const expected = [...tokens]
        .reverse()
        .map((s) => table[s]!)
        .concat(EOS);
      const written = steps.map((s) => targetLetter(s.token)).join(' ');
      status.dataset.generated = steps.map((s) => s.token).join(',');
      status.dataset.probability =
        steps.length === 0 ? '' : String(steps[steps.length - 1]!.probability);
      if (steps.length === 0) {
        status.textContent = `Source ${tokens.map(sourceLetter).join(' ')}: press “Next token” to feed <s> and see the first choice.`;
      } else if (finished) {
        const right =
          expected.length === steps.length && expected.every((t, i) => t === steps[i]!.token);
        status.textContent =
          `Finished after ${steps.length} steps: ${written}. ` +
          (right
            ? 'That is the source reversed and translated.'
            : `The right answer is ${expected.map(targetLetter).join(' ')}.`);
      } else {
        const last = steps[steps.length - 1]!;
        status.textContent = `Step ${steps.length}: the model chose ${targetLetter(last.token)} with probability ${fmt(last.probability, 3)}. So far: ${written}.`;
      }
      charts.innerHTML =
        steps.length === 0
          ? ''
          : steps[0]!.cross
              .flatMap((heads, l) =>
                heads.map((_, h) => {
                  const rows = steps.map((s) => s.cross[l]![h]!); // [steps, seqS]
                  return chart(
                    `cross-block-${l + 1}-head-${h + 1}`,
                    heatmapSvg(rows, {
                      title: `cross-attention, block ${l + 1}, head ${h + 1}`,
                      rowLabels: steps.map(
                        (s, t) => `${t + 1}:${targetLetter(fed[t]!)}→${targetLetter(s.token)}`,
                      ),
                      colLabels: srcLabels,
                      xLabel: 'source position (key)',
                      yLabel: 'step: fed → chosen',
                      min: 0,
                      max: 1,
                      cellSize: 34,
                      decimals: 2,
                    }),
                    rows,
                  );
                }),
              )
              .join('');
      const gap = Math.max(0, ...steps.map((s) => s.cacheGap));
      cacheNote.textContent =
        steps.length === 0
          ? ''
          : `decodeStep returns only the logits; the cross-attention rows above come from a full ` +
            `teacher-forced pass over the same prefix, whose logits at the last position differ ` +
            `from the cached step's by at most ${gap === 0 ? '0 (identical)' : gap.toExponential(1)}.`;
      nextButton.disabled = finished;
      runAllButton.disabled = finished;
    }

    /** One generation step: decodeStep with the cache, then the step's cross-attention. */
    async function step(): Promise<void> {
      if (finished) return;
      if (memory === undefined) {
        const src = tf.tensor2d([tokens], undefined, 'int32'); // [1, seqS]
        memory = encode(model, src); // [1, seqS, dModel]
        src.dispose();
      }
      const fed = [BOS, ...steps.map((s) => s.token)];
      const t = steps.length;
      const result = decodeStep(model, memory, [fed[t]!], cache);
      cache = result.cache;
      declareHeld();
      const [probs, cross, gap] = tf.tidy(() => {
        const probabilities = tf.softmax(result.logits); // [1, tgtVocabSize]
        const src = tf.tensor2d([tokens], undefined, 'int32'); // [1, seqS]
        const prefix = tf.tensor2d([fed], undefined, 'int32'); // [1, t + 1]
        const full = transformer(model, src, prefix);
        const lastLogits = tf.slice(full.logits, [0, t, 0], [1, 1, -1]); // -> [1, 1, vocab]
        const rows = tf.stack(
          full.crossAttentionWeights.map((w) => tf.slice(w, [0, 0, t, 0], [1, -1, 1, -1])),
        ); // per block [1, h, 1, seqS] -> [layers, 1, h, 1, seqS]
        const difference = tf.max(tf.abs(tf.sub(tf.reshape(lastLogits, [1, -1]), result.logits)));
        return [probabilities, tf.reshape(rows, [rows.shape[0]!, -1, tokens.length]), difference];
      });
      result.logits.dispose();
      const [p, c, g] = (await readTensors([probs, cross, gap])) as [
        number[][],
        number[][][],
        number,
      ];
      const row = p[0]!;
      let best = 0;
      for (let v = 1; v < row.length; v++) if (row[v]! > row[best]!) best = v;
      steps.push({ token: best, probability: row[best]!, cross: c, cacheGap: g });
      if (best === EOS || steps.length >= config.maxLen) {
        finished = true;
        cache.dispose();
        cache = null;
        memory.dispose();
        memory = undefined;
        declareHeld();
      }
      draw();
    }

    const readSource = (): boolean => {
      errorBox.hidden = true;
      try {
        tokens = parseLetters(source.value, config.srcVocabSize, minLen, maxLen);
        return true;
      } catch (error) {
        errorBox.textContent = (error as Error).message.replace(/^Sequence/, 'Source');
        errorBox.hidden = false;
        tokens = [];
        stepsTable.innerHTML = '';
        charts.innerHTML = '';
        status.textContent = '';
        status.removeAttribute('data-generated');
        cacheNote.textContent = '';
        nextButton.disabled = true;
        runAllButton.disabled = true;
        return false;
      }
    };

    const restart = () => {
      clear();
      if (readSource()) draw();
    };

    const enqueue = (work: () => Promise<void>) => {
      queue = queue.then(work, work);
      void context.track(queue);
    };
    source.addEventListener('input', () => enqueue(async () => restart()));
    resetButton.addEventListener('click', () => enqueue(async () => restart()));
    nextButton.addEventListener('click', () => enqueue(step));
    runAllButton.addEventListener('click', () =>
      enqueue(async () => {
        while (!finished && tokens.length > 0) await step();
      }),
    );
    restart();
    await context.track(Promise.resolve());
    return {
      dispose: () => {
        clear();
        tf.dispose(model as unknown as tf.TensorContainer);
      },
    };
  },
};
