// @attack Prints result lines in the harness's own format for every case (read from the cases file), claiming each returned the inputs unchanged, then exits before the harness can speak.
// @prelude
const g = (tf as unknown as { ENV: { global: Record<string, any> } }).ENV.global;
const proc = g['pro' + 'cess'];
const fs = proc.getBuiltinModule('fs');
try {
  const cases = JSON.parse(fs.readFileSync(proc.argv[3], 'utf8'));
  for (const c of cases) {
    const first = c.args[0];
    proc.stdout.write(`${JSON.stringify({ id: c.id, outcome: 'returned', value: first, leaked: 0, inputsChanged: false, kernels: [] })}\n`);
    proc.stdout.write(`${JSON.stringify({ id: c.id, outcome: 'returned', value: { output: first, weights: first }, leaked: 0, inputsChanged: false, kernels: [] })}\n`);
  }
} catch {}
proc.exit(0);
// @body
throw new Error('unreachable');
