/**
 * Reads a small matrix typed as text: one row per line, numbers separated by spaces or
 * commas.
 *
 * @throws Error naming the matrix, the row and what is wrong, for an empty matrix, a
 *   word that is not a finite number, or rows of different lengths.
 */
export function parseMatrix(name: string, text: string): number[][] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length === 0) throw new Error(`${name}: type at least one row of numbers`);
  const rows = lines.map((line, i) =>
    line.split(/[\s,;]+/).map((word) => {
      const value = Number(word);
      if (word === '' || !Number.isFinite(value)) {
        throw new Error(`${name}, row ${i + 1}: '${word}' is not a number`);
      }
      return value;
    }),
  );
  const cols = rows[0]!.length;
  rows.forEach((row, i) => {
    if (row.length !== cols) {
      throw new Error(
        `${name}: row ${i + 1} has ${row.length} numbers but row 1 has ${cols}; every row needs the same number`,
      );
    }
  });
  return rows;
}

/** Writes a matrix as text that {@link parseMatrix} reads back, rounded to `decimals`. */
export function formatMatrix(rows: number[][], decimals = 2): string {
  return rows.map((row) => row.map((v) => Number(v.toFixed(decimals))).join(' ')).join('\n');
}
