import {
  assertPositive,
  axisLabel,
  chartId,
  DARK_TEXT,
  el,
  escapeXml,
  FONT,
  fail,
  formatTick,
  formatValue,
  INK,
  interpolateColor,
  maxTextWidth,
  niceStep,
  PAD,
  px,
  svgDocument,
  TITLE_BAND,
  textColorOn,
  textEl,
  textWidth,
} from './common.js';

const FN = 'heatmapSvg';

/** Viridis, sampled at 9 evenly spaced points: perceptually ordered, dark (low) to light (high). */
export const HEATMAP_STOPS: readonly string[] = [
  '#440154',
  '#472c7a',
  '#3b528b',
  '#2c728e',
  '#21918c',
  '#28ae80',
  '#5ec962',
  '#addc30',
  '#fde725',
];
/** Colour of the hatch lines drawn over masked cells' light grey. */
export const MASK_HATCH = '#9a9a9a';
/** Outline and text colour of cells holding NaN or ±Infinity. */
export const NON_FINITE_COLOR = '#d62728';

const MASK_BACKGROUND = '#e8e8e8';
/** Thin white lines between cells, so neighbouring cells and hatching stay apart. */
const CELL_BORDER = '#ffffff';
const NON_FINITE_FILL = '#ffffff';
const DEFAULTS = {
  xLabel: 'key',
  yLabel: 'query',
  scaleLabel: 'weight',
  decimals: 2,
  cellSize: 36,
  /** Values are printed in the cells by default up to this many cells (12 × 12). */
  maxCellsWithValues: 144,
} as const;
const MAX_DECIMALS = 20;
/** Range used when no cell is both unmasked and finite. */
const FALLBACK_RANGE = { lo: 0, hi: 1 } as const;
const GAP = 6;
const HATCH_SIZE = 6;
const NON_FINITE_INSET = 1.5;
const CELL_FONT_RATIO = 0.3;
const MIN_CELL_FONT = 6;
const BAR = { width: 14, gap: 24, minHeight: 90, tallHeight: 150, tick: 4 } as const;
const LEGEND = { swatch: 12, row: 18 } as const;
const LEGEND_LABELS: Readonly<Record<LegendKind, string>> = {
  masked: 'masked',
  'non-finite': 'NaN / ±∞',
};
/** Rotated column labels run at -45°; sin 45° = cos 45°. */
const DIAGONAL = Math.SQRT1_2;

/** Options of {@link heatmapSvg}. */
export interface HeatmapOptions {
  title: string;
  /** One per row (e.g. query tokens); default "0", "1", ... */
  rowLabels?: string[];
  /** One per column (e.g. key tokens); default "0", "1", ... */
  colLabels?: string[];
  /** Axis label over the columns, default 'key'. */
  xLabel?: string;
  /** Axis label beside the rows, default 'query'. */
  yLabel?: string;
  /**
   * Same polarity as the project's attention masks: true = "may attend" (drawn normally),
   * false = masked out (hatched grey, no colour, no value). Shape must equal `values`.
   */
  mask?: boolean[][];
  /** Colour-scale minimum; default: the minimum over unmasked, finite cells. */
  min?: number;
  /** Colour-scale maximum; default: the maximum over unmasked, finite cells. */
  max?: number;
  /** Print each value in its cell; default true when rows × cols <= 144. */
  showValues?: boolean;
  /** Decimals of the values printed in cells, default 2 (colour-bar ticks use what they need). */
  decimals?: number;
  /** Cell edge in px, default 36. */
  cellSize?: number;
  /** Caption of the colour bar, default 'weight'. */
  scaleLabel?: string;
}

interface Settings {
  title: string;
  rowLabels: string[];
  colLabels: string[];
  xLabel: string;
  yLabel: string;
  mask: boolean[][] | undefined;
  lo: number;
  hi: number;
  showValues: boolean;
  decimals: number;
  cellSize: number;
  scaleLabel: string;
}

interface Layout {
  gridX: number;
  gridY: number;
  barX: number;
  barY: number;
  barHeight: number;
  legendY: number;
  rotateCols: boolean;
  width: number;
  height: number;
}

type CellKind = 'value' | 'masked' | 'non-finite';
/** Cell kinds the legend explains. */
type LegendKind = Exclude<CellKind, 'value'>;

