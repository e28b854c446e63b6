import type { RampWeek } from '../../../api/capacityTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';

/** The current week: the last one with units counted (weeks to come have none). */
export function currentWeek(weeks: readonly RampWeek[]): RampWeek | undefined {
  return weeks.filter((week) => week.built !== null).at(-1);
}

/**
 * Units by week: the phase target as a step, the build plan as bars, and units built and
 * passed burn-in as lines up to this week, which a marker shows.
 */
export function rampChartOption(weeks: readonly RampWeek[]): ChartOption {
  const now = currentWeek(weeks);
  return {
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: {
      type: 'category',
      data: weeks.map((week) => week.week),
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', name: 'Units', nameGap: 12 },
    series: [
      {
        type: 'bar',
        name: 'Planned',
        barMaxWidth: 18,
        itemStyle: { color: CHART_COLORS.indigo, opacity: 0.45 },
        data: weeks.map((week) => week.planned),
        markLine: now
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { color: CHART_COLORS.gray, type: 'dashed' },
              label: { formatter: 'This week', position: 'insideEndTop' },
              data: [{ xAxis: now.week }],
            }
          : undefined,
      },
      {
        type: 'line',
        name: 'Phase target',
        step: 'middle',
        symbol: 'none',
        lineStyle: { width: 2 },
        color: CHART_COLORS.orange,
        data: weeks.map((week) => week.target),
      },
      {
        type: 'line',
        name: 'Built',
        symbolSize: 5,
        color: CHART_COLORS.cyan,
        data: weeks.map((week) => week.built),
      },
      {
        type: 'line',
        name: 'Passed burn-in',
        symbolSize: 5,
        color: CHART_COLORS.teal,
        data: weeks.map((week) => week.passed),
      },
    ],
  };
}
