import { registerGradients } from '@mha/runtime/gradients';
import { expectClose, expectNoLeaks } from '@mha/runtime/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { embedTokens } from '../src/index.js';

// tfjs-core alone registers no gradient functions: test with @mha/runtime's own.
registerGradients();

const EMBEDDING = [
  [0, 0],
  [1, 2],
  [-1, 0.5],
]; // [vocabSize 3, dModel 2]

describe('embedTokens', () => {
  it('returns [batch, seq, dModel]', () => {
    tf.tidy(() => {
      const x = embedTokens(
        tf.tensor2d(EMBEDDING),
        tf.tensor2d([[1, 2, 0, 0]], undefined, 'int32'),
      );
      expect(x.shape).toEqual([1, 4, 2]);
    });
  });

  it('matches a case computed by hand: E[token]·√dModel + PE(pos)', () => {
    // dModel = 2: one pair, ω = 1, so PE(pos) = [sin pos, cos pos]; √2 = 1.4142135624.
    // sequence 1, tokens [1, 2, 0]:
    //   pos 0: [1, 2]·√2 + [0, 1]                   = [1.4142135624, 3.8284271247]
    //   pos 1: [−1, 0.5]·√2 + [0.8414709848, 0.5403023059] = [−0.5727425776, 1.2474090871]
    //   pos 2: [0, 0] + [0.9092974268, −0.4161468365]      = [0.9092974268, −0.4161468365]
    // sequence 2, tokens [0, 0, 1]: PE alone at pos 0 and 1, then
    //   pos 2: [1.4142135624 + 0.9092974268, 2.8284271247 − 0.4161468365] = [2.3235109892, 2.4122802882]
    tf.tidy(() => {
      const tokens = tf.tensor2d(
        [
          [1, 2, 0],
          [0, 0, 1],
        ],
        undefined,
        'int32',
      );
      expectClose(embedTokens(tf.tensor2d(EMBEDDING), tokens), [
        [
          [Math.SQRT2, 3.8284271247], // √2 = 1.4142135624
          [-0.5727425776, 1.2474090871],
          [0.9092974268, -0.4161468365],
        ],
        [
          [0, 1],
          [0.8414709848, 0.5403023059],
          [2.3235109892, 2.4122802882],
        ],
      ]);
    });
  });

  it('leaves the encoding out when asked: E[token]·√dModel alone', () => {
    // tokens [1, 2, 0]: [1, 2]·√2 = [√2, 2√2], [−1, 0.5]·√2 = [−√2, √½], [0, 0].
    tf.tidy(() => {
      const tokens = tf.tensor2d([[1, 2, 0]], undefined, 'int32');
      const x = embedTokens(tf.tensor2d(EMBEDDING), tokens, { positionalEncoding: false });
      expectClose(x, [
        [
          [Math.SQRT2, 2 * Math.SQRT2],
          [-Math.SQRT2, Math.SQRT1_2],
          [0, 0],
        ],
      ]);
      expect(() =>
        embedTokens(tf.tensor2d(EMBEDDING), tokens, {
          positionalEncoding: 1 as unknown as boolean,
        }),
      ).toThrow("embedTokens: option 'positionalEncoding' must be a boolean, got 1");
    });
  });

  it('gives the same token different vectors at different positions', () => {
    tf.tidy(() => {
      const x = embedTokens(tf.tensor2d(EMBEDDING), tf.tensor2d([[1, 1]], undefined, 'int32'));
      const [first, second] = (x.arraySync() as number[][][])[0]!;
      expect(first).not.toEqual(second);
    });
  });

  it('passes gradients to the embedding rows that were used, and only to them', () => {
    // Each use of token t adds √dModel·dL/dx to row t; token 2 is never used here.
    tf.tidy(() => {
      const tokens = tf.tensor2d([[1, 0, 1]], undefined, 'int32');
      const dE = tf.grad((e: tf.Tensor) => tf.sum(embedTokens(e as tf.Tensor2D, tokens)))(
        tf.tensor2d(EMBEDDING),
      );
      // L = Σ x, so dL/dx = 1 everywhere: row 1 is used twice, row 0 once.
      expectClose(dE, [
        [Math.SQRT2, Math.SQRT2],
        [2 * Math.SQRT2, 2 * Math.SQRT2],
        [0, 0],
      ]);
    });
  });

  it('rejects ids outside the vocabulary, non-integer tokens and bad ranks', () => {
    tf.tidy(() => {
      const embedding = tf.tensor2d(EMBEDDING);
      expect(() => embedTokens(embedding, tf.tensor2d([[1, 3]], undefined, 'int32'))).toThrow(
        "embedTokens: argument 'tokens' holds id 3, outside 0 … 2 (embedding [3, 2])",
      );
      expect(() => embedTokens(embedding, tf.tensor2d([[1, 2]]))).toThrow(
        "embedTokens: argument 'tokens' must be int32 token ids, got 'float32'",
      );
      expect(() =>
        embedTokens(embedding, tf.tensor1d([1, 2], 'int32') as tf.Tensor as tf.Tensor2D),
      ).toThrow("embedTokens: argument 'tokens' must have shape [*, *], got [2]");
    });
  });

  it('leaks no tensors', async () => {
    const embedding = tf.tensor2d(EMBEDDING);
    const tokens = tf.tensor2d([[1, 2]], undefined, 'int32');
    await expectNoLeaks(() => embedTokens(embedding, tokens).dispose());
    tf.dispose([embedding, tokens]);
  });
});
