export {
  type DiagramArrow,
  type DiagramBox,
  type DiagramOptions,
  diagramBoxWidth,
  diagramSvg,
} from './diagram.js';
export { type HeatmapOptions, heatmapSvg } from './heatmap.js';
export {
  type LineChartOptions,
  type LineSeries,
  lineChartSvg,
  type VerticalMark,
} from './line-chart.js';
