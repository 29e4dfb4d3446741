// @attack Imports the cpu backend's own Softmax kernel from its file and calls its kernel function directly, outside the engine, so that no kernel runs through the registry or shows in a profile.
// @target softmax
// @prelude
import { softmaxConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Softmax.js';
// @body
const input = arguments[0] as tf.Tensor;
if (input.rank < 1 || input.dtype !== 'float32') throw new Error('softmax: bad input');
const run = softmaxConfig.kernelFunc as unknown as (args: unknown) => tf.TensorInfo;
const info = run({ inputs: { logits: input }, backend: tf.backend(), attrs: { dim: -1 } });
return tf.engine().makeTensorFromTensorInfo(info);
