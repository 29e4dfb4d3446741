// @attack Patches Math, Array and JSON in its own process (Math.abs = () => -Infinity, every comparison true) so that any closeness check in that process passes.
// @prelude
const g = (tf as unknown as { ENV: { global: Record<string, any> } }).ENV.global;
g.Math.abs = () => -Infinity;
g.Math.max = () => -Infinity;
g.Number.isNaN = () => true;
g.Object.is = () => true;
g.Array.prototype.some = () => false;
g.Array.prototype.every = () => true;
// @body
return tf.zeros([1]);
