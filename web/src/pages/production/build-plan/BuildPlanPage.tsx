import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowBackUp, IconDeviceFloppy } from '@tabler/icons-react';
import { useCapacity } from '../../../api/capacity';
import { useBuildPlan, useSaveBuildPlan } from '../../../api/planning';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { PLAN_EDITORS } from '../productionLabels';
import { useWeekRange } from '../useWeekRange';
import { WeekRangeFields } from '../WeekRangeFields';
import { BuildPlanGrid } from './BuildPlanGrid';
import { changedCells, withEdit, type CellValue, type PlanEdits } from './planEdits';

const WEEK_CHOICES = ['12', '26', '52'];
const DEFAULT_WEEKS = 12;

/** Asks before leaving the page while edits are unsaved. */
function useWarnBeforeUnload(active: boolean) {
  useEffect(() => {
    if (!active) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}

/** The build plan: units per model per week; the range lives in the address (?weeks=&from=). */
export function BuildPlanPage() {
  const canEdit = useHasAnyRole(PLAN_EDITORS);
  const range = useWeekRange(WEEK_CHOICES, DEFAULT_WEEKS);
  const plan = useBuildPlan({ weeks: range.weeks, from: range.from });
  const capacity = useCapacity({ weeks: range.weeks, from: range.from });
  const verdicts = useMemo(
    () => capacity.data && new Map(capacity.data.verdicts.map((v) => [v.week, v])),
    [capacity.data],
  );
  const overWeeks = capacity.data?.verdicts.filter((v) => !v.feasible).length ?? 0;
  const save = useSaveBuildPlan();
  const [edits, setEdits] = useState<PlanEdits>({});
  const changes = changedCells(edits);
  useWarnBeforeUnload(changes.length > 0);

  const onEdit = useCallback(
    (cell: { model: string; week: string; original: number }, value: CellValue) =>
      setEdits((current) => withEdit(current, cell, value)),
    [],
  );

  const discard = () => {
    setEdits({});
    save.reset();
  };

  const submit = () =>
    save.mutate(changes, {
      onSuccess: ({ updated }) => {
        setEdits({});
        notifications.show({
          color: 'green',
          title: 'Build plan saved',
          message: `${updated} ${updated === 1 ? 'cell' : 'cells'} changed.`,
        });
      },
    });

  return (
    <>
      <PageHeader
        title="Build plan"
        description="Units of each model to finish per week. MRP plans parts and purchases from it."
        actions={
          canEdit && (
            <>
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={16} />}
                onClick={discard}
                disabled={changes.length === 0 || save.isPending}
                data-testid="plan-discard"
              >
                Discard
              </Button>
              <Button
                leftSection={<IconDeviceFloppy size={16} />}
                onClick={submit}
                disabled={changes.length === 0}
                loading={save.isPending}
                data-testid="plan-save"
              >
                Save changes
              </Button>
            </>
          )
        }
      />
      <Group gap="sm" mb="md" align="flex-end">
        <WeekRangeFields range={range} choices={WEEK_CHOICES} testIdPrefix="plan" />
        <Text
          size="sm"
          c={changes.length ? 'yellow.8' : 'dimmed'}
          mb={6}
          data-testid="plan-changes"
        >
          {canEdit
            ? changes.length
              ? `${changes.length} unsaved ${changes.length === 1 ? 'change' : 'changes'}`
              : 'No unsaved changes'
            : 'Read only: changing the plan needs the planner role.'}
        </Text>
      </Group>
      <Stack gap="md">
        {overWeeks > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={`${overWeeks} ${overWeeks === 1 ? 'week is' : 'weeks are'} over capacity`}
            data-testid="plan-infeasible"
          >
            The saved plan needs more people or equipment than the plant has in the weeks marked
            red. Hover a week for its overloaded work centres and roles, or try more headcount on
            the Capacity page.
          </Alert>
        )}
        <ProblemAlert error={save.error} title="The plan could not be saved" />
        {plan.error && (
          <ProblemAlert error={plan.error} title="The build plan could not be loaded" />
        )}
        {plan.data ? (
          <Paper withBorder radius="md">
            <BuildPlanGrid
              plan={plan.data}
              edits={edits}
              editable={canEdit}
              onEdit={onEdit}
              verdicts={verdicts}
            />
          </Paper>
        ) : (
          plan.isPending && <Skeleton height={360} radius="md" />
        )}
      </Stack>
    </>
  );
}
