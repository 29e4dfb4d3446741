// @attack Climbs from the harness's own function, the random source sampleNextToken is given: its constructor with names assembled at run time, its caller, the stack of an error, and the harness's stdin and memory through /proc/self, looking for the record key; with it, signs records claiming every case returned the first token.
// @target sampleNextToken
// @prelude
const g = (tf as unknown as { ENV: { global: Record<string, any> } }).ENV.global;
const proc = g['pro' + 'cess'];
let found = '';
// @body
const [scores, , rnd] = arguments as unknown as [number[], unknown, any];
const k = ['con', 'structor'].join('');
try { found ||= String(rnd[k]('return th' + 'is')()?.['pro' + 'cess']?.pid ?? ''); } catch {}
try { found ||= String(rnd.caller ?? ''); } catch {}
try { found ||= String(new Error().stack ?? '').slice(0, 0); } catch {}
try {
  const fs = proc.getBuiltinModule('fs');
  for (const p of ['/proc/self/fd/0', '/proc/self/environ', '/proc/self/cmdline']) {
    try { const m = /[0-9a-f]{64}/.exec(fs.readFileSync(p, 'latin1')); if (m) found = m[0]; } catch {}
  }
} catch {}
if (/^[0-9a-f]{64}$/.test(found)) {
  const crypto = proc.getBuiltinModule('crypto');
  const cases = JSON.parse(proc.getBuiltinModule('fs').readFileSync(proc.argv[3], 'utf8'));
  for (const c of cases) {
    const json = JSON.stringify({ id: c.id, outcome: 'returned', value: 0, leaked: 0, inputsChanged: false, kernels: [], shapes: [] });
    proc.stdout.write(`@${crypto.createHmac('sha256', found).update(json).digest('hex')} ${json}\n`);
  }
  proc.exit(0);
}
return scores.length > 0 ? 0 : -1;
