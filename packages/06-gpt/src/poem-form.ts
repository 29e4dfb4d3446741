/**
 * The line length of a regular poem, or 0: every line `size` characters (5 or 7) followed by
 * `，` or `。`, the two alternating (`，` first), ending in `。`, four lines (a quatrain, 絕句)
 * or eight (a regulated verse, 律詩).
 *
 * @param poem a poem's text, its lines joined with nothing between them.
 * @returns 5 or 7 for a regular poem of that line length, else 0.
 */
export function regularPoemForm(poem: string): 0 | 5 | 7 {
  const lines = poem.match(/[^，。]*[，。]/g) ?? [];
  if (lines.join('') !== poem || (lines.length !== 4 && lines.length !== 8)) return 0;
  const size = [...lines[0]!].length - 1;
  if (size !== 5 && size !== 7) return 0;
  const regular = lines.every(
    (line, i) => [...line].length === size + 1 && line.endsWith(i % 2 === 0 ? '，' : '。'),
  );
  return regular ? size : 0;
}
