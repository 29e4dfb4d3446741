// Trains stage 4's reverse-and-translate model with the package's recipe (seed 1), at a
// smaller width so that the file stays small, and writes the weights the explorer's
// generation page loads: public/translator-model.json.
//
//   pnpm --filter @mha/explorer weights:translator
//
// The held-out exact-match rate it reached is recorded in the file, and the explorer's tests
// check the committed file against it.
import { writeFileSync } from 'node:fs';
import { evaluateTranslator, trainTranslator, translateRecipe } from '@mha/decoder-block';
import { useBestBackend } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import { serializeTranslator } from '../src/translator-weights.ts';

/** The explorer's size: half the recipe's width, still one encoder and one decoder block. */
export const EXPLORER_MODEL = {
  dModel: 16,
  numHeads: 2,
  dFF: 32,
  numEncoderLayers: 1,
  numDecoderLayers: 1,
} as const;
const STEPS = 2000;

const backend = await useBestBackend();
const recipe = { ...translateRecipe(), model: EXPLORER_MODEL, steps: STEPS };
const trained = await trainTranslator({
  ...recipe,
  onProgress: (r) =>
    console.log(
      `step ${r.step}  loss ${r.loss.toFixed(4)}  held-out exact ` +
        `${(100 * r.heldOutExactMatch!).toFixed(1)}%  ${r.seconds.toFixed(0)} s`,
    ),
});
const evaluation = evaluateTranslator(trained.params, recipe.heldOut);
const file = serializeTranslator(trained.params, {
  recipe: `translateRecipe() of @mha/decoder-block, model ${JSON.stringify(EXPLORER_MODEL)}, up to ${STEPS} steps`,
  seed: recipe.seed,
  steps: trained.losses.length,
  backend: backend.name,
  numSymbols: recipe.task.numSymbols,
  minLen: recipe.task.minLen,
  maxLen: recipe.task.maxLen,
  heldOutExactMatch: Number(evaluation.exactMatch.toFixed(4)),
  heldOutTokenAccuracy: Number(evaluation.tokenAccuracy.toFixed(4)),
});
const target = new URL('../public/translator-model.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(file, null, 1)}\n`);
tf.dispose(trained.variables);
console.log(
  `wrote public/translator-model.json: ${trained.losses.length} steps, held-out exact match ` +
    `${(100 * evaluation.exactMatch).toFixed(1)}%`,
);
