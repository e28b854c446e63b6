import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useCalendar } from '../../../api/plant';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { PLAN_EDITORS } from '../productionLabels';
import { HolidaysCard } from './HolidaysCard';
import { daysLabel, hoursLabel, shiftSpanLabel } from './plantLabels';
import { ShiftModal, type ShiftEditing } from './ShiftModal';

/** The plant's shifts and holidays: when people and stations work. */
export function CalendarTab() {
  const canEdit = useHasAnyRole(PLAN_EDITORS);
  const calendar = useCalendar();
  const [editing, setEditing] = useState<ShiftEditing | null>(null);
  if (calendar.error)
    return <ProblemAlert error={calendar.error} title="The calendar could not be loaded" />;
  if (!calendar.data) return <Skeleton height={320} radius="md" />;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Shifts</Title>
          {canEdit && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setEditing({ kind: 'create' })}
            >
              New shift
            </Button>
          )}
        </Group>
        <Paper withBorder radius="md">
          <Table verticalSpacing="xs" data-testid="shifts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Shift</Table.Th>
                <Table.Th>Hours</Table.Th>
                <Table.Th>Days</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calendar.data.shifts.map((shift) => (
                <Table.Tr key={shift.code} data-testid={`shift-${shift.code}`}>
                  <Table.Td>
                    {shift.name}
                    <Text size="xs" c="dimmed" ff="monospace">
                      {shift.code}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {shiftSpanLabel(shift.startsAt, shift.minutes)} ({hoursLabel(shift.minutes)})
                  </Table.Td>
                  <Table.Td>{daysLabel(shift.days)}</Table.Td>
                  <Table.Td w={48}>
                    {canEdit && (
                      <Tooltip label="Edit shift">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Edit shift ${shift.code}`}
                          onClick={() => setEditing({ kind: 'edit', shift })}
                        >
                          <IconPencil size={18} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </Stack>
      <HolidaysCard holidays={calendar.data.holidays} canEdit={canEdit} />
      <ShiftModal editing={editing} onClose={() => setEditing(null)} />
    </SimpleGrid>
  );
}
