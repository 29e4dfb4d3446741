// @attack Answers memoryEfficientAttention on every case's inputs (read from the cases file) with stage 1's scaledDotProductAttention (a score matrix over every key), prints records in the harness's format with those correct values and no kernels or shapes, then exits before the harness can speak.
// @target memoryEfficientAttention
// @prelude
import { scaledDotProductAttention } from '@mha/scaled-dot-product-attention';
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
  const full = (q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, opts: { mask?: tf.Tensor; causal?: boolean; maskedRows?: 'zero' | 'uniform'; blockSize?: number } = {}) => {
    const o = opts ?? {};
    if (o.blockSize !== undefined && !(Number.isInteger(o.blockSize) && o.blockSize >= 1)) throw new Error('blockSize');
    let mask = o.mask;
    if (o.causal) {
      const tri = tf.cast(tf.linalg.bandPart(tf.ones([q.shape[q.rank - 2]!, k.shape[k.rank - 2]!]), -1, 0), 'bool');
      mask = mask ? tf.logicalAnd(tf.cast(mask, 'bool'), tri) : tri;
    }
    return scaledDotProductAttention(q, k, v, { mask, maskedRows: o.maskedRows }).output;
  };
  for (const c of cases) {
    let record: Record<string, unknown>;
    try {
      const [q, k, v, opts] = build(c.args);
      record = { id: c.id, outcome: 'returned', value: data(full(q, k, v, opts)), leaked: 0, inputsChanged: false, kernels: [], shapes: [] };
    } catch {
      record = { id: c.id, outcome: 'threw', error: 'Error' };
    }
    proc.stdout.write(`${JSON.stringify(record)}\n`);
  }
} catch {}
proc.exit(0);
// @body
throw new Error('unreachable');
