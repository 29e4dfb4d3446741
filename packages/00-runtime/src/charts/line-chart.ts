import {
  assertPositive,
  axisLabel,
  DARK_TEXT,
  el,
  escapeXml,
  FONT,
  fail,
  formatTick,
  INK,
  maxTextWidth,
  niceTicks,
  PAD,
  px,
  svgDocument,
  TITLE_BAND,
  textEl,
  textWidth,
} from './common.js';

const FN = 'lineChartSvg';

/** Series colours (Tableau 10), in order; later series reuse them dashed. */
export const SERIES_COLORS: readonly string[] = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

const DEFAULTS = { width: 640, height: 360, markerLimit: 40 } as const;
const GAP = 6;
const TICK = 4;
const GRID = '#e6e6e6';
/** Colour of vertical marks. */
const MARK_COLOR = '#7a1f5c';
const DASH = '6 3';
const LINE_WIDTH = 2;
const MARKER_RADIUS = 3;
const LEGEND = { swatch: 22, row: 18, spacing: 16 } as const;
/** Wished-for tick intervals: y, and px of plot width per x interval. */
const TICK_TARGET = { y: 5, xSpacing: 100 } as const;
/** At most this many labelled decades on a log axis; more are thinned out. */
const MAX_DECADES = 8;
/** Up to this many decades, a log axis also labels 2 and 5 × 10^k. */
const FEW_DECADES = 2;
const SUB_DECADE_MULTIPLES = [2, 5] as const;
/** Powers of ten from 10^-4 to 10^5 are written out plainly (0.001, 1000). */
const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};
/** Axis range used when a chart has no finite point at all. */
const FALLBACK = { lo: 0, hi: 1 } as const;

/** One line of a {@link lineChartSvg} chart. */
export interface LineSeries {
  name: string;
  values: number[];
  /** x of each value; defaults to 0..n-1. */
  x?: number[];
  /** Draw the line dashed and without dots, for a reference or guide curve; default false. */
  dashed?: boolean;
}

/** A vertical line across the plot at `x`, labelled at its top (e.g. "n = 2·dModel"). */
export interface VerticalMark {
  x: number;
  label: string;
}

/** Options of {@link lineChartSvg}. */
export interface LineChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  /** log10 y axis; all values must be > 0. Default false. */
  logY?: boolean;
  /** log10 x axis; every x must be > 0 (so give `x` explicitly). Default false. */
  logX?: boolean;
  /** Vertical lines marking special x values; default none. */
  marks?: VerticalMark[];
  /** px, default 640. */
  width?: number;
  /** px, default 360. */
  height?: number;
  /** Draw a dot at each point; default: for each series with <= 40 points. */
  markers?: boolean;
}

interface Point {
  x: number;
  y: number;
}

interface Tick {
  value: number;
  label: string;
}

/** An axis: its range and ticks in data units, and the map from data to [0, 1]. */
interface Scale {
  ticks: Tick[];
  toUnit: (value: number) => number;
}

interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface LegendItem {
  name: string;
  dashed: boolean;
  x: number;
  y: number;
}

/**
 * Renders one or more series (e.g. loss curves) as a standalone SVG line chart with "nice"
 * ticks, grid lines, axis labels and a legend of the series names. NaN and ±Infinity break
 * a line into separate segments.
 *
 * @param series one series or several; each non-empty, `x` (if given) as long as `values`.
 * @param options title, axis labels, log-y and log-x, vertical marks, size and markers.
 * @returns the SVG document as a string.
 * @throws Error `lineChartSvg: ...` naming the argument, for no series, an empty series,
 *   mismatched `x`, non-positive values with `logY` or x with `logX`, a mark without a
 *   finite x, or a bad or too small size.
 */
