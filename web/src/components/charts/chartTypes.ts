import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The ECharts options the app's charts may use (only these parts are bundled). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

export interface ChartProps {
  option: ChartOption;
  /** CSS height of the chart, e.g. 320. */
  height: number;
  'data-testid'?: string;
  /** Accessible description of what the chart shows. */
  ariaLabel: string;
  /**
   * 'svg' for drawings of few shapes that should stay sharp when zoomed (a map of routes);
   * canvas, the default, for charts of many points.
   */
  renderer?: 'canvas' | 'svg';
}

/** Mantine palette shades used by the charts, so they match badges and text. */
export const CHART_COLORS = {
  indigo: '#4c6ef5',
  teal: '#12b886',
  orange: '#fd7e14',
  grape: '#be4bdb',
  cyan: '#15aabf',
  yellow: '#fab005',
  red: '#fa5252',
  gray: '#868e96',
  lime: '#82c91e',
  pink: '#e64980',
} as const;
