import EChartsReactCore from 'echarts-for-react/esm/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { ChartProps } from './chartTypes';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
  SVGRenderer,
]);

/** One ECharts canvas; loaded lazily through `Chart` so ECharts stays out of the first page load. */
export default function EChart({
  option,
  height,
  ariaLabel,
  renderer = 'canvas',
  'data-testid': testId,
}: ChartProps) {
  return (
    <div data-testid={testId} role="img" aria-label={ariaLabel}>
      <EChartsReactCore
        echarts={echarts}
        option={option}
        opts={{ renderer }}
        notMerge
        style={{ height, width: '100%' }}
      />
    </div>
  );
}
