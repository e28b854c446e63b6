import { useMemo, useState } from 'react';
import { Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { TariffRow } from '../../../api/tradeTypes';
import { Chart } from '../../../components/charts/Chart';
import { formatBp } from '../../../lib/format';
import { addYearsIso, monthStartsBetween, todayIso } from '../../../lib/isoDates';
import { rateOn, rateTimeline } from '../../../lib/tariffRules';
import { MINER_HTS } from '../tradeLabels';
import { timelineOption } from './timelineOption';

const TIMELINE_START = '2018-01-01';
/** The value of the origin control for "an origin no row names". */
const OTHER = 'other';

interface TariffTimelineProps {
  /** The whole table in force (unfiltered). */
  rows: TariffRow[];
  /** The chosen scenario's overlay rows, if any. */
  scenarioRows: TariffRow[];
  scenario: string | null;
}

function originOptions(rows: TariffRow[]): string[] {
  const named = new Set(rows.map((row) => row.origin).filter((origin) => origin !== '*'));
  const preferred = ['CN', 'MY'].filter((origin) => named.has(origin));
  const rest = [...named].filter((origin) => !preferred.includes(origin)).sort();
  return [...preferred, ...rest];
}

/** The total rate on the miner line over time, for one origin, from 2018 to a year ahead. */
export function TariffTimeline({ rows, scenarioRows, scenario }: TariffTimelineProps) {
  const origins = originOptions([...rows, ...scenarioRows]);
  const [origin, setOrigin] = useState(origins.includes('CN') ? 'CN' : OTHER);
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  const today = todayIso();
  const end = addYearsIso(today, 1);

  const points = useMemo(
    () =>
      rateTimeline(
        rows,
        scenarioRows,
        MINER_HTS,
        origin === OTHER ? null : origin,
        TIMELINE_START,
        end,
        monthStartsBetween(TIMELINE_START, end),
      ),
    [rows, scenarioRows, origin, end],
  );
  const now = rateOn(rows, scenarioRows, MINER_HTS, origin === OTHER ? null : origin, today);
  const data = [
    ...origins.map((code) => ({ value: code, label: code })),
    { value: OTHER, label: 'Any other' },
  ];

  return (
    <Paper withBorder radius="md" p="md" mt="lg" data-testid="tariff-timeline">
      <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
        <Stack gap={2}>
          <Title order={4}>Rate over time · HTS {MINER_HTS}</Title>
          <Text size="sm" c="dimmed">
            Total of every program on a miner entered on each date
            {scenario ? `, with the scenario “${scenario}”` : ', tariffs in force'}. Today:{' '}
            <b data-testid="timeline-today-rate">{formatBp(now.totalBp)}</b>.
          </Text>
        </Stack>
        <SegmentedControl
          data={data}
          value={origin}
          onChange={setOrigin}
          size="xs"
          aria-label="Origin"
          data-testid="timeline-origin"
        />
      </Group>
      <Chart
        option={timelineOption(points, today, narrow)}
        height={300}
        ariaLabel={`Step chart of the total duty rate on ${MINER_HTS} over time`}
        data-testid="timeline-chart"
      />
    </Paper>
  );
}
