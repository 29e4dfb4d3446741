/**
 * Building blocks shared by the SVG renderers: XML escaping, element markup, number
 * formatting, "nice" axis ticks, colour interpolation and the document frame.
 * Pure string building: no DOM, no dependencies.
 */

/** Outer padding of every chart, in px. */
export const PAD = 12;
/** Font sizes in px: chart title, axis labels, tick and cell text. */
export const FONT = { title: 16, axis: 13, tick: 11 } as const;
/** Height of the band the chart title occupies at the top, in px. */
export const TITLE_BAND = PAD + FONT.title + 14;
/** Colour of axis labels, tick labels and frames. */
export const INK = '#333333';
/** Colour of dark text on light fills. */
export const DARK_TEXT = '#1a1a1a';
/** Colour of light text on dark fills. */
export const LIGHT_TEXT = '#ffffff';

const FONT_FAMILY = 'Helvetica, Arial, sans-serif';
/** Average glyph width as a fraction of the font size; generous so estimates do not clip. */
const GLYPH_WIDTH = 0.6;
const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
/** Control characters that XML 1.0 forbids; they become U+FFFD. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
/**
 * A raw step's mantissa (in [1, 10)) rounds to the first nice value whose threshold it reaches:
 * the geometric midpoints √50, √10, √2, so the tick count stays closest to the target.
 */
const NICE_STEPS = [
  { from: Math.sqrt(50), nice: 10 },
  { from: Math.sqrt(10), nice: 5 },
  { from: Math.SQRT2, nice: 2 },
  { from: 0, nice: 1 },
] as const;
/** Plain decimals are used for ticks while they need at most this many digits. */
const MAX_PLAIN_DECIMALS = 6;
/** Magnitude from which numbers are written in exponent form. */
const EXPONENT_FROM = 1e6;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** An attribute value; `undefined` leaves the attribute out, numbers are rounded to 0.01. */
export type AttrValue = string | number | undefined;

/** Escapes `&`, `<`, `>`, `"`, `'` for text and attributes; control characters become U+FFFD. */
export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '\ufffd').replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch] ?? ch);
}

/** Rounds a coordinate to 0.01 px so the markup stays short. */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * One SVG element.
 *
 * @param name the tag name.
 * @param attributes attribute values, escaped here; `undefined` ones are left out.
 * @param content markup inside the element, already escaped; omitted gives `<name .../>`.
 * @returns the element's markup.
 */
export function el(name: string, attributes: Record<string, AttrValue>, content?: string): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? px(value) : escapeXml(value)}"`)
    .join('');
  return content === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

/** A `<text>` element holding `label`, escaped. */
export function textEl(
  x: number,
  y: number,
  label: string,
  attributes: Record<string, AttrValue> = {},
): string {
  return el('text', { x, y, ...attributes }, escapeXml(label));
}

/** An axis label centred on (x, y), rotated to read bottom-up when `vertical`. */
export function axisLabel(x: number, y: number, label: string, vertical = false): string {
  return textEl(x, y, label, {
    class: 'axis-label',
    'text-anchor': 'middle',
    'font-size': FONT.axis,
    fill: INK,
    transform: vertical ? `rotate(-90 ${px(x)} ${px(y)})` : undefined,
  });
}

/** Estimated rendered width of `text` at `fontSize`, in px (no DOM to measure with). */
export function textWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * GLYPH_WIDTH;
}

/** The widest estimated width among `texts`, 0 for none. */
export function maxTextWidth(texts: readonly string[], fontSize: number): number {
  return texts.reduce((widest, text) => Math.max(widest, textWidth(text, fontSize)), 0);
}

/**
 * Wraps chart markup into a complete, standalone SVG document.
 *
 * @param width document width in px, rounded up.
 * @param height document height in px, rounded up.
 * @param title shown centred at the top and given as the `<title>` for screen readers.
 * @param body the chart's markup.
 * @returns the `<svg>` document.
 */
export function svgDocument(width: number, height: number, title: string, body: string): string {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  const heading = textEl(w / 2, PAD + FONT.title, title, {
    class: 'chart-title',
    'text-anchor': 'middle',
    'font-size': FONT.title,
    'font-weight': 'bold',
    fill: DARK_TEXT,
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"` +
      ` role="img" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(title)}</title>`,
    el('rect', { width: '100%', height: '100%', fill: LIGHT_TEXT }),
    heading,
    body,
    '</svg>',
  ].join('\n');
}

/** Throws `fnName: message`, the error style of every public function here. */
export function fail(fnName: string, message: string): never {
  throw new Error(`${fnName}: ${message}`);
}

/** Checks that an option is a finite number > 0. */
export function assertPositive(fnName: string, name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) {
    fail(fnName, `'${name}' must be a positive number, got ${value}`);
  }
}

