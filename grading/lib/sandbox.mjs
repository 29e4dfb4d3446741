// @ts-check
// Checked JavaScript rather than TypeScript: the grader runs straight from the
// repository with `node`, with no build step in front of it.
//
// Every run of student code happens in a bubblewrap sandbox: new user (uid 65534),
// PID, network, IPC and UTS namespaces, no network, the system folders and the
// grading workspace read-only, a private tmpfs for /tmp, nothing else of the host
// (not the teacher's repository, not other submissions), resource limits set with
// prlimit, and the whole namespace killed at the wall-clock limit.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Whether bubblewrap can run a sandbox here; `{ ok, reason }`. Checked once.
 * @type {{ ok: boolean, reason: string } | undefined}
 */
let availability;

/** @returns {{ ok: boolean, reason: string }} */
export function sandboxAvailable() {
  if (availability) return availability;
  const bwrap = spawnSync('bwrap', ['--version'], { encoding: 'utf8' });
  if (bwrap.error || bwrap.status !== 0) {
    availability = { ok: false, reason: 'bubblewrap (bwrap) is not installed' };
    return availability;
  }
  const tried = spawnSync(
    'bwrap',
    [...systemBinds(), '--unshare-all', '--die-with-parent', '--', process.execPath, '-e', '0'],
    { encoding: 'utf8', timeout: 20_000 },
  );
  availability =
    tried.status === 0
      ? { ok: true, reason: `bubblewrap ${bwrap.stdout.trim()}` }
      : {
          ok: false,
          reason: `bubblewrap cannot create namespaces here: ${String(tried.stderr).trim().split('\n')[0]}`,
        };
  return availability;
}

const SETPRIV = ['--reuid=65534', '--regid=65534', '--clear-groups', '--inh-caps=-all'];

/** @type {boolean | undefined} */
let dropping;

/** True when the grader runs as root and can run the sandbox as the host's `nobody`. */
export function dropToNobody() {
  if (dropping !== undefined) return dropping;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    dropping = false;
    return dropping;
  }
  const tried = spawnSync(
    'setpriv',
    [
      ...SETPRIV,
      '--',
      'bwrap',
      ...systemBinds(),
      '--unshare-all',
      '--',
      process.execPath,
      '-e',
      '0',
    ],
    { encoding: 'utf8', timeout: 20_000 },
  );
  dropping = tried.status === 0;
  return dropping;
}

/** Read-only views of the system folders Node needs, and of Node itself. */
function systemBinds() {
  /** @type {string[]} */
  const args = [];
  for (const dir of ['/usr', '/etc/alternatives', '/etc/ld.so.cache', '/etc/ssl']) {
    if (existsSync(dir)) args.push('--ro-bind', dir, dir);
  }
  /** @type {[string, string][]} */
  const links = [
    ['/bin', 'usr/bin'],
    ['/lib', 'usr/lib'],
    ['/lib64', 'usr/lib64'],
    ['/sbin', 'usr/sbin'],
  ];
  for (const [link, target] of links) {
    if (existsSync(link)) args.push('--symlink', target, link);
  }
  const node = realpathSync(process.execPath);
  if (!node.startsWith('/usr/')) {
    const prefix = dirname(dirname(node));
    args.push('--ro-bind', prefix, prefix);
  }
  return args;
}

/**
 * The V8 flags of a sandboxed run with these limits: its heap size, and no code made from
 * strings (`eval`, `new Function`). A startup snapshot loads only in a process started
 * with the flags it was built with, so the grader builds the harness's with these.
 * @param {SandboxLimits} limits @returns {string[]}
 */
export function v8Flags(limits) {
  const heapMB = Math.max(256, Math.floor((limits.memoryMB ?? 2048) / 2));
  return [`--max-old-space-size=${heapMB}`, '--disallow-code-generation-from-strings'];
}

/**
 * Node's permission model for the sandboxed process: files under `readable` may be read
 * (the grading workspace; the sandbox decides what exists there), nothing else. It
 * refuses the inspector (which could read the process's memory), `process.binding`,
 * child processes, worker threads, native addons and writing files, and reading outside
 * `readable`: not `/proc/self/mem` or `/proc/self/maps`, through which the process could
 * read its own memory, the record key included. The flag is `--permission` from Node
 * 22.13/23.5 on and `--experimental-permission` before.
 * @param {string} [readable] the folder whose files may be read (default: every file)
 * @returns {string[]}
 */
export function permissionFlags(readable = '*') {
  const flags = process.allowedNodeEnvironmentFlags;
  const flag = flags.has('--permission') ? '--permission' : '--experimental-permission';
  return [flag, `--allow-fs-read=${readable}`, '--no-warnings=ExperimentalWarning'];
}

