export { type DropoutOptions, dropout } from './dropout.js';
export { type EncoderOptions, type EncoderResult, encoder } from './encoder.js';
export {
  type EncoderBlockOptions,
  type EncoderBlockParams,
  type EncoderBlockResult,
  encoderBlock,
  initEncoderBlock,
} from './encoder-block.js';
export {
  type Activation,
  type FeedForwardOptions,
  type FeedForwardParams,
  feedForward,
  initFeedForward,
} from './feed-forward.js';
export { ensureGradients } from './gradients.js';
export {
  initLayerNorm,
  type LayerNormOptions,
  type LayerNormParams,
  layerNorm,
} from './layer-norm.js';
export { sinusoidalPositionalEncoding } from './positional-encoding.js';
export { type ResidualOptions, residualSubLayer } from './residual.js';
export { assertTokenIds, embedTokens } from './token-embedding.js';
export { mirroredAttention } from './toy-tasks/mirror-attention.js';
export {
  PAD,
  type ReverseBatch,
  type ReverseTaskConfig,
  reverseTaskSampler,
} from './toy-tasks/reverse-data.js';
export {
  initReverseModel,
  type ReverseModelConfig,
  type ReverseModelOptions,
  type ReverseModelParams,
  type ReverseModelResult,
  reverseModel,
} from './toy-tasks/reverse-model.js';
export { reverseRecipe } from './toy-tasks/reverse-recipe.js';
export {
  evaluateReverseModel,
  type ReverseEvaluation,
  type ReverseTrainingOptions,
  type ReverseTrainingResult,
  type TrainingReport,
  trainReverseModel,
} from './toy-tasks/train-reverse.js';
