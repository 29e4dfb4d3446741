// The pieces of training the training script and the benchmark share: settings, the
// learning-rate schedule, the loss and an AdamW step with global-norm clipping.
import * as tf from '@tensorflow/tfjs-core';
import { type GptConfig, type GptParams, gpt } from '../src/index.js';

/** Every setting, with its default; `--name value` on the command line overrides it. */
export const defaults = {
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
  /** Where the shipped float16 weights go, from the package folder. */
  output: 'src/weights/tang-poet.bin',
  /** Where checkpoints go, from the package folder. */
  checkpoints: 'node_modules/.cache/mha-gpt/checkpoint',
};
export type Settings = typeof defaults;

export function parseArgs(argv: string[]): Settings {
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
export function learningRate(s: Settings, step: number): number {
  if (step < s.warmup) return (s.lr * (step + 1)) / s.warmup;
  const progress = Math.min(1, (step - s.warmup) / Math.max(1, s.steps - s.warmup));
  return s.minLr + 0.5 * (s.lr - s.minLr) * (1 + Math.cos(Math.PI * progress));
}

/** Mean cross-entropy (nats) of the next id at every position. */
export function lossOf(params: GptParams, inputs: tf.Tensor2D, targets: tf.Tensor1D): tf.Scalar {
  const { logits } = gpt(params, inputs); // [batch, seq, V]
  const vocab = params.config.vocabSize;
  const flat = tf.reshape(logits, [-1, vocab]); // -> [batch·seq, V]
  const logProbs = tf.logSoftmax(flat); // ln p, [batch·seq, V]; its own gradient, no max on the tape
  const rows = tf.range(0, flat.shape[0]!, 1, 'int32');
  const picks = tf.add(tf.mul(rows, tf.scalar(vocab, 'int32')), targets); // flat index of each target's logit
  const picked = tf.gather(tf.reshape(logProbs, [-1]), picks); // ln p(target), [batch·seq]
  return tf.neg(tf.mean(picked)) as tf.Scalar;
}

/** AdamW (decoupled weight decay on the matrices) with global-norm gradient clipping. */
export interface AdamW {
  /** One update from the gradients of `loss`; returns the loss. Call inside a `tf.tidy`. */
  step(loss: () => tf.Scalar, lr: number, step: number): number;
  /** First moments, then second moments, one per variable (for checkpoints). */
  moments: tf.Variable[];
}

/**
 * AdamW over `variables`, starting from stored `moments` (first then second, flattened)
 * when given.
 *
 * $$g \leftarrow g \min(1, c / \lVert g \rVert), \quad m \leftarrow \beta_1 m + (1 - \beta_1) g,
 *   \quad v \leftarrow \beta_2 v + (1 - \beta_2) g^2, \quad
 *   w \leftarrow w (1 - \eta \lambda) - \eta \frac{m / (1 - \beta_1^t)}{\sqrt{v / (1 - \beta_2^t)} + \epsilon}$$
 */
export function createAdamW(
  variables: tf.Variable[],
  settings: Pick<Settings, 'clip' | 'weightDecay'>,
  moments?: Float32Array,
): AdamW {
  const beta1 = 0.9;
  const beta2 = 0.95;
  const m = variables.map((v) => tf.variable(tf.zerosLike(v), false));
  const v2 = variables.map((v) => tf.variable(tf.zerosLike(v), false));
  if (moments) {
    let at = 0;
    for (const t of [...m, ...v2]) {
      t.assign(tf.tensor(moments.subarray(at, at + t.size), t.shape));
      at += t.size;
    }
  }
  const decays = variables.map((v) => v.rank === 2); // weight decay on matrices only
  return {
    moments: [...m, ...v2],
    step(loss, lr, step) {
      const { value, grads } = tf.variableGrads(loss, variables);
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
    },
  };
}
