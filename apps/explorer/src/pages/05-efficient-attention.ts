import {
  exactAttention,
  fixedBlockMask,
  globalTokensMask,
  linearAttention,
  localAttention,
  memoryEfficientAttention,
  randomFeatureAttention,
  slidingWindowMask,
  stridedMask,
} from '@mha/efficient-attention';
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

const ID = '05-efficient-attention';
/** The comparison's input: n positions, d_k = d_v, seeded normal Q, K, V. */
export const INPUT = { seq: 12, dK: 4 } as const;
/** Feature counts of the random-feature error curve, and the feature seeds averaged over. */
const FEATURE_COUNTS = [4, 8, 16, 32, 64, 128, 256, 512];
const CURVE_SEEDS = [1, 2, 3, 4];
/** Sequence lengths of the cost curve. */
const COST_LENGTHS = [16, 32, 64, 128, 256];

export type PatternName = 'sliding' | 'strided' | 'fixed' | 'global';

/** A sparse pattern and its parameters, as the page's controls hold them. */
export interface PatternSetting {
  pattern: PatternName;
  left: number;
  right: number;
  stride: number;
  block: number;
  summary: number;
  causal: boolean;
  window: number;
  globalPositions: number[];
}

/** The library's mask for a setting, `[seq, seq]` bool, true = may attend. */
export function patternMask(seq: number, s: PatternSetting): tf.Tensor2D {
  switch (s.pattern) {
    case 'sliding':
      return slidingWindowMask(seq, seq, { left: s.left, right: s.right });
    case 'strided':
      return stridedMask(seq, { stride: s.stride, causal: s.causal });
    case 'fixed':
      return fixedBlockMask(seq, { block: s.block, summary: s.summary, causal: s.causal });
    case 'global':
      return globalTokensMask(seq, { globalPositions: s.globalPositions, window: s.window });
  }
}

/** Q, K, V of the comparison for a seed: `[seq, dK]` each, standard normal. */
export function comparisonInput(seed: number): [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D] {
  const shape = [INPUT.seq, INPUT.dK];
  return [0, 1, 2].map((i) => seededNormal(shape, 3 * seed + i) as tf.Tensor2D) as [
    tf.Tensor2D,
    tf.Tensor2D,
    tf.Tensor2D,
  ];
}

const FORMULAS: Record<PatternName, string> = {
  sliding: String.raw`M_{ij} = [\, i - \ell \le j \le i + r \,]`,
  strided: String.raw`M_{ij} = [\, 0 \le i - j \le s \ \lor\ (i - j) \bmod s = 0 \,]`,
  fixed: String.raw`M_{ij} = [\, \lfloor j/\ell \rfloor = \lfloor i/\ell \rfloor \ \lor\ j \bmod \ell \ge \ell - c \,]`,
  global: String.raw`M_{ij} = [\, |i - j| \le w \ \lor\ i \in G \ \lor\ j \in G \,]`,
};

