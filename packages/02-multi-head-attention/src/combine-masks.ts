import { formatShape } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';

const FN = 'combineMasks';

/** The shape `shapes` broadcast to (aligned on their last axes), or the first axis that clashes. */
function broadcastShape(shapes: readonly number[][]): number[] | { axisFromEnd: number } {
  const rank = Math.max(...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let fromEnd = 1; fromEnd <= rank; fromEnd++) {
    const sizes = shapes.map((s) => s[s.length - fromEnd] ?? 1).filter((d) => d !== 1);
    if (new Set(sizes).size > 1) return { axisFromEnd: fromEnd };
    out.unshift(sizes[0] ?? 1);
  }
  return out;
}

/**
 * Combines masks so that a query may attend to a key only where **every** mask allows it:
 * a logical and, with broadcasting.
 *
 * $$M = M^{(1)} \land M^{(2)} \land \cdots$$
 *
 * Typical use: `combineMasks(paddingMask(lengths, seq), causalMask(seq))`, which broadcasts
 * `[batch, 1, 1, seq]` and `[1, 1, seq, seq]` to `[batch, 1, seq, seq]`.
 *
 * @param masks one or more bool tensors, **true = may attend**, that broadcast together
 *   (aligned on their last axes, as in NumPy).
 * @returns bool, of the broadcast shape.
 */
export function combineMasks(...masks: tf.Tensor[]): tf.Tensor {
  if (masks.length === 0) {
    throw new Error(`${FN}: needs at least one mask, got none`);
  }
  masks.forEach((mask, i) => {
    if (mask.dtype !== 'bool') {
      throw new Error(
        `${FN}: argument 'masks[${i}]' must be a bool tensor (true = may attend), got dtype ` +
          `'${mask.dtype}' and shape ${formatShape(mask.shape)}; convert a 0/1 mask with ` +
          "tf.cast(mask, 'bool')",
      );
    }
  });
  const shapes = masks.map((mask) => mask.shape);
  const broadcast = broadcastShape(shapes);
  if (!Array.isArray(broadcast)) {
    throw new Error(
      `${FN}: the masks' shapes ${shapes.map((s) => formatShape(s)).join(', ')} do not ` +
        `broadcast together (axis −${broadcast.axisFromEnd} from the end differs)`,
    );
  }
  // BEGIN SOLUTION
  return tf.tidy(() => {
    const [first, ...rest] = masks as [tf.Tensor, ...tf.Tensor[]];
    return rest.reduce((allowed, mask) => tf.logicalAnd(allowed, mask), tf.clone(first));
  });
  // END SOLUTION
}
