export { type BitsPerCharOptions, bitsPerChar } from './bits-per-char.js';
export {
  checkSamplingOptions,
  type GenerateOptions,
  type GptModel,
  generate,
  kvCacheBytes,
  type SamplingOptions,
  sampleNextToken,
  samplingDistribution,
} from './generate.js';
export {
  countGptParameters,
  disposeGpt,
  type GptBlockParams,
  type GptConfig,
  type GptOptions,
  type GptParams,
  type GptResult,
  gpt,
  gptTensors,
  initGpt,
  type Positional,
  ROPE_BASE,
} from './gpt.js';
export {
  type GroupedQueryAttentionConfig,
  type GroupedQueryAttentionOptions,
  type GroupedQueryAttentionParams,
  type GroupedQueryAttentionResult,
  groupedQueryAttention,
  initGroupedQueryAttention,
  type RopeOption,
} from './grouped-query-attention.js';
export {
  type LoadOptions,
  loadGptWeights,
  loadTangPoet,
  type WeightsSource,
} from './load-weights.js';
export {
  type NgramModel,
  ngramBitsPerChar,
  ngramProbability,
  sampleNgram,
  trainNgram,
} from './ngram.js';
export { regularPoemForm } from './poem-form.js';
export { applyRotaryEmbedding, type RotaryEmbeddingOptions } from './rotary-embedding.js';
export {
  BOS_ID,
  type BuildTokenizerOptions,
  buildCharTokenizer,
  type CharTokenizer,
  type CharTokenizerJSON,
  type EncodeOptions,
  EOS_ID,
  PAD_ID,
  SPECIAL_TOKENS,
  tokenizerFromJSON,
  UNK_ID,
} from './tokenizer.js';
export {
  languageModelLoss,
  type PackedBatchOptions,
  packedBatch,
  packTexts,
} from './training-data.js';
export { deserializeGpt, serializeGpt, type WeightDtype } from './weights.js';