function page(): string {
  const n = INPUT.seq;
  return `<h1>5. Efficient attention</h1>
<p>Exact attention scores every query against every key: ${math('n^2')} pairs, time and memory.
Sparse patterns let each query see only some keys; kernel methods never form the
${math(String.raw`n \times n`)} matrix at all; the online softmax forms it a block at a time and
gets exactly the same answer.</p>
${formula(String.raw`\mathrm{Attention}(Q,K,V)_i = \sum_{j:\,M_{ij}} \frac{e^{q_i \cdot k_j/\sqrt{d_k}}}{\sum_{j':\,M_{ij'}} e^{q_i \cdot k_{j'}/\sqrt{d_k}}}\, v_j`)}
<p class="formula-label">linear attention: a kernel and regrouped products, ${math('O(n)')}</p>
${formula(String.raw`\mathrm{out}_i = \frac{\varphi(q_i)^\top \sum_j \varphi(k_j)\, v_j^\top}{\varphi(q_i)^\top \sum_j \varphi(k_j)}`)}
<p class="formula-label">online softmax over key blocks (memory-efficient, exact)</p>
${formula(String.raw`\begin{aligned} m' &= \max\big(m,\ \max_{j \in b} s_{ij}\big) \\ \ell' &= e^{m - m'}\ell + \textstyle\sum_{j \in b} e^{s_{ij} - m'} \\ a' &= e^{m - m'} a + \textstyle\sum_{j \in b} e^{s_{ij} - m'} v_j \end{aligned}`)}
${notebookLink(ID)}
<section aria-labelledby="mask-h"><h2 id="mask-h">Sparse patterns and what they cost</h2>
<div class="row">
  <label>pattern <select id="pattern">
    <option value="sliding">sliding window</option>
    <option value="strided">strided (Sparse Transformer)</option>
    <option value="fixed">fixed blocks (Sparse Transformer)</option>
    <option value="global">global tokens (Longformer)</option>
  </select></label>
  <label>n <input id="seq" type="number" min="2" max="32" value="16" /></label>
</div>
<div class="row" id="params-sliding">
  <label>left ℓ <input id="left" type="number" min="0" max="32" value="2" /></label>
  <label>right r <input id="right" type="number" min="0" max="32" value="2" /></label>
</div>
<div class="row" id="params-strided" hidden>
  <label>stride s <input id="stride" type="number" min="1" max="32" value="4" /></label>
</div>
<div class="row" id="params-fixed" hidden>
  <label>block ℓ <input id="block" type="number" min="1" max="32" value="4" /></label>
  <label>summary c <input id="summary" type="number" min="1" max="32" value="1" /></label>
</div>
<div class="row" id="params-causal" hidden>
  <label><input id="causal" type="checkbox" checked /> causal (j ≤ i)</label>
</div>
<div class="row" id="params-global" hidden>
  <label>window w <input id="window" type="number" min="0" max="32" value="1" /></label>
  <label>global positions G <input id="global" type="text" value="0" size="10" autocomplete="off" /></label>
</div>
<div id="pattern-formula"></div>
<p id="mask-error" class="error" role="alert" hidden></p>
<p id="cost" aria-live="polite"></p>
<div class="charts" id="mask-charts"></div>
</section>
<section aria-labelledby="cmp-h"><h2 id="cmp-h">The same input, five ways</h2>
<p>${n} positions, ${math(`d_k = d_v = ${INPUT.dK}`)}, queries, keys and values drawn
from a seeded normal. Each method's output is compared with exact attention's; local attention
also with exact attention under its own band mask, which it computes block by block.</p>
<div class="row">
  <label>input seed <input id="input-seed" type="number" min="0" max="999" value="1" /></label>
  <label>local window w <input id="local-window" type="number" min="0" max="${n}" value="2" /></label>
  <label>random features m <input id="features" type="number" min="1" max="512" value="64" /></label>
  <label>feature seed <input id="feature-seed" type="number" min="0" max="999" value="1" /></label>
  <label>key block size <input id="block-size" type="number" min="1" max="${n}" value="5" /></label>
</div>
<p id="cmp-error" class="error" role="alert" hidden></p>
<div class="scroll"><table id="errors" class="errors"></table></div>
<div class="charts" id="cmp-charts"></div>
</section>`;
}

/** Reads a whole number in [min, max] from an input, or throws naming it. */
function readInt(input: HTMLInputElement, name: string, min: number, max: number): number {
  const value = Number(input.value);
  if (input.value.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}: a whole number from ${min} to ${max}`);
  }
  return value;
}

