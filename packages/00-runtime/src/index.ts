export { assertShape, formatShape } from './assert-shape.js';
export {
  type BackendChoice,
  backendsPresent,
  type SkippedBackend,
  type UseBestBackendOptions,
  useBestBackend,
} from './backend.js';
export {
  BACKEND_ENV_VAR,
  BACKEND_NAMES,
  BackendError,
  type BackendName,
  readBackendOverride,
} from './backend-names.js';
export { type BatchedMatMulOptions, batchedMatMul } from './batched-matmul.js';
export {
  deriveSeed,
  glorotUniform,
  mulberry32,
  ones,
  seededNormal,
  seededUniform,
  zeros,
} from './init.js';
export { softmaxShift } from './softmax-shift.js';
export { type HeatmapOptions, heatmapSvg } from './svg/heatmap.js';
export { type LineChartOptions, type LineSeries, lineChartSvg } from './svg/line-chart.js';
