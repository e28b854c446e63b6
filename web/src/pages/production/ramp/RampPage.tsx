import { useState } from 'react';
import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useRamp } from '../../../api/capacity';
import type { Ramp } from '../../../api/capacityTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { Chart } from '../../../components/charts/Chart';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { PLAN_EDITORS } from '../productionLabels';
import { headcountChartOption } from './headcountChartOption';
import { HeadcountTable } from './HeadcountTable';
import { PhasesEditor } from './PhasesEditor';
import { PhasesTable } from './PhasesTable';
import { currentWeek, rampChartOption } from './rampChartOption';
import { RampSummary } from './RampSummary';

/** The ramp: units by week against each phase's target, headcount by month against its plan. */
export function RampPage() {
  const ramp = useRamp();
  return (
    <>
      <PageHeader
        title="Ramp"
        description="Each phase's weekly target against the build plan and the units built and passed burn-in; headcount against its plan."
      />
      <Stack gap="lg">
        {ramp.error && <ProblemAlert error={ramp.error} title="The ramp could not be loaded" />}
        {ramp.isPending && <Skeleton height={420} radius="md" />}
        {ramp.data && <RampView ramp={ramp.data} />}
      </Stack>
    </>
  );
}

function RampView({ ramp }: { ramp: Ramp }) {
  const canEdit = useHasAnyRole(PLAN_EDITORS);
  const [editing, setEditing] = useState(false);
  return (
    <>
      <RampSummary ramp={ramp} />
      <Paper withBorder radius="md" p="md">
        <Text fw={600} mb="xs">
          Units by week
        </Text>
        <Chart
          option={rampChartOption(ramp.weeks)}
          height={320}
          ariaLabel="Phase target, planned units, and units built and passed burn-in by week"
          data-testid="ramp-chart"
        />
      </Paper>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Phases</Title>
          {canEdit && !editing && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPencil size={14} />}
              onClick={() => setEditing(true)}
              data-testid="phases-edit"
            >
              Edit phases
            </Button>
          )}
        </Group>
        <Paper withBorder radius="md">
          {editing ? (
            <PhasesEditor phases={ramp.phases} onDone={() => setEditing(false)} />
          ) : (
            <PhasesTable phases={ramp.phases} current={currentWeek(ramp.weeks)?.phase ?? null} />
          )}
        </Paper>
      </Stack>
      <Stack gap="sm">
        <Title order={4}>Headcount</Title>
        <Paper withBorder radius="md" p="md">
          <Chart
            option={headcountChartOption(ramp.headcount)}
            height={240}
            ariaLabel="People on staff by month against the headcount target"
            data-testid="headcount-chart"
          />
        </Paper>
        <Paper withBorder radius="md">
          <HeadcountTable months={ramp.headcount} />
        </Paper>
      </Stack>
    </>
  );
}