interface Rendering {
  values: number[][];
  settings: Settings;
  legend: LegendKind[];
  layout: Layout;
  hatchId: string;
  gradientId: string;
}

/**
 * Renders a matrix (e.g. attention weights) as a standalone SVG heatmap with row and column
 * labels, a viridis colour bar, masked cells hatched grey and NaN/±Infinity cells outlined red.
 *
 * @param values the matrix, `values[row][col]`; rectangular and non-empty.
 * @param options title, labels, mask, colour range and display settings.
 * @returns the SVG document as a string.
 * @throws Error `heatmapSvg: ...` naming the argument, for ragged or empty `values`, labels
 *   or `mask` not matching the shape, `min > max`, or a bad `cellSize`/`decimals`.
 */
export function heatmapSvg(values: number[][], options: HeatmapOptions): string {
  const cols = checkMatrix(values);
  const settings = resolveSettings(values, cols, options);
  const legend = legendEntries(values, settings.mask);
  const seed = JSON.stringify([options, values.map((row) => row.map(String))]);
  const rendering: Rendering = {
    values,
    settings,
    legend,
    layout: computeLayout(values.length, cols, settings, legend),
    hatchId: chartId('mha-hatch', seed),
    gradientId: chartId('mha-scale', seed),
  };
  const body = [
    definitions(rendering),
    axisLabels(rendering),
    rowLabelMarkup(rendering),
    colLabelMarkup(rendering),
    cellsMarkup(rendering),
    colourBar(rendering),
    legendMarkup(rendering),
  ].join('\n');
  return svgDocument(rendering.layout.width, rendering.layout.height, settings.title, body);
}

/** Checks `values` is a non-empty rectangle; returns its column count. */
function checkMatrix(values: number[][]): number {
  const cols = values[0]?.length ?? 0;
  if (cols === 0) fail(FN, `'values' is empty (shape [${values.length}, ${cols}])`);
  values.forEach((row, i) => {
    if (row.length !== cols) {
      fail(FN, `'values' is ragged: row ${i} has ${row.length} columns, row 0 has ${cols}`);
    }
  });
  return cols;
}

function resolveSettings(values: number[][], cols: number, options: HeatmapOptions): Settings {
  const rows = values.length;
  const mask = options.mask;
  if (mask) checkMask(mask, rows, cols);
  const decimals = options.decimals ?? DEFAULTS.decimals;
  if (!(Number.isInteger(decimals) && decimals >= 0 && decimals <= MAX_DECIMALS)) {
    fail(FN, `'decimals' must be an integer in [0, ${MAX_DECIMALS}], got ${decimals}`);
  }
  const cellSize = options.cellSize ?? DEFAULTS.cellSize;
  assertPositive(FN, 'cellSize', cellSize);
  return {
    title: options.title,
    rowLabels: checkLabels(options.rowLabels, 'rowLabels', rows, 'rows'),
    colLabels: checkLabels(options.colLabels, 'colLabels', cols, 'columns'),
    xLabel: options.xLabel ?? DEFAULTS.xLabel,
    yLabel: options.yLabel ?? DEFAULTS.yLabel,
    mask,
    ...colourRange(values, mask, options),
    showValues: options.showValues ?? rows * cols <= DEFAULTS.maxCellsWithValues,
    decimals,
    cellSize,
    scaleLabel: options.scaleLabel ?? DEFAULTS.scaleLabel,
  };
}

function checkLabels(
  labels: string[] | undefined,
  name: string,
  count: number,
  unit: string,
): string[] {
  if (labels === undefined) return Array.from({ length: count }, (_, i) => String(i));
  if (labels.length !== count) {
    fail(FN, `'${name}' has ${labels.length} labels for ${count} ${unit}`);
  }
  return labels;
}

function checkMask(mask: boolean[][], rows: number, cols: number): void {
  if (mask.length !== rows) {
    fail(FN, `'mask' has ${mask.length} rows, 'values' has ${rows}`);
  }
  mask.forEach((row, i) => {
    if (row.length !== cols) {
      fail(FN, `'mask' row ${i} has ${row.length} columns, 'values' has ${cols}`);
    }
  });
}

function isMasked(mask: boolean[][] | undefined, row: number, col: number): boolean {
  return mask?.[row]?.[col] === false;
}

