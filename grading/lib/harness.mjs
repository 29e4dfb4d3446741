// @ts-check
// The harness: the one program that runs student code. It is copied into the
// grading workspace and runs inside the sandbox. It knows no expected value and
// no test: it reads the cases' inputs (plain data), calls the stage's functions on
// them and writes what came back as plain data, one JSON line per case, on stdout.
// The judge, in another process outside the sandbox, decides what is right.
//
// Checked JavaScript: it must run in the sandbox with plain `node`, without a build.
//
//   node harness.mjs <module path> <cases.json>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [modulePath, casesPath] = process.argv.slice(2);
const write = process.stdout.write.bind(process.stdout);
const stringify = JSON.stringify;
const MAX_ELEMENTS = 1 << 20;

/** @param {unknown} value */
function emit(value) {
  write(`${stringify(value)}\n`);
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
/** @type {{ id: string, fn: string, args: unknown[], calls?: unknown[][], lets?: [string, unknown][] }[]} */
const cases = JSON.parse(casesText);

const tf = await import('@tensorflow/tfjs-core');
// The cpu backend registers itself on import (a side effect only, hence the name in a
// variable: the grader's type check need not resolve it).
const cpuBackend = '@tensorflow/tfjs-backend-cpu';
await import(cpuBackend);
await tf.setBackend('cpu');
await tf.ready();
const Tensor = tf.Tensor;
const numTensors = () => tf.memory().numTensors;

/**
 * Builds an argument from its data: `{ $t: [shape, dtype, values] }` is a tensor,
 * `{ $u: 1 }` is undefined, `{ $let: name }` a value the case built before,
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
        dtype === 'bool' ? values.map(Boolean) : values.map((/** @type {unknown} */ v) => v ?? NaN);
      const t = tf.tensor(data, shape, dtype);
      made.push(t);
      return t;
    }
    if ('$u' in record) return undefined;
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
  stage = await import(pathToFileURL(String(modulePath)).href);
} catch (error) {
  for (const c of cases)
    emit({ id: c.id, outcome: 'threw', error: errorClass(error), at: 'import' });
  process.exit(0);
}

/**
 * Calls `fn` under tf.profile: what it returned or threw, and the kernels it ran with
 * the shapes of their outputs.
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
  try {
    const profile = await tf.profile(() => {
      result = fn(...args);
      return [];
    });
    kernels = [...new Set(profile.kernelNames)];
    for (const kernel of profile.kernels) {
      for (const shape of kernel.outputShapes ?? []) {
        if (Array.isArray(shape)) shapes.add(shape.join('x'));
      }
      if (shapes.size > 1000) break;
    }
  } catch (error) {
    threw = error ?? new Error('undefined thrown');
  }
  return { result, threw, kernels, shapes };
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
          kernels: [...kernels],
          shapes: [...shapes],
        };
      }
    }
  } catch (error) {
    record = { id: c.id, outcome: 'threw', error: errorClass(error), at: 'harness' };
  }
  emit(record);
  for (const t of inputs) if (!t.isDisposed) t.dispose();
}
process.exit(0);
