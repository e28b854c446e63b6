import type { FleetSitePoint } from '../../../api/fleetTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';

/** The site's hashrate (PH/s from a thousand TH/s up) and machines online over time. */
export function siteTrendChartOption(points: readonly FleetSitePoint[]): ChartOption {
  const peta = points.some((p) => p.hashrateThs >= 1000);
  const scale = peta ? 1000 : 1;
  const unit = peta ? 'PH/s' : 'TH/s';
  // Right after the first sweeps there are only a few points: draw them.
  const symbol = points.length < 60 ? 'circle' : 'none';
  return {
    grid: { left: 56, right: 56, top: 40, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'time' },
    yAxis: [
      { type: 'value', name: unit, nameGap: 12 },
      { type: 'value', name: 'Online', nameGap: 12, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'line',
        name: `Hashrate (${unit})`,
        symbol,
        areaStyle: { opacity: 0.12 },
        color: CHART_COLORS.indigo,
        data: points.map((p) => [p.at, Number((p.hashrateThs / scale).toFixed(3))]),
      },
      {
        type: 'line',
        name: 'Machines online',
        step: 'end',
        symbol,
        yAxisIndex: 1,
        color: CHART_COLORS.teal,
        data: points.map((p) => [p.at, p.machinesOnline]),
      },
    ],
  };
}
