// Shared by this package's tests: PyTorch fixtures, parameters from JSON, token ids.
import type { EncoderBlockParams, LayerNormParams } from '@mha/encoder-block';
import type { MultiHeadAttentionParams } from '@mha/multi-head-attention';
import { readFixtureCases } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import type { DecoderBlockParams, TransformerConfig, TransformerParams } from '../src/index.js';

/** A nested array as JSON stores it. */
export type Nested = number | Nested[];

/** The `cases` array of `test/fixtures/<file>`, written by `scripts/make_fixtures.py`. */
export function loadCases<T>(file: string): T[] {
  return readFixtureCases<T>(new URL(`./fixtures/${file}`, import.meta.url));
}

/** A float32 tensor from a nested array. */
export function tensor<T extends tf.Tensor = tf.Tensor>(value: Nested): T {
  return tf.tensor(value as number[]) as T;
}

/** Fixture comparisons: within 1e-4 absolute, as PyTorch agreement is specified. */
export const FIXTURE_TOLERANCE = { atol: 1e-4, rtol: 0 };

type AttentionJson = Record<'wQ' | 'wK' | 'wV' | 'wO' | 'bQ' | 'bK' | 'bV' | 'bO', Nested>;
type NormJson = { gamma: number[]; beta: number[] };
type FeedForwardJson = Record<'w1' | 'b1' | 'w2' | 'b2', Nested>;

/** One decoder layer's parameters as the fixture script writes them. */
export interface DecoderBlockJson {
  selfAttention: AttentionJson;
  norm1: NormJson;
  crossAttention: AttentionJson;
  norm2: NormJson;
  feedForward: FeedForwardJson;
  norm3: NormJson;
}

/** One encoder layer's parameters (stage 3's layout). */
export interface EncoderBlockJson {
  attention: AttentionJson;
  norm1: NormJson;
  feedForward: FeedForwardJson;
  norm2: NormJson;
}

/** A full model's parameters as the fixture script writes them. */
export interface TransformerJson {
  srcEmbedding: Nested;
  tgtEmbedding: Nested;
  encoderBlocks: EncoderBlockJson[];
  encoderNorm: NormJson;
  decoderBlocks: DecoderBlockJson[];
  decoderNorm: NormJson;
  generator: { w: Nested; b: Nested };
}

function attention(a: AttentionJson): MultiHeadAttentionParams {
  return {
    wQ: tensor(a.wQ),
    wK: tensor(a.wK),
    wV: tensor(a.wV),
    wO: tensor(a.wO),
    bQ: tensor<tf.Tensor1D>(a.bQ),
    bK: tensor<tf.Tensor1D>(a.bK),
    bV: tensor<tf.Tensor1D>(a.bV),
    bO: tensor<tf.Tensor1D>(a.bO),
  };
}

export function normFromJson(json: NormJson): LayerNormParams {
  return { gamma: tf.tensor1d(json.gamma), beta: tf.tensor1d(json.beta) };
}

function feedForward(f: FeedForwardJson) {
  return { w1: tensor(f.w1), b1: tensor(f.b1), w2: tensor(f.w2), b2: tensor(f.b2) } as const;
}

export function decoderBlockFromJson(json: DecoderBlockJson): DecoderBlockParams {
  return {
    selfAttention: attention(json.selfAttention),
    norm1: normFromJson(json.norm1),
    crossAttention: attention(json.crossAttention),
    norm2: normFromJson(json.norm2),
    feedForward: feedForward(json.feedForward) as DecoderBlockParams['feedForward'],
    norm3: normFromJson(json.norm3),
  };
}

function encoderBlockFromJson(json: EncoderBlockJson): EncoderBlockParams {
  return {
    attention: attention(json.attention),
    norm1: normFromJson(json.norm1),
    feedForward: feedForward(json.feedForward) as EncoderBlockParams['feedForward'],
    norm2: normFromJson(json.norm2),
  };
}

export function transformerFromJson(
  config: Required<TransformerConfig>,
  json: TransformerJson,
): TransformerParams {
  return {
    config,
    srcEmbedding: tensor(json.srcEmbedding),
    tgtEmbedding: tensor(json.tgtEmbedding),
    encoderBlocks: json.encoderBlocks.map(encoderBlockFromJson),
    encoderNorm: normFromJson(json.encoderNorm),
    decoderBlocks: json.decoderBlocks.map(decoderBlockFromJson),
    decoderNorm: normFromJson(json.decoderNorm),
    generator: { w: tensor(json.generator.w), b: tensor<tf.Tensor1D>(json.generator.b) },
  };
}

/** int32 `[batch, seq]` token ids. */
export function ids(rows: number[][]): tf.Tensor2D {
  return tf.tensor2d(rows, undefined, 'int32');
}
