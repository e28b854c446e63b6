import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useCalendar, useWorkforceRoles } from '../../../api/plant';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { Chart } from '../../../components/charts/Chart';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { PLAN_EDITORS } from '../productionLabels';
import { learningCurveOption } from './learningCurveOption';
import { curveLabel, ROLE_KIND_LABELS } from './plantLabels';
import { RoleModal, type RoleEditing } from './RoleModal';

/** Workforce roles: direct, indirect or service, their default shift and learning curve. */
export function RolesTab() {
  const canEdit = useHasAnyRole(PLAN_EDITORS);
  const roles = useWorkforceRoles();
  const calendar = useCalendar();
  const [editing, setEditing] = useState<RoleEditing | null>(null);
  const shiftNames = new Map((calendar.data?.shifts ?? []).map((s) => [s.code, s.name]));

  if (roles.error)
    return <ProblemAlert error={roles.error} title="The roles could not be loaded" />;
  if (!roles.data) return <Skeleton height={320} radius="md" />;
  return (
    <Stack gap="md">
      {canEdit && (
        <Group justify="flex-end">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ kind: 'create' })}
          >
            New role
          </Button>
        </Group>
      )}
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" highlightOnHover data-testid="roles-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Role</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Default shift</Table.Th>
                <Table.Th>Learning curve</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roles.data.map((role) => (
                <Table.Tr key={role.code} data-testid={`role-${role.code}`}>
                  <Table.Td>
                    {role.name}
                    <Text size="xs" c="dimmed" ff="monospace">
                      {role.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray">
                      {ROLE_KIND_LABELS[role.kind] ?? role.kind}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{shiftNames.get(role.defaultShift) ?? role.defaultShift}</Table.Td>
                  <Table.Td fz="sm">{curveLabel(role.learningCurve)}</Table.Td>
                  <Table.Td w={48}>
                    {canEdit && (
                      <Tooltip label="Edit role">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Edit ${role.name}`}
                          onClick={() => setEditing({ kind: 'edit', role })}
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
      <Paper withBorder radius="md" p="md">
        <Text fw={600} mb="xs">
          Productivity by weeks on the job
        </Text>
        <Chart
          option={learningCurveOption(roles.data)}
          height={280}
          ariaLabel="Each role's productivity by weeks of tenure"
          data-testid="learning-curves-chart"
        />
      </Paper>
      <RoleModal editing={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
