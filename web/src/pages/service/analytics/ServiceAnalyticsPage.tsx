import { useState } from 'react';
import { Grid, Group, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useServiceAnalytics } from '../../../api/serviceAnalytics';
import { Chart } from '../../../components/charts/Chart';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { addDaysIso, isIsoDate, todayIso } from '../../../lib/isoDates';
import { turnaroundChartOption } from './analyticsChartOptions';
import { AnalyticsKpiCards } from './AnalyticsKpiCards';
import { ParetoSection } from './ParetoSection';

const DEFAULT_DAYS = 180;

/**
 * Service analytics (`/service/analytics`) over machines returned in a date range: how long
 * they are away, whether the SLA holds, how often a repair holds first time, repeats, and
 * where failures concentrate — what the repairs teach production and buying.
 */
export function ServiceAnalyticsPage() {
  const today = todayIso();
  const [from, setFrom] = useState(() => addDaysIso(today, -DEFAULT_DAYS));
  const [to, setTo] = useState(today);
  const valid = isIsoDate(from) && isIsoDate(to) && from <= to;
  const analytics = useServiceAnalytics(valid ? { from, to } : { from: '', to: '' });
  const data = analytics.data;

  return (
    <>
      <PageHeader
        title="Service analytics"
        description="Machines returned in the range, rejected and cancelled ones left out. Turnaround is from request to shipped back."
        actions={
          <Group gap="xs" align="flex-end">
            <TextInput
              label="From"
              type="date"
              value={from}
              onChange={(event) => setFrom(event.currentTarget.value)}
              error={valid ? undefined : true}
              data-testid="analytics-from"
            />
            <TextInput
              label="To"
              type="date"
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              error={valid ? undefined : true}
              data-testid="analytics-to"
            />
          </Group>
        }
      />
      <Stack gap="lg">
        {!valid && (
          <Text size="sm" c="red">
            Pick a range whose start is on or before its end.
          </Text>
        )}
        <ProblemAlert error={analytics.error} title="Analytics could not be loaded" />
        {!data && analytics.isFetching && <Skeleton height={160} radius="md" />}
        {data && (
          <>
            <Text size="sm" data-testid="analytics-units">
              {formatNumber(data.units)} machines returned from {data.from} to {data.to}.
            </Text>
            <AnalyticsKpiCards data={data} />
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Stack gap="xs">
                  <Title order={4}>Turnaround, days</Title>
                  <Paper withBorder radius="md" p="md">
                    <Chart
                      option={turnaroundChartOption(data.turnaround)}
                      height={320}
                      ariaLabel="Machines shipped back by days from request to ship-back"
                      data-testid="turnaround-chart"
                    />
                  </Paper>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Stack gap="xs">
                  <Title order={4}>Where failures concentrate</Title>
                  <ParetoSection pareto={data.pareto} />
                </Stack>
              </Grid.Col>
            </Grid>
          </>
        )}
      </Stack>
    </>
  );
}
