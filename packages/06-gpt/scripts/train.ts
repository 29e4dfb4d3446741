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
import { dirname, join } from 'node:path';
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
  gptTensors,
  initGpt,
  serializeGpt,
} from '../src/index.js';
import { PACKAGE_DIR, readCorpus } from './corpus.js';
import { createAdamW, learningRate, lossOf, parseArgs, type Settings } from './training.js';

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
const checkpointDir = join(PACKAGE_DIR, settings.checkpoints);
const settingsKey = JSON.stringify({
  ...settings,
  evalEvery: 0,
  checkpointEvery: 0,
  measure: 0,
  output: '',
  checkpoints: '',
});

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

const adamW = createAdamW(variables, settings, moments);

function trainStep(step: number): number {
  const { inputs, targets } = batchAt(stream, settings, step);
  return tf.tidy(() => {
    const x = tf.tensor2d(inputs, [settings.batch, settings.seqLen], 'int32');
    const y = tf.tensor1d(targets, 'int32');
    return adamW.step(() => lossOf(params, x, y), learningRate(settings, step), step);
  });
}

function saveCheckpoint(step: number): void {
  mkdirSync(checkpointDir, { recursive: true });
  const tmp = (name: string) => join(checkpointDir, `${name}.tmp`);
  writeFileSync(tmp('model.bin'), serializeGpt({ params, tokenizer }));
  const all = adamW.moments;
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
  const output = join(PACKAGE_DIR, settings.output);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(
    output,
    serializeGpt(
      { params, tokenizer },
      { dtype: 'float16', meta: { ...meta, float16BitsPerChar: halfBits } },
    ),
  );
  console.log(`wrote ${settings.output}`);
}