export function lineChartSvg(series: LineSeries | LineSeries[], options: LineChartOptions): string {
  const all = Array.isArray(series) ? series : [series];
  checkSeries(all, options.logY === true, options.logX === true);
  const marks = options.marks ?? [];
  checkMarks(marks, options.logX === true);
  const width = options.width ?? DEFAULTS.width;
  const height = options.height ?? DEFAULTS.height;
  assertPositive(FN, 'width', width);
  assertPositive(FN, 'height', height);

  const points = all.map(toPoints);
  const finite = points.flat().filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const markXs = marks.map((m) => m.x);
  const xScale = options.logX
    ? logScale([...finite.map((p) => p.x), ...markXs])
    : linearScale([...finite.map((p) => p.x), ...markXs], width / TICK_TARGET.xSpacing);
  const yScale = options.logY
    ? logScale(finite.map((p) => p.y))
    : linearScale(
        finite.map((p) => p.y),
        TICK_TARGET.y,
      );
  const left = PAD + FONT.axis + 2 * GAP + tickLabelWidth(yScale) + TICK;
  const legend = legendLayout(all, left, width - PAD);
  const plot: Plot = {
    left,
    right: width - PAD - lastTickOverhang(xScale),
    top: TITLE_BAND + legendHeight(legend) + GAP,
    bottom: height - PAD - FONT.axis - GAP - FONT.tick - TICK - GAP,
  };
  if (plot.right - plot.left < 1 || plot.bottom - plot.top < 1) {
    fail(FN, `'width' ${width} and 'height' ${height} leave no room for the plot`);
  }
  const toSvg = (p: Point): Point => ({
    x: plot.left + xScale.toUnit(p.x) * (plot.right - plot.left),
    y: plot.bottom - yScale.toUnit(p.y) * (plot.bottom - plot.top),
  });
  const body = [
    gridAndTicks(plot, xScale, yScale),
    axisLabel((plot.left + plot.right) / 2, height - PAD, options.xLabel),
    axisLabel(PAD + FONT.axis, (plot.top + plot.bottom) / 2, options.yLabel, true),
    ...marks.map((m) => markMarkup(m, plot, xScale)),
    ...all.map((s, i) => seriesMarkup(s, i, points[i] ?? [], toSvg, options.markers)),
    legendMarkup(legend),
  ].join('\n');
  return svgDocument(width, height, options.title, body);
}

function checkMarks(marks: VerticalMark[], logX: boolean): void {
  marks.forEach((m, i) => {
    if (!Number.isFinite(m.x) || (logX && m.x <= 0)) {
      fail(FN, `'marks' ${i} ('${m.label}') needs a finite x${logX ? ' > 0' : ''}, got ${m.x}`);
    }
  });
}

function checkSeries(all: LineSeries[], logY: boolean, logX: boolean): void {
  if (all.length === 0) fail(FN, `'series' is empty`);
  all.forEach((s, i) => {
    const which = `series ${i} ('${s.name}')`;
    if (s.values.length === 0) fail(FN, `${which} has no values`);
    if (s.x && s.x.length !== s.values.length) {
      fail(FN, `${which} has ${s.x.length} x values for ${s.values.length} values`);
    }
    const bad = s.values.findIndex((v) => v <= 0);
    if (logY && bad >= 0) {
      fail(FN, `'logY' needs values > 0, but ${which} has ${s.values[bad]} at index ${bad}`);
    }
    const xs = s.x ?? s.values.map((_, j) => j);
    const badX = xs.findIndex((v) => v <= 0);
    if (logX && badX >= 0) {
      fail(FN, `'logX' needs x > 0, but ${which} has x = ${xs[badX]} at index ${badX}`);
    }
  });
}

function toPoints(s: LineSeries): Point[] {
  return s.values.map((y, i) => ({ x: s.x?.[i] ?? i, y }));
}

function extent(values: number[]): { lo: number; hi: number } {
  if (values.length === 0) return FALLBACK;
  return values.reduce((acc, v) => ({ lo: Math.min(acc.lo, v), hi: Math.max(acc.hi, v) }), {
    lo: Number.POSITIVE_INFINITY,
    hi: Number.NEGATIVE_INFINITY,
  });
}

