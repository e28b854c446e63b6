import { Badge, Group, Table, Text } from '@mantine/core';
import type { DispatchObjective as Objective, DispatchPlan } from '../../../../api/fieldTypes';
import { formatNumber } from '../../../../lib/format';

const ROWS: { key: keyof Objective; label: string }[] = [
  { key: 'travelMin', label: 'Travel minutes' },
  { key: 'lateDays', label: 'Late days' },
  { key: 'breaches', label: 'SLA breaches' },
  { key: 'unassigned', label: 'Unassigned visits' },
  { key: 'total', label: 'Total (weighted)' },
];

/** "12.4% better than nearest-first", or worse, or the same: what the planner's search bought. */
export function improvementText(plan: DispatchPlan): string {
  const base = plan.nearestFirst.total;
  const gain = base > 0 ? ((base - plan.objective.total) / base) * 100 : 0;
  if (Math.abs(gain) < 0.05) return 'Same as nearest-first';
  return `${Math.abs(gain).toFixed(1)}% ${gain > 0 ? 'better' : 'worse'} than nearest-first`;
}

/**
 * The plan's objective next to nearest-first's (each technician driving to the closest open
 * visit, what a dispatcher does by hand): lower is better on every line.
 */
export function DispatchObjective({ plan }: { plan: DispatchPlan }) {
  const better = plan.objective.total < plan.nearestFirst.total;
  return (
    <>
      <Group justify="space-between" px="sm" pt="sm" gap="xs">
        <Text fw={600} size="sm">
          Objective
        </Text>
        <Badge color={better ? 'green' : 'gray'} variant="light" data-testid="dispatch-improvement">
          {improvementText(plan)}
        </Badge>
      </Group>
      <Table verticalSpacing={4} data-testid="dispatch-objective">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">This plan</Table.Th>
            <Table.Th ta="right">Nearest-first</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROWS.map(({ key, label }) => {
            const ours = plan.objective[key];
            const theirs = plan.nearestFirst[key];
            return (
              <Table.Tr key={key} data-testid={`dispatch-objective-${key}`}>
                <Table.Td>
                  <Text size="sm" fw={key === 'total' ? 700 : undefined}>
                    {label}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" ff="monospace" fw={key === 'total' ? 700 : undefined}>
                  <Text
                    span
                    inherit
                    c={ours < theirs ? 'green.8' : ours > theirs ? 'red.7' : undefined}
                    data-testid="objective-plan"
                  >
                    {formatNumber(ours)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" ff="monospace" c="dimmed" data-testid="objective-nearest">
                  {formatNumber(theirs)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
