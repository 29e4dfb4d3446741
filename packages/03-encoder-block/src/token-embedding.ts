import { assertShape, formatShape } from '@mha/runtime';
import * as tf from '@tensorflow/tfjs-core';
import { sinusoidalPositionalEncoding } from './positional-encoding.js';

/**
 * The token check every stage shares: `tokens` is a tensor of int32 ids (a plain array or a
 * float tensor is an error naming the function and the argument). Shapes and the range of
 * the ids are the caller's to check.
 *
 * @param tokens the tensor to check.
 * @param argName the argument's name, for the message.
 * @param fn the public function doing the check, named in the message.
 */
export function assertTokenIds(tokens: unknown, argName: string, fn: string): void {
  if (!(tokens instanceof tf.Tensor)) {
    throw new Error(
      `${fn}: argument '${argName}' must be a tf.Tensor of int32 token ids, got ${
        Array.isArray(tokens) ? 'an array' : typeof tokens
      }; wrap it: tf.tensor(ids, undefined, 'int32')`,
    );
  }
  if (tokens.dtype !== 'int32') {
    throw new Error(`${fn}: argument '${argName}' must be int32 token ids, got '${tokens.dtype}'`);
  }
}

/**
 * The encoder's input: each token's embedding, scaled by √dModel, plus the
 * positional encoding of its position (section 3.4 and 3.5 of the paper).
 *
 * $$x_{n,\,pos} = E_{\text{tokens}_{n,pos}}\,\sqrt{d_\text{model}} + PE_{pos}$$
 *
 * This is the one place the positional encoding enters: once, on the input,
 * before the first block. Queries, keys and values are all projected from this
 * sum, so every one of them carries position; nothing is added to the keys or
 * values separately. The lookup is written as a one-hot matrix product, which
 * TensorFlow.js can differentiate on every backend.
 *
 * `positionalEncoding: false` leaves the encoding out, $x = E\sqrt{d_\text{model}}$,
 * for ablations: a model fed this input cannot tell positions apart.
 *
 * @param embedding E, `[vocabSize, dModel]`: one row per token id.
 * @param tokens `[batch, seq]`, int32 ids in 0 … vocabSize − 1.
 * @param options `positionalEncoding`: add PE when true. Default `true`.
 * @returns `[batch, seq, dModel]`.
 */
export function embedTokens(
  embedding: tf.Tensor2D,
  tokens: tf.Tensor2D,
  options: { positionalEncoding?: boolean } = {},
): tf.Tensor3D {
  const fn = 'embedTokens';
  const { positionalEncoding = true } = options;
  if (typeof positionalEncoding !== 'boolean') {
    throw new Error(
      `${fn}: option 'positionalEncoding' must be a boolean, got ${String(positionalEncoding)}`,
    );
  }
  assertShape(embedding, [-1, -1], 'embedding', fn);
  assertTokenIds(tokens, 'tokens', fn);
  assertShape(tokens, [-1, -1], 'tokens', fn);
  const [vocabSize, dModel] = embedding.shape;
  const [batch, seq] = tokens.shape;
  const ids = tokens.dataSync();
  const bad = ids.find((id) => id < 0 || id >= vocabSize);
  if (bad !== undefined) {
    throw new Error(
      `${fn}: argument 'tokens' holds id ${bad}, outside 0 … ${vocabSize - 1} ` +
        `(embedding ${formatShape(embedding.shape)})`,
    );
  }
  return tf.tidy(() => {
    // 1) look up each token's row: one-hot · E
    const oneHot = tf.oneHot(tf.reshape(tokens, [-1]), vocabSize); // -> [batch·seq, vocabSize]
    const rows = tf.matMul(tf.cast(oneHot, 'float32'), embedding); // -> [batch·seq, dModel]
    // 2) scale by √dModel
    const scaled = tf.mul(rows, Math.sqrt(dModel));
    const embedded = tf.reshape(scaled, [batch, seq, dModel]); // -> [batch, seq, dModel]
    if (!positionalEncoding) return embedded as tf.Tensor3D;
    // 3) add the positional encoding, the same for every sequence in the batch
    return tf.add(embedded, sinusoidalPositionalEncoding(seq, dModel)) as tf.Tensor3D;
  });
}
