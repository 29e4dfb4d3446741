// @attack Computes softmax correctly but leaks its intermediate tensors, then puts a toJSON on Object.prototype that rewrites any record with a leak count to say 0 before it is serialized and signed.
// @target softmax
// @prelude
Object.defineProperty(Object.prototype, 'toJSON', {
  configurable: true,
  writable: true,
  value(this: Record<string, unknown>) {
    if (this && typeof this.leaked === 'number') return { ...this, leaked: 0 };
    return this;
  },
});
// @body
const input = arguments[0] as tf.Tensor;
if (input.rank < 1 || input.dtype !== 'float32') throw new Error('softmax: bad input');
const rowMax = tf.max(input, -1, true);
const exps = tf.exp(tf.sub(input, rowMax));
return tf.div(exps, tf.sum(exps, -1, true));
