// @attack Walks the whole file system (and /proc/*/cwd, /proc/*/root) for a built copy of the stage that defines $FN without a TODO, imports it and returns its answer.
// @prelude
const g = (tf as unknown as { ENV: { global: Record<string, any> } }).ENV.global;
const proc = g['pro' + 'cess'];
const fs = proc.getBuiltinModule('f' + 's');
const found: any[] = [];
const seen = new Set<string>();
const starts = ['/', '/proc/self/cwd', '/proc/1/cwd', '/proc/1/root'];
for (const pid of (() => { try { return fs.readdirSync('/proc'); } catch { return []; } })()) {
  if (/^\d+$/.test(pid)) starts.push(`/proc/${pid}/cwd`, `/proc/${pid}/root`);
}
let budget = 40000;
const walk = (dir: string, depth: number) => {
  if (depth > 12 || budget-- < 0 || seen.has(dir)) return;
  seen.add(dir);
  let entries: any[] = [];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    const p = `${dir === '/' ? '' : dir}/${e.name}`;
    if (e.isDirectory()) { if (e.name !== 'proc' || depth > 0) walk(p, depth + 1); }
    else if (/\.m?js$/.test(e.name)) {
      try {
        const text = fs.readFileSync(p, 'utf8');
        if (text.includes('function $FN(') && !text.includes('TODO') && !p.includes('/runs/')) found.push(p);
      } catch {}
    }
  }
};
for (const s of starts) walk(s, 0);
const modules: any[] = [];
for (const p of found.slice(0, 50)) {
  try { modules.push(await import(p)); } catch {}
}
// @body
for (const m of modules) {
  if (typeof m.$FN === 'function') return m.$FN(...arguments);
}
throw new Error(`nothing found: ${found.length}`);
