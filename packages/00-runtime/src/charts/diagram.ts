import {
  assertPositive,
  chartId,
  DARK_TEXT,
  el,
  escapeXml,
  FONT,
  fail,
  INK,
  PAD,
  svgDocument,
  TITLE_BAND,
  textEl,
  textWidth,
} from './common.js';

const FN = 'diagramSvg';
const DEFAULT_FILL = '#eef3fa';
const LINE_HEIGHT = FONT.tick + 4;
const ARROW = { head: 7, width: 1.5 } as const;
const CAPTION_GAP = 4;

/** A labelled box of a {@link diagramSvg} diagram, placed in diagram coordinates (px). */
export interface DiagramBox {
  /** Name the arrows refer to; unique within the diagram. */
  id: string;
  /** Left edge. */
  x: number;
  /** Top edge, measured from the top of the drawing area (below the title). */
  y: number;
  width: number;
  height: number;
  /** Text lines, centred in the box; the first is bold. */
  lines: string[];
  /** `#rrggbb` fill; default a light blue. */
  fill?: string;
}

/** An arrow from one box to another, drawn between their borders. */
export interface DiagramArrow {
  from: string;
  to: string;
  /** Text beside the arrow's middle (a shape, say); default none. */
  label?: string;
}

/** Options of {@link diagramSvg}. */
export interface DiagramOptions {
  title: string;
  boxes: DiagramBox[];
  /** Default none. */
  arrows?: DiagramArrow[];
}

interface Point {
  x: number;
  y: number;
}

/**
 * Draws boxes and arrows (a data-flow diagram, say) as a standalone SVG document. Arrows
 * run straight from the border of one box to the border of the other, aimed at the
 * boxes' centres. The document is sized to hold every box and the title.
 *
 * @param options the title, the boxes (positions in px) and the arrows between them.
 * @returns the SVG document as a string.
 * @throws Error `diagramSvg: ...` for no boxes, a repeated id, a box with a bad position
 *   or size, or an arrow naming a box that does not exist or pointing at its own box.
 */
export function diagramSvg(options: DiagramOptions): string {
  const { boxes } = options;
  const arrows = options.arrows ?? [];
  if (boxes.length === 0) fail(FN, `'boxes' is empty`);
  const byId = new Map<string, DiagramBox>();
  boxes.forEach((box, i) => {
    checkBox(box, i, byId);
  });
  arrows.forEach((arrow, i) => {
    checkArrow(arrow, i, byId);
  });
  const top = TITLE_BAND;
  const width = Math.max(
    PAD + Math.max(...boxes.map((b) => b.x + b.width)) + PAD,
    textWidth(options.title, FONT.title) + 2 * PAD,
  );
  const height = top + Math.max(...boxes.map((b) => b.y + b.height)) + PAD;
  const markerId = chartId('mha-arrow', JSON.stringify(options));
  const shift = (b: DiagramBox): DiagramBox => ({ ...b, x: b.x + PAD, y: b.y + top });
  const placed = new Map([...byId].map(([id, b]) => [id, shift(b)]));
  const body = [
    el(
      'defs',
      {},
      el(
        'marker',
        {
          id: markerId,
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: ARROW.head,
          markerHeight: ARROW.head,
          orient: 'auto-start-reverse',
        },
        el('path', { d: 'M0,0L10,5L0,10z', fill: INK }),
      ),
    ),
    ...arrows.map((a) => arrowMarkup(a, placed, markerId)),
    ...[...placed.values()].map(boxMarkup),
    ...arrows.map((a) => arrowLabel(a, placed)),
  ].join('\n');
  return svgDocument(width, height, options.title, body);
}

function checkBox(box: DiagramBox, index: number, byId: Map<string, DiagramBox>): void {
  const which = `box ${index} ('${box.id}')`;
  if (byId.has(box.id)) fail(FN, `${which}: the id is used twice`);
  if (!(Number.isFinite(box.x) && Number.isFinite(box.y) && box.x >= 0 && box.y >= 0)) {
    fail(FN, `${which}: 'x' and 'y' must be finite and >= 0, got ${box.x} and ${box.y}`);
  }
  assertPositive(FN, `${which}.width`, box.width);
  assertPositive(FN, `${which}.height`, box.height);
  byId.set(box.id, box);
}

