import { ActionIcon, Table, Text, Tooltip } from '@mantine/core';
import { IconDoorExit } from '@tabler/icons-react';
import type { RosterEntry } from '../../../api/plantTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatBp, formatNumber } from '../../../lib/format';

const COLUMN_COUNT = 9;

interface RosterTableProps {
  rows: RosterEntry[];
  loading: boolean;
  roleName: (code: string) => string;
  shiftName: (code: string) => string;
  /** Null for users who may not record leavers. */
  onLeave: ((person: RosterEntry) => void) | null;
}

/** Who works the week: role, shift, work centre, tenure and productivity on the learning curve. */
export function RosterTable({ rows, loading, roleName, shiftName, onLeave }: RosterTableProps) {
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped highlightOnHover verticalSpacing={6} data-testid="roster-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Employee</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Shift</Table.Th>
            <Table.Th>Work centre</Table.Th>
            <Table.Th>Hired</Table.Th>
            <Table.Th ta="right">Tenure</Table.Th>
            <Table.Th ta="right">Productivity</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading the roster…' : 'No one on the roster matches.'}
            </TableMessageRow>
          )}
          {rows.map((person) => (
            <Table.Tr key={person.id} data-testid={`roster-row-${person.employeeNo}`}>
              <Table.Td ff="monospace" fz="sm">
                {person.employeeNo}
              </Table.Td>
              <Table.Td>
                {person.name}
                {person.homeBase && (
                  <Text size="xs" c="dimmed">
                    {person.homeBase}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-testid="roster-role">{roleName(person.role)}</Table.Td>
              <Table.Td>{person.shift ? shiftName(person.shift) : EMPTY_VALUE}</Table.Td>
              <Table.Td>{person.workCentre ?? EMPTY_VALUE}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {person.hiredOn}
                {person.leftOn && (
                  <Text size="xs" c="orange.7">
                    leaves {person.leftOn}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {formatNumber(person.tenureWeeks)} wk
              </Table.Td>
              <Table.Td
                ta="right"
                ff="monospace"
                c={person.productivityBp < 10_000 ? 'orange.7' : undefined}
                data-testid="roster-productivity"
              >
                {formatBp(person.productivityBp, 0)}
              </Table.Td>
              <Table.Td w={48}>
                {onLeave && !person.leftOn && (
                  <Tooltip label="Record leaving">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Record leaving of ${person.name}`}
                      onClick={() => onLeave(person)}
                      data-testid="roster-leave"
                    >
                      <IconDoorExit size={18} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
