import { useMemo, useState } from 'react';
import { Group, Paper, SegmentedControl, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useMachineHistory, type HistoryRange } from '../../../api/fleet';
import type { FleetMachineDetail, MachineHistory } from '../../../api/fleetTypes';
import { Chart } from '../../../components/charts/Chart';
import type { ChartOption } from '../../../components/charts/chartTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDateTime } from '../../../lib/format';
import { formatHashrate, formatTemp, formatWatts } from '../fleetFormat';
import {
  boardBaselines,
  boardRateOption,
  boardTempOption,
  fanOption,
  type BoardBaseline,
} from './boardChartOptions';
import { historyChartOption } from './historyChartOption';

/** The windows to look back over, each at the resolution its store keeps. */
const RANGES: Record<string, HistoryRange & { label: string }> = {
  raw: { hours: 6, resolution: 'raw', label: '6 h · raw' },
  '5m': { hours: 48, resolution: '5m', label: '2 days · 5 min' },
  '1h': { hours: 24 * 30, resolution: '1h', label: '30 days · 1 h' },
};

interface HistoryChart {
  title: string;
  testId: string;
  ariaLabel: string;
  option: ChartOption;
}

/** The machine, then each board's rate and hottest chip against its burn-in here, and the fans. */
function historyCharts(
  history: MachineHistory,
  baselines: Map<number, BoardBaseline>,
  burnInFanRpm: number | null,
): HistoryChart[] {
  return [
    {
      title: 'Machine',
      testId: 'machine-history-chart',
      ariaLabel: "The machine's hashrate and hottest chip temperature over time",
      option: historyChartOption(history),
    },
    {
      title: 'Hash rate by board',
      testId: 'board-rate-chart',
      ariaLabel: "Each hashboard's hash rate over time, with its burn-in rate",
      option: boardRateOption(history, baselines),
    },
    {
      title: 'Hottest chip by board',
      testId: 'board-temp-chart',
      ariaLabel: "Each hashboard's hottest chip over time, with its burn-in maximum",
      option: boardTempOption(history, baselines),
    },
    {
      title: 'Fans',
      testId: 'fan-chart',
      ariaLabel: "The slowest fan's speed over time, with the slowest at burn-in",
      option: fanOption(history, burnInFanRpm),
    },
  ];
}

function ChartCard({ chart }: { chart: HistoryChart }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text fw={600} size="sm" mb="xs">
        {chart.title}
      </Text>
      <Chart
        option={chart.option}
        height={240}
        ariaLabel={chart.ariaLabel}
        data-testid={chart.testId}
      />
    </Paper>
  );
}

/** What the unit did at its burn-in here: the dashed lines of the board charts. */
function BurnInNote({ machine }: { machine: FleetMachineDetail }) {
  const birth = machine.birthCertificate;
  if (!birth)
    return (
      <Text size="sm" c="dimmed" data-testid="burn-in-none">
        No burn-in here to compare with: the machine is not matched to a unit built here.
      </Text>
    );
  return (
    <Text size="sm" c="dimmed" data-testid="burn-in-note">
      Burn-in here {formatDateTime(birth.testedAt)}: {formatHashrate(birth.hashrateThs)},{' '}
      {formatWatts(birth.powerW)}, chips up to {formatTemp(birth.maxChipTempC)}
      {birth.minFanRpm > 0 ? `, slowest fan ${birth.minFanRpm.toLocaleString()} rpm` : ''}. Dashed
      lines are each board&apos;s burn-in figures (boards matched by serial) and the fans&apos;.
    </Text>
  );
}

/**
 * The machine over the last hours, days or month: hashrate and hottest chip, then each board's
 * rate and chip temperature against its burn-in here, and the fans.
 */
export function MachineHistoryChart({ machine }: { machine: FleetMachineDetail }) {
  const [key, setKey] = useState('raw');
  const range = RANGES[key] ?? RANGES.raw!;
  const history = useMachineHistory(machine.id, {
    hours: range.hours,
    resolution: range.resolution,
  });
  const baselines = useMemo(() => boardBaselines(machine), [machine]);
  const points = history.data?.points ?? [];
  return (
    <>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ flex: '1 1 320px' }}>
          <BurnInNote machine={machine} />
        </div>
        <SegmentedControl
          size="xs"
          value={key}
          onChange={setKey}
          data={Object.entries(RANGES).map(([value, r]) => ({ value, label: r.label }))}
          aria-label="History window"
          data-testid="history-range"
        />
      </Group>
      {history.error ? (
        <ProblemAlert error={history.error} title="History could not be loaded" />
      ) : history.isPending ? (
        <Skeleton height={280} radius="md" />
      ) : points.length === 0 || !history.data ? (
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed" ta="center" py="xl" data-testid="history-empty">
            No reading in this window yet.
          </Text>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {historyCharts(history.data, baselines, machine.birthCertificate?.minFanRpm ?? null).map(
            (chart) => (
              <ChartCard key={chart.testId} chart={chart} />
            ),
          )}
        </SimpleGrid>
      )}
    </>
  );
}