/** The colour scale's range: the options' min/max, else the unmasked, finite cells' extent. */
function colourRange(
  values: number[][],
  mask: boolean[][] | undefined,
  options: HeatmapOptions,
): { lo: number; hi: number } {
  const shown = values.flatMap((row, i) =>
    row.filter((v, j) => Number.isFinite(v) && !isMasked(mask, i, j)),
  );
  const dataLo = shown.reduce((a, b) => Math.min(a, b), shown[0] ?? FALLBACK_RANGE.lo);
  const dataHi = shown.reduce((a, b) => Math.max(a, b), shown[0] ?? FALLBACK_RANGE.hi);
  const lo = options.min ?? dataLo;
  const hi = options.max ?? dataHi;
  if (!(Number.isFinite(lo) && Number.isFinite(hi))) {
    fail(FN, `'min' and 'max' must be finite, got ${lo} and ${hi}`);
  }
  if (lo > hi) fail(FN, `'min' (${lo}) is greater than 'max' (${hi})`);
  return { lo, hi };
}

/** Position of `value` on the colour scale (0 at lo, 1 at hi); the middle when lo === hi. */
function scalePosition(value: number, lo: number, hi: number): number {
  return hi === lo ? 0.5 : (value - lo) / (hi - lo);
}

function cellKind(value: number, masked: boolean): CellKind {
  if (masked) return 'masked';
  return Number.isFinite(value) ? 'value' : 'non-finite';
}

/** Legend entries needed: 'masked' and 'non-finite', each only when such a cell exists. */
function legendEntries(values: number[][], mask: boolean[][] | undefined): LegendKind[] {
  const kinds = new Set(
    values.flatMap((row, i) => row.map((v, j) => cellKind(v, isMasked(mask, i, j)))),
  );
  return (['masked', 'non-finite'] as const).filter((kind) => kinds.has(kind));
}

/** One labelled tick of the colour bar: a value inside the colour range, and its label. */
interface BarTick {
  value: number;
  label: string;
}

/**
 * Colour-bar ticks on round 1/2/5 × 10^k values inside [lo, hi], each labelled with the
 * digits it needs, so a label is the exact value at its place on the bar (never 0.25
 * shown as "0.3"). A zero-width range gets one tick, at its value.
 */
function barTicks(lo: number, hi: number, barHeight: number, decimals: number): BarTick[] {
  if (hi === lo) return [{ value: lo, label: formatValue(lo, decimals) }];
  const target = barHeight >= BAR.tallHeight ? 4 : 2;
  const step = niceStep(hi - lo, target);
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const digits = Math.min(20, Math.max(0, -Math.floor(Math.log10(step))) + 1);
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const value = Number(((first + i) * step).toFixed(digits));
    return { value, label: formatTick(value, step) };
  });
}

function computeLayout(
  rows: number,
  cols: number,
  s: Settings,
  legend: readonly LegendKind[],
): Layout {
  const legendLabels = legend.map((kind) => LEGEND_LABELS[kind]);
  const colLabelWidth = maxTextWidth(s.colLabels, FONT.tick);
  const rotateCols = colLabelWidth > s.cellSize - 4;
  const colBand = rotateCols ? colLabelWidth * DIAGONAL + FONT.tick + GAP : FONT.tick + GAP;
  const gridX = PAD + FONT.axis + 2 * GAP + maxTextWidth(s.rowLabels, FONT.tick) + GAP;
  const gridY = TITLE_BAND + FONT.axis + GAP + colBand;
  const gridRight = gridX + cols * s.cellSize;
  const barX = gridRight + (rotateCols ? colLabelOverflow(s.colLabels, s.cellSize) : 0) + BAR.gap;
  const barHeight = Math.max(rows * s.cellSize, BAR.minHeight);
  const tickLabels = barTicks(s.lo, s.hi, barHeight, s.decimals).map((t) => t.label);
  const legendY = gridY + barHeight + FONT.tick + 2 * GAP;
  const right = Math.max(
    barX + BAR.width + BAR.tick + GAP / 2 + maxTextWidth(tickLabels, FONT.tick),
    barX + textWidth(s.scaleLabel, FONT.tick),
    barX + LEGEND.swatch + GAP + maxTextWidth(legendLabels, FONT.tick),
  );
  const bottom = Math.max(gridY + rows * s.cellSize, legendY + legend.length * LEGEND.row);
  return {
    gridX,
    gridY,
    barX,
    barY: gridY,
    barHeight,
    legendY,
    rotateCols,
    width: Math.max(right + PAD, textWidth(s.title, FONT.title) + 2 * PAD),
    height: bottom + PAD,
  };
}

