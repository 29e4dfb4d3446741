export { toAllowedMask } from './attention-mask.js';
export { type MaskedRowPolicy } from './masked-softmax.js';
export {
  type AttentionOptions,
  type AttentionResult,
  scaledDotProductAttention,
} from './scaled-dot-product-attention.js';
export { softmax } from './softmax.js';
