import type { MachineHistory } from '../../../api/fleetTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';

/**
 * A machine's hashrate (left axis) and hottest chip (right axis) over the whole window asked
 * for; gaps stay gaps, and points are drawn while there are few of them.
 */
export function historyChartOption(history: MachineHistory): ChartOption {
  const { points } = history;
  const symbol = points.length < 60 ? 'circle' : 'none';
  return {
    grid: { left: 56, right: 56, top: 40, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'time', min: history.from, max: history.to },
    yAxis: [
      { type: 'value', name: 'TH/s', nameGap: 12 },
      {
        type: 'value',
        name: '°C',
        nameGap: 12,
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'line',
        name: 'Hashrate (TH/s)',
        symbol,
        areaStyle: { opacity: 0.12 },
        color: CHART_COLORS.indigo,
        data: points.map((p) => [p.at, p.hashrateThs]),
      },
      {
        type: 'line',
        name: 'Hottest chip (°C)',
        symbol,
        yAxisIndex: 1,
        color: CHART_COLORS.orange,
        data: points.map((p) => [p.at, p.chipTempMaxC]),
      },
    ],
  };
}