/** How far rotated column labels reach right of the grid's right edge, in px. */
function colLabelOverflow(labels: readonly string[], cellSize: number): number {
  return labels.reduce((reach, label, j) => {
    const end = (j + 0.5) * cellSize + textWidth(label, FONT.tick) * DIAGONAL;
    return Math.max(reach, end - labels.length * cellSize);
  }, 0);
}

function definitions({ hatchId, gradientId }: Rendering): string {
  const hatch = el(
    'pattern',
    {
      id: hatchId,
      patternUnits: 'userSpaceOnUse',
      width: HATCH_SIZE,
      height: HATCH_SIZE,
      patternTransform: 'rotate(45)',
    },
    el('rect', { width: HATCH_SIZE, height: HATCH_SIZE, fill: MASK_BACKGROUND }) +
      el('line', { x1: 0, y1: 0, x2: 0, y2: HATCH_SIZE, stroke: MASK_HATCH, 'stroke-width': 2 }),
  );
  const last = HEATMAP_STOPS.length - 1;
  const stops = HEATMAP_STOPS.map((color, i) =>
    el('stop', { offset: `${px((100 * i) / last)}%`, 'stop-color': color }),
  ).join('');
  const gradient = el('linearGradient', { id: gradientId, x1: 0, y1: 1, x2: 0, y2: 0 }, stops);
  return el('defs', {}, hatch + gradient);
}

function axisLabels({ settings: s, layout: l, values }: Rendering): string {
  const cols = values[0]?.length ?? 0;
  const gridCentreX = l.gridX + (cols * s.cellSize) / 2;
  const gridCentreY = l.gridY + (values.length * s.cellSize) / 2;
  return [
    axisLabel(gridCentreX, TITLE_BAND + FONT.axis, s.xLabel),
    axisLabel(PAD + FONT.axis, gridCentreY, s.yLabel, true),
  ].join('\n');
}

function rowLabelMarkup({ settings: s, layout: l }: Rendering): string {
  return s.rowLabels
    .map((label, i) =>
      textEl(l.gridX - GAP, l.gridY + (i + 0.5) * s.cellSize, label, {
        class: 'row-label',
        'text-anchor': 'end',
        dy: '0.35em',
        'font-size': FONT.tick,
        fill: INK,
      }),
    )
    .join('\n');
}

function colLabelMarkup({ settings: s, layout: l }: Rendering): string {
  const y = l.gridY - GAP;
  return s.colLabels
    .map((label, j) => {
      const x = l.gridX + (j + 0.5) * s.cellSize;
      return textEl(x, y, label, {
        class: 'col-label',
        'text-anchor': l.rotateCols ? 'start' : 'middle',
        transform: l.rotateCols ? `rotate(-45 ${px(x)} ${px(y)})` : undefined,
        'font-size': FONT.tick,
        fill: INK,
      });
    })
    .join('\n');
}

/** Font size of cell values: about 30% of the cell, shrunk until the longest value fits. */
function cellFontSize(r: Rendering): number {
  const { cellSize, decimals } = r.settings;
  const texts = r.values.flatMap((row) => row.map((v) => formatValue(v, decimals)));
  const fitting = (FONT.tick * (cellSize - 4)) / Math.max(1, maxTextWidth(texts, FONT.tick));
  return Math.max(MIN_CELL_FONT, Math.min(FONT.tick, cellSize * CELL_FONT_RATIO, fitting));
}

function cellsMarkup(r: Rendering): string {
  const fontSize = cellFontSize(r);
  const cells = r.values.flatMap((row, i) =>
    row.map((value, j) => cellMarkup(r, i, j, value, fontSize)),
  );
  return el('g', { class: 'cells', stroke: CELL_BORDER, 'stroke-width': 1 }, cells.join(''));
}

