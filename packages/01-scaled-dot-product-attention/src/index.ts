export { assertMask } from './attention-mask.js';
export type { MaskedRowPolicy } from './masked-softmax.js';
export {
  type AttentionOptions,
  type AttentionResult,
  checkQueryKeyValue,
  scaledDotProductAttention,
} from './scaled-dot-product-attention.js';
export {
  initSingleHead,
  type SingleHeadConfig,
  type SingleHeadParams,
  singleHeadAttention,
} from './single-head-attention.js';
export { softmax } from './softmax.js';
