import { escapeHtml } from './ui.ts';

/**
 * A grid of toggle buttons, one per (query, key) cell: pressed = masked out. Buttons are
 * keyboard operable (Tab, Enter, Space) and labelled with their query and key.
 */
export function maskGridHtml(mask: boolean[][], rowLabels: string[], colLabels: string[]): string {
  const head = colLabels
    .map((label, k) => `<th scope="col" title="key ${k + 1}">${escapeHtml(label)}</th>`)
    .join('');
  const body = mask
    .map((row, q) => {
      const cells = row
        .map((allowed, k) => {
          const what = `query ${q + 1} (${rowLabels[q] ?? ''}), key ${k + 1} (${colLabels[k] ?? ''})`;
          return (
            `<td><button type="button" class="mask-cell" data-q="${q}" data-k="${k}" ` +
            `aria-pressed="${!allowed}" aria-label="mask ${escapeHtml(what)}">${allowed ? '' : '×'}</button></td>`
          );
        })
        .join('');
      return `<tr><th scope="row">${escapeHtml(rowLabels[q] ?? String(q + 1))}</th>${cells}</tr>`;
    })
    .join('');
  return `<table class="mask-grid"><thead><tr><th scope="col"><span class="visually-hidden">query</span></th>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** `mask` resized to rows × cols, keeping the cells both shapes share; new cells may attend. */
export function resizeMask(mask: boolean[][], rows: number, cols: number): boolean[][] {
  return Array.from({ length: rows }, (_, q) =>
    Array.from({ length: cols }, (_, k) => mask[q]?.[k] ?? true),
  );
}
