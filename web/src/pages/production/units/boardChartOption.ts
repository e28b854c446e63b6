import type { BurnInRun } from '../../../api/productionTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';

/** Bars of each hashboard's hashrate (TH/s) in one burn-in run; boards missing chips show red. */
export function boardChartOption(run: BurnInRun): ChartOption {
  const boards = [...run.boards].sort((a, b) => a.index - b.index);
  return {
    grid: { left: 48, right: 16, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: boards.map((board) => `Board ${board.index + 1}`),
    },
    yAxis: { type: 'value', name: 'TH/s', nameGap: 12 },
    series: [
      {
        type: 'bar',
        name: 'Hashrate',
        barMaxWidth: 56,
        data: boards.map((board) => ({
          value: Math.round(board.hashrateGhs / 10) / 100,
          itemStyle: {
            color: board.chipsFound < board.chipsExpected ? CHART_COLORS.red : CHART_COLORS.indigo,
          },
        })),
      },
    ],
  };
}
