// @attack Registers the library's Softmax kernel again under a harmless name and runs it by that name, so that no kernel called Softmax runs.
// @target softmax
// @body
const input = arguments[0] as tf.Tensor;
if (input.rank < 1 || input.dtype !== 'float32') throw new Error('softmax: bad input');
const kernel = tf.getKernel('Softmax', tf.getBackend());
tf.registerKernel({ ...kernel, kernelName: 'NormalizeRows' });
return tf.engine().runKernel('NormalizeRows', { logits: input }, { dim: -1 }) as tf.Tensor;
