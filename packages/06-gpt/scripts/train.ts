// Trains the GPT that ships with @mha/gpt on the Tang poems, on the wasm backend.
//
//   pnpm --filter @mha/gpt data      # once: prepares the corpus
//   pnpm --filter @mha/gpt train     # trains; run it again after a stop and it resumes
//   pnpm --filter @mha/gpt train -- --measure 20   # times 20 steps and stops
//
// Seeded: the same flags give the same model. Every `--checkpointEvery` steps it writes a
// checkpoint (weights and Adam's state) to node_modules/.cache/mha-gpt/checkpoint/; every
// `--evalEvery` steps it prints the held-out bits per character on the first
// `--evalPoems` held-out poems; at the end it scores every held-out poem and writes the
// shipped weights (float16) into src/weights/tang-poet.bin.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deriveSeed, useBestBackend } from '@mha/runtime';
import { toVariables, train } from '@mha/runtime/training';
import * as tf from '@tensorflow/tfjs-core';
import {
  bitsPerChar,
  countGptParameters,
  deserializeGpt,
  type GptConfig,
  gptTensors,
  initGpt,
  languageModelLoss,
  packedBatch,
  packTexts,
  serializeGpt,
} from '../src/index.js';
import { PACKAGE_DIR, readCorpus } from './corpus.js';
import { createOptimizer, parseArgs, schedule } from './training.js';

const settings = parseArgs(process.argv.slice(2));
for (const name of ['evalEvery', 'checkpointEvery'] as const) {
  // the loop reports every 10 steps, and evaluates and saves only when it reports
  if (!Number.isInteger(settings[name] / 10) || settings[name] < 10) {
    throw new Error(`train: --${name} must be a multiple of 10, got ${settings[name]}`);
  }
}
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
const stream = packTexts(corpus.train, tokenizer);
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
let optimizerState: Awaited<ReturnType<tf.Optimizer['getWeights']>> | undefined;
const history: { step: number; loss: number; heldOut?: number; seconds: number }[] = [];
let secondsBefore = 0;
if (!settings.measure && existsSync(join(checkpointDir, 'state.json'))) {
  const state = JSON.parse(readFileSync(join(checkpointDir, 'state.json'), 'utf8'));
  if (state.settingsKey === settingsKey) {
    const model = deserializeGpt(readFileSync(join(checkpointDir, 'model.bin')));
    tf.dispose(gptTensors(initial));
    initial = model.params;
    const raw = readFileSync(join(checkpointDir, 'optimizer.bin'));
    const values = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
    let at = 0;
    optimizerState = (state.optimizer as { name: string; shape: number[] }[]).map(
      ({ name, shape }) => {
        const size = shape.reduce((x, y) => x * y, 1);
        const tensor = tf.tensor(values.slice(at, at + size), shape);
        at += size;
        return { name, tensor };
      },
    );
    firstStep = state.step;
    history.push(...state.history);
    secondsBefore = history.at(-1)?.seconds ?? 0;
    console.log(`resuming at step ${firstStep} of ${settings.steps}`);
  } else {
    console.log('a checkpoint exists for other settings; starting afresh (it will be replaced)');
  }
}
const variables: tf.Variable[] = [];
const params = toVariables(initial, variables);
const optimizer = createOptimizer(settings);
if (optimizerState) await optimizer.setWeights(optimizerState); // Adam's moments and step count
const rate = schedule(settings);
console.log(
  `model: ${countGptParameters(params)} parameters, vocabulary ${config.vocabSize}, ` +
    `${settings.numLayers} layers, dModel ${settings.dModel}, ${settings.numHeads} heads, ` +
    `${settings.numKvHeads} kv heads, ${settings.positional}; batch ${settings.batch} × ${settings.seqLen} ` +
    `tokens; ${stream.length} training tokens; backend ${tf.getBackend()}`,
);

