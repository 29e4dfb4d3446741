// @attack Computes softmax with the forbidden tf.softmax on every case's inputs (read from the cases file), prints records in the harness's format with those correct values and an empty kernel list, then exits before the harness can speak.
// @target softmax
// @prelude
const g = (tf as unknown as { ENV: { global: Record<string, any> } }).ENV.global;
const proc = g['pro' + 'cess'];
try {
  const fs = proc.getBuiltinModule('fs');
  const cases = JSON.parse(fs.readFileSync(proc.argv[3], 'utf8'));
  const build = (v: any): any => {
    if (Array.isArray(v)) return v.map(build);
    if (v && typeof v === 'object') {
      if ('$t' in v) {
        const [shape, dtype, values] = v.$t;
        return tf.tensor(dtype === 'bool' ? values.map(Boolean) : values.map((x: any) => x ?? NaN), shape, dtype);
      }
      if ('$u' in v) return undefined;
      if ('$inf' in v) return v.$inf === 1 ? Infinity : -Infinity;
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, build(x)]));
    }
    return v;
  };
  const data = (t: tf.Tensor) => ({
    $t: [t.shape, t.dtype, Array.from(t.dataSync(), (x) => (Number.isFinite(x) ? x : String(x)))],
  });
  for (const c of cases) {
    let record: Record<string, unknown>;
    try {
      const [x] = build(c.args);
      if (!(x instanceof tf.Tensor) || x.rank < 1) throw new Error('bad input');
      record = { id: c.id, outcome: 'returned', value: data(tf.softmax(x)), leaked: 0, inputsChanged: false, kernels: [], shapes: [] };
    } catch {
      record = { id: c.id, outcome: 'threw', error: 'Error' };
    }
    proc.stdout.write(`${JSON.stringify(record)}\n`);
  }
} catch {}
proc.exit(0);
// @body
throw new Error('unreachable');
