// The page helpers that read what a reader types, and the mask editor's bookkeeping.
import { describe, expect, test } from 'vitest';
import { maskGridHtml, resizeMask } from '../src/mask-grid.ts';
import { formatMatrix, parseMatrix } from '../src/matrix-input.ts';
import { parseLetters } from '../src/pages/03-transformer-encoder-block.ts';
import { tokenize } from '../src/words.ts';

describe('parseMatrix', () => {
  test('reads rows of numbers separated by spaces, commas or semicolons', () => {
    expect(parseMatrix('Q', ' 1 0,2\n\n-3.5; 1e-2  4 \n')).toEqual([
      [1, 0, 2],
      [-3.5, 0.01, 4],
    ]);
  });

  test('names the matrix, the row and the problem', () => {
    expect(() => parseMatrix('K', '  \n ')).toThrow('K: type at least one row of numbers');
    expect(() => parseMatrix('V', '1 2\n3 four')).toThrow("V, row 2: 'four' is not a number");
    expect(() => parseMatrix('Q', '1 NaN')).toThrow("Q, row 1: 'NaN' is not a number");
    expect(() => parseMatrix('Q', '1e400')).toThrow("Q, row 1: '1e400' is not a number");
    expect(() => parseMatrix('Q', '1 2\n3')).toThrow(
      'Q: row 2 has 1 numbers but row 1 has 2; every row needs the same number',
    );
  });

  test('formatMatrix writes what parseMatrix reads, rounded', () => {
    const rows = [
      [0.123456, -2],
      [3, 1 / 3],
    ];
    expect(parseMatrix('Q', formatMatrix(rows))).toEqual([
      [0.12, -2],
      [3, 0.33],
    ]);
  });
});

describe('the mask editor', () => {
  test('resizeMask keeps the cells both shapes share; new cells may attend', () => {
    expect(
      resizeMask(
        [
          [true, false],
          [false, true],
        ],
        3,
        1,
      ),
    ).toEqual([[true], [false], [true]]);
  });

  test('pressed buttons are the masked cells, each labelled with its query and key', () => {
    const html = maskGridHtml([[true, false]], ['the'], ['cat', '<b>']);
    expect(html).toContain('data-q="0" data-k="1" aria-pressed="true"');
    expect(html).toContain('data-q="0" data-k="0" aria-pressed="false"');
    expect(html).toContain('aria-label="mask query 1 (the), key 2 (&lt;b&gt;)"');
    expect(html).not.toContain('<b>');
  });
});

describe('typed tokens', () => {
  test('tokenize splits on whitespace and keeps <pad> whole', () => {
    expect(tokenize('  the cat\t<pad>\n<pad> ')).toEqual(['the', 'cat', '<pad>', '<pad>']);
    expect(tokenize('   ')).toEqual([]);
  });

  test('parseLetters reads a to i as tokens 1 to 9 and names what is wrong', () => {
    expect(parseLetters('c a, F', 10, 2, 8)).toEqual([3, 1, 6]);
    expect(() => parseLetters('abj', 10, 2, 8)).toThrow(
      "Sequence: 'j' is not one of the letters a to i",
    );
    expect(() => parseLetters('a', 10, 2, 8)).toThrow(
      'Sequence: type 2 to 8 letters (a to i); it has 1',
    );
    expect(() => parseLetters('abcdefghi', 10, 2, 8)).toThrow('it has 9');
  });
});
