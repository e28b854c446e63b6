import type { WorkforceRole } from '../../../api/plantTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';

const PALETTE = Object.values(CHART_COLORS);

/** Productivity (%) by weeks of tenure for each role, straight between points, flat after. */
export function learningCurveOption(roles: readonly WorkforceRole[]): ChartOption {
  const lastWeek = Math.max(0, ...roles.flatMap((r) => r.learningCurve.map((p) => p.week)));
  const end = lastWeek + 4;
  return {
    grid: { left: 48, right: 16, top: 56, bottom: 40 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    color: PALETTE,
    xAxis: {
      type: 'value',
      name: 'Weeks on the job',
      nameLocation: 'middle',
      nameGap: 26,
      max: end,
    },
    yAxis: {
      type: 'value',
      name: '%',
      min: 0,
      max: (extent) => Math.max(100, Math.ceil(extent.max / 10) * 10),
      nameGap: 12,
    },
    series: roles.map((role) => {
      const points = [...role.learningCurve].sort((a, b) => a.week - b.week);
      const last = points.at(-1);
      return {
        type: 'line',
        name: role.name,
        symbolSize: 5,
        data: [
          ...points.map((p) => [p.week, p.bp / 100]),
          ...(last && last.week < end ? [[end, last.bp / 100]] : []),
        ],
      };
    }),
  };
}