async function saveCheckpoint(step: number): Promise<void> {
  mkdirSync(checkpointDir, { recursive: true });
  const tmp = (name: string) => join(checkpointDir, `${name}.tmp`);
  writeFileSync(tmp('model.bin'), serializeGpt({ params, tokenizer }));
  const state = await optimizer.getWeights();
  const flat = new Float32Array(state.reduce((n, { tensor }) => n + tensor.size, 0));
  let at = 0;
  for (const { tensor } of state) {
    flat.set(tensor.dataSync() as Float32Array, at);
    at += tensor.size;
  }
  const optimizerShapes = state.map(({ name, tensor }) => ({ name, shape: tensor.shape }));
  tf.dispose(state.filter(({ name }) => name === 'iter').map(({ tensor }) => tensor));
  writeFileSync(tmp('optimizer.bin'), new Uint8Array(flat.buffer));
  writeFileSync(
    tmp('state.json'),
    JSON.stringify({ settingsKey, step, history, optimizer: optimizerShapes }),
  );
  for (const name of ['model.bin', 'optimizer.bin', 'state.json']) {
    renameSync(tmp(name), join(checkpointDir, name));
  }
}

const evalTexts = corpus.heldOut.slice(0, settings.evalPoems);
const tokensPerStep = settings.batch * settings.seqLen;
const stepsToRun = (settings.measure || settings.steps) - (settings.measure ? 0 : firstStep);
const lastStep = firstStep + stepsToRun;
let reportedAt = { step: 0, seconds: 0 };
// a run that already reached its last step goes straight to the final evaluation
const result =
  stepsToRun === 0
    ? { steps: 0, losses: [] }
    : await train({
        variables,
        optimizer,
        steps: stepsToRun,
        clipNorm: settings.clip,
        learningRate: (step) => rate(firstStep + step),
        loss: (step) => {
          const seed = deriveSeed(settings.seed, 'batch', firstStep + step);
          const { inputs, targets } = packedBatch(stream, {
            batch: settings.batch,
            seqLen: settings.seqLen,
            seed,
          });
          return languageModelLoss(params, inputs, targets);
        },
        reportEvery: 10,
        onReport: async (report) => {
          const done = firstStep + report.step;
          const steps = report.step - reportedAt.step;
          const mean = report.loss; // this step's loss
          const speed = (steps * tokensPerStep) / (report.seconds - reportedAt.seconds);
          reportedAt = { step: report.step, seconds: report.seconds };
          const left = ((lastStep - done) * tokensPerStep) / speed / 60;
          console.log(
            `step ${done}/${lastStep}  loss ${mean.toFixed(3)} (${(mean / Math.LN2).toFixed(3)} bits)  ` +
              `lr ${report.learningRate?.toExponential(2)}  ‖g‖ ${report.gradientNorm?.toFixed(2)}  ` +
              `${speed.toFixed(0)} tokens/s  ${left.toFixed(1)} min left`,
          );
          history.push({ step: done, loss: mean, seconds: secondsBefore + report.seconds });
          if (settings.measure) return false;
          if (done % settings.evalEvery === 0 || done === lastStep) {
            const heldOut = bitsPerChar({ params, config, tokenizer }, evalTexts);
            history.at(-1)!.heldOut = heldOut;
            console.log(
              `step ${done}: held-out bits/char ${heldOut.toFixed(3)} (first ${evalTexts.length} poems)`,
            );
          }
          if (done % settings.checkpointEvery === 0 || done === lastStep)
            await saveCheckpoint(done);
          return false;
        },
      });

if (settings.measure) {
  const seconds = history.at(-1)!.seconds;
  const tokensPerSecond = (settings.measure * tokensPerStep) / seconds;
  console.log(
    JSON.stringify({
      tokensPerSecond: Math.round(tokensPerSecond),
      msPerStep: Math.round((1000 * seconds) / settings.measure),
      tokensIn2Hours: Math.round(tokensPerSecond * 7200),
      parameters: countGptParameters(params),
      steps: result.steps,
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
