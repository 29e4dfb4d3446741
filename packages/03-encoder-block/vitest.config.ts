import { stageProject } from '../../vitest.shared.ts';

export default stageProject('@mha/encoder-block', { isolate: false });
