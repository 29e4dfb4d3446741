// @attack Sends SIGSTOP to its parent, to every process it can see and to process group -1, and starts a detached process meant to outlive the run (argv holds the marker 987654321).
// @prelude
const g = (tf as unknown as { ENV: { global: Record<string, any> } }).ENV.global;
const proc = g['pro' + 'cess'];
const cp = proc.getBuiltinModule('child_process');
try {
  const child = cp.spawn('sleep', ['987654321'], { detached: true, stdio: 'ignore' });
  child.unref();
} catch {}
try { cp.spawn(proc.execPath, ['-e', 'setInterval(() => {}, 1000); /* 987654321 */'], { detached: true, stdio: 'ignore' }).unref(); } catch {}
for (const target of [proc.ppid, -1, 1]) {
  try { proc.kill(target, 'SIGSTOP'); } catch {}
}
const fs = proc.getBuiltinModule('fs');
for (const pid of fs.readdirSync('/proc')) {
  if (/^\d+$/.test(pid) && Number(pid) !== proc.pid) {
    try { proc.kill(Number(pid), 'SIGSTOP'); } catch {}
  }
}
// @body
throw new Error('stopped?');
