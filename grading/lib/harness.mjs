// @ts-check
// The harness: the one program that runs student code. It is copied into the
// grading workspace and runs inside the sandbox. It knows no expected value and
// no test: it reads the cases' inputs (plain data), calls the stage's functions on
// them and writes what came back as plain data, one line per case, on stdout.
// The judge, in another process outside the sandbox, decides what is right.
//
// Student code runs in this process and can write to stdout too, so every record is
// signed: the judge writes a fresh random key on the harness's stdin, the harness
// reads stdin to the end before any student code loads and keeps the key in this
// module's scope, and each record line is `@<HMAC-SHA256 of the JSON, hex> <JSON>`.
// The HMAC is computed here in plain JavaScript, with functions captured before student
// code loads: node:crypto's objects have prototypes that student code could patch to
// make the harness sign a record of its choosing.
// The judge accepts only lines whose signature checks. Reading the key back out of
// this process's memory would take the inspector (a heap snapshot, or the closure's
// scopes) or `process.binding`: the judge runs this harness under Node's permission
// model, which refuses both, and the harness checks that before loading student code.
//
// Checked JavaScript, bundled with tfjs-core and the cpu backend into one script and
// built into a startup snapshot by the grader (harnessSnapshot in judge.mjs), so that a
// run starts with tfjs already loaded rather than spending most of its time loading it:
//
//   node --snapshot-blob <blob> <module path> <cases.json>   (the signing key on stdin)
//
// The stage's code is compiled to CommonJS for it (a process started from a snapshot has
// no ES module loader for dynamic import).
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { startupSnapshot } from 'node:v8';

if (!startupSnapshot.isBuildingSnapshot()) {
  process.stderr.write(
    'grading harness: runs only from the startup snapshot the grader builds (harnessSnapshot in judge.mjs)\n',
  );
  process.exit(2);
}

// What the snapshot holds: tfjs-core and its cpu backend, loaded and registered, and the
// provided packages (the runtime and the earlier stages) loaded on that tfjs-core. Each run
// starts from this state instead of loading and compiling them again. Nothing else runs
// before the snapshot is taken; everything below happens in `main`, in each run.
/** @type {typeof import('@tensorflow/tfjs-core')} */
const tfCore = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs-backend-cpu');
// Specifier -> the package's exports: a module the grader writes into the bundle
// (harnessSnapshot in judge.mjs). It holds no student code.
/** @type {Record<string, unknown>} */
const provided = require('grading-provided');

startupSnapshot.setDeserializeMainFunction(() => {
  main(tfCore, process.argv.slice(1), loadStage);
});

/**
 * Loads the stage's compiled module (CommonJS) at `path`. The stage's own `require` of
 * tfjs-core, and of each provided package, gets the copy in the snapshot: it is put in
 * Node's module cache under the file that name resolves to from the stage's folder. (The
 * cpu backend needs no such entry: the grader deletes its code from the workspace, so that
 * only the registry reaches a kernel.)
 * @param {string} path @returns {Record<string, unknown>}
 */
function loadStage(path) {
  // The snapshot's own `require`, which loads Node's built-in modules only.
  /** @type {typeof import('node:module')} */
  const Module = require('node:module');
  /** @type {string} */
  const file = require('node:path').resolve(path);
  const requireStage = Module.createRequire(file);
  /** @param {string} resolved @param {unknown} exports */
  const cache = (resolved, exports) => {
    const entry = new Module(resolved);
    entry.filename = resolved;
    entry.loaded = true;
    entry.exports = exports;
    requireStage.cache[resolved] = entry;
  };
  cache(requireStage.resolve('@tensorflow/tfjs-core'), tfCore);
  // Each provided package the stage can name resolves to its loaded copy in the snapshot.
  for (const [specifier, exports] of Object.entries(provided)) {
    /** @type {string} */
    let resolved;
    try {
      resolved = requireStage.resolve(specifier);
    } catch {
      continue; // not a dependency of the stage (reached only through another package)
    }
    cache(resolved, exports);
  }
  return requireStage(file);
}

/**
 * One run: reads the signing key and the cases, hardens this process, loads the stage
 * and writes one signed record per case.
 * @param {typeof import('@tensorflow/tfjs-core')} tf
 * @param {string[]} argv `<module path> <cases.json>`
 * @param {(path: string) => Record<string, unknown>} loadStage
 */
