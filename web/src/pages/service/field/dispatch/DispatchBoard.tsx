import { useState, type FormEvent } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  NumberInput,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarCheck, IconRoute } from '@tabler/icons-react';
import { Link } from 'react-router';
import {
  useLatestDispatch,
  useRunDispatch,
  useTechnicians,
  useVisits,
} from '../../../../api/field';
import type { DispatchPlan, Technician } from '../../../../api/fieldTypes';
import { useHasAnyRole } from '../../../../auth/useHasAnyRole';
import { Chart } from '../../../../components/charts/Chart';
import { ConfirmModal } from '../../../../components/ConfirmModal';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { addDaysIso } from '../../../../lib/isoDates';
import { whenDone } from '../../../../lib/whenDone';
import { FIELD_PLANNERS } from '../../serviceLabels';
import { visitPath } from '../../servicePaths';
import { technicianColors } from '../fieldLabels';
import { DispatchLegend } from './DispatchLegend';
import { dispatchMapOption, type VisitWindows } from './dispatchMapOption';
import { DispatchObjective, improvementText } from './DispatchObjective';
import { DispatchTimeline } from './DispatchTimeline';

const DEFAULT_DAYS = 10;
const MAX_DAYS = 21;

/**
 * The dispatch board: plan the coming days (a preview first, then applied), the latest plan's
 * objective against nearest-first, its routes on a map and as a timeline, and what it left out.
 */
export function DispatchBoard() {
  const planner = useHasAnyRole(FIELD_PLANNERS);
  const latest = useLatestDispatch();
  const run = useRunDispatch();
  const [days, setDays] = useState<number | string>(DEFAULT_DAYS);
  const valid = Number.isInteger(Number(days)) && Number(days) >= 1 && Number(days) <= MAX_DAYS;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    run.mutate({ days: Number(days), apply: false });
  };

  return (
    <Stack gap="md">
      {planner && (
        <Paper withBorder radius="md" p="md">
          <form onSubmit={submit} noValidate data-testid="dispatch-form">
            <Group gap="sm" align="flex-end" wrap="wrap">
              <NumberInput
                label="Days to plan"
                description="From tomorrow"
                min={1}
                max={MAX_DAYS}
                allowDecimal={false}
                allowNegative={false}
                value={days}
                onChange={setDays}
                w={140}
                error={valid ? undefined : `1 to ${MAX_DAYS} days`}
                data-testid="dispatch-days"
              />
              <Button
                type="submit"
                leftSection={<IconRoute size={16} />}
                loading={run.isPending && !run.variables?.apply}
                disabled={!valid || run.isPending}
                data-testid="dispatch-plan"
              >
                Plan the next {valid ? Number(days) : '…'} days
              </Button>
            </Group>
            <Text size="xs" c="dimmed" mt="xs">
              A preview: nothing is scheduled until the plan is applied.
            </Text>
          </form>
        </Paper>
      )}
      <ProblemAlert error={run.error} title="The plan could not be made" />
      {latest.error && <ProblemAlert error={latest.error} title="The plan could not be loaded" />}
      {latest.isPending && <Skeleton height={320} radius="md" />}
      {latest.data === null && (
        <Text size="sm" c="dimmed" data-testid="dispatch-none">
          No plan yet.{planner ? ' Plan the next days to see the routes.' : ''}
        </Text>
      )}
      {latest.data && <PlanView plan={latest.data} planner={planner} />}
    </Stack>
  );
}

function PlanView({ plan, planner }: { plan: DispatchPlan; planner: boolean }) {
  const technicians = useTechnicians().data?.items ?? [];
  const visits = useVisits({}).data?.items ?? [];
  const windows: VisitWindows = new Map(visits.map((v) => [v.number, v]));
  const rows = timelineRows(plan, technicians);
  const colors = technicianColors([...technicians.map((t) => t.code), ...rows.map((r) => r.code)]);
  const lastDay = addDaysIso(plan.firstDay, plan.days - 1);

  return (
    <Stack gap="md" data-testid="dispatch-plan-view" data-applied={plan.applied}>
      <Group justify="space-between" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={4}>
              {plan.firstDay} → {lastDay}
            </Title>
            <Badge
              color={plan.applied ? 'green' : 'blue'}
              variant="light"
              data-testid="dispatch-state"
            >
              {plan.applied ? 'Applied' : 'Preview'}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {plan.routes.length} technician-days · searched in {plan.plannerMs} ms ·{' '}
            {improvementText(plan).toLowerCase()}
          </Text>
        </Stack>
        {planner && !plan.applied && <ApplyButton plan={plan} />}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Paper withBorder radius="md">
              <DispatchObjective plan={plan} />
            </Paper>
            <DispatchLegend plan={plan} technicians={rows} colors={colors} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper withBorder radius="md" p="sm">
            <Chart
              option={dispatchMapOption(plan, technicians, colors, windows)}
              height={420}
              renderer="svg"
              ariaLabel="Map of the plan: technicians' homes, the sites visited and each day's route"
              data-testid="dispatch-map"
            />
          </Paper>
        </Grid.Col>
      </Grid>
      <Paper withBorder radius="md" p="sm">
        <DispatchTimeline plan={plan} technicians={rows} colors={colors} windows={windows} />
      </Paper>
      <Stack gap={4} data-testid="dispatch-unassigned">
        <Title order={5}>Unassigned visits</Title>
        {plan.unassigned.length === 0 ? (
          <Text size="sm" c="dimmed">
            Every open visit has a technician and a day.
          </Text>
        ) : (
          <List size="sm">
            {plan.unassigned.map((u) => (
              <List.Item key={u.visit} data-testid={`dispatch-unassigned-${u.visit}`}>
                <Anchor component={Link} to={visitPath(u.visit)} ff="monospace" size="sm">
                  {u.visit}
                </Anchor>
                : {u.reason}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}

/** Active technicians, and any inactive one the plan still routes (planned before a change). */
function timelineRows(plan: DispatchPlan, technicians: Technician[]) {
  const rows = technicians.filter((t) => t.active).map((t) => ({ code: t.code, name: t.name }));
  for (const r of plan.routes)
    if (!rows.some((x) => x.code === r.technician))
      rows.push({ code: r.technician, name: r.technicianName });
  return rows;
}

/**
 * Applying plans again (the search is re-run on the visits as they now stand) and schedules
 * the visits: each technician finds the new route in "My visits".
 */
function ApplyButton({ plan }: { plan: DispatchPlan }) {
  const run = useRunDispatch();
  const [confirming, setConfirming] = useState(false);
  const apply = () =>
    // Applied, the plan no longer offers this button: the notice follows the request itself.
    whenDone(run.mutateAsync({ from: plan.firstDay, days: plan.days, apply: true }), (applied) =>
      notifications.show({
        color: 'green',
        title: 'Plan applied',
        message: `${applied.routes.reduce((n, r) => n + r.stops.length, 0)} visits scheduled from ${applied.firstDay}.`,
      }),
    );
  return (
    <>
      <Button
        leftSection={<IconCalendarCheck size={16} />}
        onClick={() => setConfirming(true)}
        data-testid="dispatch-apply"
      >
        Apply this plan
      </Button>
      <ConfirmModal
        opened={confirming}
        title="Apply this plan?"
        message="Each visit is scheduled to its technician and day; scheduled visits left out of the plan go back to planned. Visits already checked in stay where they are."
        confirmLabel="Apply this plan"
        loading={run.isPending}
        error={run.error}
        onConfirm={apply}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