function checkArrow(arrow: DiagramArrow, index: number, byId: Map<string, DiagramBox>): void {
  for (const end of [arrow.from, arrow.to]) {
    if (!byId.has(end)) {
      fail(FN, `arrow ${index} names box '${end}', which does not exist`);
    }
  }
  if (arrow.from === arrow.to) fail(FN, `arrow ${index} starts and ends at box '${arrow.from}'`);
}

const centre = (b: DiagramBox): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Where the ray from the centre of `b` towards `towards` leaves the box. */
function borderPoint(b: DiagramBox, towards: Point): Point {
  const c = centre(b);
  const dx = towards.x - c.x;
  const dy = towards.y - c.y;
  const scaleX = dx === 0 ? Number.POSITIVE_INFINITY : b.width / 2 / Math.abs(dx);
  const scaleY = dy === 0 ? Number.POSITIVE_INFINITY : b.height / 2 / Math.abs(dy);
  const t = Math.min(scaleX, scaleY);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

function arrowMarkup(
  arrow: DiagramArrow,
  boxes: Map<string, DiagramBox>,
  markerId: string,
): string {
  const from = boxes.get(arrow.from) as DiagramBox;
  const to = boxes.get(arrow.to) as DiagramBox;
  const start = borderPoint(from, centre(to));
  const end = borderPoint(to, centre(from));
  return el('line', {
    class: 'arrow',
    x1: start.x,
    y1: start.y,
    x2: end.x,
    y2: end.y,
    stroke: INK,
    'stroke-width': ARROW.width,
    'marker-end': `url(#${markerId})`,
  });
}

/**
 * An arrow's label, drawn over the boxes at the arrow's middle: left of an arrow that runs
 * mostly up or down (the right is often where a neighbouring box sits), above one that runs
 * across.
 */
function arrowLabel(arrow: DiagramArrow, boxes: Map<string, DiagramBox>): string {
  if (!arrow.label) return '';
  const from = boxes.get(arrow.from) as DiagramBox;
  const to = boxes.get(arrow.to) as DiagramBox;
  const start = borderPoint(from, centre(to));
  const end = borderPoint(to, centre(from));
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const vertical = Math.abs(end.y - start.y) > Math.abs(end.x - start.x);
  return textEl(
    vertical ? mid.x - CAPTION_GAP : mid.x,
    vertical ? mid.y : mid.y - CAPTION_GAP,
    arrow.label,
    {
      class: 'arrow-label',
      'text-anchor': vertical ? 'end' : 'middle',
      dy: vertical ? '0.35em' : undefined,
      'font-size': FONT.tick,
      fill: INK,
    },
  );
}

function boxMarkup(b: DiagramBox): string {
  const rect = el('rect', {
    class: 'box',
    x: b.x,
    y: b.y,
    width: b.width,
    height: b.height,
    rx: 4,
    fill: b.fill ?? DEFAULT_FILL,
    stroke: INK,
  });
  const firstY = b.y + b.height / 2 - ((b.lines.length - 1) * LINE_HEIGHT) / 2;
  const texts = b.lines.map((line, i) =>
    textEl(b.x + b.width / 2, firstY + i * LINE_HEIGHT, line, {
      class: 'box-label',
      'text-anchor': 'middle',
      dy: '0.35em',
      'font-size': FONT.tick + (i === 0 ? 1 : 0),
      'font-weight': i === 0 ? 'bold' : undefined,
      fill: DARK_TEXT,
    }),
  );
  return el(
    'g',
    { class: 'diagram-box', 'data-id': b.id },
    [el('title', {}, escapeXml(b.id)), rect, ...texts].join(''),
  );
}

/** The width a box needs to hold `lines` at the diagram's font sizes, in px. */
export function diagramBoxWidth(lines: readonly string[]): number {
  return Math.ceil(
    Math.max(...lines.map((l, i) => textWidth(l, FONT.tick + (i === 0 ? 1 : 0)))) + 16,
  );
}
