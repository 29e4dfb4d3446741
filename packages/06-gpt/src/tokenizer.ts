/** The special tokens, at ids 0 … 3 of every {@link CharTokenizer}. */
export const SPECIAL_TOKENS = ['<pad>', '<unk>', '<bos>', '<eos>'] as const;
/** Id of `<pad>`: fills batches to one length; never predicted. */
export const PAD_ID = 0;
/** Id of `<unk>`: every character seen fewer than `minCount` times in training. */
export const UNK_ID = 1;
/** Id of `<bos>`: the first input of every poem. */
export const BOS_ID = 2;
/** Id of `<eos>`: the last target of every poem. */
export const EOS_ID = 3;

/** The tokenizer as JSON: its vocabulary, special tokens first. */
export interface CharTokenizerJSON {
  kind: 'char';
  /** Every token, id = index; ids 0 … 3 are `<pad>`, `<unk>`, `<bos>`, `<eos>`. */
  vocab: string[];
}

/** Options of {@link CharTokenizer.encode}. */
export interface EncodeOptions {
  /** Put `<bos>` first. Default `false`. */
  bos?: boolean;
  /** Put `<eos>` last. Default `false`. */
  eos?: boolean;
}

/** A character-level tokenizer: one id per Unicode code point of the vocabulary. */
export interface CharTokenizer {
  /** Every token, id = index, special tokens first. */
  readonly vocab: readonly string[];
  /** `vocab.length`: the model's `vocabSize`. */
  readonly vocabSize: number;
  /** The id of each character (`<unk>` for one not in the vocabulary), with `<bos>`/`<eos>` on request. */
  encode(text: string, options?: EncodeOptions): number[];
  /** The text of the ids, special tokens left out. */
  decode(ids: readonly number[]): string;
  /** The vocabulary as JSON, for {@link tokenizerFromJSON}. */
  toJSON(): CharTokenizerJSON;
}

/** Options of {@link buildCharTokenizer}. */
export interface BuildTokenizerOptions {
  /** A character enters the vocabulary when it occurs at least this often. Default `1`. */
  minCount?: number;
}

function makeTokenizer(vocab: readonly string[]): CharTokenizer {
  const ids = new Map<string, number>(vocab.map((token, id) => [token, id]));
  const special = new Set<number>([PAD_ID, UNK_ID, BOS_ID, EOS_ID]);
  const tokenizer: CharTokenizer = {
    vocab,
    vocabSize: vocab.length,
    encode(text, options = {}) {
      if (typeof text !== 'string') {
        throw new Error(`encode: argument 'text' must be a string, got ${typeof text}`);
      }
      const out: number[] = options.bos ? [BOS_ID] : [];
      for (const char of text) out.push(ids.get(char) ?? UNK_ID); // by code point
      if (options.eos) out.push(EOS_ID);
      return out;
    },
    decode(tokens) {
      let text = '';
      for (const id of tokens) {
        if (!Number.isInteger(id) || id < 0 || id >= vocab.length) {
          throw new Error(`decode: argument 'ids' holds ${id}, outside 0 … ${vocab.length - 1}`);
        }
        if (!special.has(id)) text += vocab[id];
      }
      return text;
    },
    toJSON: () => ({ kind: 'char', vocab: [...vocab] }),
  };
  return tokenizer;
}

/**
 * Builds a character tokenizer from training texts: the four special tokens, then every
 * character that occurs at least `minCount` times, most frequent first (ties by code point),
 * so that the same texts always give the same ids.
 *
 * @param texts the training texts.
 * @param options `minCount` (default 1).
 */
export function buildCharTokenizer(
  texts: readonly string[],
  options: BuildTokenizerOptions = {},
): CharTokenizer {
  const { minCount = 1 } = options;
  if (!Number.isInteger(minCount) || minCount < 1) {
    throw new Error(
      `buildCharTokenizer: option 'minCount' must be an integer >= 1, got ${minCount}`,
    );
  }
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const kept = [...counts.entries()]
    .filter(([char, n]) => n >= minCount && !(SPECIAL_TOKENS as readonly string[]).includes(char))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([char]) => char);
  return makeTokenizer([...SPECIAL_TOKENS, ...kept]);
}

/** Rebuilds a tokenizer from {@link CharTokenizer.toJSON}'s output. */
export function tokenizerFromJSON(json: CharTokenizerJSON): CharTokenizer {
  const fn = 'tokenizerFromJSON';
  if (json?.kind !== 'char' || !Array.isArray(json.vocab)) {
    throw new Error(`${fn}: argument 'json' must be { kind: 'char', vocab: string[] }`);
  }
  SPECIAL_TOKENS.forEach((token, id) => {
    if (json.vocab[id] !== token) {
      throw new Error(`${fn}: vocab[${id}] must be '${token}', got '${json.vocab[id]}'`);
    }
  });
  if (new Set(json.vocab).size !== json.vocab.length) {
    throw new Error(`${fn}: the vocabulary holds a token twice`);
  }
  return makeTokenizer(json.vocab);
}
