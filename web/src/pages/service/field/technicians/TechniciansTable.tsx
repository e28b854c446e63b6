import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { Technician } from '../../../../api/fieldTypes';
import type { StockLocation } from '../../../../api/supplyTypes';
import { TableMessageRow } from '../../../../components/TableMessageRow';
import { EMPTY_VALUE } from '../../../../lib/format';
import { formatMinutes } from '../fieldLabels';

interface TechniciansTableProps {
  technicians: Technician[];
  loading: boolean;
  locations: StockLocation[];
  /** The signed-in user, to say which technician is them. */
  meId: string;
  /** Planners edit; null shows the table only. */
  onEdit: ((technician: Technician) => void) | null;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

/** Field technicians: where they start from, what they fix, their hours and their van. */
export function TechniciansTable(props: TechniciansTableProps) {
  const { technicians, loading, locations, meId, onEdit } = props;
  const vanCode = (id: string | null) => locations.find((l) => l.id === id)?.code ?? EMPTY_VALUE;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="technicians-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Technician</Table.Th>
            <Table.Th>Home</Table.Th>
            <Table.Th>Skills</Table.Th>
            <Table.Th ta="right">Day</Table.Th>
            <Table.Th>Days off</Table.Th>
            <Table.Th>Van</Table.Th>
            <Table.Th>Login</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {technicians.length === 0 && (
            <TableMessageRow colSpan={8}>
              {loading ? 'Loading technicians…' : 'No technician yet.'}
            </TableMessageRow>
          )}
          {technicians.map((t) => (
            <Table.Tr key={t.code} data-testid={`technician-${t.code}`}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={600} c={t.active ? undefined : 'dimmed'}>
                    {t.name}
                  </Text>
                  {!t.active && (
                    <Badge size="xs" color="gray" variant="light">
                      Inactive
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" ff="monospace">
                  {t.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t.homeLabel}</Text>
                <Text size="xs" c="dimmed" ff="monospace" style={nowrap}>
                  {t.homeLatitude.toFixed(3)}, {t.homeLongitude.toFixed(3)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {t.skills.map((s) => (
                    <Badge key={s} size="xs" variant="outline">
                      {s.replaceAll('_', ' ')}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {formatMinutes(t.minutesPerDay)}
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {t.daysOff.length ? t.daysOff.join(', ') : EMPTY_VALUE}
                </Text>
              </Table.Td>
              <Table.Td ff="monospace">{vanCode(t.vanLocationId)}</Table.Td>
              <Table.Td data-testid="technician-login">
                {t.userId === null ? (
                  <Text size="sm" c="dimmed">
                    None
                  </Text>
                ) : (
                  <Badge size="sm" variant="light" color={t.userId === meId ? 'teal' : 'blue'}>
                    {t.userId === meId ? 'You' : 'Linked'}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {onEdit && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onEdit(t)}
                    data-testid="technician-edit"
                  >
                    Edit
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
