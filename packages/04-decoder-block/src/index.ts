export {
  type DecoderCache,
  type DecoderCacheLayer,
  type DecodeStepOptions,
  type DecodeStepResult,
  decodeStep,
} from './decode-step.js';
export { type DecoderOptions, type DecoderResult, decoder } from './decoder.js';
export {
  type DecoderBlockOptions,
  type DecoderBlockParams,
  type DecoderBlockResult,
  decoderBlock,
  initDecoderBlock,
} from './decoder-block.js';
export {
  type GreedyDecodeOptions,
  greedyDecode,
  type SampleDecodeOptions,
  sampleDecode,
} from './generate.js';
export {
  evaluateTranslator,
  type TranslatorEvaluation,
  type TranslatorModelConfig,
  type TranslatorReport,
  type TranslatorTrainingOptions,
  type TranslatorTrainingResult,
  trainTranslator,
  translatorLoss,
} from './toy-tasks/train-translate.js';
export {
  BOS,
  EOS,
  PAD,
  type TranslateBatch,
  type TranslateTaskConfig,
  translateBatch,
  translateTarget,
  translateTaskSampler,
  translateVocabSizes,
  translationTable,
} from './toy-tasks/translate-data.js';
export { translateRecipe } from './toy-tasks/translate-recipe.js';
export {
  encode,
  initTransformer,
  type TransformerConfig,
  type TransformerOptions,
  type TransformerParams,
  type TransformerResult,
  transformer,
} from './transformer.js';
