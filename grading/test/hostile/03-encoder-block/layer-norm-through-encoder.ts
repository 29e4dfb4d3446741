// @attack Gets layerNorm from encoderBlock with zero attention and feed-forward weights (post-norm: the output is the norm of the norm), hoping encoderBlock has its reference body while layerNorm is graded.
// @target layerNorm
// @prelude
import { encoderBlock } from './encoder-block.js';
// @body
const [p, input] = arguments as unknown as [{ gamma: tf.Tensor1D; beta: tf.Tensor1D }, tf.Tensor3D];
const d = input.shape[input.rank - 1]!;
const zero = tf.zeros([d, d]) as tf.Tensor2D;
const one = { gamma: tf.ones([d]) as tf.Tensor1D, beta: tf.zeros([d]) as tf.Tensor1D };
const blockParams = {
  attention: { wQ: zero, wK: zero, wV: zero, wO: zero },
  norm1: one,
  feedForward: { w1: zero, b1: tf.zeros([d]) as tf.Tensor1D, w2: zero, b2: tf.zeros([d]) as tf.Tensor1D },
  norm2: p,
};
return encoderBlock(blockParams as never, tf.reshape(input, [1, -1, d]) as tf.Tensor3D, { numHeads: 1 }).output;
