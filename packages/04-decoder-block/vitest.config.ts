import { stageProject } from '../../vitest.shared.ts';

export default stageProject('@mha/decoder-block', { isolate: false });
