export {
  DEFAULT_MAX_SCORE_BYTES,
  type ExactAttentionOptions,
  exactAttention,
  scoreMatrixBytes,
} from './exact-attention.js';
export { type GlobalTokensOptions, globalTokensMask } from './global-tokens-mask.js';
export {
  type FeatureMap,
  type LinearAttentionOptions,
  linearAttention,
} from './linear-attention.js';
export { type LocalAttentionOptions, localAttention } from './local-attention.js';
export {
  type MemoryEfficientAttentionOptions,
  memoryEfficientAttention,
} from './memory-efficient-attention.js';
export {
  type PositiveRandomFeaturesOptions,
  positiveRandomFeatures,
  type RandomFeatureAttentionOptions,
  randomFeatureAttention,
  randomFeatureProjection,
} from './random-feature-attention.js';
export { type SlidingWindowOptions, slidingWindowMask } from './sliding-window-mask.js';
export {
  type FixedBlockMaskOptions,
  fixedBlockMask,
  type StridedMaskOptions,
  stridedMask,
} from './sparse-transformer-masks.js';
