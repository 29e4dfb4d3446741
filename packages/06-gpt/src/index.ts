export {
  type GroupedQueryAttentionConfig,
  type GroupedQueryAttentionOptions,
  type GroupedQueryAttentionParams,
  type GroupedQueryAttentionResult,
  groupedQueryAttention,
  initGroupedQueryAttention,
  type RopeOption,
} from './grouped-query-attention.js';
export { applyRotaryEmbedding, type RotaryEmbeddingOptions } from './rotary-embedding.js';
