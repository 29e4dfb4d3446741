// Encoder-block parameters from the JSON fixtures, and as tf.Variables for training tests.
import * as tf from '@tensorflow/tfjs-core';
import type { EncoderBlockParams, LayerNormParams } from '../src/index.js';
import type { Nested } from './support.js';

export type { Nested } from './support.js';

/** One block's parameters as `scripts/make_fixtures.py` writes them (this project's layout). */
export interface BlockJson {
  attention: Record<'wQ' | 'wK' | 'wV' | 'wO' | 'bQ' | 'bK' | 'bV' | 'bO', Nested>;
  norm1: { gamma: number[]; beta: number[] };
  feedForward: Record<'w1' | 'b1' | 'w2' | 'b2', Nested>;
  norm2: { gamma: number[]; beta: number[] };
}

export function normFromJson(json: { gamma: number[]; beta: number[] }): LayerNormParams {
  return { gamma: tf.tensor1d(json.gamma), beta: tf.tensor1d(json.beta) };
}

export function blockFromJson(json: BlockJson): EncoderBlockParams {
  const t = <T extends tf.Tensor>(value: Nested) => tf.tensor(value as number[]) as T;
  const a = json.attention;
  const f = json.feedForward;
  return {
    attention: {
      wQ: t(a.wQ),
      wK: t(a.wK),
      wV: t(a.wV),
      wO: t(a.wO),
      bQ: t<tf.Tensor1D>(a.bQ),
      bK: t<tf.Tensor1D>(a.bK),
      bV: t<tf.Tensor1D>(a.bV),
      bO: t<tf.Tensor1D>(a.bO),
    },
    norm1: normFromJson(json.norm1),
    feedForward: { w1: t(f.w1), b1: t<tf.Tensor1D>(f.b1), w2: t(f.w2), b2: t<tf.Tensor1D>(f.b2) },
    norm2: normFromJson(json.norm2),
  };
}

/** The same block with every tensor turned into a tf.Variable (the originals are disposed). */
export function toVariables(params: EncoderBlockParams): {
  params: EncoderBlockParams;
  variables: tf.Variable[];
  /** `paths[j]` names `variables[j]`, e.g. `'attention.wQ'`. */
  paths: string[];
} {
  const variables: tf.Variable[] = [];
  const paths: string[] = [];
  const group = <G>(name: string, g: G): G =>
    Object.fromEntries(
      Object.entries(g as Record<string, tf.Tensor | undefined>).map(([key, t]) => {
        if (t === undefined) return [key, t];
        const v = tf.variable(t);
        t.dispose();
        variables.push(v);
        paths.push(`${name}.${key}`);
        return [key, v];
      }),
    ) as G;
  return {
    params: {
      attention: group('attention', params.attention),
      norm1: group('norm1', params.norm1),
      feedForward: group('feedForward', params.feedForward),
      norm2: group('norm2', params.norm2),
    },
    variables,
    paths,
  };
}
