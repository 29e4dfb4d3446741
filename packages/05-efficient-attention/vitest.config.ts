import { stageProject } from '../../vitest.shared.ts';

export default stageProject('@mha/efficient-attention', { isolate: false });
