import { stageProject } from '../../vitest.shared.ts';

export default stageProject('@mha/multi-head-attention', { isolate: false });