function linearScale(values: number[], target: number): Scale {
  const { lo: min, hi: max } = extent(values);
  const { lo, hi, step, values: ticks } = niceTicks(min, max, Math.max(2, Math.round(target)));
  return {
    ticks: ticks.map((value) => ({ value, label: formatTick(value, step) })),
    toUnit: (v) => (v - lo) / (hi - lo),
  };
}

/** A log10 axis over whole decades, ticked at powers of ten (and 2×, 5× when it is short). */
function logScale(values: number[]): Scale {
  const { lo: min, hi: max } = extent(values.length === 0 ? [1, 10] : values);
  const lo = Math.floor(Math.log10(min));
  const decades = Math.max(Math.ceil(Math.log10(max)) - lo, 1);
  const stride = Math.ceil(decades / MAX_DECADES);
  const hi = lo + Math.ceil(decades / stride) * stride;
  const ticks: Tick[] = [];
  for (let k = lo; k <= hi; k += stride) {
    ticks.push({ value: 10 ** k, label: formatPowerOfTen(1, k) });
    if (decades <= FEW_DECADES && k < hi) {
      ticks.push(
        ...SUB_DECADE_MULTIPLES.map((m) => ({ value: m * 10 ** k, label: formatPowerOfTen(m, k) })),
      );
    }
  }
  return { ticks, toUnit: (v) => (Math.log10(v) - lo) / (hi - lo) };
}

/** `multiple` × 10^`power` as `1`, `20`, `50`, or with a superscript power: `10²`, `2·10⁻³`. */
function formatPowerOfTen(multiple: number, power: number): string {
  if (power === 0 || power === 1) return String(multiple * 10 ** power);
  const exponent = [...String(power)].map((c) => SUPERSCRIPT[c] ?? c).join('');
  return multiple === 1 ? `10${exponent}` : `${multiple}·10${exponent}`;
}

function tickLabelWidth(scale: Scale): number {
  return maxTextWidth(
    scale.ticks.map((t) => t.label),
    FONT.tick,
  );
}

/** How far the last x tick label, centred on the plot's right edge, sticks out to the right. */
function lastTickOverhang(scale: Scale): number {
  const last = scale.ticks[scale.ticks.length - 1];
  return last ? textWidth(last.label, FONT.tick) / 2 : 0;
}

function gridAndTicks(plot: Plot, xScale: Scale, yScale: Scale): string {
  const xs = xScale.ticks.map((t) => {
    const x = plot.left + xScale.toUnit(t.value) * (plot.right - plot.left);
    return (
      el('line', { x1: x, y1: plot.top, x2: x, y2: plot.bottom + TICK, stroke: GRID }) +
      textEl(x, plot.bottom + TICK + FONT.tick + 2, t.label, {
        class: 'x-tick',
        'text-anchor': 'middle',
        'font-size': FONT.tick,
        fill: INK,
      })
    );
  });
  const ys = yScale.ticks.map((t) => {
    const y = plot.bottom - yScale.toUnit(t.value) * (plot.bottom - plot.top);
    return (
      el('line', { x1: plot.left - TICK, y1: y, x2: plot.right, y2: y, stroke: GRID }) +
      textEl(plot.left - TICK - 2, y, t.label, {
        class: 'y-tick',
        'text-anchor': 'end',
        dy: '0.35em',
        'font-size': FONT.tick,
        fill: INK,
      })
    );
  });
  const frame = el('rect', {
    x: plot.left,
    y: plot.top,
    width: plot.right - plot.left,
    height: plot.bottom - plot.top,
    fill: 'none',
    stroke: INK,
    'stroke-width': 0.75,
  });
  return el('g', { class: 'axes' }, [...xs, ...ys, frame].join(''));
}

