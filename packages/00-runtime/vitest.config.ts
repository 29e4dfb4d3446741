import { stageProject } from '../../vitest.shared.ts';

export default stageProject('@mha/runtime', { isolate: false });
