export { type BatchedMatMulOptions, batchedMatMul } from './batched-matmul.js';
export { blockWindows } from './block-windows.js';
export { broadcastTo } from './broadcast-to.js';
export { exp } from './exp.js';
export { logSoftmax } from './log-softmax.js';
export { sliceAxis, swapLastTwo } from './slice-axis.js';
export { sliceFirstAxis } from './slice-first-axis.js';
export { softmaxShift } from './softmax-shift.js';
export {
  SIMD_EXP_KERNEL,
  SIMD_MATMUL_KERNEL,
  SLICE_FIRST_AXIS_KERNEL,
} from './wasm-simd/register.js';
