// @attack Answers memoryEfficientAttention with stage 1's scaledDotProductAttention, which forms the whole [seqQ, seqK] score matrix the exercise is there to avoid.
// @target memoryEfficientAttention
// @prelude
import { scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
// @body
const [qq, kk, vv, opts = {}] = arguments as unknown as [tf.Tensor, tf.Tensor, tf.Tensor, { mask?: tf.Tensor; causal?: boolean; maskedRows?: 'zero' }];
let mask = opts.mask;
if (opts.causal) {
  const seqQ = qq.shape[qq.rank - 2]!;
  const seqK = kk.shape[kk.rank - 2]!;
  const tri = tf.cast(tf.linalg.bandPart(tf.ones([seqQ, seqK]), -1, 0), 'bool');
  mask = mask ? tf.logicalAnd(tf.cast(mask, 'bool'), tri) : tri;
}
return scaledDotProductAttention(qq, kk, vv, { mask, maskedRows: opts.maskedRows }).output;
