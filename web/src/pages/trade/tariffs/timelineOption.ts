import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';
import { formatBp } from '../../../lib/format';
import type { RateOnDate } from '../../../lib/tariffRules';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function tooltipHtml(point: RateOnDate): string {
  const programs = point.programs.length
    ? point.programs
        .map((p) => {
          const tags = [p.voided ? 'voided' : '', p.fromScenario ? 'scenario' : '']
            .filter(Boolean)
            .join(', ');
          return `${escapeHtml(p.program)}: <b>${formatBp(p.rateBp)}</b>${tags ? ` <i>(${tags})</i>` : ''}`;
        })
        .join('<br/>')
    : 'No duty';
  return `<b>${point.date}</b><br/>Total: <b>${formatBp(point.totalBp)}</b><br/>${programs}`;
}

/**
 * A step chart of the total duty rate: each point's rate holds until the next point
 * (`step: 'end'`), as rows run from `effectiveFrom` up to, not including, `effectiveTo`.
 */
export function timelineOption(points: RateOnDate[], today: string, narrow: boolean): ChartOption {
  const byDate = new Map(points.map((point) => [point.date, point]));
  const showStanding = points.some((point) => point.standingBp !== point.totalBp);
  return {
    animation: false,
    grid: { left: 8, right: 16, top: narrow ? 60 : 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 18 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const first = list[0] as { data?: [string, number] } | undefined;
        const point = first?.data ? byDate.get(first.data[0]) : undefined;
        return point ? tooltipHtml(point) : '';
      },
    },
    xAxis: { type: 'time', min: points[0]?.date, max: points.at(-1)?.date },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { formatter: (value: number) => `${value}%` },
    },
    series: [
      {
        name: 'Total rate charged at entry',
        type: 'line',
        step: 'end',
        symbol: 'none',
        color: CHART_COLORS.indigo,
        lineStyle: { width: 2 },
        areaStyle: { opacity: 0.08 },
        data: points.map((point) => [point.date, point.totalBp / 100]),
        markLine: {
          silent: true,
          symbol: 'none',
          label: { formatter: 'today', position: 'insideEndTop' },
          lineStyle: { color: CHART_COLORS.gray, type: 'dashed' },
          data: [{ xAxis: today }],
        },
      },
      ...(showStanding
        ? [
            {
              name: 'Without programs voided later',
              type: 'line' as const,
              step: 'end' as const,
              symbol: 'none',
              color: CHART_COLORS.orange,
              lineStyle: { width: 1.5, type: 'dashed' as const },
              data: points.map((point) => [point.date, point.standingBp / 100]),
            },
          ]
        : []),
    ],
  };
}
