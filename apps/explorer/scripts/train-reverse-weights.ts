// Trains stage 3's reversal model with the package's fixed recipe (seed 1) and writes
// the weights the explorer's encoder page loads: public/reverse-model.json.
//
//   pnpm --filter @mha/explorer weights
//
// The recipe is deterministic on a given backend; the held-out accuracy it reached is
// recorded in the file, and the explorer's tests check the committed file against it.
import { writeFileSync } from 'node:fs';
import { evaluateReverseModel, reverseRecipe, trainReverseModel } from '@mha/encoder-block';
import { useBestBackend } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import { serializeReverseModel } from '../src/weights.ts';

const backend = await useBestBackend();
const recipe = reverseRecipe();
const trained = await trainReverseModel({
  ...recipe,
  onProgress: (r) =>
    console.log(
      `step ${r.step}  loss ${r.loss.toFixed(4)}  held-out ${(100 * r.heldOutAccuracy!).toFixed(2)}%`,
    ),
});
const evaluation = evaluateReverseModel(trained.params, recipe.heldOut, recipe.model);
const config = { ...recipe.model, vocabSize: recipe.task.vocabSize };
const file = serializeReverseModel(trained.params, config, {
  recipe: 'reverseRecipe() of @mha/encoder-block',
  seed: recipe.seed,
  steps: trained.losses.length,
  backend: backend.name,
  minLen: recipe.task.minLen,
  maxLen: recipe.task.maxLen,
  heldOutTokenAccuracy: Number(evaluation.tokenAccuracy.toFixed(4)),
  heldOutSequenceAccuracy: Number(evaluation.sequenceAccuracy.toFixed(4)),
});
const target = new URL('../public/reverse-model.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(file, null, 1)}\n`);
tf.dispose(trained.variables);
console.log(
  `wrote public/reverse-model.json: ${trained.losses.length} steps, held-out token accuracy ` +
    `${(100 * evaluation.tokenAccuracy).toFixed(2)}%`,
);
