import {
  countGptParameters,
  disposeGpt,
  type GptModel,
  generate,
  gpt,
  kvCacheBytes,
  loadTangPoet,
  regularPoemForm,
  samplingDistribution,
  UNK_ID,
} from '@mha/gpt';
import { heatmapSvg } from '@mha/runtime/charts';
import * as tf from '@tensorflow/tfjs-core';
import type { ExplorerPage } from '../page.ts';
import { byId, chart, escapeHtml, fmt, formula, math, notebookLink, readTensors } from '../ui.ts';

const ID = '06-gpt-tang-poems';
/** The first line the page opens with: Wang Zhihuan, 登鸛雀樓 (a five-character quatrain). */
export const DEFAULT_FIRST_LINE = '白日依山盡，';
/** The sampling the page opens with (the stage's form check samples the same way). */
export const DEFAULT_SAMPLING = { temperature: 0.8, topK: 40, seed: 1 } as const;
/** Candidates listed for the character after the first line. */
const SHOWN_CANDIDATES = 12;

/** The reader's settings, read from the controls. */
export interface PoemSettings {
  temperature: number;
  topK: number;
  seed: number;
}

/** A first line checked against the model: its ids (after `<bos>`) and what it could not read. */
export interface FirstLine {
  text: string;
  /** `<bos>` then one id per character. */
  ids: number[];
  /** Characters outside the vocabulary, each once, in order; the model reads them as `<unk>`. */
  unknown: string[];
}

/**
 * Checks a typed first line: not empty, short enough to leave room for a poem.
 * @throws Error saying what to type.
 */
export function readFirstLine(typed: string, model: GptModel): FirstLine {
  const text = typed.trim();
  const { maxLen } = model.params.config;
  if (text === '') {
    throw new Error('First line: type the start of a poem, such as 白日依山盡，');
  }
  const chars = [...text];
  const longest = maxLen - 2; // <bos>, the line, and room for at least one more character
  if (chars.length > longest) {
    throw new Error(
      `First line: at most ${longest} characters (the model reads ${maxLen} positions); it has ${chars.length}`,
    );
  }
  const ids = model.tokenizer.encode(text, { bos: true });
  const unknown = [...new Set(chars.filter((_, i) => ids[i + 1] === UNK_ID))];
  return { text, ids, unknown };
}

/** What one press of "Write" produced. */
interface Poem {
  firstLine: FirstLine;
  settings: PoemSettings;
  /** The characters the model wrote after the first line. */
  written: string;
  /** `<bos>`, the first line and what was written, as the model reads them. */
  ids: number[];
  /** `[numLayers][numHeads][seq][seq]`: every head's attention over the whole poem. */
  attention: number[][][][];
  generateMs: number;
}

