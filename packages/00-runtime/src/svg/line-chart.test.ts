import { describe, expect, it } from 'vitest';
import { lineChartSvg, SERIES_COLORS } from './line-chart.js';
import { assertWellFormed, attr, elementsWithClass, textsWithClass } from './svg-test-utils.js';

const options = { title: 'Loss', xLabel: 'step', yLabel: 'loss' };

function paths(svg: string): string[] {
  return elementsWithClass(svg, 'line').map((p) => attr(p, 'd') ?? '');
}

describe('lineChartSvg', () => {
  it('is a well-formed document with title and axis labels', () => {
    const svg = lineChartSvg({ name: 'train', values: [3, 2, 1] }, options);
    assertWellFormed(svg);
    expect(svg).toContain('<title>Loss</title>');
    expect(textsWithClass(svg, 'chart-title')).toEqual(['Loss']);
    expect(svg).toContain('>step</text>');
    expect(svg).toContain('>loss</text>');
  });

  it('draws one path per series with one vertex per point, in distinct colours', () => {
    const svg = lineChartSvg(
      [
        { name: 'train', values: [4, 3, 2, 1] },
        { name: 'held-out', values: [5, 4, 3, 2] },
      ],
      options,
    );
    const ds = paths(svg);
    expect(ds).toHaveLength(2);
    for (const d of ds) {
      expect(d.match(/M/g)).toHaveLength(1);
      expect(d.split(/[ML]/).filter(Boolean)).toHaveLength(4);
    }
    const strokes = elementsWithClass(svg, 'line').map((p) => attr(p, 'stroke'));
    expect(strokes).toEqual([SERIES_COLORS[0], SERIES_COLORS[1]]);
    expect(textsWithClass(svg, 'legend-label')).toEqual(['train', 'held-out']);
  });

  it('uses "nice" ticks of 1, 2 or 5 times a power of ten', () => {
    const svg = lineChartSvg({ name: 's', values: [0, 0.37, 0.93] }, options);
    const ticks = textsWithClass(svg, 'y-tick').map(Number);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    const step = ticks[1]! - ticks[0]!;
    const mantissa = step / 10 ** Math.floor(Math.log10(step));
    expect([1, 2, 5]).toContainEqual(Number(mantissa.toFixed(6)));
  });

  it('puts log-scale ticks at powers of ten', () => {
    const svg = lineChartSvg({ name: 's', values: [100, 10, 1, 0.05] }, { ...options, logY: true });
    const ticks = textsWithClass(svg, 'y-tick').map(Number);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of ticks) expect(Math.log10(t) % 1).toBeCloseTo(0, 9);
  });

  it('breaks the line at NaN', () => {
    const svg = lineChartSvg({ name: 's', values: [1, 2, Number.NaN, 3, 4] }, options);
    expect(paths(svg)[0]!.match(/M/g)).toHaveLength(2);
  });

  it('uses the given x values', () => {
    const svg = lineChartSvg({ name: 's', x: [1, 10, 100], values: [1, 2, 3] }, options);
    const ticks = textsWithClass(svg, 'x-tick').map(Number);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(100);
  });

  it('escapes XML in names and labels', () => {
    const svg = lineChartSvg({ name: 'a<b', values: [1, 2] }, { ...options, xLabel: 'x & y' });
    assertWellFormed(svg);
    expect(svg).toContain('a&lt;b');
    expect(svg).toContain('x &amp; y');
  });

  it('rejects bad input with messages naming the function and argument', () => {
    expect(() => lineChartSvg([], options)).toThrow("lineChartSvg: 'series' is empty");
    expect(() => lineChartSvg({ name: 's', values: [] }, options)).toThrow('has no values');
    expect(() => lineChartSvg({ name: 's', x: [1], values: [1, 2] }, options)).toThrow(
      'has 1 x values for 2 values',
    );
    expect(() => lineChartSvg({ name: 's', values: [1, 0] }, { ...options, logY: true })).toThrow(
      "'logY' needs values > 0",
    );
  });
});
