import type { RampHeadcountMonth } from '../../../api/capacityTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';

/** People on staff by month as bars against the headcount plan's target as a step. */
export function headcountChartOption(months: readonly RampHeadcountMonth[]): ChartOption {
  return {
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: months.map((month) => month.month) },
    yAxis: { type: 'value', name: 'People', nameGap: 12 },
    series: [
      {
        type: 'bar',
        name: 'On staff',
        barMaxWidth: 28,
        itemStyle: { color: CHART_COLORS.teal },
        data: months.map((month) => month.actual),
      },
      {
        type: 'line',
        name: 'Target',
        step: 'middle',
        symbol: 'none',
        lineStyle: { width: 2 },
        color: CHART_COLORS.orange,
        data: months.map((month) => month.target),
      },
    ],
  };
}
