// @attack Computes softmax correctly from max, exp and sum but leaves its four intermediate tensors undisposed, then takes them off the engine's tensor count so that the leak check sees none.
// @target softmax
// @body
const input = arguments[0] as tf.Tensor;
if (input.rank < 1 || input.dtype !== 'float32') throw new Error('softmax: bad input');
const rowMax = tf.max(input, -1, true);
const shifted = tf.sub(input, rowMax);
const exps = tf.exp(shifted);
const total = tf.sum(exps, -1, true);
const out = tf.div(exps, total);
const engine = tf.engine() as unknown as { state: { numTensors: number } };
engine.state.numTensors -= 4;
return out;
