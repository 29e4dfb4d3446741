// Trains the GPT that ships with @mha/gpt on the Tang poems, on the wasm backend.
//
//   pnpm --filter @mha/gpt data      # once: prepares the corpus
//   pnpm --filter @mha/gpt train     # trains; run it again after a stop and it resumes
//   pnpm --filter @mha/gpt train -- --measure 20   # times 20 steps and stops
//
// Seeded: the same flags give the same model. Every `--checkpointEvery` steps it writes a
// checkpoint (weights and AdamW moments) to node_modules/.cache/mha-gpt/checkpoint/; every
// `--evalEvery` steps it prints the held-out bits per character on the first
// `--evalPoems` held-out poems; at the end it scores every held-out poem and writes the
// shipped weights (float16) into src/weights/tang-poet.bin.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toVariables } from '@mha/encoder-block';
import { deriveSeed, mulberry32, useBestBackend } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import {
  BOS_ID,
  bitsPerChar,
  countGptParameters,
  deserializeGpt,
  EOS_ID,
  type GptConfig,
  type GptParams,
  gpt,
  gptTensors,
  initGpt,
  serializeGpt,
} from '../src/index.js';
import { CACHE_DIR, PACKAGE_DIR, readCorpus } from './corpus.js';

/** Every setting, with its default; `--name value` on the command line overrides it. */
const defaults = {
  dModel: 128,
  numLayers: 4,
  numHeads: 4,
  numKvHeads: 2,
  dFF: 512,
  seqLen: 128,
  batch: 16,
  steps: 4000,
  lr: 3e-3,
  minLr: 3e-4,
  warmup: 200,
  weightDecay: 0.1,
  clip: 1,
  positional: 'rope' as GptConfig['positional'],
  seed: 6,
  evalEvery: 250,
  evalPoems: 400,
  checkpointEvery: 100,
  measure: 0,
};
type Settings = typeof defaults;

function parseArgs(argv: string[]): Settings {
  const settings: Record<string, number | string> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    const name = arg.replace(/^--/, '');
    if (!arg.startsWith('--') || !(name in defaults))
      throw new Error(`train: unknown option ${arg}`);
    const value = argv[++i];
    if (value === undefined) throw new Error(`train: option ${arg} needs a value`);
    settings[name] = typeof defaults[name as keyof Settings] === 'number' ? Number(value) : value;
  }
  return settings as Settings;
}

/** The learning rate at `step`: linear warm-up, then cosine decay to `minLr`. */
function learningRate(s: Settings, step: number): number {
  if (step < s.warmup) return (s.lr * (step + 1)) / s.warmup;
  const progress = Math.min(1, (step - s.warmup) / Math.max(1, s.steps - s.warmup));
  return s.minLr + 0.5 * (s.lr - s.minLr) * (1 + Math.cos(Math.PI * progress));
}

/** Every training poem as `<bos> poem <eos>`, end to end: one stream of ids. */
function packStream(train: string[], encode: (t: string) => number[]): Int32Array {
  const ids: number[] = [];
  for (const poem of train) ids.push(BOS_ID, ...encode(poem), EOS_ID);
  return Int32Array.from(ids);
}

/** Batch `step`: `batch` windows of `seqLen + 1` ids at seeded random offsets. */
function batchAt(
  stream: Int32Array,
  s: Settings,
  step: number,
): { inputs: Int32Array; targets: Int32Array } {
  const random = mulberry32(deriveSeed(s.seed, 'batch', step));
  const inputs = new Int32Array(s.batch * s.seqLen);
  const targets = new Int32Array(s.batch * s.seqLen);
  for (let b = 0; b < s.batch; b++) {
    const start = Math.floor(random() * (stream.length - s.seqLen - 1));
    inputs.set(stream.subarray(start, start + s.seqLen), b * s.seqLen);
    targets.set(stream.subarray(start + 1, start + s.seqLen + 1), b * s.seqLen);
  }
  return { inputs, targets };
}

/** Mean cross-entropy (nats) of the next id at every position. */
function lossOf(params: GptParams, inputs: tf.Tensor2D, targets: tf.Tensor1D): tf.Scalar {
  const { logits } = gpt(params, inputs); // [batch, seq, V]
  const vocab = params.config.vocabSize;
  const flat = tf.reshape(logits, [-1, vocab]); // -> [batch·seq, V]
  const logProbs = tf.logSoftmax(flat); // ln p, [batch·seq, V]; its own gradient, no max on the tape
  const rows = tf.range(0, flat.shape[0]!, 1, 'int32');
  const picks = tf.add(tf.mul(rows, tf.scalar(vocab, 'int32')), targets); // flat index of each target's logit
  const picked = tf.gather(tf.reshape(logProbs, [-1]), picks); // ln p(target), [batch·seq]
  return tf.neg(tf.mean(picked)) as tf.Scalar;
}

