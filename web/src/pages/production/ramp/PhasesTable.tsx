import { Badge, Table, Text } from '@mantine/core';
import type { RampPhase } from '../../../api/capacityTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';

const COLUMN_COUNT = 6;

interface PhasesTableProps {
  phases: RampPhase[];
  /** Code of the phase this week falls in. */
  current: string | null;
}

/** The ramp's phases in order, the current one marked. */
export function PhasesTable({ phases, current }: PhasesTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" data-testid="phases-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Phase</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Starts</Table.Th>
            <Table.Th>Ends</Table.Th>
            <Table.Th ta="right">Target a week</Table.Th>
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {phases.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>No ramp phases yet.</TableMessageRow>
          )}
          {phases.map((phase) => (
            <Table.Tr key={phase.code} data-testid={`phase-row-${phase.code}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text span size="sm" ff="monospace" fw={600}>
                  {phase.code}
                </Text>
                {phase.code === current && (
                  <Badge ml="xs" size="xs" variant="light" color="teal">
                    now
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{phase.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{phase.startsOn}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{phase.endsOn}</Table.Td>
              <Table.Td ta="right" ff="monospace" data-testid="phase-target">
                {formatNumber(phase.targetPerWeek)}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={phase.note ? undefined : 'dimmed'}>
                  {phase.note ?? EMPTY_VALUE}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
