// Training on tfjs-core: importing this module registers the gradient functions that
// tfjs-core alone never registers (see ../gradients).
import '../gradients/index.js';

export { clipByGlobalNorm } from './clip.js';
export { maskedCrossEntropy, type ScoredPositions } from './masked-cross-entropy.js';
export { inverseSqrt, type LearningRateSchedule, warmupCosine } from './schedules.js';
export { toVariables } from './to-variables.js';
export {
  type StepReport,
  type TrainOptions,
  type TrainResult,
  train,
  yieldToEventLoop,
} from './train.js';
