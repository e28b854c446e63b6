import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useCalendar, useWorkCentres } from '../../../api/plant';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatBp, formatNumber } from '../../../lib/format';
import { PLAN_EDITORS } from '../productionLabels';
import { WORK_CENTRE_KIND_LABELS } from './plantLabels';
import { WorkCentreModal, type WorkCentreEditing } from './WorkCentreModal';

const COLUMN_COUNT = 8;

/** The work centres: stations, the shifts they run and their efficiency; planners edit them. */
export function WorkCentresTab() {
  const canEdit = useHasAnyRole(PLAN_EDITORS);
  const centres = useWorkCentres();
  const calendar = useCalendar();
  const [editing, setEditing] = useState<WorkCentreEditing | null>(null);
  const shiftNames = new Map((calendar.data?.shifts ?? []).map((s) => [s.code, s.name]));
  const rows = centres.data ?? [];
  return (
    <Stack gap="sm">
      {canEdit && (
        <Group justify="flex-end">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ kind: 'create' })}
          >
            New work centre
          </Button>
        </Group>
      )}
      <ProblemAlert error={centres.error} title="The work centres could not be loaded" />
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" highlightOnHover data-testid="work-centres-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Code</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th ta="right">Stations</Table.Th>
                <Table.Th>Shifts</Table.Th>
                <Table.Th ta="right">Efficiency</Table.Th>
                <Table.Th>Note</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 && (
                <TableMessageRow colSpan={COLUMN_COUNT}>
                  {centres.isPending ? 'Loading work centres…' : 'No work centres yet.'}
                </TableMessageRow>
              )}
              {rows.map((centre) => (
                <Table.Tr key={centre.code} data-testid={`work-centre-${centre.code}`}>
                  <Table.Td ff="monospace" fw={600}>
                    {centre.code}
                  </Table.Td>
                  <Table.Td>{centre.name}</Table.Td>
                  <Table.Td>{WORK_CENTRE_KIND_LABELS[centre.kind] ?? centre.kind}</Table.Td>
                  <Table.Td ta="right" ff="monospace" data-testid="work-centre-stations">
                    {formatNumber(centre.stations)}
                  </Table.Td>
                  <Table.Td>
                    {centre.shifts.map((code) => shiftNames.get(code) ?? code).join(', ') ||
                      EMPTY_VALUE}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatBp(centre.efficiencyBp, 0)}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={centre.note ? undefined : 'dimmed'}>
                      {centre.note ?? EMPTY_VALUE}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <Tooltip label="Edit work centre">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Edit ${centre.code}`}
                          onClick={() => setEditing({ kind: 'edit', centre })}
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
        </Table.ScrollContainer>
      </Paper>
      <WorkCentreModal editing={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
