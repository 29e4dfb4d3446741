import { describe, expect, it } from 'vitest';
import {
  HEATMAP_STOPS,
  type HeatmapOptions,
  heatmapSvg,
  MASK_HATCH,
  NON_FINITE_COLOR,
} from './heatmap.js';
import { assertWellFormed, attr, elementsWithClass, textsWithClass } from './svg-test-utils.js';

const tokens = ['the', 'cat', 'sat'];
const causal = [
  [true, false, false],
  [true, true, false],
  [true, true, true],
];
const weights = [
  [1, 0, 0],
  [0.5, 0.5, 0],
  [0.2, 0.3, 0.5],
];

describe('heatmapSvg', () => {
  it('is a standalone, well-formed SVG document with a title', () => {
    const svg = heatmapSvg(weights, { title: 'Causal weights' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Causal weights</title>');
    expect(textsWithClass(svg, 'chart-title')).toEqual(['Causal weights']);
    assertWellFormed(svg);
  });

  it('labels rows, columns and both axes, with defaults', () => {
    const svg = heatmapSvg(weights, { title: 't', rowLabels: tokens, colLabels: ['a', 'b', 'c'] });
    expect(textsWithClass(svg, 'row-label')).toEqual(tokens);
    expect(textsWithClass(svg, 'col-label')).toEqual(['a', 'b', 'c']);
    expect(svg).toContain('>query</text>');
    expect(svg).toContain('>key</text>');
    const numbered = heatmapSvg(weights, { title: 't', xLabel: 'source', yLabel: 'target' });
    expect(textsWithClass(numbered, 'row-label')).toEqual(['0', '1', '2']);
    expect(numbered).toContain('>source</text>');
    expect(numbered).toContain('>target</text>');
  });

  it('draws one cell per entry, printing values with the given decimals', () => {
    const svg = heatmapSvg(weights, { title: 't', decimals: 1 });
    expect(elementsWithClass(svg, 'cell')).toHaveLength(9);
    expect(textsWithClass(svg, 'value')).toEqual([
      '1.0',
      '0.0',
      '0.0',
      '0.5',
      '0.5',
      '0.0',
      '0.2',
      '0.3',
      '0.5',
    ]);
    expect(textsWithClass(heatmapSvg(weights, { title: 't', showValues: false }), 'value')).toEqual(
      [],
    );
  });

  it('maps the range ends to the first and last colour stops', () => {
    const svg = heatmapSvg([[0, 10]], { title: 't' });
    const fills = elementsWithClass(svg, 'cell').map((c) => attr(c, 'fill')?.toLowerCase());
    expect(fills).toEqual([HEATMAP_STOPS[0], HEATMAP_STOPS[HEATMAP_STOPS.length - 1]]);
  });

  it('has a colour bar whose ticks show min, middle and max', () => {
    const svg = heatmapSvg([[0, 0.5, 1]], { title: 't', scaleLabel: 'probability' });
    const ticks = textsWithClass(svg, 'scale-tick');
    expect(ticks).toEqual(['0.0', '0.5', '1.0']);
    expect(textsWithClass(svg, 'scale-label')).toEqual(['probability']);
    expect(elementsWithClass(svg, 'colour-bar').length).toBeGreaterThan(0);
  });

  it('honours an explicit colour range', () => {
    const svg = heatmapSvg([[0.5]], { title: 't', min: 0, max: 1 });
    const fill = attr(elementsWithClass(svg, 'cell')[0]!, 'fill')?.toLowerCase();
    expect(fill).not.toBe(HEATMAP_STOPS[0]);
    expect(fill).not.toBe(HEATMAP_STOPS[HEATMAP_STOPS.length - 1]);
    expect(textsWithClass(svg, 'scale-tick')).toEqual(expect.arrayContaining(['0.0', '1.0']));
  });

  it('labels every colour-bar tick with the exact value at its place on the bar', () => {
    // Five evenly spaced ticks on [0, 1] would be 0.25 and 0.75, which one decimal
    // rounds to "0.3" and "0.8". Ticks sit on round values instead.
    const tall = Array.from({ length: 6 }, (_, i) => [i / 5, 0.25]);
    for (const [values, options] of [
      [tall, { min: 0, max: 1, decimals: 1 }],
      [[[0.013, 0.0187]], {}],
      [[[-3, 7]], { decimals: 0 }],
    ] as const) {
      const svg = heatmapSvg(values as number[][], { title: 't', ...options });
      const bar = elementsWithClass(svg, 'colour-bar')[0]!;
      const top = Number(attr(bar, 'y'));
      const height = Number(attr(bar, 'height'));
      const lo = options.min ?? Math.min(...(values as number[][]).flat());
      const hi = options.max ?? Math.max(...(values as number[][]).flat());
      const tags = elementsWithClass(svg, 'scale-tick');
      const labels = textsWithClass(svg, 'scale-tick');
      expect(labels.length).toBeGreaterThanOrEqual(2);
      labels.forEach((label, i) => {
        const y = Number(attr(tags[i]!, 'y'));
        const valueHere = lo + (hi - lo) * (1 - (y - top) / height);
        expect(Math.abs(Number(label) - valueHere)).toBeLessThan((hi - lo) * 1e-3);
      });
    }
    const ticks = textsWithClass(
      heatmapSvg(tall, { title: 't', min: 0, max: 1, decimals: 1 }),
      'scale-tick',
    );
    expect(ticks).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
  });

  it('draws masked cells hatched, without a value, and adds a legend entry', () => {
    const svg = heatmapSvg(weights, { title: 't', mask: causal });
    const masked = elementsWithClass(svg, 'masked');
    expect(masked).toHaveLength(3);
    for (const cell of masked) expect(attr(cell, 'fill')).toMatch(/^url\(#.+\)$/);
    expect(svg).toContain('<pattern');
    expect(textsWithClass(svg, 'value')).toHaveLength(6);
    expect(textsWithClass(svg, 'legend-label')).toContain('masked');
    expect(textsWithClass(heatmapSvg(weights, { title: 't' }), 'legend-label')).not.toContain(
      'masked',
    );
  });

  it('ignores masked cells when choosing the colour range', () => {
    const svg = heatmapSvg([[100, 0, 1]], { title: 't', mask: [[false, true, true]] });
    expect(textsWithClass(svg, 'scale-tick')).toContain('1.0');
    expect(textsWithClass(svg, 'scale-tick')).not.toContain('100');
  });

  it('draws NaN and infinities distinctly instead of failing', () => {
    const svg = heatmapSvg([[Number.NaN, 1, Number.POSITIVE_INFINITY]], { title: 't' });
    assertWellFormed(svg);
    const odd = elementsWithClass(svg, 'non-finite');
    expect(odd.length).toBeGreaterThanOrEqual(2);
    expect(svg.toLowerCase()).toContain(NON_FINITE_COLOR.toLowerCase());
    expect(svg).toContain('NaN');
  });

  it('survives a constant matrix (min equals max)', () => {
    const svg = heatmapSvg(
      [
        [2, 2],
        [2, 2],
      ],
      { title: 't' },
    );
    assertWellFormed(svg);
    expect(svg).not.toContain('NaN');
  });

  it('escapes XML special characters in every user string', () => {
    const svg = heatmapSvg([[1]], {
      title: 'a<b & "c"',
      rowLabels: ['<s>'],
      colLabels: ["it's"],
      xLabel: 'x>y',
    });
    assertWellFormed(svg);
    expect(svg).toContain('a&lt;b &amp; &quot;c&quot;');
    expect(svg).toContain('&lt;s&gt;');
    expect(svg).toContain('it&apos;s');
    expect(svg).toContain('x&gt;y');
    expect(svg).not.toContain('<s>');
  });

  it('rejects bad input with messages naming the function and argument', () => {
    expect(() => heatmapSvg([], { title: 't' })).toThrow("heatmapSvg: 'values' is empty");
    expect(() => heatmapSvg([[1, 2], [3]], { title: 't' })).toThrow(
      "heatmapSvg: 'values' is ragged: row 1 has 1 columns, row 0 has 2",
    );
    expect(() => heatmapSvg(weights, { title: 't', rowLabels: ['a', 'b'] })).toThrow(
      "heatmapSvg: 'rowLabels' has 2 labels for 3 rows",
    );
    expect(() => heatmapSvg(weights, { title: 't', colLabels: ['a'] })).toThrow(
      "heatmapSvg: 'colLabels' has 1 labels for 3 columns",
    );
    expect(() => heatmapSvg(weights, { title: 't', mask: [[true]] })).toThrow(
      "heatmapSvg: 'mask' has 1 rows, 'values' has 3",
    );
    expect(() => heatmapSvg([[1]], { title: 't', min: 2, max: 1 })).toThrow(
      "heatmapSvg: 'min' (2) is greater than 'max' (1)",
    );
  });
});

const LAST_STOP = HEATMAP_STOPS[HEATMAP_STOPS.length - 1];
const MIDDLE_STOP = HEATMAP_STOPS[(HEATMAP_STOPS.length - 1) / 2];

function cellFills(svg: string): (string | undefined)[] {
  return elementsWithClass(svg, 'cell').map((c) => attr(c, 'fill'));
}

/** `row,col` of every printed value. */
function valuePositions(svg: string): string[] {
  return elementsWithClass(svg, 'value').map(
    (t) => `${attr(t, 'data-row')},${attr(t, 'data-col')}`,
  );
}

function grid(rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => i + j));
}

describe('heatmapSvg details', () => {
  it('maps the middle of the range to the middle stop and clamps outside a given range', () => {
    expect(cellFills(heatmapSvg([[2, 4, 6]], { title: 't' }))[1]).toBe(MIDDLE_STOP);
    const clamped = heatmapSvg([[-5, 5]], { title: 't', min: 0, max: 1 });
    expect(cellFills(clamped)).toEqual([HEATMAP_STOPS[0], LAST_STOP]);
  });

  it('colours a constant matrix with the middle stop', () => {
    expect(cellFills(heatmapSvg([[0.5, 0.5]], { title: 't' }))).toEqual([MIDDLE_STOP, MIDDLE_STOP]);
    expect(heatmapSvg([[7]], { title: 't' })).not.toContain('NaN');
  });

  it('writes light text on dark cells and dark text on light cells', () => {
    const fills = elementsWithClass(heatmapSvg([[0, 1]], { title: 't' }), 'value').map((t) =>
      attr(t, 'fill'),
    );
    expect(fills).toEqual(['#ffffff', '#1a1a1a']);
  });

  it('fills masked cells with its own hatch pattern and prints nothing in them', () => {
    const svg = heatmapSvg(weights, { title: 't', mask: causal });
    const fill = attr(elementsWithClass(svg, 'masked')[0]!, 'fill');
    expect(svg).toContain(`<pattern id="${fill?.slice('url(#'.length, -1)}"`);
    expect(svg).toContain(`stroke="${MASK_HATCH}"`);
    expect(valuePositions(svg)).toEqual(['0,0', '1,0', '1,1', '2,0', '2,1', '2,2']);
  });

  it('hatches masked -Infinity scores rather than flagging them as non-finite', () => {
    const svg = heatmapSvg([[0.5, Number.NEGATIVE_INFINITY]], {
      title: 't',
      mask: [[true, false]],
    });
    expect(elementsWithClass(svg, 'masked')).toHaveLength(1);
    expect(elementsWithClass(svg, 'non-finite')).toEqual([]);
    expect(textsWithClass(svg, 'legend-label')).toEqual(['masked']);
  });

  it('writes NaN, ∞ and −∞ in outlined cells and explains them in the legend', () => {
    const inf = Number.POSITIVE_INFINITY;
    const svg = heatmapSvg([[Number.NaN, inf, -inf, 1]], { title: 't' });
    expect(elementsWithClass(svg, 'non-finite')).toHaveLength(3);
    expect(textsWithClass(svg, 'value')).toEqual(['NaN', '∞', '−∞', '1.00']);
    expect(textsWithClass(svg, 'legend-label')).toEqual(['NaN / ±∞']);
    expect(svg).not.toContain('="NaN"');
    expect(svg).not.toContain('Infinity');
    const allNaN = heatmapSvg([[Number.NaN]], { title: 't' });
    expect(textsWithClass(allNaN, 'scale-tick')).toEqual(['0.0', '0.5', '1.0']);
  });

  it('rotates long column labels only', () => {
    const short = heatmapSvg(weights, { title: 't', colLabels: ['a', 'b', 'c'] });
    const long = heatmapSvg(weights, { title: 't', colLabels: ['a', 'b', 'representation'] });
    expect(elementsWithClass(short, 'col-label').map((t) => attr(t, 'transform'))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    for (const label of elementsWithClass(long, 'col-label')) {
      expect(attr(label, 'transform')).toMatch(/^rotate\(-45 /);
    }
  });

  it('prints values by default up to 144 cells, and as told otherwise', () => {
    expect(textsWithClass(heatmapSvg(grid(12, 12), { title: 't' }), 'value')).toHaveLength(144);
    expect(textsWithClass(heatmapSvg(grid(13, 12), { title: 't' }), 'value')).toHaveLength(0);
    const forced = heatmapSvg(grid(13, 12), { title: 't', showValues: true });
    expect(textsWithClass(forced, 'value')).toHaveLength(156);
  });

  it('sizes cells with cellSize and uses the default captions', () => {
    const cell = elementsWithClass(heatmapSvg(weights, { title: 't', cellSize: 50 }), 'cell')[0]!;
    expect([attr(cell, 'width'), attr(cell, 'height')]).toEqual(['50', '50']);
    expect(textsWithClass(heatmapSvg(weights, { title: 't' }), 'scale-label')).toEqual(['weight']);
  });

  it('escapes the y label, the scale caption and the cell tooltips too', () => {
    const nasty = `<"Tom" & 'Jerry'>`;
    const escaped = '&lt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&gt;';
    const svg = heatmapSvg([[1]], { title: 't', yLabel: nasty, scaleLabel: nasty });
    assertWellFormed(svg);
    expect(textsWithClass(svg, 'axis-label')).toContain(escaped);
    expect(textsWithClass(svg, 'scale-label')).toEqual([escaped]);
    expect(svg).toContain(`<title>${escaped} 0 → key 0: 1.00</title>`);
    expect(svg).not.toContain('"Tom"');
  });

  it('gives different charts different definition ids, and the same chart the same output', () => {
    const idOf = (svg: string) => svg.split('<pattern id="')[1]?.split('"')[0];
    const a = heatmapSvg(weights, { title: 'a', mask: causal });
    expect(idOf(a)).not.toBe(idOf(heatmapSvg(weights, { title: 'b', mask: causal })));
    expect(heatmapSvg(weights, { title: 'a', mask: causal })).toBe(a);
  });

  it.each<[number[][], string]>([
    [[], "heatmapSvg: 'values' is empty (shape [0, 0])"],
    [[[]], "heatmapSvg: 'values' is empty (shape [1, 0])"],
  ])('rejects empty values %j', (values, message) => {
    expect(() => heatmapSvg(values, { title: 't' })).toThrow(message);
  });

  it.each<[Partial<HeatmapOptions>, string]>([
    [
      { mask: [[true], [true, true, true], [true, true, true]] },
      "heatmapSvg: 'mask' row 0 has 1 columns, 'values' has 3",
    ],
    [{ min: 5 }, "heatmapSvg: 'min' (5) is greater than 'max' (1)"],
    [{ max: Number.NaN }, "heatmapSvg: 'min' and 'max' must be finite, got 0 and NaN"],
    [{ cellSize: 0 }, "heatmapSvg: 'cellSize' must be a positive number, got 0"],
    [{ decimals: 1.5 }, "heatmapSvg: 'decimals' must be an integer in [0, 20], got 1.5"],
    [{ decimals: -1 }, "heatmapSvg: 'decimals' must be an integer in [0, 20], got -1"],
  ])('rejects bad options %j', (options, message) => {
    expect(() => heatmapSvg(weights, { title: 't', ...options })).toThrow(message);
  });
});
