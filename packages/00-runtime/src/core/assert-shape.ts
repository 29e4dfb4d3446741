import type { Tensor } from '@tensorflow/tfjs-core';

/** Formats a shape the way messages show it: `[2, 3, 4]`, with `-1` shown as `*`. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.map((d) => (d === -1 ? '*' : String(d))).join(', ')}]`;
}

/**
 * Checks a tensor's shape at a public boundary. `-1` in `expected` matches any size.
 *
 * @param tensor the argument to check.
 * @param expected the expected shape, e.g. `[-1, seqK, dK]`.
 * @param argName the argument's name as the caller wrote it, e.g. `'k'`.
 * @param fnName the public function doing the check, e.g. `'scaledDotProductAttention'`.
 * @throws Error `fnName: argument 'argName' must have shape [*, 5, 4], got [2, 5, 3]`.
 */
export function assertShape(
  tensor: Tensor,
  expected: readonly number[],
  argName: string,
  fnName: string,
): void {
  const actual = tensor.shape;
  const matches =
    actual.length === expected.length && expected.every((d, i) => d === -1 || d === actual[i]);
  if (!matches) {
    const rankNote =
      actual.length === expected.length
        ? ''
        : ` (rank ${actual.length}, expected rank ${expected.length})`;
    throw new Error(
      `${fnName}: argument '${argName}' must have shape ${formatShape(expected)}, ` +
        `got ${formatShape(actual)}${rankNote}`,
    );
  }
}
