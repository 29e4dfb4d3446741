export { assertShape, formatShape } from './assert-shape.js';
export {
  BACKEND_PACKAGES,
  type BackendChoice,
  backendsPresent,
  detectPlatform,
  type SkippedBackend,
  type UseBestBackendOptions,
  useBestBackend,
} from './backend.js';
export {
  BACKEND_ENV_VAR,
  BACKEND_NAMES,
  BACKEND_ORDER,
  BackendError,
  type BackendName,
  type Platform,
  readBackendOverride,
} from './backend-names.js';
export { type BatchedMatMulOptions, batchedMatMul } from './batched-matmul.js';
export { broadcastTo } from './broadcast-to.js';
export { exp } from './exp.js';
export { GRADIENTS, registerGradients } from './gradients/register.js';
export {
  deriveSeed,
  glorotUniform,
  mulberry32,
  ones,
  seededNormal,
  seededUniform,
  zeros,
} from './init.js';
export { sliceFirstAxis } from './slice-first-axis.js';
export { softmaxShift } from './softmax-shift.js';
export {
  type DiagramArrow,
  type DiagramBox,
  type DiagramOptions,
  diagramBoxWidth,
  diagramSvg,
} from './svg/diagram.js';
export { type HeatmapOptions, heatmapSvg } from './svg/heatmap.js';
export {
  type LineChartOptions,
  type LineSeries,
  lineChartSvg,
  type VerticalMark,
} from './svg/line-chart.js';
export {
  SIMD_EXP_KERNEL,
  SIMD_MATMUL_KERNEL,
  SLICE_FIRST_AXIS_KERNEL,
} from './wasm-simd/register.js';