function page(model: GptModel & { meta?: Record<string, unknown> }): string {
  const c = model.config;
  const parameters = countGptParameters(model.params);
  return `<h1>6. A small GPT writes Tang poems</h1>
<p>A decoder-only Transformer keeps the decoder's causal self-attention, drops the
cross-attention and the encoder, and learns one thing: the next character. This one was trained
on the Tang poems of the <code>chinese-poetry</code> collection. To write, it reads
${math(String.raw`\langle\text{bos}\rangle`)} and your first line, draws a character from its
prediction, appends it and reads again, until it writes ${math(String.raw`\langle\text{eos}\rangle`)}.
A KV cache keeps every layer's keys and values, so each new character costs one position.</p>
<p class="formula-label">next-character distribution, temperature τ, top-k</p>
${formula(String.raw`p(v \mid x_{<t}) \propto \exp(z_v / \tau),\ \ v \in \text{top-}k(z)`)}
<p class="formula-label">grouped-query attention: query head h reads key/value head g(h)</p>
${formula(String.raw`g(h) = \left\lfloor h \,/\, (H / H_{kv}) \right\rfloor`)}
${notebookLink(ID)}
<section aria-labelledby="write-h"><h2 id="write-h">Write a poem</h2>
<p id="model-line">The model: ${c.numLayers} pre-LN blocks,
${math(String.raw`d_\text{model} = ${c.dModel}`)}, ${c.numHeads} query heads sharing
${c.numKvHeads} key/value heads, ${c.positional === 'rope' ? 'rotary position embeddings' : `${escapeHtml(c.positional)} positions`},
${c.vocabSize.toLocaleString('en')} characters, ${parameters.toLocaleString('en')} parameters.
${escapeHtml(trainingNote(model.meta))}<span id="load-note"></span></p>
<div class="row">
  <label class="wide">First line (a five-character line and ，, or a seven-character one)
    <input id="first-line" type="text" value="${DEFAULT_FIRST_LINE}" lang="zh-Hant" autocomplete="off" spellcheck="false" /></label>
</div>
<div class="row">
  <label class="slider">Temperature τ
    <input id="temperature" type="range" min="0.1" max="2" step="0.05" value="${DEFAULT_SAMPLING.temperature}" />
    <span id="temperature-value">${DEFAULT_SAMPLING.temperature.toFixed(2)}</span></label>
  <label>Top-k <input id="top-k" type="number" min="1" max="${c.vocabSize}" step="1" value="${DEFAULT_SAMPLING.topK}" /></label>
  <label>Seed <input id="seed" type="number" min="0" max="4294967295" step="1" value="${DEFAULT_SAMPLING.seed}" /></label>
  <button id="write" type="button">Write a poem</button>
  <button id="next-seed" type="button">Next seed and write</button>
</div>
<p id="error" class="error" role="alert" hidden></p>
<p id="unknown-note" class="note" hidden></p>
<div id="poem" class="poem" lang="zh-Hant" aria-live="polite"></div>
<p id="status"></p>
<p id="cache-note" class="note"></p>
<h3>The next character after your first line</h3>
<p class="note">The distribution the first draw comes from, at the temperature and top-k above
(the ${SHOWN_CANDIDATES} most likely of the kept characters). Move the slider: a low τ piles the
probability on the favourite, a high τ spreads it.</p>
<div id="next-chart"></div>
</section>
<section aria-labelledby="attention-h"><h2 id="attention-h">Where each head looks</h2>
<p>Every head's attention weights over the poem just written (row: the character being read;
column: the earlier character it attends to; the mask is causal, so the upper triangle is empty
and each row sums to 1). Look for heads that attend to the previous character, to
${math(String.raw`\langle\text{bos}\rangle`)}, to the punctuation, or to the same place in the
previous line.</p>
<div class="row">
  <label>Layer <select id="layer">${Array.from({ length: c.numLayers }, (_, l) => `<option>${l + 1}</option>`).join('')}</select></label>
  <label>Head <select id="head">${Array.from({ length: c.numHeads }, (_, h) => `<option>${h + 1}</option>`).join('')}</select></label>
</div>
<p id="head-note"></p>
<div class="charts" id="attention-chart"></div>
<h3>Every head at a glance</h3>
<p class="note">The same five shares for every head of every layer, averaged over the
characters of the poem. Pick a head to draw it.</p>
<div class="scroll"><table id="head-table" class="head-table"></table></div>
</section>`;
}

/**
 * What the training run recorded in the weights file's header, if anything: the held-out bits
 * per character of the stored (float16) weights, and the training steps.
 */
export function trainingNote(meta: Record<string, unknown> | undefined): string {
  const bits = meta?.float16BitsPerChar ?? meta?.heldOutBitsPerChar;
  if (typeof bits !== 'number') return '';
  const steps =
    typeof meta?.steps === 'number'
      ? ` after ${meta.steps.toLocaleString('en')} training steps`
      : '';
  return `Its training run recorded ${fmt(bits, 2)} bits per character on the held-out poems${steps}. `;
}

/** Label of a token on the heatmap's axes: the character, or the special token's name. */
const tokenLabel = (model: GptModel, id: number) => model.tokenizer.vocab[id] ?? String(id);

/**
 * What share of a head's weight, averaged over the rows after `<bos>`, goes to the character
 * itself, to the previous character, to `<bos>`, to punctuation, and to the same place one line
 * back (`period` positions earlier, when the poem has a line length).
 */
