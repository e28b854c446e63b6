import type { PromiseSplit } from '../../../api/promiseTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';
import { addDaysIso } from '../../../lib/isoDates';
import { mondayOf } from './soDraft';

const SOURCE_COLORS = [
  CHART_COLORS.indigo,
  CHART_COLORS.orange,
  CHART_COLORS.teal,
  CHART_COLORS.grape,
  CHART_COLORS.cyan,
  CHART_COLORS.pink,
  CHART_COLORS.lime,
];

/** Every Monday from the first ship week to the last, so gaps between shipments show. */
function shipWeeks(splits: readonly PromiseSplit[]): string[] {
  const mondays = splits.map((split) => mondayOf(split.shipOn)).sort();
  const weeks: string[] = [];
  const last = mondays.at(-1);
  for (let week = mondays[0]; week && last && week <= last; week = addDaysIso(week, 7))
    weeks.push(week);
  return weeks;
}

/** Units the order ships by week (x: Mondays), one stacked bar series per source, plant first. */
export function splitsChartOption(splits: readonly PromiseSplit[]): ChartOption {
  const weeks = shipWeeks(splits);
  const sources = [...new Map(splits.map((s) => [s.source, s])).values()].sort(
    (a, b) => Number(b.kind === 'us_plant') - Number(a.kind === 'us_plant'),
  );
  return {
    grid: { left: 56, right: 16, top: 40, bottom: 32 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    xAxis: { type: 'category', data: weeks, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: 'Units', nameGap: 12 },
    series: sources.map((source, i) => ({
      type: 'bar',
      name: source.sourceName,
      stack: 'units',
      barMaxWidth: 32,
      color: source.kind === 'us_plant' ? CHART_COLORS.indigo : SOURCE_COLORS[(i % 6) + 1],
      // A week the source ships nothing is left empty rather than a zero in the tooltip.
      data: weeks.map(
        (week) =>
          splits
            .filter((s) => s.source === source.source && mondayOf(s.shipOn) === week)
            .reduce((sum, s) => sum + s.quantity, 0) || null,
      ),
    })),
  };
}
