import type { FleetMachineDetail, MachineHistory } from '../../../api/fleetTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';

/** What a board did at burn-in here, by its slot in the latest reading. */
export interface BoardBaseline {
  rateThs: number;
  chipTempC: number;
}

const PALETTE = [
  CHART_COLORS.indigo,
  CHART_COLORS.teal,
  CHART_COLORS.orange,
  CHART_COLORS.grape,
  CHART_COLORS.cyan,
  CHART_COLORS.pink,
];
const colorOf = (index: number) => PALETTE[index % PALETTE.length]!;

/**
 * The burn-in of each board now in the machine, matched by serial (a board from another unit
 * has no burn-in of its own here, so no baseline).
 */
export function boardBaselines(machine: FleetMachineDetail): Map<number, BoardBaseline> {
  const out = new Map<number, BoardBaseline>();
  const birth = machine.birthCertificate;
  if (!birth || !machine.reading) return out;
  for (const board of machine.reading.boards) {
    if (!board.serial) continue;
    const born = birth.boards.find((b) => b.serial === board.serial);
    if (born) out.set(board.index, { rateThs: born.hashrateThs, chipTempC: born.maxChipTempC });
  }
  return out;
}

function boardIndexes(history: MachineHistory): number[] {
  const seen = new Set<number>();
  for (const p of history.points) for (const b of p.boards) seen.add(b.index);
  return [...seen].sort((a, b) => a - b);
}

function frame(history: MachineHistory, unit: string): ChartOption {
  return {
    grid: { left: 48, right: 24, top: 40, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    xAxis: { type: 'time', min: history.from, max: history.to },
    yAxis: { type: 'value', name: unit, nameGap: 12, scale: true },
  };
}

/** One line per board of `pick`, with its burn-in figure as a dashed line of the same colour. */
function perBoard(
  history: MachineHistory,
  unit: string,
  pick: (b: MachineHistory['points'][number]['boards'][number]) => number | null,
  baseline: ((index: number) => number | undefined) | null,
  baselineLabel: string,
): ChartOption {
  const symbol = history.points.length < 60 ? 'circle' : 'none';
  const indexes = boardIndexes(history);
  // Boards of one burn-in often share a figure: one label for the lines that coincide.
  const shared = new Map<number, number>();
  for (const i of indexes) {
    const base = baseline?.(i);
    if (base !== undefined) shared.set(base, (shared.get(base) ?? 0) + 1);
  }
  const labelled = new Set<number>();
  return {
    ...frame(history, unit),
    series: indexes.map((index) => {
      const base = baseline?.(index);
      const color = colorOf(index);
      const many = base !== undefined && (shared.get(base) ?? 0) > 1;
      const showLabel = base !== undefined && !labelled.has(base);
      if (base !== undefined) labelled.add(base);
      return {
        type: 'line' as const,
        name: `Board ${index}`,
        symbol,
        color,
        data: history.points.map((p) => {
          const b = p.boards.find((x) => x.index === index);
          return [p.at, b ? pick(b) : null];
        }),
        ...(base === undefined
          ? {}
          : {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed' as const, color, width: 1.5 },
                label: {
                  show: showLabel,
                  formatter: many ? baselineLabel : `B${index} ${baselineLabel}`,
                  position: 'insideEndTop' as const,
                },
                data: [{ yAxis: base }],
              },
            }),
      };
    }),
  };
}

/** Each board's hash rate; dashed: its rate at burn-in. */
export function boardRateOption(history: MachineHistory, baselines: Map<number, BoardBaseline>) {
  return perBoard(
    history,
    'TH/s',
    (b) => b.rateThs,
    (i) => baselines.get(i)?.rateThs,
    'burn-in',
  );
}

/** Each board's hottest chip; dashed: the hottest it ran at burn-in. */
export function boardTempOption(history: MachineHistory, baselines: Map<number, BoardBaseline>) {
  return perBoard(
    history,
    '°C',
    (b) => b.chipTempMaxC,
    (i) => baselines.get(i)?.chipTempC,
    'burn-in max',
  );
}

/** The slowest fan over time (a stopped fan reads 0); dashed: the slowest it ran at burn-in. */
export function fanOption(history: MachineHistory, burnInRpm: number | null): ChartOption {
  const symbol = history.points.length < 60 ? 'circle' : 'none';
  return {
    ...frame(history, 'rpm'),
    yAxis: { type: 'value', name: 'rpm', nameGap: 12, min: 0 },
    series: [
      {
        type: 'line',
        name: 'Slowest fan',
        symbol,
        step: 'end',
        color: CHART_COLORS.cyan,
        areaStyle: { opacity: 0.1 },
        data: history.points.map((p) => [p.at, p.fanMinRpm]),
        ...(burnInRpm
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed' as const, color: CHART_COLORS.cyan, width: 1.5 },
                label: { formatter: 'burn-in min', position: 'insideEndTop' as const },
                data: [{ yAxis: burnInRpm }],
              },
            }
          : {}),
      },
    ],
  };
}
