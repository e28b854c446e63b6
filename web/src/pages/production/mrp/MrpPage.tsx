import { EmptyState, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconListDetails } from '@tabler/icons-react';
import { useLatestMrpRun, useRunMrp } from '../../../api/planning';
import type { MrpRun } from '../../../api/planningTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { MRP_RUNNERS } from '../productionLabels';
import { MrpSummary } from './MrpSummary';
import { PlannedOrdersSection } from './PlannedOrdersSection';
import { RunMrpControls } from './RunMrpControls';
import { ShortagesTable } from './ShortagesTable';

/** MRP: the latest run (shortages first, then planned orders); planners and buyers run it again. */
export function MrpPage() {
  const canRun = useHasAnyRole(MRP_RUNNERS);
  const latest = useLatestMrpRun();
  const run = useRunMrp();

  const start = (weeks: number) =>
    run.mutate(weeks, {
      onSuccess: ({ summary }) =>
        notifications.show({
          color: 'green',
          title: 'MRP run',
          message: `${formatNumber(summary.plannedOrders)} planned orders, ${formatNumber(summary.shortages)} shortages.`,
        }),
    });

  return (
    <>
      <PageHeader
        title="MRP"
        description="Material requirements over the build plan, from stock on hand, open purchase orders, BOMs and supplier lead times."
        actions={canRun && <RunMrpControls running={run.isPending} onRun={start} />}
      />
      <Stack gap="lg">
        <ProblemAlert error={run.error} title="MRP could not run" />
        {latest.error && (
          <ProblemAlert error={latest.error} title="The MRP run could not be loaded" />
        )}
        {latest.isPending && <Skeleton height={360} radius="md" />}
        {latest.data === null && (
          <Paper withBorder radius="md" p="xl">
            <EmptyState
              data-testid="mrp-not-run"
              icon={<IconListDetails size={32} stroke={1.5} />}
              withIndicatorBackground
              title="MRP has not been run yet"
              description={
                canRun
                  ? 'Run it to see planned orders and shortages for the build plan.'
                  : 'A planner or buyer runs it; its planned orders and shortages will show here.'
              }
            />
          </Paper>
        )}
        {latest.data && <MrpRunView key={latest.data.id} run={latest.data} />}
      </Stack>
    </>
  );
}

function MrpRunView({ run }: { run: MrpRun }) {
  return (
    <>
      <MrpSummary run={run} />
      <Stack gap="sm">
        <Title order={4}>Shortages</Title>
        <Paper withBorder radius="md">
          <ShortagesTable shortages={run.shortages} />
        </Paper>
      </Stack>
      <PlannedOrdersSection run={run} />
    </>
  );
}
