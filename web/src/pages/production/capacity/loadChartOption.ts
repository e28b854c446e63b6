import type { Constraint } from '../../../api/capacityTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';

/** Hours the plan needs of one work centre or role by week as bars (red past capacity). */
export function loadChartOption(weeks: readonly string[], constraint: Constraint): ChartOption {
  return {
    grid: { left: 56, right: 16, top: 40, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: [...weeks], axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: 'Hours', nameGap: 12 },
    series: [
      {
        type: 'bar',
        name: 'Load',
        barMaxWidth: 24,
        color: CHART_COLORS.indigo,
        data: constraint.loadHours.map((hours, i) => ({
          value: hours,
          itemStyle: {
            color:
              hours > (constraint.capacityHours[i] ?? 0) ? CHART_COLORS.red : CHART_COLORS.indigo,
          },
        })),
      },
      {
        type: 'line',
        name: 'Capacity',
        step: 'middle',
        symbol: 'none',
        lineStyle: { width: 2 },
        color: CHART_COLORS.teal,
        data: constraint.capacityHours,
      },
    ],
  };
}
