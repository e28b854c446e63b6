import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { MrpRun, MrpSummary as Summary } from '../../../api/planningTypes';
import { formatDateTime, formatNumber } from '../../../lib/format';

interface Stat {
  key: keyof Summary;
  label: string;
  /** The colour of a count that needs attention. */
  alert?: string;
}

const STATS: Stat[] = [
  { key: 'plannedOrders', label: 'Planned orders' },
  { key: 'toBuy', label: 'To buy' },
  { key: 'toMake', label: 'To make' },
  { key: 'shortages', label: 'Shortages', alert: 'red.7' },
  { key: 'withoutSupplier', label: 'Without supplier', alert: 'orange.7' },
];

/** The counts of a run as cards, and when and over what horizon it ran. */
export function MrpSummary({ run }: { run: MrpRun }) {
  return (
    <div>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md">
        {STATS.map((stat) => {
          const value = run.summary[stat.key];
          return (
            <Paper key={stat.key} withBorder radius="md" p="md">
              <Text size="sm" c="dimmed" fw={500}>
                {stat.label}
              </Text>
              <Text
                fz={28}
                fw={700}
                lh={1.2}
                c={value > 0 ? stat.alert : undefined}
                data-testid={`mrp-stat-${stat.key}`}
              >
                {formatNumber(value)}
              </Text>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="xs" data-testid="mrp-run-facts">
        Run {formatDateTime(run.createdAt)} over {run.weeks} {run.weeks === 1 ? 'week' : 'weeks'}{' '}
        from the week of {run.firstWeek}.
      </Text>
    </div>
  );
}
