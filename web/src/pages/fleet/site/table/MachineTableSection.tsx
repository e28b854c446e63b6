import { useEffect, useMemo } from 'react';
import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMachineTable } from '../../../../api/fleet';
import type { FleetSummary } from '../../../../api/fleetTypes';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { formatDateTime, formatNumber } from '../../../../lib/format';
import { buildIndex, filterRows, orderOf, precomputeOrders } from './machineIndex';
import { MachineTableFilters } from './MachineTableFilters';
import { useMachineTableState } from './useMachineTableState';
import { VirtualMachineTable } from './VirtualMachineTable';

const machines = (n: number) => (n === 1 ? '1 machine' : `${formatNumber(n)} machines`);

/**
 * Every machine of the site, loaded once and filtered and sorted in the browser: a choice
 * answers at once, whatever the size of the site. Machines with open faults are red.
 */
export function MachineTableSection({
  siteId,
  summary,
}: {
  siteId: string;
  summary: FleetSummary;
}) {
  const state = useMachineTableState();
  const table = useMachineTable(siteId);
  const index = useMemo(() => (table.data ? buildIndex(table.data) : null), [table.data]);
  useEffect(() => (index ? precomputeOrders(index) : undefined), [index]);
  const { sort, desc } = state.order;
  const order = useMemo(() => index && orderOf(index, { sort, desc }), [index, sort, desc]);
  const { status, model, fault, q } = state.filters;
  const rows = useMemo(
    () => index && order && filterRows(index, order, { status, model, fault, q }),
    [index, order, status, model, fault, q],
  );
  const ready = index !== null && rows !== null;
  const viewKey = `${status}|${model}|${fault}|${q}|${sort}|${desc}`;

  return (
    <Stack gap="xs" data-testid="machine-table-section">
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={4}>Machines</Title>
        {ready && (
          <Text size="sm" c="dimmed">
            <span data-testid="machine-count" data-count={rows.length} data-total={index.size}>
              {machines(rows.length)}
            </span>
            {state.filtered && (
              <span data-testid="machine-count-total"> of {formatNumber(index.size)}</span>
            )}
            <span title={formatDateTime(index.at, true)}>
              {' '}
              · as read {formatDateTime(index.at)}
            </span>
          </Text>
        )}
      </Group>
      <MachineTableFilters state={state} index={index} />
      {table.error && <ProblemAlert error={table.error} title="Machines could not be loaded" />}
      <Paper
        withBorder
        radius="md"
        style={{ overflow: 'hidden' }}
        data-testid="fleet-machines-table"
      >
        {ready ? (
          <VirtualMachineTable
            index={index}
            rows={rows}
            order={state.order}
            onSort={state.sortBy}
            viewKey={viewKey}
          />
        ) : (
          !table.error && (
            <Stack gap={6} p="sm" data-testid="machine-table-loading" aria-busy>
              <Text size="sm" c="dimmed">
                Loading {machines(summary.machines)}…
              </Text>
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} height={36} radius="sm" />
              ))}
            </Stack>
          )
        )}
      </Paper>
    </Stack>
  );
}
