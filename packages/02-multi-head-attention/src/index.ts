export { causalMask } from './causal-mask.js';
export { combineMasks } from './combine-masks.js';
export {
  initMultiHeadAttention,
  type MultiHeadAttentionConfig,
  type MultiHeadAttentionParams,
} from './init-multi-head-attention.js';
export {
  fromAdditiveMask,
  fromTorchAttnMask,
  fromTorchKeyPaddingMask,
  fromValidLengths,
} from './mask-converters.js';
export { mergeHeads } from './merge-heads.js';
export {
  type MultiHeadAttentionOptions,
  type MultiHeadAttentionResult,
  multiHeadAttention,
  project,
} from './multi-head-attention.js';
export { paddingMask } from './padding-mask.js';
export { splitHeads } from './split-heads.js';
