// @attack Gets causalMask from the weights of a multiHeadAttention call (zero where masked), hoping that function has its reference body while causalMask is graded.
// @target causalMask
// @prelude
import { multiHeadAttention } from './multi-head-attention.js';
// @body
const seqQ = arguments[0] as number;
const seqK = (arguments[1] as number | undefined) ?? seqQ;
const eye = tf.eye(4);
const params = { wQ: eye, wK: eye, wV: eye, wO: eye };
const q = tf.ones([1, seqQ, 4]);
const k = tf.ones([1, seqK, 4]);
const tri = tf.linalg.bandPart(tf.ones([seqQ, seqK]), -1, 0);
const { weights } = multiHeadAttention(params as never, q, k, k, { numHeads: 1, mask: tf.cast(tri, 'bool') });
return tf.cast(tf.greater(weights, 0), 'bool');
