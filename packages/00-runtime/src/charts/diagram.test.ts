import { describe, expect, it } from 'vitest';
import { type DiagramBox, diagramBoxWidth, diagramSvg } from './diagram.js';
import { assertWellFormed, attr, elementsWithClass, textsWithClass } from './svg-test-utils.js';

const box = (id: string, x: number, y: number, lines = [id]): DiagramBox => ({
  id,
  x,
  y,
  width: 80,
  height: 40,
  lines,
});

describe('diagramSvg', () => {
  it('is a well-formed document with one box per entry and its text lines', () => {
    const svg = diagramSvg({
      title: 'Flow',
      boxes: [box('a', 0, 0, ['split', '[B, h, T, dK]']), box('b', 200, 0)],
      arrows: [{ from: 'a', to: 'b', label: 'x' }],
    });
    assertWellFormed(svg);
    expect(textsWithClass(svg, 'chart-title')).toEqual(['Flow']);
    expect(elementsWithClass(svg, 'box')).toHaveLength(2);
    expect(textsWithClass(svg, 'box-label')).toEqual(['split', '[B, h, T, dK]', 'b']);
    expect(textsWithClass(svg, 'arrow-label')).toEqual(['x']);
  });

  it('starts and ends an arrow on the borders of its boxes', () => {
    // Box a spans x 12..92 once shifted by the padding, box b 212..292; same height.
    const svg = diagramSvg({
      title: 't',
      boxes: [box('a', 0, 0), box('b', 200, 0)],
      arrows: [{ from: 'a', to: 'b' }],
    });
    const arrow = elementsWithClass(svg, 'arrow')[0]!;
    const [a, b] = elementsWithClass(svg, 'box');
    const right = (r: string) => Number(attr(r, 'x')) + Number(attr(r, 'width'));
    expect(Number(attr(arrow, 'x1'))).toBeCloseTo(right(a!), 6);
    expect(Number(attr(arrow, 'x2'))).toBeCloseTo(Number(attr(b!, 'x')), 6);
    expect(Number(attr(arrow, 'y1'))).toBeCloseTo(Number(attr(a!, 'y')) + 20, 6);
    // A vertical arrow: from the bottom of the upper box to the top of the lower one.
    const down = diagramSvg({
      title: 't',
      boxes: [box('a', 0, 0), box('b', 0, 100)],
      arrows: [{ from: 'a', to: 'b' }],
    });
    const v = elementsWithClass(down, 'arrow')[0]!;
    const [top, bottom] = elementsWithClass(down, 'box');
    expect(Number(attr(v, 'y1'))).toBeCloseTo(Number(attr(top!, 'y')) + 40, 6);
    expect(Number(attr(v, 'y2'))).toBeCloseTo(Number(attr(bottom!, 'y')), 6);
  });

  it('draws labels after the boxes, left of a vertical arrow and above a horizontal one', () => {
    const svg = diagramSvg({
      title: 't',
      boxes: [box('a', 100, 0), box('b', 100, 100), box('c', 300, 100)],
      arrows: [
        { from: 'a', to: 'b', label: 'down' },
        { from: 'b', to: 'c', label: 'across' },
      ],
    });
    expect(svg.lastIndexOf('class="arrow-label"')).toBeGreaterThan(svg.lastIndexOf('class="box"'));
    const [down, across] = elementsWithClass(svg, 'arrow-label');
    const [vertical, horizontal] = elementsWithClass(svg, 'arrow');
    expect(attr(down!, 'text-anchor')).toBe('end');
    expect(Number(attr(down!, 'x'))).toBeLessThan(Number(attr(vertical!, 'x1')));
    expect(attr(across!, 'text-anchor')).toBe('middle');
    expect(Number(attr(across!, 'y'))).toBeLessThan(Number(attr(horizontal!, 'y1')));
  });

  it('sizes the document to hold every box', () => {
    const svg = diagramSvg({ title: 't', boxes: [box('a', 300, 200)] });
    expect(Number(/width="(\d+)"/.exec(svg)?.[1])).toBeGreaterThanOrEqual(380);
    expect(Number(/height="(\d+)"/.exec(svg)?.[1])).toBeGreaterThanOrEqual(240);
  });

  it('is wide enough for its title when the boxes are narrow', () => {
    const title = 'A title much wider than the single small box below it';
    const svg = diagramSvg({ title, boxes: [box('a', 0, 0)] });
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThanOrEqual(title.length * 16 * 0.6);
  });

  it('escapes text', () => {
    const svg = diagramSvg({ title: 'a<b', boxes: [box('x&y', 0, 0, ['<script>'])] });
    assertWellFormed(svg);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('names the problem in its errors', () => {
    expect(() => diagramSvg({ title: 't', boxes: [] })).toThrow("diagramSvg: 'boxes' is empty");
    expect(() => diagramSvg({ title: 't', boxes: [box('a', 0, 0), box('a', 90, 0)] })).toThrow(
      "diagramSvg: box 1 ('a'): the id is used twice",
    );
    expect(() =>
      diagramSvg({ title: 't', boxes: [box('a', 0, 0)], arrows: [{ from: 'a', to: 'z' }] }),
    ).toThrow("diagramSvg: arrow 0 names box 'z', which does not exist");
    expect(() =>
      diagramSvg({ title: 't', boxes: [box('a', 0, 0)], arrows: [{ from: 'a', to: 'a' }] }),
    ).toThrow("diagramSvg: arrow 0 starts and ends at box 'a'");
    expect(() => diagramSvg({ title: 't', boxes: [{ ...box('a', 0, 0), width: 0 }] })).toThrow(
      "diagramSvg: 'box 0 ('a').width' must be a positive number, got 0",
    );
    expect(() => diagramSvg({ title: 't', boxes: [box('a', -1, 0)] })).toThrow(
      "diagramSvg: box 0 ('a'): 'x' and 'y' must be finite and >= 0, got -1 and 0",
    );
  });

  it('measures a box wide enough for its longest line', () => {
    expect(diagramBoxWidth(['ab'])).toBeLessThan(diagramBoxWidth(['a much longer line']));
  });
});
