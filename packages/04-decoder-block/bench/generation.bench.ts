// Stage 4 benchmark, run with `pnpm bench generation` (builds first) against the built packages.
//
// Greedy generation with and without the KV cache, on the default backend (MHA_BACKEND to
// force one): dModel 256, 4 heads, dFF 1024, 2 encoder and 2 decoder layers, source length
// 128, 128 generated tokens, batch 8, float32, random weights (seeded).
//
// - cached: encode once, then 128 calls of decodeStep, each attending from one new position
//   to the cached keys and values.
// - recompute: encode once, then at step t re-run the whole decoder (embeddings, every block,
//   final norm, generator) on the prefix of t + 1 tokens and keep the last position's logits.
//
// Both feed back their own argmax, and the benchmark checks that they chose the same tokens.
// It prints tokens per second each way (batch × tokens / seconds), their ratio and the backend.
// Then it trains the reverse-and-translate recipe and prints the held-out exact-match rate of
// greedyDecode and the training time, wall clock and CPU (wasm runs on one thread, so the CPU
// time is what an otherwise idle machine would take).

import {
  type DecoderCache,
  decoder,
  decodeStep,
  encode,
  evaluateTranslator,
  initTransformer,
  type TransformerParams,
  trainTranslator,
  translateRecipe,
} from '@mha/decoder-block';
import { embedTokens } from '@mha/encoder-block';
import { useBestBackend } from '@mha/runtime';
import { batchedMatMul } from '@mha/runtime/kernels';
import * as tf from '@tensorflow/tfjs-core';

const BATCH = 8;
const SRC_LEN = 128;
const NEW_TOKENS = 128;
const VOCAB = 1000;
const CONFIG = {
  srcVocabSize: VOCAB,
  tgtVocabSize: VOCAB,
  dModel: 256,
  numHeads: 4,
  dFF: 1024,
  numEncoderLayers: 2,
  numDecoderLayers: 2,
  maxLen: NEW_TOKENS,
  seed: 1,
};
const BOS = 1;

function argMaxRows(logits: tf.Tensor2D): number[] {
  return tf.tidy(() => Array.from(tf.argMax(logits, -1).dataSync()));
}

/** Greedy tokens with the KV cache. */
function generateCached(params: TransformerParams, memory: tf.Tensor3D, steps: number): number[][] {
  let cache: DecoderCache | null = null;
  let token = new Array<number>(BATCH).fill(BOS);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    const step: { logits: tf.Tensor2D; cache: DecoderCache } = decodeStep(
      params,
      memory,
      token,
      cache,
    );
    cache = step.cache;
    token = argMaxRows(step.logits);
    step.logits.dispose();
    out.push(token);
  }
  (cache as DecoderCache | null)?.dispose();
  return out;
}

/** Greedy tokens by re-running the whole decoder on the prefix at every step. */
function generateRecompute(
  params: TransformerParams,
  memory: tf.Tensor3D,
  steps: number,
): number[][] {
  const prefix: number[][] = Array.from({ length: BATCH }, () => [BOS]);
  const out: number[][] = [];
  for (let t = 0; t < steps; t++) {
    const logits = tf.tidy(() => {
      const tokens = tf.tensor2d(prefix, undefined, 'int32'); // [batch, t + 1]
      const y = embedTokens(params.tgtEmbedding, tokens); // [batch, t + 1, dModel]
      const decoded = decoder(params.decoderBlocks, y, memory, {
        numHeads: CONFIG.numHeads,
        finalNorm: params.decoderNorm,
      });
      const last = tf.slice(decoded.output, [0, t, 0], [-1, 1, -1]); // -> [batch, 1, dModel]
      const scores = batchedMatMul(tf.reshape(last, [BATCH, -1]), params.generator.w);
      return tf.add(scores, params.generator.b) as tf.Tensor2D; // [batch, vocab]
    });
    const token = argMaxRows(logits);
    logits.dispose();
    token.forEach((id, n) => {
      prefix[n]!.push(id);
    });
    out.push(token);
  }
  return out;
}

function seconds(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

async function main(): Promise<void> {
  const backend = await useBestBackend();
  const params = initTransformer(CONFIG);
  const src = tf.tidy(() =>
    tf.cast(tf.mul(tf.randomUniform([BATCH, SRC_LEN], 0, 1, 'float32', 3), VOCAB - 1), 'int32'),
  ) as tf.Tensor2D;
  const memory = encode(params, src);
  // Warm-up: compile kernels and allocate on both paths.
  generateCached(params, memory, 4);
  generateRecompute(params, memory, 4);
  let cached: number[][] = [];
  let recomputed: number[][] = [];
  const cachedSeconds = seconds(() => {
    cached = generateCached(params, memory, NEW_TOKENS);
  });
  const recomputeSeconds = seconds(() => {
    recomputed = generateRecompute(params, memory, NEW_TOKENS);
  });
  const same = JSON.stringify(cached) === JSON.stringify(recomputed);
  const tokens = BATCH * NEW_TOKENS;
  const rate = (s: number) => (tokens / s).toFixed(1);
  console.log(
    `\nGreedy generation on ${backend.name}: ` +
      `dModel 256, 4 heads, dFF 1024, 2 + 2 layers, source 128, ${NEW_TOKENS} tokens, batch 8`,
  );
  console.log('| path | seconds | tokens/s |');
  console.log('| --- | --- | --- |');
  console.log(`| KV cache (decodeStep) | ${cachedSeconds.toFixed(2)} | ${rate(cachedSeconds)} |`);
  console.log(
    `| full recompute of the prefix | ${recomputeSeconds.toFixed(2)} | ${rate(recomputeSeconds)} |`,
  );
  console.log(`speed-up of the cache: ${(recomputeSeconds / cachedSeconds).toFixed(1)}x`);
  console.log(`both paths chose the same ${tokens} tokens: ${same ? 'yes' : 'NO'}`);
  tf.dispose([memory, src, params as unknown as tf.TensorContainer]);
  if (!same) process.exitCode = 1;

  // Training the toy model.
  const recipe = translateRecipe();
  const cpuBefore = process.cpuUsage();
  const trained = await trainTranslator({
    ...recipe,
    onProgress: (r) =>
      console.log(
        `step ${r.step}  loss ${r.loss.toFixed(3)}  held-out exact match ` +
          `${((r.heldOutExactMatch ?? 0) * 100).toFixed(1)}%  ${r.seconds.toFixed(1)} s`,
      ),
  });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const last = trained.reports[trained.reports.length - 1]!;
  const evaluation = evaluateTranslator(trained.params, recipe.heldOut);
  console.log(
    `\nreverse-and-translate on ${tf.getBackend()}: ${last.step} steps in ` +
      `${last.seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU; greedyDecode exact match ` +
      `on ${recipe.heldOut.srcLengths.length} held-out sequences ` +
      `${(evaluation.exactMatch * 100).toFixed(1)}%`,
  );
  tf.dispose(trained.variables);
}

await main();
