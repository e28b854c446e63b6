import type { ParetoRow, ServiceAnalytics } from '../../../api/serviceAnalyticsTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';

/** Machines shipped back by days away, in the server's buckets. */
export function turnaroundChartOption(turnaround: ServiceAnalytics['turnaround']): ChartOption {
  return {
    grid: { left: 44, right: 16, top: 24, bottom: 48 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: turnaround.buckets.map((b) => b.label),
      axisLabel: { interval: 0, rotate: 30 },
    },
    yAxis: { type: 'value', name: 'Machines', nameGap: 10, minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: 'Machines',
        color: CHART_COLORS.indigo,
        barMaxWidth: 48,
        data: turnaround.buckets.map((b) => b.count),
      },
    ],
  };
}

/**
 * A Pareto chart: counts as bars, most first, and the running share as a line on a second axis
 * (0–100%), so the few causes behind most failures stand out.
 */
export function paretoChartOption(rows: ParetoRow[], label: (key: string) => string): ChartOption {
  return {
    grid: { left: 44, right: 48, top: 36, bottom: 72 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: rows.map((r) => label(r.key)),
      axisLabel: { interval: 0, rotate: 35, width: 110, overflow: 'truncate' },
    },
    yAxis: [
      { type: 'value', name: 'Count', nameGap: 10, minInterval: 1 },
      {
        type: 'value',
        name: 'Cumulative',
        min: 0,
        max: 100,
        nameGap: 10,
        axisLabel: { formatter: '{value}%' },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: 'Count',
        color: CHART_COLORS.indigo,
        barMaxWidth: 40,
        data: rows.map((r) => r.count),
      },
      {
        type: 'line',
        name: 'Cumulative share',
        yAxisIndex: 1,
        color: CHART_COLORS.orange,
        symbolSize: 6,
        data: rows.map((r) => r.cumulativeBp / 100),
        tooltip: { valueFormatter: (v) => `${Number(v).toFixed(1)}%` },
      },
    ],
  };
}
