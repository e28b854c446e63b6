import type { CompareResult } from '../../../api/tradeTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';
import { formatCents } from '../../../lib/format';
import { shortRouteName } from './compareLabels';

interface Component {
  name: string;
  color: string;
  /** Cents for the US build, then for each import route. */
  us: (result: CompareResult) => number;
  route: (item: CompareResult['imports'][number]) => number;
}

/** Cost components shared by both kinds of bar, so duty has one colour whoever pays it. */
const COMPONENTS: Component[] = [
  {
    name: 'Parts / FOB price',
    color: CHART_COLORS.indigo,
    us: (r) => r.usBuild.partsCents,
    route: (i) => i.landed.fobCents,
  },
  {
    name: 'Duty',
    color: CHART_COLORS.red,
    us: (r) => r.usBuild.partsDutyCents,
    route: (i) => i.landed.duty.totalCents,
  },
  {
    name: 'Freight & insurance',
    color: CHART_COLORS.cyan,
    us: (r) => r.usBuild.partsFreightCents,
    route: (i) => i.landed.freightCents + i.landed.insuranceCents,
  },
  { name: 'Labour', color: CHART_COLORS.teal, us: (r) => r.usBuild.labourCents, route: () => 0 },
  {
    name: 'Brokerage',
    color: CHART_COLORS.grape,
    us: (r) => r.usBuild.brokerageCents,
    route: (i) => i.landed.brokerageCents,
  },
  {
    name: 'Overhead',
    color: CHART_COLORS.gray,
    us: (r) => r.usBuild.overheadCents,
    route: () => 0,
  },
  {
    name: 'Expected holding',
    color: CHART_COLORS.yellow,
    us: () => 0,
    route: (i) => i.landed.holdingCents,
  },
];

/** Horizontal stacked bars: the US build, then each import route, stacked by cost component. */
export function compareChartOption(result: CompareResult, narrow: boolean): ChartOption {
  const labels = ['US build', ...result.imports.map((item) => shortRouteName(item.route.name))];
  const totals = [result.usBuild.totalCents, ...result.imports.map((i) => i.landed.totalCents)];
  return {
    animation: false,
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 11 } },
    grid: { left: 8, right: 24, top: narrow ? 72 : 48, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      valueFormatter: (value) => formatCents(Number(value) * 100),
    },
    xAxis: {
      type: 'value',
      splitNumber: narrow ? 3 : 6,
      axisLabel: { formatter: (value: number) => (value === 0 ? '$0' : `$${value / 1000}k`) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisLabel: { width: narrow ? 84 : 170, overflow: 'break', fontSize: 11, lineHeight: 13 },
    },
    series: COMPONENTS.map((component, index) => ({
      name: component.name,
      type: 'bar' as const,
      stack: 'cost',
      color: component.color,
      barMaxWidth: 28,
      data: [component.us(result), ...result.imports.map(component.route)].map((c) => c / 100),
      ...(index === 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: CHART_COLORS.teal, type: 'dashed' as const },
              label: { formatter: 'US build', position: 'start' as const },
              data: [{ xAxis: (totals[0] ?? 0) / 100 }],
            },
          }
        : {}),
    })),
  };
}