/** Splits points at every non-finite coordinate into runs of finite points. */
function segments(points: Point[]): Point[][] {
  const runs: Point[][] = [[]];
  for (const p of points) {
    const finite = Number.isFinite(p.x) && Number.isFinite(p.y);
    const current = runs[runs.length - 1];
    if (finite) current?.push(p);
    else if (current?.length) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

function seriesStyle(index: number, dashed = false): { color: string; dash: string | undefined } {
  return {
    color: SERIES_COLORS[index % SERIES_COLORS.length] ?? INK,
    dash: dashed || index >= SERIES_COLORS.length ? DASH : undefined,
  };
}

function markMarkup(mark: VerticalMark, plot: Plot, xScale: Scale): string {
  const x = plot.left + xScale.toUnit(mark.x) * (plot.right - plot.left);
  const line = el('line', {
    x1: x,
    y1: plot.top,
    x2: x,
    y2: plot.bottom,
    stroke: MARK_COLOR,
    'stroke-width': 1.5,
    'stroke-dasharray': '2 3',
  });
  const nearRight = x > (plot.left + plot.right) / 2;
  const label = textEl(x + (nearRight ? -GAP / 2 : GAP / 2), plot.top + FONT.tick + 2, mark.label, {
    class: 'mark-label',
    'text-anchor': nearRight ? 'end' : 'start',
    'font-size': FONT.tick,
    fill: MARK_COLOR,
  });
  return el('g', { class: 'mark' }, line + label);
}

function seriesMarkup(
  s: LineSeries,
  index: number,
  points: Point[],
  toSvg: (p: Point) => Point,
  markers: boolean | undefined,
): string {
  const { color, dash } = seriesStyle(index, s.dashed);
  const runs = segments(points).map((run) => run.map(toSvg));
  const d = runs.map((run) => `M${run.map((p) => `${px(p.x)},${px(p.y)}`).join('L')}`).join('');
  const line = el('path', {
    class: 'line',
    d: d || undefined,
    fill: 'none',
    stroke: color,
    'stroke-width': LINE_WIDTH,
    'stroke-linejoin': 'round',
    'stroke-dasharray': dash,
  });
  const withDots = !s.dashed && (markers ?? s.values.length <= DEFAULTS.markerLimit);
  // A lone point between gaps draws no line, so it always gets a dot.
  const dotted = runs.filter((run) => withDots || run.length === 1).flat();
  const dots = dotted.map((p) => el('circle', { cx: p.x, cy: p.y, r: MARKER_RADIUS, fill: color }));
  return el(
    'g',
    { class: 'series', 'data-series': String(index) },
    [el('title', {}, escapeXml(s.name)), line, ...dots].join(''),
  );
}

/** Places legend entries left to right from `left`, wrapping before `right`. */
function legendLayout(all: LineSeries[], left: number, right: number): LegendItem[] {
  const items: LegendItem[] = [];
  let x = left;
  let y = TITLE_BAND;
  for (const { name, dashed } of all) {
    const w = LEGEND.swatch + GAP + textWidth(name, FONT.tick);
    if (x > left && x + w > right) {
      x = left;
      y += LEGEND.row;
    }
    items.push({ name, x, y, dashed: dashed === true });
    x += w + LEGEND.spacing;
  }
  return items;
}

function legendHeight(items: LegendItem[]): number {
  const last = items[items.length - 1];
  return last ? last.y - TITLE_BAND + LEGEND.row : 0;
}

function legendMarkup(items: LegendItem[]): string {
  const entries = items.map(({ name, x, y, dashed }, i) => {
    const { color, dash } = seriesStyle(i, dashed);
    const mid = y + LEGEND.row / 2;
    return (
      el('line', {
        x1: x,
        y1: mid,
        x2: x + LEGEND.swatch,
        y2: mid,
        stroke: color,
        'stroke-width': LINE_WIDTH + 1,
        'stroke-dasharray': dash,
      }) +
      textEl(x + LEGEND.swatch + GAP, mid, name, {
        class: 'legend-label',
        dy: '0.35em',
        'font-size': FONT.tick,
        fill: DARK_TEXT,
      })
    );
  });
  return el('g', { class: 'legend' }, entries.join(''));
}
