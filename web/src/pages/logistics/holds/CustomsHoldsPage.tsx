import { Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useCustomsHolds, useLaneRisk } from '../../../api/logistics';
import { useSupplySources } from '../../../api/sales';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatCents, formatNumber } from '../../../lib/format';
import { HoldsTable } from './HoldsTable';
import { LaneRiskTable } from './LaneRiskTable';

/** The customs holds board: each lane's hold risk, then the holds, open ones first. */
export function CustomsHoldsPage() {
  const [params, setParams] = useSearchParams();
  const withEnded = params.get('ended') === 'true';
  const holds = useCustomsHolds(!withEnded);
  const lanes = useLaneRisk();
  const sources = useSupplySources();
  // The server lists newest first; open holds are what the desk works on.
  const rows = [...(holds.data?.items ?? [])].sort(
    (a, b) => Number(a.endedOn !== null) - Number(b.endedOn !== null),
  );
  const open = rows.filter((h) => !h.endedOn);
  const openUnits = open.reduce((sum, h) => sum + h.units, 0);
  const openCost = open.reduce((sum, h) => sum + h.costCents, 0);

  return (
    <>
      <PageHeader
        title="Customs holds"
        description="Imports held at the port: exams, other agencies and origin reviews. Each lane's record sets the hold odds and lengths the delivery promise uses."
      />
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={4}>Hold risk by import lane</Title>
          {lanes.error && (
            <ProblemAlert error={lanes.error} title="Lane risk could not be loaded" />
          )}
          <Paper withBorder radius="md">
            <LaneRiskTable
              lanes={lanes.data?.items ?? []}
              sources={sources.data?.items ?? []}
              loading={lanes.isPending}
            />
          </Paper>
        </Stack>
        <Stack gap="xs">
          <Group justify="space-between" align="flex-end">
            <Title order={4}>Holds</Title>
            <Switch
              label="Include ended holds"
              checked={withEnded}
              onChange={(event) =>
                setParams(event.currentTarget.checked ? { ended: 'true' } : {}, { replace: true })
              }
              data-testid="holds-include-ended"
            />
          </Group>
          {holds.data && (
            <Text size="sm" c="dimmed" data-testid="holds-summary">
              {formatNumber(open.length)} open {open.length === 1 ? 'hold' : 'holds'} ·{' '}
              {formatNumber(openUnits)} units held · {formatCents(openCost)} holding cost so far
            </Text>
          )}
          {holds.error && <ProblemAlert error={holds.error} title="Holds could not be loaded" />}
          <Paper withBorder radius="md">
            <HoldsTable holds={rows} loading={holds.isPending} />
          </Paper>
        </Stack>
      </Stack>
    </>
  );
}
