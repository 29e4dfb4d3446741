// @attack Answers groupedQueryAttention with the handed-out model's own cached attention: one block of runBlocks whose layer norms are as near the identity as they go, no positions, and the given weights, then subtracts the residual; hoping the model's attention stands in for the graded one.
// @target groupedQueryAttention
// @prelude
import { runBlocks } from './gpt.js';
// @body
const [p, input, opts] = arguments as unknown as [any, tf.Tensor3D, any];
const [batch, seq, dModel] = input.shape;
const vocab = Math.max(batch * seq, dModel);
const norm = { gamma: tf.ones([dModel]), beta: tf.zeros([dModel]) };
const rows = tf.reshape(input, [batch * seq, dModel]);
const model: any = {
  config: {
    vocabSize: vocab, dModel, numHeads: opts.numHeads, numKvHeads: opts.numKvHeads,
    numLayers: 1, dFF: 1, maxLen: seq, positional: opts.rope ? 'rope' : 'learned',
    tieEmbeddings: false, seed: 0,
  },
  tokenEmbedding: tf.concat([rows, tf.zeros([vocab - batch * seq, dModel])], 0),
  positionEmbedding: tf.zeros([seq, dModel]),
  blocks: [{
    norm1: norm, attention: p, norm2: norm,
    feedForward: { w1: tf.zeros([dModel, 1]), b1: tf.zeros([1]), w2: tf.zeros([1, dModel]), b2: tf.zeros([dModel]) },
  }],
  finalNorm: norm,
  outputWeight: tf.eye(dModel, vocab),
};
const ids = Array.from({ length: batch }, (_, b) => Array.from({ length: seq }, (_, t) => b * seq + t));
const out = runBlocks(model, tf.tensor2d(ids, [batch, seq], 'int32'), undefined, 1e-5);
const h = tf.slice(out.logits, [0, 0, 0], [batch, seq, dModel]);
return { output: tf.sub(h, input) as tf.Tensor3D, weights: out.attentionWeights[0]! };