export const efficientAttentionPage: ExplorerPage = {
  id: ID,
  stage: 5,
  title: 'Efficient attention',
  summary:
    'Sparse masks and what they cost; local, linear and random-feature attention against exact; the online softmax.',
  mount(root, context) {
    root.innerHTML = page();
    const el = <T extends HTMLElement>(id: string) => byId<T>(root, id);
    const pattern = el<HTMLSelectElement>('pattern');
    const seqInput = el<HTMLInputElement>('seq');
    const numbers = Object.fromEntries(
      ['left', 'right', 'stride', 'block', 'summary', 'window'].map((id) => [
        id,
        el<HTMLInputElement>(id),
      ]),
    ) as Record<'left' | 'right' | 'stride' | 'block' | 'summary' | 'window', HTMLInputElement>;
    const causal = el<HTMLInputElement>('causal');
    const globalInput = el<HTMLInputElement>('global');
    const maskError = el<HTMLParagraphElement>('mask-error');
    const cost = el<HTMLParagraphElement>('cost');
    const maskCharts = el<HTMLDivElement>('mask-charts');
    const patternFormula = el<HTMLDivElement>('pattern-formula');
    const cmp = {
      seed: el<HTMLInputElement>('input-seed'),
      window: el<HTMLInputElement>('local-window'),
      features: el<HTMLInputElement>('features'),
      featureSeed: el<HTMLInputElement>('feature-seed'),
      blockSize: el<HTMLInputElement>('block-size'),
    };
    const cmpError = el<HTMLParagraphElement>('cmp-error');
    const errorsTable = el<HTMLTableElement>('errors');
    const cmpCharts = el<HTMLDivElement>('cmp-charts');

    const readSetting = (): { seq: number; setting: PatternSetting } => {
      const seq = readInt(seqInput, 'n', 2, 32);
      const globalText = globalInput.value.trim();
      const globalPositions =
        globalText === '' ? [] : globalText.split(/[\s,]+/).map((t) => Number(t));
      return {
        seq,
        setting: {
          pattern: pattern.value as PatternName,
          left: readInt(numbers.left, 'left ℓ', 0, 32),
          right: readInt(numbers.right, 'right r', 0, 32),
          stride: readInt(numbers.stride, 'stride s', 1, 32),
          block: readInt(numbers.block, 'block ℓ', 1, 32),
          summary: readInt(numbers.summary, 'summary c', 1, 32),
          causal: causal.checked,
          window: readInt(numbers.window, 'window w', 0, 32),
          globalPositions,
        },
      };
    };

    const showParams = () => {
      const p = pattern.value as PatternName;
      for (const name of ['sliding', 'strided', 'fixed', 'global'] as const) {
        el(`params-${name}`).hidden = name !== p;
      }
      el('params-causal').hidden = p !== 'strided' && p !== 'fixed';
      patternFormula.innerHTML = formula(FORMULAS[p]);
    };

    const renderMask = latestOnly(async (isCurrent) => {
      maskError.hidden = true;
      let made: tf.Tensor[];
      let seq: number;
      let lengths: number[];
      try {
        const read = readSetting();
        seq = read.seq;
        const setting = read.setting;
        lengths = COST_LENGTHS.filter((n) => n > Math.max(-1, ...setting.globalPositions));
        // One tidy: if any mask throws (a parameter the library refuses), nothing is left over.
        made = tf.tidy(() => [
          patternMask(seq, setting),
          ...lengths.map((n) => tf.sum(tf.cast(patternMask(n, setting), 'int32'))),
        ]);
      } catch (error) {
        maskError.textContent = (error as Error).message;
        maskError.hidden = false;
        maskCharts.innerHTML = '';
        cost.textContent = '';
        cost.removeAttribute('data-allowed');
        return;
      }
      const [maskRows, ...perLength] = (await readTensors(made)) as [number[][], ...number[]];
      const allowed = maskRows.map((row) => row.map((x) => x === 1)); // bool reads as 0 and 1
      if (!isCurrent()) return;
      const pairs = allowed.flat().filter(Boolean).length;
      cost.dataset.allowed = String(pairs);
      cost.textContent =
        `${pairs} of n² = ${seq * seq} query–key pairs allowed (${fmt((100 * pairs) / (seq * seq), 1)}%), ` +
        `${fmt(pairs / seq, 2)} keys per query on average; exact attention scores all ${seq * seq}.`;
      const labels = Array.from({ length: seq }, (_, i) => String(i));
      const showValues = seq <= 12;
      maskCharts.innerHTML =
        chart(
          'mask',
          heatmapSvg(
            allowed.map((row) => row.map((a) => (a ? 1 : 0))),
            {
              title: `${pattern.selectedOptions[0]?.textContent ?? ''}: allowed pairs, n = ${seq}`,
              rowLabels: labels,
              colLabels: labels,
              mask: allowed,
              min: 0,
              max: 1,
              cellSize: seq <= 16 ? 24 : 16,
              showValues,
              decimals: 2,
              scaleLabel: 'allowed (hatched: masked)',
            },
          ),
          allowed,
        ) +
        chart(
          'cost',
          lineChartSvg(
            [
              { name: 'exact: n²', x: lengths, values: lengths.map((n) => n * n) },
              { name: 'this pattern', x: lengths, values: perLength },
            ],
            {
              title: 'Query–key pairs scored, as n grows (same parameters)',
              xLabel: 'sequence length n',
              yLabel: 'pairs (log scale)',
              logY: true,
              markers: true,
              width: 520,
              height: 320,
            },
          ),
          { n: lengths, pattern: perLength, exact: lengths.map((n) => n * n) },
        );
    });

    let input = comparisonInput(1);
    let inputSeed = 1;
    const renderComparison = latestOnly(async (isCurrent) => {
      cmpError.hidden = true;
      let w: number;
      let m: number;
      let featureSeed: number;
      let blockSize: number;
      try {
        const seed = readInt(cmp.seed, 'input seed', 0, 999);
        w = readInt(cmp.window, 'local window w', 0, INPUT.seq);
        m = readInt(cmp.features, 'random features m', 1, 512);
        featureSeed = readInt(cmp.featureSeed, 'feature seed', 0, 999);
        blockSize = readInt(cmp.blockSize, 'key block size', 1, INPUT.seq);
        if (seed !== inputSeed) {
          tf.dispose(input);
          input = comparisonInput(seed);
          inputSeed = seed;
        }
      } catch (error) {
        cmpError.textContent = (error as Error).message;
        cmpError.hidden = false;
        errorsTable.innerHTML = '';
        cmpCharts.innerHTML = '';
        return;
      }
      const [q, k, v] = input;
      const tensors = tf.tidy(() => {
        const band = slidingWindowMask(INPUT.seq, INPUT.seq, { left: w, right: w });
        const exact = exactAttention(q, k, v);
        const banded = exactAttention(q, k, v, { mask: band });
        return [
          exact.weights,
          exact.output,
          banded.weights,
          banded.output,
          localAttention(q, k, v, { window: w }),
          linearAttention(q, k, v),
          randomFeatureAttention(q, k, v, { numFeatures: m, seed: featureSeed }),
          memoryEfficientAttention(q, k, v, { blockSize }),
          // relative error ‖out − exact‖ / ‖exact‖ of random features, per m, mean over seeds
          tf.stack(
            FEATURE_COUNTS.map((count) =>
              tf.mean(
                tf.stack(
                  CURVE_SEEDS.map((s) =>
                    tf.div(
                      tf.norm(
                        tf.sub(
                          randomFeatureAttention(q, k, v, { numFeatures: count, seed: s }),
                          exact.output,
                        ),
                      ),
                      tf.norm(exact.output),
                    ),
                  ),
                ),
              ),
            ),
          ), // [FEATURE_COUNTS.length]
        ];
      });
      const read = await readTensors(tensors);
      const [exactW, exactOut, bandW, bandOut, local, linear, random, memEff] =
        read as number[][][];
      const curve = read[8] as number[];
      if (!isCurrent()) return;
      const maxAbs = (a: number[][], b: number[][]) =>
        Math.max(...a.flatMap((row, i) => row.map((x, j) => Math.abs(x - b[i]![j]!))));
      const relative = (a: number[][], b: number[][]) => {
        const diff = a.flatMap((row, i) => row.map((x, j) => (x - b[i]![j]!) ** 2));
        const norm = b.flat().reduce((s, x) => s + x * x, 0);
        return Math.sqrt(diff.reduce((s, x) => s + x, 0) / norm);
      };
      const methods = [
        { id: 'exact', name: 'exact (softmax over all n keys)', out: exactOut! },
        { id: 'local', name: `local, window ${w}`, out: local!, also: bandOut! },
        { id: 'linear', name: 'linear, φ = elu + 1', out: linear! },
        { id: 'random-features', name: `random features, m = ${m}`, out: random! },
        {
          id: 'memory-efficient',
          name: `memory-efficient, blocks of ${blockSize} keys`,
          out: memEff!,
        },
      ];
      const sci = (x: number) => (x === 0 ? '0' : x.toExponential(1));
      errorsTable.innerHTML =
        '<thead><tr><th scope="col">method</th><th scope="col">max |out − exact|</th>' +
        '<th scope="col">relative error</th><th scope="col">note</th></tr></thead><tbody>' +
        methods
          .map((method) => {
            const gap = maxAbs(method.out, exactOut!);
            const note =
              method.id === 'local'
                ? `equals exact under its band mask: max |Δ| ${sci(maxAbs(method.out, method.also!))}`
                : method.id === 'memory-efficient'
                  ? 'the same numbers, never an n × n matrix'
                  : method.id === 'linear'
                    ? 'a different model, not an approximation'
                    : method.id === 'random-features'
                      ? 'an unbiased estimate of the softmax kernel'
                      : '';
            return (
              `<tr data-method="${method.id}" data-max-error="${gap}"><th scope="row">${escapeHtml(method.name)}</th>` +
              `<td>${sci(gap)}</td><td>${fmt(100 * relative(method.out, exactOut!), 2)}%</td><td>${escapeHtml(note)}</td></tr>`
            );
          })
          .join('') +
        '</tbody>';
      const everyOutput = methods.flatMap((method) => method.out.flat());
      const outputRange = [Math.min(...everyOutput), Math.max(...everyOutput)] as const;
      const labels = Array.from({ length: INPUT.seq }, (_, i) => String(i));
      const dims = Array.from({ length: INPUT.dK }, (_, i) => String(i));
      const weightChart = (name: string, title: string, values: number[][], mask?: boolean[][]) =>
        chart(
          name,
          heatmapSvg(values, {
            title,
            rowLabels: labels,
            colLabels: labels,
            mask,
            min: 0,
            max: 1,
            cellSize: 24,
            showValues: false,
          }),
          values,
        );
      const bandMask = labels.map((_, i) => labels.map((_, j) => Math.abs(i - j) <= w));
      cmpCharts.innerHTML =
        weightChart('weights-exact', 'exact attention weights', exactW!) +
        weightChart('weights-local', `weights local attention uses (band ${w})`, bandW!, bandMask) +
        chart(
          'random-feature-error',
          lineChartSvg(
            [
              {
                name: `mean over feature seeds ${CURVE_SEEDS.join(', ')}`,
                x: FEATURE_COUNTS,
                values: curve,
              },
            ],
            {
              title: 'Random features: relative error against m',
              xLabel: 'random features m',
              yLabel: '‖out − exact‖ / ‖exact‖',
              logY: true,
              markers: true,
              width: 520,
              height: 320,
            },
          ),
          { m: FEATURE_COUNTS, error: curve },
        ) +
        methods
          .map((method) =>
            chart(
              `output-${method.id}`,
              heatmapSvg(method.out, {
                title: `output: ${method.name}`,
                rowLabels: labels,
                colLabels: dims,
                xLabel: 'feature',
                yLabel: 'query',
                scaleLabel: 'value (one scale for all five)',
                min: outputRange[0],
                max: outputRange[1],
                cellSize: 24,
                showValues: false,
              }),
              method.out,
            ),
          )
          .join('');
    });

    const interact = (render: () => Promise<void>) => () => void context.track(render());
    pattern.addEventListener('change', () => {
      showParams();
      void context.track(renderMask());
    });
    for (const input of [seqInput, ...Object.values(numbers), globalInput]) {
      input.addEventListener('input', interact(renderMask));
    }
    causal.addEventListener('change', interact(renderMask));
    for (const input of Object.values(cmp)) {
      input.addEventListener('input', interact(renderComparison));
    }
    showParams();
    return context
      .track(Promise.all([renderMask(), renderComparison()]).then(() => undefined))
      .then(() => ({ dispose: () => tf.dispose(input) }));
  },
};
