import { useState } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTechnicians } from '../../../../api/field';
import { useLocations } from '../../../../api/supply';
import { useCurrentUser } from '../../../../auth/CurrentUserContext';
import { useHasAnyRole } from '../../../../auth/useHasAnyRole';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { FIELD_PLANNERS } from '../../serviceLabels';
import { TechnicianModal, type TechnicianEditing } from './TechnicianModal';
import { TechniciansTable } from './TechniciansTable';

/** The field crew as the planner sees it; the desk adds and edits technicians. */
export function TechniciansView() {
  const planner = useHasAnyRole(FIELD_PLANNERS);
  const me = useCurrentUser();
  const technicians = useTechnicians();
  const locations = useLocations().data?.items ?? [];
  const [editing, setEditing] = useState<TechnicianEditing | null>(null);
  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          The planner routes active technicians from their home, within their working day, to visits
          needing their skills.
        </Text>
        {planner && (
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ kind: 'create' })}
            data-testid="technician-add"
          >
            Add a technician
          </Button>
        )}
      </Group>
      <ProblemAlert error={technicians.error} title="Technicians could not be loaded" />
      <Paper withBorder radius="md">
        <TechniciansTable
          technicians={technicians.data?.items ?? []}
          loading={technicians.isPending}
          locations={locations}
          meId={me.id}
          onEdit={planner ? (technician) => setEditing({ kind: 'edit', technician }) : null}
        />
      </Paper>
      <TechnicianModal editing={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