export function headSummary(
  weights: number[][],
  labels: string[],
  period: number | undefined,
): {
  itself: number;
  previous: number;
  bos: number;
  punctuation: number;
  lineBack: number | undefined;
} {
  const rows = weights.slice(1);
  const mean = (pick: (row: number[], i: number) => number) =>
    rows.reduce((sum, row, r) => sum + pick(row, r + 1), 0) / rows.length;
  const isPunctuation = (label: string) => label === '，' || label === '。';
  return {
    itself: mean((row, i) => row[i]!),
    previous: mean((row, i) => row[i - 1]!),
    bos: mean((row) => row[0]!),
    punctuation: mean((row) =>
      row.reduce((sum, w, j) => sum + (isPunctuation(labels[j]!) ? w : 0), 0),
    ),
    lineBack:
      period === undefined || weights.length <= period + 1
        ? undefined
        : weights.slice(period + 1).reduce((sum, row, r) => sum + row[r + 1]!, 0) /
          (weights.length - period - 1),
  };
}

export const gptPoemsPage: ExplorerPage = {
  id: ID,
  stage: 6,
  title: 'A GPT writes poems',
  summary:
    'A small GPT trained on Tang poems writes a poem from your first line, with a temperature, top-k and seed; then every head’s attention over it.',
  async mount(root, context) {
    const model = await loadModel();
    root.innerHTML = page(model.model);
    const { config } = model.model;
    const firstLineInput = byId<HTMLInputElement>(root, 'first-line');
    const temperatureInput = byId<HTMLInputElement>(root, 'temperature');
    const temperatureValue = byId<HTMLSpanElement>(root, 'temperature-value');
    const topKInput = byId<HTMLInputElement>(root, 'top-k');
    const seedInput = byId<HTMLInputElement>(root, 'seed');
    const writeButton = byId<HTMLButtonElement>(root, 'write');
    const nextSeedButton = byId<HTMLButtonElement>(root, 'next-seed');
    const errorBox = byId<HTMLParagraphElement>(root, 'error');
    const unknownNote = byId<HTMLParagraphElement>(root, 'unknown-note');
    const poemBox = byId<HTMLDivElement>(root, 'poem');
    const status = byId<HTMLParagraphElement>(root, 'status');
    const cacheNote = byId<HTMLParagraphElement>(root, 'cache-note');
    const nextChart = byId<HTMLDivElement>(root, 'next-chart');
    const layerSelect = byId<HTMLSelectElement>(root, 'layer');
    const headSelect = byId<HTMLSelectElement>(root, 'head');
    const headNote = byId<HTMLParagraphElement>(root, 'head-note');
    const headTable = byId<HTMLTableElement>(root, 'head-table');
    const attentionChart = byId<HTMLDivElement>(root, 'attention-chart');
    byId<HTMLSpanElement>(root, 'load-note').textContent = model.note;

    /** The scores of the character after the first line (checked), kept as numbers. */
    let next: { line: FirstLine; logits: Float32Array } | undefined;
    let poem: Poem | undefined;
    /** Serialises the work: one forward pass or generation at a time. */
    let queue: Promise<void> = Promise.resolve();
    /** Set once the page is left: queued work stops before touching the freed weights. */
    let disposed = false;

    const showError = (message: string | undefined) => {
      errorBox.hidden = message === undefined;
      errorBox.textContent = message ?? '';
      writeButton.disabled = message !== undefined;
      nextSeedButton.disabled = message !== undefined;
    };

    /** The settings typed, or an error naming the control. */
    function readSettings(): PoemSettings {
      const temperature = Number(temperatureInput.value);
      const topK = Number(topKInput.value);
      const seed = Number(seedInput.value);
      if (!(Number.isInteger(topK) && topK >= 1 && topK <= config.vocabSize)) {
        throw new Error(`Top-k: type a whole number from 1 to ${config.vocabSize}`);
      }
      if (
        !(seedInput.value.trim() !== '' && Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32)
      ) {
        throw new Error('Seed: type a whole number from 0 to 4294967295');
      }
      return { temperature, topK, seed };
    }

    /** The first line as typed, checked; says which characters the model cannot read. */
    function readLine(): FirstLine {
      const line = readFirstLine(firstLineInput.value, model.model);
      unknownNote.hidden = line.unknown.length === 0;
      unknownNote.textContent =
        line.unknown.length === 0
          ? ''
          : `Not among the model's ${config.vocabSize.toLocaleString('en')} characters: ` +
            `${line.unknown.map((ch) => `「${ch}」`).join(' ')}. The model reads ` +
            `${line.unknown.length === 1 ? 'it' : 'each'} as <unk>, a character it knows nothing about.`;
      return line;
    }

    /** One forward pass over `<bos>` and the first line: the scores of the next character. */
    async function scoreFirstLine(): Promise<void> {
      let line: FirstLine;
      try {
        line = readLine();
      } catch (error) {
        next = undefined;
        nextChart.innerHTML = '';
        showError((error as Error).message);
        return;
      }
      if (next?.line.text === line.text) return;
      const [row] = (await readTensors([
        tf.tidy(() => {
          const tokens = tf.tensor2d([line.ids], [1, line.ids.length], 'int32'); // [1, seq]
          const { logits } = gpt(model.model.params, tokens); // [1, seq, vocabSize]
          const seq = line.ids.length;
          return tf.reshape(tf.slice(logits, [0, seq - 1, 0], [1, 1, -1]), [-1]); // [vocabSize]
        }),
      ])) as [number[]];
      next = { line, logits: Float32Array.from(row) };
    }

    /** The next-character distribution at the current temperature and top-k. */
    function drawNext(): void {
      temperatureValue.textContent = Number(temperatureInput.value).toFixed(2);
      if (next === undefined) return;
      let settings: PoemSettings;
      try {
        settings = readSettings();
      } catch (error) {
        showError((error as Error).message);
        return;
      }
      showError(undefined);
      const { ids, probs } = samplingDistribution(next.logits, settings);
      const shown = ids.slice(0, SHOWN_CANDIDATES).map((id, i) => ({
        id,
        char: tokenLabel(model.model, id),
        probability: probs[i]!,
      }));
      const top = shown[0]?.probability ?? 1;
      const rows = shown
        .map(
          (s) =>
            `<tr><th scope="row">${escapeHtml(s.char)}</th><td class="bar-cell"><span class="bar" style="width:${((100 * s.probability) / top).toFixed(1)}%"></span></td><td>${fmt(s.probability, 3)}</td></tr>`,
        )
        .join('');
      const values = {
        temperature: settings.temperature,
        topK: settings.topK,
        kept: ids.length,
        ids: shown.map((s) => s.id),
        chars: shown.map((s) => s.char),
        probabilities: shown.map((s) => s.probability),
      };
      nextChart.innerHTML = chart(
        'next-character',
        `<table class="next-table"><caption>after “${escapeHtml(next.line.text)}”, τ = ${fmt(settings.temperature, 2)}, top-${settings.topK} (${ids.length} kept)</caption>
<thead><tr><th scope="col">character</th><th scope="col">probability</th><th scope="col">p</th></tr></thead><tbody>${rows}</tbody></table>`,
        values,
      );
    }

    /** Generates a poem with the library's `generate`, then runs the model over it once more for the attention. */
    async function write(): Promise<void> {
      let line: FirstLine;
      let settings: PoemSettings;
      try {
        line = readLine();
        settings = readSettings();
      } catch (error) {
        showError((error as Error).message);
        return;
      }
      showError(undefined);
      status.textContent = `Writing with seed ${settings.seed}…`;
      // let the browser paint the status before the model runs
      await new Promise((resolve) => setTimeout(resolve, 0));
      const started = performance.now();
      const written = generate(model.model, line.text, {
        ...settings,
        maxNewTokens: config.maxLen - line.ids.length,
      });
      const generateMs = performance.now() - started;
      const ids = [...line.ids, ...model.model.tokenizer.encode(written)];
      const weights = tf.tidy(() => {
        const tokens = tf.tensor2d([ids], [1, ids.length], 'int32'); // [1, seq]
        const { attentionWeights } = gpt(model.model.params, tokens); // per layer [1, H, seq, seq]
        return tf.stack(attentionWeights.map((w) => tf.squeeze(w, [0]))); // [layers, H, seq, seq]
      });
      const [attention] = (await readTensors([weights])) as [number[][][][]];
      poem = { firstLine: line, settings, written, ids, attention, generateMs };
      drawPoem();
      drawAttention();
    }

    function drawPoem(): void {
      if (poem === undefined) return;
      const { firstLine, settings, written, generateMs } = poem;
      const text = firstLine.text + written;
      // one couplet per line: break after every 。
      const lines = text.match(/[^。]*。|[^。]+$/g) ?? [text];
      let shownPrompt = 0;
      const promptLength = [...firstLine.text].length;
      poemBox.innerHTML = lines
        .map((l) => {
          const chars = [...l];
          const mine = Math.min(chars.length, Math.max(0, promptLength - shownPrompt));
          shownPrompt += chars.length;
          const typed = chars.slice(0, mine).join('');
          const rest = chars.slice(mine).join('');
          return `<p>${typed === '' ? '' : `<span class="typed">${escapeHtml(typed)}</span>`}${escapeHtml(rest)}</p>`;
        })
        .join('');
      const count = [...written].length;
      const form = regularPoemForm(text);
      const formText =
        form === 0
          ? 'Not a regular poem (every line 5 or 7 characters, ， and 。 alternating, 4 or 8 lines).'
          : `A regular ${form === 5 ? 'five' : 'seven'}-character poem of ${text.match(/[，。]/g)!.length} lines.`;
      const speed = count === 0 ? '' : `, ${fmt((1000 * count) / generateMs, 1)} characters/s`;
      status.textContent =
        `${formText} The model wrote ${count} characters in ${fmt(generateMs, 0)} ms${speed} ` +
        `(seed ${settings.seed}, τ = ${fmt(settings.temperature, 2)}, top-${settings.topK}).`;
      status.dataset.poem = text;
      status.dataset.written = written;
      status.dataset.seed = String(settings.seed);
      status.dataset.temperature = String(settings.temperature);
      status.dataset.topK = String(settings.topK);
      status.dataset.characters = String(count);
      status.dataset.generateMs = generateMs.toFixed(1);
      status.dataset.form = String(form);
      // what the cache holds for every position of the poem, against full multi-head attention
      const positions = poem.ids.length;
      const bytes = kvCacheBytes(config, positions);
      const mhaBytes = kvCacheBytes({ ...config, numKvHeads: config.numHeads }, positions);
      const kB = (n: number) => `${fmt(n / 1024, 1)} kB`;
      cacheNote.textContent =
        `For the poem's ${positions} positions the KV cache holds ${kB(bytes)} (keys and values ` +
        `of ${config.numKvHeads} heads in each of ${config.numLayers} layers, float32); with one ` +
        `key/value head per query head (${config.numHeads}) it would hold ${kB(mhaBytes)}.`;
      cacheNote.dataset.bytes = String(bytes);
      cacheNote.dataset.positions = String(positions);
    }

    function drawAttention(): void {
      if (poem === undefined) return;
      const layer = Number(layerSelect.value) - 1;
      const head = Number(headSelect.value) - 1;
      const values = poem.attention[layer]![head]!; // [seq, seq]
      const labels = poem.ids.map((id) => tokenLabel(model.model, id));
      const mask = values.map((row, i) => row.map((_, j) => j <= i)); // causal: true = may attend
      const kvHead = Math.floor(head / (config.numHeads / config.numKvHeads));
      const firstBreak = labels.findIndex((l) => l === '，' || l === '。');
      const period = firstBreak > 1 ? firstBreak : undefined; // <bos> at 0: a line is 1 … firstBreak
      const summary = headSummary(values, labels, period);
      const pct = (x: number) => `${fmt(100 * x, 0)}%`;
      headNote.textContent =
        `Layer ${layer + 1}, head ${head + 1} (it reads key/value head ${kvHead + 1} of ` +
        `${config.numKvHeads}). Averaged over the characters: ${pct(summary.itself)} of its ` +
        `weight on the character itself, ${pct(summary.previous)} on the previous one, ` +
        `${pct(summary.bos)} on <bos>, ` +
        `${pct(summary.punctuation)} on ， and 。` +
        (summary.lineBack === undefined
          ? '.'
          : `, ${pct(summary.lineBack)} on the same place one line (${period} characters) back.`);
      const cellSize = Math.max(10, Math.min(22, Math.floor(760 / values.length)));
      attentionChart.innerHTML = chart(
        `attention-layer-${layer + 1}-head-${head + 1}`,
        heatmapSvg(values, {
          title: `layer ${layer + 1}, head ${head + 1}`,
          rowLabels: labels,
          colLabels: labels,
          xLabel: 'attends to (key)',
          yLabel: 'reading (query)',
          mask,
          min: 0,
          max: 1,
          cellSize,
          showValues: false,
        }),
        values,
      );
      attentionChart.dataset.layer = String(layer + 1);
      attentionChart.dataset.head = String(head + 1);
      drawHeadTable(labels, period, layer, head);
    }

    /** One row per head: its shares of weight, the head on screen marked. */
    function drawHeadTable(
      labels: string[],
      period: number | undefined,
      layer: number,
      head: number,
    ): void {
      if (poem === undefined) return;
      const pct = (x: number | undefined) => (x === undefined ? '–' : `${fmt(100 * x, 0)}%`);
      const rows = poem.attention.flatMap((heads, l) =>
        heads.map((values, h) => {
          const s = headSummary(values, labels, period);
          const current = l === layer && h === head ? ' aria-current="true" class="current"' : '';
          return `<tr${current}><th scope="row"><button type="button" data-layer="${l + 1}" data-head="${h + 1}">layer ${l + 1}, head ${h + 1}</button></th><td>${pct(s.itself)}</td><td>${pct(s.previous)}</td><td>${pct(s.bos)}</td><td>${pct(s.punctuation)}</td><td>${pct(s.lineBack)}</td></tr>`;
        }),
      );
      headTable.innerHTML =
        `<thead><tr><th scope="col">head</th><th scope="col">itself</th><th scope="col">previous character</th><th scope="col">&lt;bos&gt;</th>` +
        `<th scope="col">， and 。</th><th scope="col">one line back</th></tr></thead><tbody>${rows.join('')}</tbody>`;
    }

    const enqueue = (work: () => Promise<void> | void) => {
      const unlessLeft = () => (disposed ? undefined : work());
      queue = queue.then(unlessLeft, unlessLeft);
      void context.track(queue);
    };
    firstLineInput.addEventListener('input', () =>
      enqueue(async () => {
        await scoreFirstLine();
        drawNext();
      }),
    );
    temperatureInput.addEventListener('input', () => enqueue(drawNext));
    topKInput.addEventListener('input', () => enqueue(drawNext));
    seedInput.addEventListener('input', () => enqueue(drawNext));
    writeButton.addEventListener('click', () => enqueue(write));
    nextSeedButton.addEventListener('click', () => {
      const seed = Number(seedInput.value);
      seedInput.value = String(
        Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32 - 1 ? seed + 1 : 0,
      );
      enqueue(async () => {
        drawNext();
        await write();
      });
    });
    headTable.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button');
      if (button === null) return;
      layerSelect.value = button.dataset.layer!;
      headSelect.value = button.dataset.head!;
      enqueue(drawAttention);
    });
    layerSelect.addEventListener('change', () => enqueue(drawAttention));
    headSelect.addEventListener('change', () => enqueue(drawAttention));

    // The first poem, written as the page opens: the page is usable once it is on screen.
    enqueue(async () => {
      await scoreFirstLine();
      drawNext();
      await write();
      status.dataset.interactiveMs = performance.now().toFixed(0);
    });
    await context.track(queue);
    return {
      dispose: () => {
        disposed = true;
        disposeGpt(model.model.params);
      },
    };
  },
};

/** Loads the shipped model (the package's weights file, a separate asset of the build). */
async function loadModel(): Promise<{
  model: GptModel & { meta?: Record<string, unknown> };
  note: string;
}> {
  const started = performance.now();
  const model = await loadTangPoet();
  const ms = performance.now() - started;
  const file = performance
    .getEntriesByType('resource')
    .find((e) => /tang-poet[^/]*\.bin$/.test(e.name)) as PerformanceResourceTiming | undefined;
  const size =
    file === undefined || file.decodedBodySize === 0
      ? ''
      : `${fmt(file.decodedBodySize / 2 ** 20, 1)} MB of weights, `;
  return { model, note: `Loaded (${size}${fmt(ms, 0)} ms).` };
}
