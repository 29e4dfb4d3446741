// @attack Answers decodeStep by running the whole handed-out transformer() on the tokens so far (kept in a module-level list), hoping decoderBlock has its reference body while decodeStep is graded.
// @target decodeStep
// @prelude
import { transformer } from './transformer.js';
const sofar: number[][] = [];
// @body
const [p, , tok] = arguments as unknown as [never, tf.Tensor3D, number[]];
if (arguments[3] == null) sofar.length = 0;
sofar.push(Array.from(tok));
const batch = sofar[0]!.length;
const rows = Array.from({ length: batch }, (_, b) => sofar.map((step) => step[b]!));
const tgt = tf.tensor2d(rows, [batch, sofar.length], 'int32');
const src = tf.zeros([batch, 1], 'int32') as tf.Tensor2D;
const { logits } = transformer(p, src, tgt);
const last = tf.squeeze(tf.slice(logits, [0, sofar.length - 1, 0], [-1, 1, -1]), [1]) as tf.Tensor2D;
return { logits: last, cache: { length: sofar.length } as never };