const settings = parseArgs(process.argv.slice(2));
await useBestBackend({ env: { MHA_BACKEND: process.env.MHA_BACKEND ?? 'wasm' } });
const corpus = readCorpus();
const { tokenizer } = corpus;
const config: GptConfig = {
  vocabSize: tokenizer.vocabSize,
  dModel: settings.dModel,
  numHeads: settings.numHeads,
  numKvHeads: settings.numKvHeads,
  numLayers: settings.numLayers,
  dFF: settings.dFF,
  maxLen: settings.seqLen,
  positional: settings.positional,
  tieEmbeddings: true,
  seed: settings.seed,
};
const stream = packStream(corpus.train, (t) => tokenizer.encode(t));
const checkpointDir = join(CACHE_DIR, 'checkpoint');
const settingsKey = JSON.stringify({ ...settings, evalEvery: 0, checkpointEvery: 0, measure: 0 });

// Start from the checkpoint when one exists for these settings.
let firstStep = 0;
let initial = initGpt(config);
let moments: Float32Array | undefined;
const history: { step: number; loss: number; heldOut?: number; seconds: number }[] = [];
if (!settings.measure && existsSync(join(checkpointDir, 'state.json'))) {
  const state = JSON.parse(readFileSync(join(checkpointDir, 'state.json'), 'utf8'));
  if (state.settingsKey === settingsKey) {
    const model = deserializeGpt(readFileSync(join(checkpointDir, 'model.bin')));
    tf.dispose(gptTensors(initial));
    initial = model.params;
    const raw = readFileSync(join(checkpointDir, 'moments.bin'));
    moments = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
    firstStep = state.step;
    history.push(...state.history);
    console.log(`resuming at step ${firstStep} of ${settings.steps}`);
  } else {
    console.log('a checkpoint exists for other settings; starting afresh (it will be replaced)');
  }
}
const variables: tf.Variable[] = [];
const params = toVariables(initial, variables);
console.log(
  `model: ${countGptParameters(params)} parameters, vocabulary ${config.vocabSize}, ` +
    `${settings.numLayers} layers, dModel ${settings.dModel}, ${settings.numHeads} heads, ` +
    `${settings.numKvHeads} kv heads, ${settings.positional}; batch ${settings.batch} × ${settings.seqLen} ` +
    `tokens; ${stream.length} training tokens; backend ${tf.getBackend()}`,
);

// AdamW: Adam's moments, decoupled weight decay on the matrices, global-norm clipping.
const beta1 = 0.9;
const beta2 = 0.95;
const m = variables.map((v) => tf.variable(tf.zerosLike(v), false));
const v2 = variables.map((v) => tf.variable(tf.zerosLike(v), false));
if (moments) {
  let at = 0;
  for (const list of [m, v2]) {
    for (const t of list) {
      t.assign(tf.tensor(moments.subarray(at, at + t.size), t.shape));
      at += t.size;
    }
  }
}
const decays = variables.map((v) => v.rank === 2);

function trainStep(step: number): number {
  const { inputs, targets } = batchAt(stream, settings, step);
  const lr = learningRate(settings, step);
  return tf.tidy(() => {
    const x = tf.tensor2d(inputs, [settings.batch, settings.seqLen], 'int32');
    const y = tf.tensor1d(targets, 'int32');
    const { value, grads } = tf.variableGrads(() => lossOf(params, x, y), variables);
    const list = variables.map((v) => grads[v.name]!);
    const norm = Math.sqrt(tf.addN(list.map((g) => tf.sum(tf.square(g)))).dataSync()[0]!); // ‖g‖
    const scale = norm > settings.clip ? settings.clip / norm : 1;
    const t = step + 1;
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    variables.forEach((variable, i) => {
      const g = tf.mul(list[i]!, scale);
      m[i]!.assign(tf.add(tf.mul(m[i]!, beta1), tf.mul(g, 1 - beta1)));
      v2[i]!.assign(tf.add(tf.mul(v2[i]!, beta2), tf.mul(tf.square(g), 1 - beta2)));
      const update = tf.div(tf.div(m[i]!, c1), tf.add(tf.sqrt(tf.div(v2[i]!, c2)), 1e-8));
      const decayed = decays[i] ? tf.mul(variable, 1 - lr * settings.weightDecay) : variable;
      variable.assign(tf.sub(decayed, tf.mul(update, lr)));
    });
    return value.dataSync()[0] as number;
  });
}

