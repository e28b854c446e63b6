import type { LogisticsKpis } from '../../../api/logisticsTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';

/** Days from order confirmed to unit delivered, US-built against imported: mean, P50, P90. */
export function leadTimeChartOption(leadTime: LogisticsKpis['leadTime']): ChartOption {
  const measures = [
    { name: 'Mean', key: 'meanDays' },
    { name: 'P50', key: 'p50Days' },
    { name: 'P90', key: 'p90Days' },
  ] as const;
  return {
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${v} d` },
    legend: { top: 0 },
    xAxis: { type: 'category', data: measures.map((m) => m.name) },
    yAxis: { type: 'value', name: 'Days', nameGap: 12 },
    series: [
      {
        type: 'bar',
        name: 'US-built',
        color: CHART_COLORS.indigo,
        barMaxWidth: 36,
        data: measures.map((m) => leadTime.usBuilt[m.key]),
      },
      {
        type: 'bar',
        name: 'Imported',
        color: CHART_COLORS.orange,
        barMaxWidth: 36,
        data: measures.map((m) => leadTime.imported[m.key]),
      },
    ],
  };
}
