import type { ReactNode } from 'react';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { FleetSummary } from '../../../api/fleetTypes';
import { EMPTY_VALUE, formatDateTime, formatNumber } from '../../../lib/format';
import { formatAgo, formatHashrate, formatJth, formatShare } from '../fleetFormat';

interface StatProps {
  label: string;
  value: ReactNode;
  note: ReactNode;
  /** Colour of a value that needs a look. */
  color?: string;
  testId: string;
}

function Stat({ label, value, note, color, testId }: StatProps) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={24} fw={700} lh={1.25} c={color} data-testid={testId}>
        {value}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {note}
      </Text>
    </Paper>
  );
}

/** A site's figures: machines online, hashrate against nominal, efficiency, the odd machines. */
export function SiteStats({ summary }: { summary: FleetSummary }) {
  const offline = summary.machines - summary.online;
  return (
    <SimpleGrid cols={{ base: 2, md: 3, xl: 6 }} spacing="md" data-testid="site-stats">
      <Stat
        label="Machines online"
        value={`${formatNumber(summary.online)} / ${formatNumber(summary.machines)}`}
        note={`${formatShare(summary.onlineShare)} · ${formatNumber(offline)} offline`}
        color={offline > 0 ? 'orange.7' : undefined}
        testId="site-stat-online"
      />
      <Stat
        label="Hashrate"
        value={formatHashrate(summary.hashrateThs)}
        note={`${formatShare(summary.hashrateShare)} of ${formatHashrate(summary.nominalThs)} nominal`}
        testId="site-stat-hashrate"
      />
      <Stat
        label="Efficiency"
        value={formatJth(summary.efficiencyJth)}
        note={
          summary.efficiencyReportedShare === null
            ? EMPTY_VALUE
            : `${formatShare(summary.efficiencyReportedShare)} of the hashrate reports its power`
        }
        testId="site-stat-efficiency"
      />
      <Stat
        label="Unknown machines"
        value={formatNumber(summary.unknown)}
        note="Not matched to a unit built here"
        color={summary.unknown > 0 ? 'orange.7' : undefined}
        testId="site-stat-unknown"
      />
      <Stat
        label="Swapped boards"
        value={formatNumber(summary.swapped)}
        note="Machines with a hashboard from another unit"
        color={summary.swapped > 0 ? 'grape.7' : undefined}
        testId="site-stat-swapped"
      />
      <Stat
        label="Last report"
        value={formatAgo(summary.lastSeenAt)}
        note={formatDateTime(summary.lastSeenAt)}
        testId="site-stat-last"
      />
    </SimpleGrid>
  );
}
