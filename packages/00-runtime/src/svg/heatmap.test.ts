import { describe, expect, it } from 'vitest';
import { HEATMAP_STOPS, heatmapSvg, NON_FINITE_COLOR } from './heatmap.js';
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
    expect(ticks).toEqual(expect.arrayContaining(['0.00', '0.50', '1.00']));
    expect(textsWithClass(svg, 'scale-label')).toEqual(['probability']);
    expect(elementsWithClass(svg, 'colour-bar').length).toBeGreaterThan(0);
  });

  it('honours an explicit colour range', () => {
    const svg = heatmapSvg([[0.5]], { title: 't', min: 0, max: 1 });
    const fill = attr(elementsWithClass(svg, 'cell')[0]!, 'fill')?.toLowerCase();
    expect(fill).not.toBe(HEATMAP_STOPS[0]);
    expect(fill).not.toBe(HEATMAP_STOPS[HEATMAP_STOPS.length - 1]);
    expect(textsWithClass(svg, 'scale-tick')).toEqual(expect.arrayContaining(['0.00', '1.00']));
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
    expect(textsWithClass(svg, 'scale-tick')).toContain('1.00');
    expect(textsWithClass(svg, 'scale-tick')).not.toContain('100.00');
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
