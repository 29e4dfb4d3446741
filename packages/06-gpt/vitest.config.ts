import { stageProject } from '../../vitest.shared.ts';

export default stageProject('@mha/gpt', { isolate: false });
