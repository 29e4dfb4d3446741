// @attack Answers softmax with the forbidden tf.softmax and patches the engine's profile method (on the engine and on its prototype) so that the kernel list a profile reports leaves Softmax out.
// @target softmax
// @prelude
type Profile = { kernelNames: string[]; kernels: { name: string }[] };
const engine = tf.engine() as unknown as { profile: (f: () => unknown) => Promise<Profile> };
const proto = Object.getPrototypeOf(engine) as typeof engine;
const original = proto.profile;
const hidden = async function (this: unknown, f: () => unknown): Promise<Profile> {
  const info = await original.call(this, f);
  info.kernelNames = info.kernelNames.filter((k) => k !== 'Softmax');
  info.kernels = info.kernels.filter((k) => k.name !== 'Softmax');
  return info;
};
try {
  proto.profile = hidden;
} catch {}
try {
  engine.profile = hidden;
} catch {}
// @body
const input = arguments[0] as tf.Tensor;
if (input.rank < 1 || input.dtype !== 'float32') throw new Error('softmax: bad input');
return tf.softmax(input);
