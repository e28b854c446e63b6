import { useState } from 'react';
import { Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconDeviceFloppy, IconPlus } from '@tabler/icons-react';
import { useHeadcountPlan, useSaveHeadcountPlan, useWorkforceRoles } from '../../../api/plant';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { addMonthsIso, todayIso } from '../../../lib/isoDates';
import { PLAN_EDITORS } from '../productionLabels';
import { HeadcountGrid } from './HeadcountGrid';
import {
  changedHeadcount,
  planMonths,
  savedTargets,
  type HeadcountEdits,
  type HeadcountValue,
} from './headcountEdits';

/** Headcount wanted by month and role; planners change cells and save only those changed. */
export function HeadcountPlanTab() {
  const canEdit = useHasAnyRole(PLAN_EDITORS);
  const plan = useHeadcountPlan();
  const roles = useWorkforceRoles();
  const save = useSaveHeadcountPlan();
  const [edits, setEdits] = useState<HeadcountEdits>({});
  const [added, setAdded] = useState<string[]>([]);
  const saved = savedTargets(plan.data ?? []);
  const changes = changedHeadcount(edits, saved);
  const months = planMonths(plan.data ?? [], added);

  const discard = () => {
    setEdits({});
    setAdded([]);
    save.reset();
  };

  const submit = () =>
    save.mutate(changes, {
      onSuccess: ({ updated }) => {
        setEdits({});
        setAdded([]);
        notifications.show({
          color: 'green',
          title: 'Headcount plan saved',
          message: `${updated} ${updated === 1 ? 'cell' : 'cells'} changed.`,
        });
      },
    });

  const error = plan.error ?? roles.error;
  if (error) return <ProblemAlert error={error} title="The headcount plan could not be loaded" />;
  if (!plan.data || !roles.data) return <Skeleton height={320} radius="md" />;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c={changes.length ? 'yellow.8' : 'dimmed'} data-testid="headcount-changes">
          {canEdit
            ? changes.length
              ? `${changes.length} unsaved ${changes.length === 1 ? 'change' : 'changes'}`
              : 'A month without its own target keeps the one before.'
            : 'Read only: changing the plan needs the planner role.'}
        </Text>
        {canEdit && (
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={() =>
                setAdded((current) => [
                  ...current,
                  months.length ? addMonthsIso(months.at(-1) ?? '', 1) : todayIso().slice(0, 7),
                ])
              }
              data-testid="headcount-add-month"
            >
              Add month
            </Button>
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={discard}
              disabled={(changes.length === 0 && added.length === 0) || save.isPending}
            >
              Discard
            </Button>
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={submit}
              disabled={changes.length === 0}
              loading={save.isPending}
              data-testid="headcount-save"
            >
              Save changes
            </Button>
          </Group>
        )}
      </Group>
      <ProblemAlert error={save.error} title="The headcount plan was not saved" />
      <Paper withBorder radius="md">
        <HeadcountGrid
          months={months}
          roles={roles.data}
          saved={saved}
          edits={edits}
          editable={canEdit}
          onEdit={(key, value: HeadcountValue) =>
            setEdits((current) => ({ ...current, [key]: value }))
          }
        />
      </Paper>
    </Stack>
  );
}
