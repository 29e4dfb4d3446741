// @attack Patches tf's own ops through tf.ENV.global and the module namespace (tf.exp, tf.matMul), hoping the reference run or a later submission shares them.
// @target linearAttention
// @prelude
const g = (tf as unknown as { ENV: { global: Record<string, any> } }).ENV.global;
try { (tf as any).exp = () => tf.scalar(0); } catch {}
try { g.Float32Array.prototype.fill = function () { return this; }; } catch {}
// @body
return tf.zerosLike(arguments[2] as tf.Tensor);