async function main(tf, argv, loadStage) {
  const [modulePath, casesPath] = argv;
  const write = process.stdout.write.bind(process.stdout);
  const stringify = JSON.stringify;
  const keysOf = Object.keys;
  const isArray = Array.isArray;
  /** @type {(code?: number) => never} */
  const exit = process.exit.bind(process);
  const MAX_ELEMENTS = 1 << 20;

  /** Stops before any student code has loaded: nothing is signed, so nothing counts. */
  function refuse(/** @type {string} */ why) {
    process.stderr.write(`grading harness: ${why}\n`);
    exit(2);
  }

  // The signing key: stdin, read to the end now. The judge closes stdin after writing it.
  const key = readFileSync(0, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(key)) refuse('no signing key on stdin (64 hexadecimal digits)');

  // The key must not be readable from inside: the inspector and process.binding must be shut.
  {
    let inspectorOpen = false;
    try {
      const session = new Session();
      session.connect();
      session.disconnect();
      inspectorOpen = true;
    } catch {
      // refused by the permission model, as it should be
    }
    if (inspectorOpen) refuse("the inspector is open (run under Node's permission model)");
    let bindingOpen = false;
    try {
      // @ts-expect-error: deprecated and untyped
      process.binding('fs');
      bindingOpen = true;
    } catch {
      // refused
    }
    if (bindingOpen) refuse("process.binding is open (run under Node's permission model)");
  }

  // SHA-256 (FIPS 180-4) and HMAC (RFC 2104) over the record's UTF-8 bytes. Operators and
  // typed-array indexing cannot be patched; the few functions used are captured now.
  const U8 = Uint8Array;
  const U32 = Uint32Array;
  const codeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
  /** The round constants: the cube roots of the first 64 primes, fractional bits. */
  const ROUND = new U32(64);
  for (let n = 2, i = 0; i < 64; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
    if (prime) ROUND[i++] = ((Math.cbrt(n) % 1) * 2 ** 32) >>> 0;
  }
  const START = new U32([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);

  /** @param {string} text @returns {Uint8Array} */
  function utf8(text) {
    const out = new U8(text.length * 3);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      let c = codeAt(text, i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
        const low = codeAt(text, i + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
      if (c < 0x80) out[n++] = c;
      else if (c < 0x800) {
        out[n++] = 0xc0 | (c >> 6);
        out[n++] = 0x80 | (c & 63);
      } else if (c < 0x10000) {
        out[n++] = 0xe0 | (c >> 12);
        out[n++] = 0x80 | ((c >> 6) & 63);
        out[n++] = 0x80 | (c & 63);
      } else {
        out[n++] = 0xf0 | (c >> 18);
        out[n++] = 0x80 | ((c >> 12) & 63);
        out[n++] = 0x80 | ((c >> 6) & 63);
        out[n++] = 0x80 | (c & 63);
      }
    }
    const bytes = new U8(n);
    for (let i = 0; i < n; i++) bytes[i] = at(out, i);
    return bytes;
  }

  /**
   * An element of a typed array known to be in range.
   * @param {ArrayLike<number>} array @param {number} i @returns {number}
   */
  const at = (array, i) => /** @type {number} */ (array[i]);

  /** @param {Uint8Array[]} parts @returns {Uint8Array} the SHA-256 of their concatenation */
  function sha256(parts) {
    let length = 0;
    for (const part of parts) length += part.length;
    const padded = new U8((((length + 8) >> 6) + 1) * 64);
    let n = 0;
    for (const part of parts) for (let i = 0; i < part.length; i++) padded[n++] = at(part, i);
    padded[length] = 0x80;
    const bits = length * 8;
    for (let i = 0; i < 8; i++) padded[padded.length - 1 - i] = (bits / 2 ** (8 * i)) & 0xff;
    const h = new U32(START);
    const w = new U32(64);
    for (let block = 0; block < padded.length; block += 64) {
      for (let i = 0; i < 16; i++) {
        const j = block + i * 4;
        w[i] =
          (at(padded, j) << 24) |
          (at(padded, j + 1) << 16) |
          (at(padded, j + 2) << 8) |
          at(padded, j + 3);
      }
      for (let i = 16; i < 64; i++) {
        const x = at(w, i - 15);
        const y = at(w, i - 2);
        const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        w[i] = at(w, i - 16) + s0 + at(w, i - 7) + s1;
      }
      let a = at(h, 0);
      let b = at(h, 1);
      let c = at(h, 2);
      let d = at(h, 3);
      let e = at(h, 4);
      let f = at(h, 5);
      let g = at(h, 6);
      let k = at(h, 7);
      for (let i = 0; i < 64; i++) {
        const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const t1 = (k + S1 + ((e & f) ^ (~e & g)) + at(ROUND, i) + at(w, i)) >>> 0;
        const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
        k = g;
        g = f;
        f = e;
        e = (d + t1) >>> 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) >>> 0;
      }
      const sums = [a, b, c, d, e, f, g, k];
      for (let i = 0; i < 8; i++) h[i] = at(h, i) + at(sums, i);
    }
    const out = new U8(32);
    for (let i = 0; i < 32; i++) out[i] = (at(h, i >> 2) >>> (24 - 8 * (i & 3))) & 0xff;
    return out;
  }

  const HEX = '0123456789abcdef';

  /**
   * HMAC-SHA256 of `text` under `secret` (both strings, taken as UTF-8), in hexadecimal.
   * @param {string} secret at most 64 bytes @param {string} text
   */
  function hmacSha256(secret, text) {
    const keyBytes = utf8(secret);
    const inner = new U8(64);
    const outer = new U8(64);
    for (let i = 0; i < 64; i++) {
      const byte = i < keyBytes.length ? at(keyBytes, i) : 0;
      inner[i] = byte ^ 0x36;
      outer[i] = byte ^ 0x5c;
    }
    const mac = sha256([outer, sha256([inner, utf8(text)])]);
    let hex = '';
    for (let i = 0; i < 32; i++) hex += `${HEX[at(mac, i) >> 4]}${HEX[at(mac, i) & 15]}`;
    return hex;
  }

  /**
   * JSON text of a record, written here rather than by JSON.stringify alone: that calls a
   * `toJSON` that student code may have put on Object.prototype, which would rewrite the
   * record before it is signed. Primitives go through JSON.stringify, which never looks
   * for `toJSON` on them; lists and objects are walked with functions captured at start.
   * @param {unknown} value @returns {string}
   */
  function json(value) {
    if (value === null || typeof value !== 'object') return stringify(value) ?? 'null';
    if (isArray(value)) {
      let text = '[';
      for (let i = 0; i < value.length; i++) text += `${i === 0 ? '' : ','}${json(value[i])}`;
      return `${text}]`;
    }
    const record = /** @type {Record<string, unknown>} */ (value);
    const keys = keysOf(record);
    let text = '{';
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const key = /** @type {string} */ (keys[i]);
      if (record[key] === undefined) continue;
      text += `${first ? '' : ','}${stringify(key)}:${json(record[key])}`;
      first = false;
    }
    return `${text}}`;
  }

  /** @param {unknown} value */
  function emit(value) {
    const line = json(value);
    // The leading newline ends whatever partial line student code left on stdout.
    write(`\n@${hmacSha256(key, line)} ${line}\n`);
  }

  /** The class of a thrown value, from a fixed list: never its text. */
  function errorClass(/** @type {unknown} */ error) {
    try {
      if (error instanceof TypeError) return 'TypeError';
      if (error instanceof RangeError) return 'RangeError';
      if (error instanceof Error) return 'Error';
    } catch {
      // a hostile value
    }
    return 'other';
  }

  const casesText = readFileSync(String(casesPath), 'utf8');
  /** @type {{ id: string, fn: string, args: unknown[], calls?: unknown[][], lets?: [string, unknown][], forbid?: string[] }[]} */
  const cases = JSON.parse(casesText);

  await tf.setBackend('cpu');
  await tf.ready();
  const Tensor = tf.Tensor;

  // What the judge learns about a call besides its value (the kernels it ran, the shapes of
  // their outputs, the tensors it left behind) is measured here, in the student's process,
  // so none of it may rest on anything student code can patch: not tf.profile or
  // tf.memory(), not the engine's counters, not the kernel registry's contents.
  // - Every kernel registered now is replaced, in the registry, by a frozen copy whose
  //   kernelFunc notes its name and output shapes while a call runs. The original kernel
  //   functions are then reachable only through those copies: the grading workspace
  //   keeps only the cpu backend's one Node build (whose exports hold no kernel), so
  //   student code cannot load a second copy of them.
  // - The function's forbidden kernels are removed from the registry, for every backend.
  // - After every call the registry is read again with functions captured now: a
  //   forbidden kernel back in it, or a cpu kernel that is not one of the frozen copies,
  //   is reported.
  // - Tensors are counted by the engine's own trackTensor and disposeTensor, pinned on
  //   the engine as read-only properties that count into this module's scope; the
  //   engine's other methods are pinned too, and its prototype and the prototypes of
  //   Array, Map, Set and WeakMap (and of their iterators) are frozen, so that neither
  //   the engine's own bookkeeping nor this harness's can be turned off by patching them.
  const callOf = Function.prototype.call;
  /** @type {(map: Map<any, any>, key: any) => any} */
  const mapGet = callOf.bind(Map.prototype.get);
  /** @type {(map: Map<any, any>, key: any, value: any) => Map<any, any>} */
  const mapSet = callOf.bind(Map.prototype.set);
  /** @type {(map: Map<any, any>, key: any) => boolean} */
  const mapDelete = callOf.bind(Map.prototype.delete);
  /** @type {(map: Map<any, any>) => Iterator<[any, any]>} */
  const mapEntries = callOf.bind(Map.prototype.entries);
  /** @type {(iterator: Iterator<any>) => IteratorResult<any>} */
  const mapNext = callOf.bind(Object.getPrototypeOf(new Map().entries()).next);
  /** @type {(set: Set<any>, value: any) => Set<any>} */
  const setAdd = callOf.bind(Set.prototype.add);
  /** @type {(set: Set<any>, value: any) => boolean} */
  const setHas = callOf.bind(Set.prototype.has);
  /** @type {(set: Set<any>) => Iterator<any>} */
  const setValues = callOf.bind(Set.prototype.values);
  /** @type {(iterator: Iterator<any>) => IteratorResult<any>} */
  const setNext = callOf.bind(Object.getPrototypeOf(new Set().values()).next);
  /** @type {(map: WeakMap<any, any>, key: any) => boolean} */
  const weakHas = callOf.bind(WeakMap.prototype.has);
  /** @type {(fn: Function, self: unknown, args: unknown[]) => any} */
  const apply = callOf.bind(Function.prototype.apply);
  const { freeze, defineProperty, getOwnPropertyNames, getPrototypeOf } = Object;

  /**
   * What `iterator` yields, read with its captured `next`.
   * @param {Iterator<any>} iterator @param {(iterator: Iterator<any>) => IteratorResult<any>} next
   */
  function drain(iterator, next) {
    /** @type {any[]} */
    const out = [];
    for (let step = next(iterator); !step.done; step = next(iterator)) out[out.length] = step.value;
    return out;
  }
  /** The entries of `map`. @param {Map<any, any>} map @returns {[any, any][]} */
  const entriesOf = (map) => drain(mapEntries(map), mapNext);
  /** The values of `set`. @param {Set<any>} set */
  const listOf = (set) => drain(setValues(set), setNext);

  /** `AxBxC`, without Array.prototype.join. @param {unknown[]} shape */
  function shapeText(shape) {
    let text = '';
    for (let i = 0; i < shape.length; i++) text += `${i === 0 ? '' : 'x'}${Number(shape[i])}`;
    return text;
  }

  const forbidden = new Set();
  for (const c of cases) for (const name of c.forbid ?? []) setAdd(forbidden, String(name));
  /** @type {Map<string, unknown>} */
  const registry = mapGet(/** @type {any} */ (globalThis)._tfGlobals, 'kernelRegistry');
  const watch = { on: false, kernels: new Set(), shapes: new Set() };
  /** @param {unknown} info a kernel's output: a TensorInfo or a list of them */
  function noteShapes(info) {
    const list = isArray(info) ? info : [info];
    for (let i = 0; i < list.length && watch.shapes.size <= 1000; i++) {
      const shape = /** @type {{ shape?: unknown }} */ (list[i])?.shape;
      if (isArray(shape)) setAdd(watch.shapes, shapeText(shape));
    }
  }
  /** The frozen copies, by registry key. @type {Map<string, unknown>} */
  const pinned = new Map();
  for (const [key, config] of entriesOf(registry)) {
    const { kernelName, backendName, kernelFunc, setupFunc, disposeFunc } = config;
    if (setHas(forbidden, kernelName)) {
      mapDelete(registry, key);
      continue;
    }
    const copy = freeze({
      kernelName,
      backendName,
      setupFunc,
      disposeFunc,
      /** @param {unknown[]} args */
      kernelFunc(...args) {
        const out = apply(kernelFunc, undefined, args);
        if (watch.on) {
          setAdd(watch.kernels, kernelName);
          noteShapes(out);
        }
        return out;
      },
    });
    mapSet(registry, key, copy);
    mapSet(pinned, key, copy);
  }
  /**
   * Whether `text` ends with `tail` (or starts with it, `atStart`), by character codes:
   * String.prototype's methods may have been patched.
   * @param {string} text @param {string} tail @param {boolean} [atStart]
   */
  function hasPart(text, tail, atStart = false) {
    if (typeof text !== 'string' || text.length < tail.length) return false;
    const offset = atStart ? 0 : text.length - tail.length;
    for (let i = 0; i < tail.length; i++) {
      if (codeAt(text, offset + i) !== codeAt(tail, i)) return false;
    }
    return true;
  }

  /**
   * What student code did to the registry, read by its keys (`<backend>_<kernel>`): a
   * forbidden kernel back in it for any backend, or a cpu kernel that is not its frozen copy.
   */
  function registryChanges() {
    const found = { forbidden: /** @type {string[]} */ ([]), changed: false };
    const names = listOf(forbidden);
    const entries = entriesOf(registry);
    for (let i = 0; i < entries.length; i++) {
      const [key, config] = /** @type {[string, unknown]} */ (entries[i]);
      for (let j = 0; j < names.length; j++) {
        if (hasPart(key, `_${names[j]}`)) found.forbidden[found.forbidden.length] = names[j];
      }
      if (hasPart(key, 'cpu_', true) && mapGet(pinned, key) !== config) found.changed = true;
    }
    const kept = entriesOf(pinned);
    for (let i = 0; i < kept.length; i++) {
      if (mapGet(registry, /** @type {[string, unknown]} */ (kept[i])[0]) === undefined) {
        found.changed = true;
      }
    }
    return found;
  }

  const engine = /** @type {any} */ (tf.engine());
  const engineProto = getPrototypeOf(engine);
  const { trackTensor, disposeTensor } = engineProto;
  const tensorInfo = engine.state.tensorInfo;
  let liveTensors = 0;
  for (const name of getOwnPropertyNames(engineProto)) {
    const d = Object.getOwnPropertyDescriptor(engineProto, name);
    if (name === 'constructor' || name === 'trackTensor' || name === 'disposeTensor') continue;
    if (!d || typeof d.value !== 'function') continue;
    defineProperty(engine, name, { value: d.value, writable: false, configurable: false });
  }
  defineProperty(engine, 'trackTensor', {
    /** @param {any} a @param {unknown} backend */
    value(a, backend) {
      apply(trackTensor, this, [a, backend]);
      liveTensors += 1;
    },
    writable: false,
    configurable: false,
  });
  defineProperty(engine, 'disposeTensor', {
    /** @param {any} a */
    value(a) {
      // The engine's own test: a tensor whose data it no longer tracks is not counted again.
      if (a !== null && typeof a === 'object' && weakHas(tensorInfo, a.dataId)) liveTensors -= 1;
      apply(disposeTensor, this, [a]);
    },
    writable: false,
    configurable: false,
  });
  defineProperty(engine.state, 'tensorInfo', {
    value: tensorInfo,
    writable: false,
    configurable: false,
  });
  for (const proto of [
    engineProto,
    Map.prototype,
    Set.prototype,
    WeakMap.prototype,
    getPrototypeOf(new Map().entries()),
    getPrototypeOf(new Set().values()),
    Array.prototype,
    getPrototypeOf([][Symbol.iterator]()),
  ]) {
    freeze(proto);
  }
  const numTensors = () => liveTensors;

  /**
   * Builds an argument from its data: `{ $t: [shape, dtype, values] }` is a tensor,
   * `{ $u: 1 }` is undefined, `{ $draws: [u, …] }` a function returning those numbers in
   * turn (a seeded source of uniform numbers), `{ $let: name }` a value the case built before,
   * `{ $call: [name, args] }` the result of the stage's export `name` (a handed-out
   * helper such as `initTransformer`), `{ $prev: key }` that property of the previous
   * call's result; arrays and objects are walked.
   * @param {unknown} value
   * @param {import('@tensorflow/tfjs-core').Tensor[]} made
   * @param {{ lets: Record<string, unknown>, prev: any }} [scope]
   * @returns {unknown}
   */
  function build(value, made, scope = { lets: {}, prev: undefined }) {
    if (Array.isArray(value)) return value.map((v) => build(v, made, scope));
    if (value !== null && typeof value === 'object') {
      const record = /** @type {Record<string, unknown>} */ (value);
      if ('$t' in record) {
        const [shape, dtype, values] = /** @type {[number[], any, any]} */ (record.$t);
        const data =
          dtype === 'bool'
            ? values.map(Boolean)
            : values.map((/** @type {unknown} */ v) => v ?? NaN);
        const t = tf.tensor(data, shape, dtype);
        made.push(t);
        return t;
      }
      if ('$u' in record) return undefined;
      if ('$draws' in record) {
        // a source of uniform numbers: the listed ones in turn, then the last again
        const draws = Array.from(/** @type {number[]} */ (record.$draws), Number);
        let next = 0;
        const last = draws.length - 1;
        return () => /** @type {number} */ (draws[next < last ? next++ : last]);
      }
      if ('$inf' in record) return record.$inf === 1 ? Infinity : -Infinity;
      if ('$let' in record) return scope.lets[String(record.$let)];
      if ('$prev' in record) return scope.prev?.[String(record.$prev)];
      if ('$call' in record) {
        const [name, args] = /** @type {[string, unknown[]]} */ (record.$call);
        const helper = stage[name];
        if (typeof helper !== 'function') throw new Error(`no export ${name}`);
        const result = helper(.../** @type {unknown[]} */ (build(args, made, scope)));
        /** @type {import('@tensorflow/tfjs-core').Tensor[]} */
        const helperTensors = [];
        snapshot(result, helperTensors);
        made.push(...helperTensors);
        return result;
      }
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, build(v, made, scope)]));
    }
    return value;
  }

  /**
   * What came back, as plain data. Tensors become `{ $t: [shape, dtype, values] }`
   * (non-finite numbers as strings); only own enumerable data properties of plain
   * objects are read, to a bounded depth.
   * @param {unknown} value
   * @param {import('@tensorflow/tfjs-core').Tensor[]} seen
   * @param {number} depth
   * @returns {unknown}
   */
  function snapshot(value, seen, depth = 0) {
    if (depth > 4) return { $bad: 'too deep' };
    if (value instanceof Tensor) {
      seen.push(value);
      const shape = Array.from(value.shape, Number);
      if (value.size > MAX_ELEMENTS) return { $bad: 'too large' };
      const values = Array.from(/** @type {ArrayLike<number>} */ (value.dataSync()), (v) =>
        typeof v === 'number' && !Number.isFinite(v) ? String(v) : Number(v),
      );
      return { $t: [shape, String(value.dtype), values] };
    }
    if (typeof value === 'number') return Number.isFinite(value) ? value : { $num: String(value) };
    if (typeof value === 'boolean' || typeof value === 'string' || value === null) return value;
    if (value === undefined) return { $u: 1 };
    if (Array.isArray(value)) {
      if (value.length > MAX_ELEMENTS) return { $bad: 'too large' };
      return Array.from(value, (v) => snapshot(v, seen, depth + 1));
    }
    if (typeof value === 'object') {
      /** @type {Record<string, unknown>} */
      const out = {};
      for (const key of Object.keys(value).slice(0, 64)) {
        const d = Object.getOwnPropertyDescriptor(value, key);
        out[key] = d && 'value' in d ? snapshot(d.value, seen, depth + 1) : { $bad: 'accessor' };
      }
      return out;
    }
    return { $bad: typeof value };
  }

  /** @type {Record<string, unknown>} */
  let stage;
  try {
    stage = loadStage(String(modulePath));
  } catch (error) {
    for (const c of cases)
      emit({ id: c.id, outcome: 'threw', error: errorClass(error), at: 'import' });
    exit(0);
  }

  /**
   * Calls `fn` under watch: what it returned or threw, the kernels it ran with the shapes of
   * their outputs (forbidden kernels found in the registry afterwards among them), and
   * whether it changed the registry's cpu kernels.
   * @param {Function} fn
   * @param {unknown[]} args
   */
  async function call(fn, args) {
    /** @type {unknown} */
    let result;
    /** @type {unknown} */
    let threw;
    /** @type {string[]} */
    let kernels = [];
    /** @type {Set<string>} */
    const shapes = new Set();
    watch.kernels = new Set();
    watch.shapes = shapes;
    watch.on = true;
    try {
      result = fn(...args);
    } catch (error) {
      threw = error ?? new Error('undefined thrown');
    }
    watch.on = false;
    kernels = listOf(watch.kernels);
    const changes = registryChanges();
    for (let i = 0; i < changes.forbidden.length; i++) {
      kernels[kernels.length] = /** @type {string} */ (changes.forbidden[i]);
    }
    return { result, threw, kernels, shapes, registryChanged: changes.changed };
  }

  for (const c of cases) {
    /** @type {import('@tensorflow/tfjs-core').Tensor[]} */
    const inputs = [];
    /** @type {Record<string, unknown>} */
    let record;
    try {
      /** @type {{ lets: Record<string, unknown>, prev: any }} */
      const scope = { lets: {}, prev: undefined };
      for (const [name, value] of /** @type {[string, unknown][]} */ (c.lets ?? [])) {
        scope.lets[name] = build(value, inputs, scope);
      }
      const calls = /** @type {unknown[][]} */ (c.calls ?? [c.args]);
      const fn = stage[c.fn];
      // Tensors made to build arguments are the case's own, not the function's.
      let baseline = numTensors();
      if (typeof fn !== 'function') {
        record = { id: c.id, outcome: 'missing' };
      } else {
        /** @type {unknown[]} */
        const values = [];
        /** @type {Set<string>} */
        const kernels = new Set();
        /** @type {Set<string>} */
        const shapes = new Set();
        /** @type {import('@tensorflow/tfjs-core').Tensor[]} */
        const outputs = [];
        let registryChanged = false;
        let threw;
        let before = inputs.map((t) => Array.from(t.dataSync()));
        for (const callArgs of calls) {
          const mark = inputs.length;
          const made = numTensors();
          const args = /** @type {unknown[]} */ (build(callArgs, inputs, scope));
          before = before.concat(inputs.slice(mark).map((t) => Array.from(t.dataSync())));
          baseline += numTensors() - made;
          const done = await call(fn, args);
          if (done.threw !== undefined) {
            threw = done.threw;
            break;
          }
          if (done.registryChanged) registryChanged = true;
          for (const k of done.kernels) kernels.add(k);
          for (const sh of done.shapes) shapes.add(sh);
          values.push(snapshot(done.result, outputs));
          scope.prev = done.result;
        }
        if (threw !== undefined) {
          record = { id: c.id, outcome: 'threw', error: errorClass(threw) };
        } else {
          const inputSet = new Set(inputs);
          for (const t of outputs) if (!inputSet.has(t) && !t.isDisposed) t.dispose();
          const leaked = numTensors() - baseline;
          const changed = inputs.some(
            (t, i) =>
              t.isDisposed ||
              Array.from(t.dataSync()).some(
                (v, j) => !(Object.is(v, before[i]?.[j]) || v === before[i]?.[j]),
              ),
          );
          record = {
            id: c.id,
            outcome: 'returned',
            value: c.calls ? values : values[0],
            leaked,
            inputsChanged: changed,
            kernels: listOf(kernels),
            shapes: listOf(shapes),
            ...(registryChanged ? { registry: 'changed' } : {}),
          };
        }
      }
    } catch (error) {
      record = { id: c.id, outcome: 'threw', error: errorClass(error), at: 'harness' };
    }
    emit(record);
    for (const t of inputs) if (!t.isDisposed) t.dispose();
  }
  exit(0);
}
