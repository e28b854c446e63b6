import { useCallback, useEffect, useState } from 'react';
import {
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconDeviceFloppy } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useBuildPlan, useSaveBuildPlan } from '../../../api/planning';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { isIsoDate } from '../../../lib/isoDates';
import { PLAN_EDITORS } from '../productionLabels';
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
  const [params, setParams] = useSearchParams();
  const rawWeeks = params.get('weeks') ?? '';
  const weeks = WEEK_CHOICES.includes(rawWeeks) ? Number(rawWeeks) : DEFAULT_WEEKS;
  const rawFrom = params.get('from') ?? '';
  const from = isIsoDate(rawFrom) ? rawFrom : null;
  const plan = useBuildPlan({ weeks, from });
  const save = useSaveBuildPlan();
  const [edits, setEdits] = useState<PlanEdits>({});
  const changes = changedCells(edits);
  useWarnBeforeUnload(changes.length > 0);

  const onEdit = useCallback(
    (cell: { model: string; week: string; original: number }, value: CellValue) =>
      setEdits((current) => withEdit(current, cell, value)),
    [],
  );

  const setParam = (key: 'weeks' | 'from', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

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
        <Input.Wrapper label="Weeks shown">
          <SegmentedControl
            display="flex"
            aria-label="Weeks shown"
            value={String(weeks)}
            onChange={(value) => setParam('weeks', value === String(DEFAULT_WEEKS) ? null : value)}
            data={WEEK_CHOICES.map((value) => ({ value, label: `${value} weeks` }))}
            data-testid="plan-weeks"
          />
        </Input.Wrapper>
        <TextInput
          type="date"
          label="From the week of"
          value={from ?? ''}
          onChange={(event) => setParam('from', event.currentTarget.value || null)}
          style={{ flex: '0 1 180px' }}
          data-testid="plan-from"
        />
        {from && (
          <Button variant="subtle" size="sm" onClick={() => setParam('from', null)}>
            This week
          </Button>
        )}
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
        <ProblemAlert error={save.error} title="The plan could not be saved" />
        {plan.error && (
          <ProblemAlert error={plan.error} title="The build plan could not be loaded" />
        )}
        {plan.data ? (
          <Paper withBorder radius="md">
            <BuildPlanGrid plan={plan.data} edits={edits} editable={canEdit} onEdit={onEdit} />
          </Paper>
        ) : (
          plan.isPending && <Skeleton height={360} radius="md" />
        )}
      </Stack>
    </>
  );
}
