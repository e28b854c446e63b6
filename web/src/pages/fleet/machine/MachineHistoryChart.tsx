import { useState } from 'react';
import { Group, Paper, SegmentedControl, Skeleton, Text } from '@mantine/core';
import { useMachineHistory, type HistoryRange } from '../../../api/fleet';
import { Chart } from '../../../components/charts/Chart';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { historyChartOption } from './historyChartOption';

/** The windows to look back over, each at the resolution its store keeps. */
const RANGES: Record<string, HistoryRange & { label: string }> = {
  raw: { hours: 6, resolution: 'raw', label: '6 h · raw' },
  '5m': { hours: 48, resolution: '5m', label: '2 days · 5 min' },
  '1h': { hours: 24 * 30, resolution: '1h', label: '30 days · 1 h' },
};

/** Hashrate and hottest chip over the last hours, days or month. */
export function MachineHistoryChart({ machineId }: { machineId: string }) {
  const [key, setKey] = useState('raw');
  const range = RANGES[key] ?? RANGES.raw!;
  const history = useMachineHistory(machineId, {
    hours: range.hours,
    resolution: range.resolution,
  });
  const points = history.data?.points ?? [];
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="flex-end" mb="xs">
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
      ) : points.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="xl" data-testid="history-empty">
          No reading in this window yet.
        </Text>
      ) : (
        <Chart
          option={historyChartOption(history.data)}
          height={280}
          ariaLabel="The machine's hashrate and hottest chip temperature over time"
          data-testid="machine-history-chart"
        />
      )}
    </Paper>
  );
}
