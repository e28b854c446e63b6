import { useState } from 'react';
import { Paper, Stack, Table, Tabs, Text } from '@mantine/core';
import { useFaultCodes } from '../../../api/service';
import type { ParetoDimension, ServiceAnalytics } from '../../../api/serviceAnalyticsTypes';
import { Chart } from '../../../components/charts/Chart';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatBp, formatNumber } from '../../../lib/format';
import { paretoChartOption } from './analyticsChartOptions';

const DIMENSIONS: { value: ParetoDimension; label: string; help: string }[] = [
  {
    value: 'faultCode',
    label: 'Fault',
    help: 'The depot’s diagnosis where there is one, else the fault the customer reported.',
  },
  { value: 'model', label: 'Model', help: 'Machines returned, by model.' },
  {
    value: 'supplier',
    label: 'Supplier',
    help: 'The supplier of each part taken out; for a hashboard built here, of its chips.',
  },
  { value: 'chipLot', label: 'Chip lot', help: 'The ASIC chip lots inside the machines returned.' },
  {
    value: 'productionWeek',
    label: 'Build week',
    help: 'The week (from Monday) each machine returned was built here.',
  },
];

/** Where failures concentrate, one dimension at a time: bars by count, the running share line. */
export function ParetoSection({ pareto }: { pareto: ServiceAnalytics['pareto'] }) {
  const [dimension, setDimension] = useState<ParetoDimension>('faultCode');
  const codes = useFaultCodes().data?.items ?? [];
  const label = (key: string) => {
    if (dimension === 'faultCode') return codes.find((c) => c.code === key)?.name ?? key;
    if (dimension === 'productionWeek') return `Week of ${key}`;
    return key === 'unknown' ? 'Unknown' : key;
  };
  const rows = pareto[dimension];
  const current = DIMENSIONS.find((d) => d.value === dimension)!;

  return (
    <Stack gap="xs">
      <Tabs
        value={dimension}
        onChange={(v) => v && setDimension(v as ParetoDimension)}
        variant="pills"
      >
        <Tabs.List style={{ flexWrap: 'wrap' }}>
          {DIMENSIONS.map((d) => (
            <Tabs.Tab key={d.value} value={d.value} data-testid={`pareto-${d.value}`}>
              {d.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Text size="xs" c="dimmed">
        {current.help}
      </Text>
      <Paper withBorder radius="md" p="md">
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="pareto-empty">
            Nothing to count in this range.
          </Text>
        ) : (
          <Chart
            option={paretoChartOption(rows, label)}
            height={320}
            ariaLabel={`Pareto of returns by ${current.label.toLowerCase()}: counts and cumulative share`}
            data-testid="pareto-chart"
          />
        )}
      </Paper>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={4} data-testid="pareto-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{current.label}</Table.Th>
                <Table.Th ta="right">Count</Table.Th>
                <Table.Th ta="right">Share</Table.Th>
                <Table.Th ta="right">Cumulative</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 && <TableMessageRow colSpan={4}>None.</TableMessageRow>}
              {rows.map((r) => (
                <Table.Tr key={r.key} data-testid={`pareto-row-${r.key}`}>
                  <Table.Td>{label(r.key)}</Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatNumber(r.count)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatBp(r.shareBp, 1)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatBp(r.cumulativeBp, 1)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
