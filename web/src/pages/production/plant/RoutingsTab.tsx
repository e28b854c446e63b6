import { useState } from 'react';
import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRoutings, useWorkCentres, useWorkforceRoles } from '../../../api/plant';
import { ANY_MODEL } from '../../../api/plantTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { PLAN_EDITORS } from '../productionLabels';
import { RoutingCard } from './RoutingCard';
import { RoutingModal, type RoutingEditing } from './RoutingModal';

/** Each model's operations: the minutes a unit takes of work centres and of people. */
export function RoutingsTab() {
  const canEdit = useHasAnyRole(PLAN_EDITORS);
  const routings = useRoutings();
  const centres = useWorkCentres();
  const roles = useWorkforceRoles();
  const [editing, setEditing] = useState<RoutingEditing | null>(null);
  const names = new Map([
    ...(centres.data ?? []).map((c) => [c.code, c.name] as const),
    ...(roles.data ?? []).map((r) => [r.code, r.name] as const),
  ]);
  const items = routings.data ?? [];
  const routed = items.map((r) => r.model);
  const fallback = items.find((r) => r.model === ANY_MODEL)?.steps ?? [];

  if (routings.error)
    return <ProblemAlert error={routings.error} title="The routings could not be loaded" />;
  if (!routings.data) return <Skeleton height={320} radius="md" />;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Capacity turns each planned unit into these minutes on work centres and roles.
        </Text>
        {canEdit && (
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ model: null, steps: fallback, routed })}
          >
            New routing
          </Button>
        )}
      </Group>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          No routing yet: capacity cannot load the plan.
        </Text>
      )}
      {items.map((routing) => (
        <RoutingCard
          key={routing.model}
          routing={routing}
          names={names}
          onEdit={
            canEdit
              ? () => setEditing({ model: routing.model, steps: routing.steps, routed })
              : null
          }
        />
      ))}
      <RoutingModal editing={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
