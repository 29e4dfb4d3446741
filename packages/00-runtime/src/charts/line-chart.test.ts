import { describe, expect, it } from 'vitest';
import { niceTicks } from './common.js';
import { type LineChartOptions, lineChartSvg, SERIES_COLORS } from './line-chart.js';
import { assertWellFormed, attr, elementsWithClass, textsWithClass } from './svg-test-utils.js';

const options = { title: 'Loss', xLabel: 'step', yLabel: 'loss' };

function paths(svg: string): string[] {
  return elementsWithClass(svg, 'line').map((p) => attr(p, 'd') ?? '');
}

/** The number a tick label stands for: `20`, `10²` or `2·10⁻³`. */
function tickValue(label: string): number {
  const digits: Record<string, string> = { '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3' };
  Object.assign(digits, { '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' });
  const power = /^(?:([\d.]+)·)?10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(label);
  if (!power) return Number(label);
  const exponent = Number([...power[2]!].map((c) => digits[c]).join(''));
  return Number(power[1] ?? 1) * 10 ** exponent;
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
    const ticks = textsWithClass(svg, 'y-tick').map(tickValue);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of ticks) expect(Math.log10(t) % 1).toBeCloseTo(0, 9);
  });

  it('draws log-log axes: x ticks at powers of ten too, and a power law as a straight line', () => {
    const x = [32, 64, 128, 256, 512, 1024];
    const svg = lineChartSvg(
      [
        { name: 'n', x, values: x },
        { name: 'n²', x, values: x.map((n) => n * n) },
      ],
      { ...options, logX: true, logY: true },
    );
    expect(textsWithClass(svg, 'x-tick')).toEqual(['10', '10²', '10³', '10⁴']);
    // On log-log axes y = n and y = n² are straight: equal steps between the vertices.
    for (const d of paths(svg)) {
      const vertices = d
        .slice(1)
        .split('L')
        .map((p) => p.split(',').map(Number) as [number, number]);
      const steps = vertices.slice(1).map(([x1, y1], i) => {
        const [x0, y0] = vertices[i]!;
        return [x1 - x0, y1 - y0];
      });
      for (const [dx, dy] of steps) {
        expect(dx).toBeCloseTo(steps[0]![0]!, 1);
        expect(dy).toBeCloseTo(steps[0]![1]!, 1);
      }
    }
  });

  it('refuses x <= 0 with logX, naming the series and index', () => {
    expect(() => lineChartSvg({ name: 's', values: [1, 2] }, { ...options, logX: true })).toThrow(
      "lineChartSvg: 'logX' needs x > 0, but series 0 ('s') has x = 0 at index 0",
    );
  });

  it('draws a labelled vertical mark at its x, and widens the x range to hold it', () => {
    const svg = lineChartSvg(
      { name: 's', x: [0, 10], values: [1, 2] },
      { ...options, marks: [{ x: 20, label: 'n = 2·d' }] },
    );
    expect(textsWithClass(svg, 'mark-label')).toEqual(['n = 2·d']);
    const xTicks = textsWithClass(svg, 'x-tick').map(Number);
    expect(Math.max(...xTicks)).toBeGreaterThanOrEqual(20);
    const line = /<g class="mark"><line x1="([\d.]+)"[^>]*x2="([\d.]+)"/.exec(svg);
    expect(line?.[1]).toBe(line?.[2]);
    expect(() =>
      lineChartSvg(
        { name: 's', values: [1, 2] },
        { ...options, marks: [{ x: Number.NaN, label: 'm' }] },
      ),
    ).toThrow("lineChartSvg: 'marks' 0 ('m') needs a finite x, got NaN");
  });

  it('draws a dashed series without dots, and its legend swatch dashed', () => {
    const svg = lineChartSvg(
      [
        { name: 'measured', values: [1, 2, 3] },
        { name: 'guide', values: [1, 2, 4], dashed: true },
      ],
      options,
    );
    const [measured, guide] = elementsWithClass(svg, 'line');
    expect(attr(measured!, 'stroke-dasharray')).toBeUndefined();
    expect(attr(guide!, 'stroke-dasharray')).toBeDefined();
    const groups = svg.split('<g class="series"').slice(1);
    expect(groups[0]!.match(/<circle/g)).toHaveLength(3);
    expect(groups[1]!.match(/<circle/g)).toBeNull();
    expect(svg.split('<g class="legend">')[1]!.match(/stroke-dasharray/g)).toHaveLength(1);
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

function vertexCount(d: string): number {
  return d.split(/[ML]/).filter(Boolean).length;
}

describe('lineChartSvg details', () => {
  it('shows a single series name in the legend and splits NaN runs into vertices', () => {
    const svg = lineChartSvg({ name: 'train', values: [1, 2, Number.NaN, 3, 4] }, options);
    expect(textsWithClass(svg, 'legend-label')).toEqual(['train']);
    const d = paths(svg)[0]!;
    expect(vertexCount(d)).toBe(4);
    expect(d.split('M').filter(Boolean).map(vertexCount)).toEqual([2, 2]);
  });

  it('breaks on ±Infinity too, and a lone point between gaps still gets a dot', () => {
    const inf = Number.POSITIVE_INFINITY;
    const svg = lineChartSvg(
      { name: 's', values: Array.from({ length: 50 }, (_, i) => (i % 2 ? inf : i)) },
      options,
    );
    expect(paths(svg)[0]!.match(/M/g)).toHaveLength(25);
    expect(svg.match(/<circle /g)).toHaveLength(25);
  });

  it('draws markers by default up to 40 points, and as told otherwise', () => {
    const dots = (n: number, extra: Partial<LineChartOptions> = {}) =>
      lineChartSvg(
        { name: 's', values: Array.from({ length: n }, (_, i) => i) },
        {
          ...options,
          ...extra,
        },
      ).match(/<circle /g)?.length ?? 0;
    expect(dots(40)).toBe(40);
    expect(dots(41)).toBe(0);
    expect(dots(41, { markers: true })).toBe(41);
    expect(dots(5, { markers: false })).toBe(0);
  });

  it('labels log ticks as powers of ten (10², not 100 or 2) and places them bottom to top', () => {
    const svg = lineChartSvg({ name: 's', values: [1000, 3, 0.02] }, { ...options, logY: true });
    expect(textsWithClass(svg, 'y-tick')).toEqual(['10⁻²', '10⁻¹', '1', '10', '10²', '10³']);
    const ys = elementsWithClass(svg, 'y-tick').map((t) => Number(attr(t, 'y')));
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
  });

  it('thins out long log axes', () => {
    const svg = lineChartSvg({ name: 's', values: [1e-9, 1e9] }, { ...options, logY: true });
    const ticks = textsWithClass(svg, 'y-tick');
    expect(ticks.length).toBeLessThanOrEqual(9);
    expect(ticks[0]).toBe('10⁻⁹');
    expect(ticks[ticks.length - 1]).toBe('10⁹');
  });

  it('survives a constant series and a series with no finite point', () => {
    const flat = lineChartSvg({ name: 's', values: [2, 2, 2] }, options);
    assertWellFormed(flat);
    expect(flat).not.toContain('NaN');
    const empty = lineChartSvg({ name: 's', values: [Number.NaN] }, options);
    expect(elementsWithClass(empty, 'line').map((p) => attr(p, 'd'))).toEqual([undefined]);
    expect(textsWithClass(empty, 'y-tick').length).toBeGreaterThan(1);
  });

  it('sizes the document and dashes series beyond the palette', () => {
    const many = Array.from({ length: SERIES_COLORS.length + 1 }, (_, i) => ({
      name: `s${i}`,
      values: [i, i + 1],
    }));
    const svg = lineChartSvg(many, { ...options, width: 800, height: 500 });
    expect(svg).toContain('width="800" height="500" viewBox="0 0 800 500"');
    const lines = elementsWithClass(svg, 'line');
    expect(attr(lines[0]!, 'stroke-dasharray')).toBeUndefined();
    expect(attr(lines[SERIES_COLORS.length]!, 'stroke-dasharray')).toBeDefined();
    expect(textsWithClass(svg, 'legend-label')).toEqual(many.map((s) => s.name));
  });

  it('escapes the title, the y label and series names in the legend', () => {
    const svg = lineChartSvg(
      { name: `"a" & 'b'`, values: [1] },
      { ...options, title: '<T>\u0007', yLabel: 'y<1' },
    );
    expect(svg).toContain('<title>&lt;T&gt;\ufffd</title>');
    expect(textsWithClass(svg, 'axis-label')).toContain('y&lt;1');
    expect(textsWithClass(svg, 'legend-label')).toEqual(['&quot;a&quot; &amp; &apos;b&apos;']);
  });

  it.each<[Partial<LineChartOptions>, string]>([
    [{ width: 0 }, "lineChartSvg: 'width' must be a positive number, got 0"],
    [{ height: Number.NaN }, "lineChartSvg: 'height' must be a positive number, got NaN"],
    [{ height: 60 }, "lineChartSvg: 'width' 640 and 'height' 60 leave no room for the plot"],
  ])('rejects bad sizes %j', (size, message) => {
    expect(() => lineChartSvg({ name: 's', values: [1] }, { ...options, ...size })).toThrow(
      message,
    );
  });

  it('names the series in full error messages', () => {
    expect(() =>
      lineChartSvg(
        [
          { name: 'a', values: [1] },
          { name: 'b', values: [] },
        ],
        options,
      ),
    ).toThrow("lineChartSvg: series 1 ('b') has no values");
    expect(() => lineChartSvg({ name: 's', x: [1], values: [1, 2] }, options)).toThrow(
      "lineChartSvg: series 0 ('s') has 1 x values for 2 values",
    );
    expect(() => lineChartSvg({ name: 's', values: [1, -2] }, { ...options, logY: true })).toThrow(
      "lineChartSvg: 'logY' needs values > 0, but series 0 ('s') has -2 at index 1",
    );
  });
});

describe('niceTicks', () => {
  it.each([
    [0, 0.93, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [3, 97, 4, [0, 20, 40, 60, 80, 100]],
    [-1.2, 2.7, 4, [-2, -1, 0, 1, 2, 3]],
    [0.1, 0.3, 2, [0.1, 0.2, 0.3]],
    [1, 1990, 6, [0, 500, 1000, 1500, 2000]],
    [5, 5, 4, [4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6]],
    [0, 0, 2, [-1, 0, 1]],
  ])('covers [%d, %d] in about %d steps of 1, 2 or 5 × 10^k', (min, max, target, expected) => {
    expect(niceTicks(min, max, target).values).toEqual(expected);
  });
});