/**
 * A short id, unique per chart content, so several SVGs inlined in one page (a notebook)
 * never resolve `url(#id)` to another chart's definitions. FNV-1a of `seed`, base 36.
 */
export function chartId(prefix: string, seed: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < seed.length; i++) {
    hash = Math.imul(hash ^ seed.charCodeAt(i), FNV_PRIME) >>> 0;
  }
  return `${prefix}-${hash.toString(36)}`;
}

/**
 * Formats a data value with a fixed number of decimals; huge magnitudes in exponent
 * form, non-finite values as `NaN`, `∞`, `−∞`, and never `-0.00`.
 */
export function formatValue(value: number, decimals: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const text =
    Math.abs(value) >= EXPONENT_FROM ? value.toExponential(decimals) : value.toFixed(decimals);
  return /^-[0.]+$/.test(text) ? text.slice(1) : text;
}

/** Decimals needed to tell ticks `step` apart: 0 for 5, 1 for 0.2, 2 for 0.05. */
function stepDecimals(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** Formats a tick value with as many digits as its step needs; exponent form when long. */
export function formatTick(value: number, step: number): string {
  const decimals = stepDecimals(step);
  if (decimals <= MAX_PLAIN_DECIMALS && Math.abs(value) < EXPONENT_FROM) {
    return formatValue(value, decimals);
  }
  if (value === 0) return '0';
  const digits = Math.floor(Math.log10(Math.abs(value))) - Math.floor(Math.log10(step) + 1e-9);
  return value.toExponential(Math.min(MAX_PLAIN_DECIMALS, Math.max(0, digits)));
}

/** Evenly spaced axis ticks on "nice" values, and the axis range they cover. */
export interface NiceTicks {
  /** First tick, <= the data minimum. */
  lo: number;
  /** Last tick, >= the data maximum. */
  hi: number;
  /** Distance between ticks: 1, 2 or 5 × 10^k. */
  step: number;
  values: number[];
}

/** The 1/2/5 × 10^k step that splits `span` into about `target` parts. */
export function niceStep(span: number, target: number): number {
  const raw = span / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(raw));
  const mantissa = raw / power;
  return (NICE_STEPS.find((s) => mantissa >= s.from)?.nice ?? 1) * power;
}

/**
 * "Nice" ticks covering [min, max]: about `target` intervals on 1/2/5 × 10^k steps.
 * A zero-width range is widened around its value so it still gets an axis.
 *
 * @param min smallest data value (finite).
 * @param max largest data value (finite).
 * @param target wished-for number of intervals.
 * @returns the ticks, from `lo` to `hi` inclusive.
 */
export function niceTicks(min: number, max: number, target: number): NiceTicks {
  const widen = min === max ? Math.abs(min) * 0.1 || 1 : 0;
  const step = niceStep(max - min + 2 * widen, target);
  const lo = Math.floor((min - widen) / step + 1e-9) * step;
  const hi = Math.ceil((max + widen) / step - 1e-9) * step;
  const count = Math.round((hi - lo) / step);
  const decimals = Math.min(20, stepDecimals(step) + 1);
  const values = Array.from({ length: count + 1 }, (_, i) =>
    Number((lo + i * step).toFixed(decimals)),
  );
  return { lo, hi, step, values };
}

function parseHex(color: string): [number, number, number] {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Interpolates linearly between evenly spaced colour stops.
 *
 * @param stops `#rrggbb` colours, at least two, first at t = 0 and last at t = 1.
 * @param t position in [0, 1]; clamped.
 * @returns the `#rrggbb` colour at `t`; exactly the first/last stop at 0/1.
 */
export function interpolateColor(stops: readonly string[], t: number): string {
  const last = stops.length - 1;
  const position = Math.min(1, Math.max(0, t)) * last;
  const index = Math.min(Math.floor(position), last - 1);
  const from = parseHex(stops[index] ?? '#000000');
  const to = parseHex(stops[index + 1] ?? '#000000');
  const frac = position - index;
  return toHex(from.map((c, i) => c + ((to[i] ?? c) - c) * frac));
}

function relativeLuminance(color: string): number {
  const linear = parseHex(color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = linear;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark or light text, whichever contrasts more with the `#rrggbb` `fill` (WCAG ratio). */
export function textColorOn(fill: string): string {
  const l = relativeLuminance(fill);
  const onLight = (l + 0.05) / (relativeLuminance(DARK_TEXT) + 0.05);
  const onDark = (relativeLuminance(LIGHT_TEXT) + 0.05) / (l + 0.05);
  return onLight >= onDark ? DARK_TEXT : LIGHT_TEXT;
}
