import { stageProject } from '../../vitest.shared.ts';

export default stageProject('@mha/scaled-dot-product-attention', { isolate: false });
