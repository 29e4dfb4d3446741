import * as tf from '@tensorflow/tfjs-core';
import { formatShape } from '../core/assert-shape.js';

const FN = 'blockWindows';

/**
 * Windows of rows, one per block, laid out for blocked attention: window b holds rows
 * `b·step − before` … `b·step − before + width − 1` of each `[seq, d]` matrix of `t`, with
 * zero rows where that range leaves `0 … seq − 1`. The block axis comes first, so that a
 * run of windows is one contiguous stretch (`sliceFirstAxis` takes it in one copy on wasm).
 *
 * Built from whole-tensor pads, reshapes and rank-4 slices: on wasm, slices of rank 5 and
 * above, and slices that leave the leading axes partial, take slow element-by-element paths.
 *
 * @param t `[lead, seq, d]`.
 * @param options `step` (> 0: rows between window starts), `count` (windows), `before`
 *   (rows of zeros in front of row 0, a multiple of `step`), `width` (rows per window, a
 *   multiple of `step`).
 * @returns `[count, lead, width, d]`.
 */
export function blockWindows(
  t: tf.Tensor3D,
  options: { step: number; count: number; before: number; width: number },
): tf.Tensor4D {
  const { step, count, before, width } = options;
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  if (!(t instanceof tf.Tensor) || t.rank !== 3) {
    throw new Error(`${FN}: argument 't' must be a [lead, seq, d] tensor`);
  }
  if (
    !(whole(step) && step > 0 && whole(count) && whole(before) && whole(width)) ||
    before % step !== 0 ||
    width % step !== 0
  ) {
    throw new Error(
      `${FN}: 'step' (> 0), 'count', 'before' and 'width' must be whole numbers, 'before' and ` +
        `'width' multiples of 'step'; got ${JSON.stringify(options)} for 't' ${formatShape(t.shape)}`,
    );
  }
  const [lead, seq, d] = t.shape;
  const reach = width / step; // blocks per window
  const blocks = count + reach - 1; // blocks of the padded rows that the windows cover
  return tf.tidy(() => {
    const kept = Math.max(0, Math.min(seq, blocks * step - before)); // rows of t in use
    const head = tf.slice(t, [0, 0, 0], [lead, kept, d]); // [lead, kept, d]
    const padded = tf.pad(head, [
      [0, 0],
      [before, blocks * step - before - kept],
      [0, 0],
    ]);
    const byBlock = tf.reshape(padded, [lead, blocks, step, d]); // -> [lead, blocks, step, d]
    const shifted = Array.from(
      { length: reach },
      (_, s) => tf.slice(byBlock, [0, s, 0, 0], [lead, count, step, d]), // blocks s … s + count − 1
    );
    const windows = tf.concat(shifted, 2); // -> [lead, count, width, d]
    return tf.transpose(windows, [1, 0, 2, 3]) as tf.Tensor4D; // -> [count, lead, width, d]
  });
}