function cellMarkup(r: Rendering, i: number, j: number, value: number, fontSize: number): string {
  const { settings: s, layout: l } = r;
  const kind = cellKind(value, isMasked(s.mask, i, j));
  const x = l.gridX + j * s.cellSize;
  const y = l.gridY + i * s.cellSize;
  const text = kind === 'masked' ? 'masked' : formatValue(value, s.decimals);
  const where = `${s.yLabel} ${s.rowLabels[i] ?? i} → ${s.xLabel} ${s.colLabels[j] ?? j}`;
  const rect = el(
    'rect',
    {
      class: kind === 'value' ? 'cell' : `cell ${kind}`,
      'data-row': String(i),
      'data-col': String(j),
      ...cellBox(kind, x, y, s.cellSize),
      ...cellPaint(r, kind, value),
    },
    el('title', {}, escapeXml(`${where}: ${text}`)),
  );
  if (kind === 'masked' || !s.showValues) return rect;
  return (
    rect +
    textEl(x + s.cellSize / 2, y + s.cellSize / 2, text, {
      class: 'value',
      'data-row': String(i),
      'data-col': String(j),
      'text-anchor': 'middle',
      dy: '0.35em',
      'font-size': fontSize,
      fill: kind === 'value' ? textColorOn(cellColour(r, value)) : NON_FINITE_COLOR,
      stroke: 'none',
    })
  );
}

function cellColour({ settings: s }: Rendering, value: number): string {
  return interpolateColor(HEATMAP_STOPS, scalePosition(value, s.lo, s.hi));
}

function cellBox(kind: CellKind, x: number, y: number, size: number): Record<string, number> {
  const inset = kind === 'non-finite' ? NON_FINITE_INSET : 0;
  return { x: x + inset, y: y + inset, width: size - 2 * inset, height: size - 2 * inset };
}

function cellPaint(r: Rendering, kind: CellKind, value: number): Record<string, string | number> {
  switch (kind) {
    case 'value':
      return { fill: cellColour(r, value) };
    case 'masked':
      return { fill: `url(#${r.hatchId})` };
    case 'non-finite':
      return { fill: NON_FINITE_FILL, stroke: NON_FINITE_COLOR, 'stroke-width': 2 };
  }
}

function colourBar(r: Rendering): string {
  const { settings: s, layout: l } = r;
  const bar = el('rect', {
    class: 'colour-bar',
    x: l.barX,
    y: l.barY,
    width: BAR.width,
    height: l.barHeight,
    fill: `url(#${r.gradientId})`,
    stroke: INK,
    'stroke-width': 0.5,
  });
  const caption = textEl(l.barX, l.barY - FONT.tick, s.scaleLabel, {
    class: 'scale-label',
    'font-size': FONT.tick,
    fill: INK,
  });
  const ticks = barTicks(s.lo, s.hi, l.barHeight, s.decimals).map(({ value, label }) => {
    const y = l.barY + l.barHeight * (1 - scalePosition(value, s.lo, s.hi));
    const tickX = l.barX + BAR.width;
    return (
      el('line', { x1: tickX, y1: y, x2: tickX + BAR.tick, y2: y, stroke: INK }) +
      textEl(tickX + BAR.tick + GAP / 2, y, label, {
        class: 'scale-tick',
        dy: '0.35em',
        'font-size': FONT.tick,
        fill: INK,
      })
    );
  });
  return el('g', { class: 'colour-scale' }, [caption, bar, ...ticks].join(''));
}

function legendMarkup(r: Rendering): string {
  const { layout: l } = r;
  const items = r.legend.map((kind, i) => {
    const y = l.legendY + i * LEGEND.row;
    const swatch = el('rect', {
      class: 'legend-swatch',
      x: l.barX,
      y,
      width: LEGEND.swatch,
      height: LEGEND.swatch,
      ...cellPaint(r, kind, Number.NaN),
    });
    return (
      swatch +
      textEl(l.barX + LEGEND.swatch + GAP, y + LEGEND.swatch / 2, LEGEND_LABELS[kind], {
        class: 'legend-label',
        dy: '0.35em',
        'font-size': FONT.tick,
        fill: DARK_TEXT,
      })
    );
  });
  return items.length === 0 ? '' : el('g', { class: 'legend' }, items.join(''));
}
