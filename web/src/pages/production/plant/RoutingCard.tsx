import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { ANY_MODEL, type Routing } from '../../../api/plantTypes';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { hoursLabel } from './plantLabels';

/** "Default routing (every model without its own)" for `*`, else "<model> routing". */
export function routingTitle(model: string): string {
  return model === ANY_MODEL ? 'Default routing (every model without its own)' : `${model} routing`;
}

interface RoutingCardProps {
  routing: Routing;
  /** Code → name of work centres and roles. */
  names: Map<string, string>;
  onEdit: (() => void) | null;
}

/** A model's operations in order, with station and labour minutes and their totals per unit. */
export function RoutingCard({ routing, names, onEdit }: RoutingCardProps) {
  const steps = [...routing.steps].sort((a, b) => a.seq - b.seq);
  const station = steps.reduce((sum, s) => sum + s.stationMinutes, 0);
  const labour = steps.reduce((sum, s) => sum + s.labourMinutes, 0);
  return (
    <Paper withBorder radius="md" data-testid={`routing-${routing.model}`}>
      <Group justify="space-between" p="sm" pb={0}>
        <Text fw={600}>{routingTitle(routing.model)}</Text>
        {onEdit && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPencil size={14} />}
            onClick={onEdit}
          >
            Edit
          </Button>
        )}
      </Group>
      <Table.ScrollContainer minWidth={680}>
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>Seq</Table.Th>
              <Table.Th>Operation</Table.Th>
              <Table.Th>Work centre</Table.Th>
              <Table.Th ta="right">Station min</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th ta="right">Labour min</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {steps.map((step) => (
              <Table.Tr key={step.seq}>
                <Table.Td c="dimmed">{step.seq}</Table.Td>
                <Table.Td ff="monospace" fz="sm">
                  {step.operation}
                </Table.Td>
                <Table.Td>{names.get(step.workCentre) ?? step.workCentre}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatNumber(step.stationMinutes)}
                </Table.Td>
                <Table.Td>{step.role ? (names.get(step.role) ?? step.role) : EMPTY_VALUE}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatNumber(step.labourMinutes)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={3}>Per unit</Table.Th>
              <Table.Th ta="right" ff="monospace">
                {hoursLabel(station)}
              </Table.Th>
              <Table.Th />
              <Table.Th ta="right" ff="monospace">
                {hoursLabel(labour)}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
