import { useState } from 'react';
import { Group, Paper, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useLogisticsKpis } from '../../../api/logistics';
import { Chart } from '../../../components/charts/Chart';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { addDaysIso, isIsoDate, todayIso } from '../../../lib/isoDates';
import { HoldsByReasonTable } from './HoldsByReasonTable';
import { KpiCards } from './KpiCards';
import { leadTimeChartOption } from './leadTimeChartOption';

const DEFAULT_DAYS = 90;

/** Delivery KPIs over a date range: lead times, on-time-in-full, customs holds and duties. */
export function DeliveryKpisPage() {
  const today = todayIso();
  const [from, setFrom] = useState(() => addDaysIso(today, -DEFAULT_DAYS));
  const [to, setTo] = useState(today);
  const valid = isIsoDate(from) && isIsoDate(to) && from <= to;
  const kpis = useLogisticsKpis(valid ? { from, to } : { from: '', to: '' });
  const data = kpis.data;

  return (
    <>
      <PageHeader
        title="Delivery KPIs"
        description="Lead time is from order confirmed to unit received at the site. On time in full counts lines whose requested week has passed; holds overlapping the range count whole."
        actions={
          <Group gap="xs" align="flex-end">
            <TextInput
              label="From"
              type="date"
              value={from}
              onChange={(event) => setFrom(event.currentTarget.value)}
              error={valid ? undefined : true}
              data-testid="kpi-from"
            />
            <TextInput
              label="To"
              type="date"
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              error={valid ? undefined : true}
              data-testid="kpi-to"
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
        {kpis.error && <ProblemAlert error={kpis.error} title="KPIs could not be loaded" />}
        {!data && kpis.isFetching && <Skeleton height={160} radius="md" />}
        {data && (
          <>
            <KpiCards kpis={data} />
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Stack gap="xs">
                <Title order={4}>Lead time, days</Title>
                <Paper withBorder radius="md" p="md">
                  <Chart
                    option={leadTimeChartOption(data.leadTime)}
                    height={240}
                    ariaLabel="Lead time in days from order to delivery, US-built against imported"
                    data-testid="kpi-lead-chart"
                  />
                </Paper>
              </Stack>
              <Stack gap="xs">
                <Title order={4}>Customs holds by reason</Title>
                <Paper withBorder radius="md">
                  <HoldsByReasonTable rows={data.holds.byReason} />
                </Paper>
              </Stack>
            </SimpleGrid>
          </>
        )}
      </Stack>
    </>
  );
}