function saveCheckpoint(step: number): void {
  mkdirSync(checkpointDir, { recursive: true });
  const tmp = (name: string) => join(checkpointDir, `${name}.tmp`);
  writeFileSync(tmp('model.bin'), serializeGpt({ params, tokenizer }));
  const all = [...m, ...v2];
  const flat = new Float32Array(all.reduce((n, t) => n + t.size, 0));
  let at = 0;
  for (const t of all) {
    flat.set(t.dataSync() as Float32Array, at);
    at += t.size;
  }
  writeFileSync(tmp('moments.bin'), new Uint8Array(flat.buffer));
  writeFileSync(tmp('state.json'), JSON.stringify({ settingsKey, step, history }));
  for (const name of ['model.bin', 'moments.bin', 'state.json']) {
    renameSync(tmp(name), join(checkpointDir, name));
  }
}

const evalTexts = corpus.heldOut.slice(0, settings.evalPoems);
const started = performance.now();
const tokensPerStep = settings.batch * settings.seqLen;
const lastStep = settings.measure ? firstStep + settings.measure : settings.steps;
let recent: number[] = [];
for (let step = firstStep; step < lastStep; step++) {
  const loss = trainStep(step);
  recent.push(loss);
  const done = step + 1;
  const seconds = (performance.now() - started) / 1000;
  const rate = ((done - firstStep) * tokensPerStep) / seconds;
  if (done % 10 === 0 || done === lastStep) {
    const mean = recent.reduce((a, b) => a + b, 0) / recent.length;
    recent = [];
    const bits = mean / Math.LN2;
    const left = ((lastStep - done) * tokensPerStep) / rate / 60;
    process.stdout.write(
      `step ${done}/${lastStep}  loss ${mean.toFixed(3)} (${bits.toFixed(3)} bits)  ` +
        `lr ${learningRate(settings, step).toExponential(2)}  ${rate.toFixed(0)} tokens/s  ` +
        `${left.toFixed(1)} min left\n`,
    );
    history.push({ step: done, loss: mean, seconds: (history.at(-1)?.seconds ?? 0) + seconds });
  }
  if (settings.measure) continue;
  if (done % settings.evalEvery === 0 || done === lastStep) {
    const heldOut = bitsPerChar({ params, config, tokenizer }, evalTexts);
    history.at(-1)!.heldOut = heldOut;
    console.log(
      `step ${done}: held-out bits/char ${heldOut.toFixed(3)} (first ${evalTexts.length} poems)`,
    );
  }
  if (done % settings.checkpointEvery === 0 || done === lastStep) saveCheckpoint(done);
}

if (settings.measure) {
  const seconds = (performance.now() - started) / 1000;
  const rate = (settings.measure * tokensPerStep) / seconds;
  console.log(
    JSON.stringify({
      tokensPerSecond: Math.round(rate),
      msPerStep: Math.round((1000 * seconds) / settings.measure),
      tokensIn2Hours: Math.round(rate * 7200),
      parameters: countGptParameters(params),
    }),
  );
} else {
  const full = bitsPerChar({ params, config, tokenizer }, corpus.heldOut);
  console.log(`held-out bits/char on all ${corpus.heldOut.length} poems: ${full.toFixed(4)}`);
  const meta = { heldOutBitsPerChar: full, steps: settings.steps, settings, history };
  const shipped = serializeGpt({ params, tokenizer }, { dtype: 'float16', meta });
  const half = deserializeGpt(shipped);
  const halfBits = bitsPerChar(half, corpus.heldOut);
  console.log(
    `float16: ${(shipped.length / 1e6).toFixed(2)} MB, held-out bits/char ${halfBits.toFixed(4)} ` +
      `(${(halfBits - full).toFixed(4)} from float16 storage)`,
  );
  mkdirSync(join(PACKAGE_DIR, 'src', 'weights'), { recursive: true });
  writeFileSync(
    join(PACKAGE_DIR, 'src', 'weights', 'tang-poet.bin'),
    serializeGpt(
      { params, tokenizer },
      { dtype: 'float16', meta: { ...meta, float16BitsPerChar: halfBits } },
    ),
  );
  console.log('wrote src/weights/tang-poet.bin');
}
