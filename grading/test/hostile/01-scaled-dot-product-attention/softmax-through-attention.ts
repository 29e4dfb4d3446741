// @attack Computes softmax(x) as the weights of scaledDotProductAttention with q = 1 and k = x (d_k = 1), hoping that function has its reference body while softmax is graded.
// @target softmax
// @prelude
import { scaledDotProductAttention } from './scaled-dot-product-attention.js';
// @body
const x = arguments[0] as tf.Tensor;
const n = x.shape[x.rank - 1]!;
const rows = x.size / n;
const q = tf.ones([rows, 1, 1]);
const k = tf.reshape(x, [rows, n, 1]);
const { weights } = scaledDotProductAttention(q, k, k);
return tf.reshape(weights, x.shape);