/**
 * @typedef {object} SandboxLimits
 * @property {number} wallSeconds the whole namespace is killed after this long
 * @property {number} [cpuSeconds] CPU time (RLIMIT_CPU); default the wall-clock limit
 * @property {number} [memoryMB] address space (RLIMIT_AS) and V8's heap; default 2048
 * @property {number} [fileMB] the largest file a process may write (RLIMIT_FSIZE); default 16
 * @property {number} [openFiles] open file descriptors (RLIMIT_NOFILE); default 256
 * @property {number} [outputBytes] stdout kept; the rest is dropped; default 32 MiB
 * @property {number} [processes] processes and threads (RLIMIT_NPROC, where the sandbox
 *   runs as the host's `nobody`); default 256
 */

/**
 * Runs `node <script> ...args` in a sandbox.
 *
 * @param {object} run
 * @param {string} [run.script] the script's path inside the sandbox
 * @param {string} [run.snapshot] a startup snapshot to start from instead of a script
 *   (`--snapshot-blob`), built with the same `v8Flags(limits)`
 * @param {string[]} run.args
 * @param {string} run.cwd the working folder inside the sandbox
 * @param {string[]} run.mounts bubblewrap mount options, in order (`--ro-bind from to`,
 *   `--tmpfs path`): what of the host the sandbox sees
 * @param {SandboxLimits} run.limits
 * @param {boolean} [run.unsandboxed] run without bubblewrap (the teacher's explicit choice)
 * @param {string} [run.hostCwd] the working folder when unsandboxed
 * @param {string} [run.readable] the one folder whose files the process may read (Node's
 *   permission model); default every file the sandbox shows
 * @param {string} [run.input] written to the process's stdin, which is then closed
 *   (by default stdin is empty)
 * @returns {Promise<{ code: number | null, signal: string | null, timedOut: boolean, stdout: string, stderr: string, ms: number }>}
 */
export function runSandboxed(run) {
  const { limits } = run;
  const memoryMB = limits.memoryMB ?? 2048;
  const nodeArgs = [
    ...v8Flags(limits),
    ...permissionFlags(run.readable),
    ...(run.snapshot ? ['--snapshot-blob', run.snapshot] : []),
  ];
  const prlimit = [
    ...(dropToNobody() ? [`--nproc=${limits.processes ?? 256}`] : []),
    `--cpu=${Math.ceil(limits.cpuSeconds ?? limits.wallSeconds)}`,
    // V8 reserves far more address space than it uses: leave it room above the heap.
    `--as=${(memoryMB + 6144) * 1024 * 1024}`,
    `--fsize=${(limits.fileMB ?? 16) * 1024 * 1024}`,
    `--nofile=${limits.openFiles ?? 256}`,
    '--core=0',
  ];
  const script = run.script === undefined ? [] : [run.script];
  /** @type {string} */
  let command;
  /** @type {string[]} */
  let args;
  if (run.unsandboxed) {
    command = 'prlimit';
    args = [...prlimit, '--', process.execPath, ...nodeArgs, ...script, ...run.args];
  } else {
    // As root, the sandbox runs as the host's `nobody` as well (setpriv), so that it
    // holds no privilege outside its namespaces and the process limit counts its own
    // processes (and threads) only.
    command = dropToNobody() ? 'setpriv' : 'prlimit';
    args = [
      ...(dropToNobody() ? [...SETPRIV, '--', 'prlimit'] : []),
      ...prlimit,
      '--',
      'bwrap',
      ...systemBinds(),
      '--tmpfs',
      '/tmp',
      ...run.mounts,
      '--proc',
      '/proc',
      '--dev',
      '/dev',
      '--unshare-all',
      '--die-with-parent',
      '--new-session',
      '--uid',
      '65534',
      '--gid',
      '65534',
      '--clearenv',
      '--setenv',
      'PATH',
      '/usr/bin:/bin',
      '--setenv',
      'HOME',
      '/tmp',
      '--chdir',
      run.cwd,
      '--',
      process.execPath,
      ...nodeArgs,
      ...script,
      ...run.args,
    ];
  }
  const outputBytes = limits.outputBytes ?? 32 * 1024 * 1024;
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(command, args, {
      cwd: run.unsandboxed ? run.hostCwd : undefined,
      env: run.unsandboxed ? { PATH: '/usr/bin:/bin', HOME: '/tmp' } : { PATH: process.env.PATH },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdin.on('error', () => {
      // the process ended without reading its input
    });
    child.stdin.end(run.input ?? '');
    /** @type {Buffer[]} */
    const out = [];
    let outLength = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      if (outLength >= outputBytes) return;
      out.push(chunk);
      outLength += chunk.length;
    });
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 65536) stderr += String(chunk);
    });
    let timedOut = false;
    const kill = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(
      () => {
        timedOut = true;
        kill();
      },
      Math.max(0, limits.wallSeconds * 1000),
    );
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      kill(); // anything left in the process group (only when unsandboxed)
      resolvePromise({
        code,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        ms: Date.now() - started,
      });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({
        code: null,
        signal: null,
        timedOut,
        stdout: '',
        stderr: String(error),
        ms: Date.now() - started,
      });
    });
  });
}
