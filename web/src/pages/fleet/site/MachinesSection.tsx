import { Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { useFleetMachines } from '../../../api/fleet';
import type { FleetModelSummary } from '../../../api/fleetTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { MachineFiltersBar } from './MachineFiltersBar';
import { MachinesTable } from './MachinesTable';
import { MACHINES_PAGE_SIZE, useMachineFilters } from './useMachineFilters';

/** The site's machines, a hundred at a time: the server filters, sorts and pages them. */
export function MachinesSection({
  siteId,
  models,
}: {
  siteId: string;
  models: FleetModelSummary[];
}) {
  const state = useMachineFilters();
  const machines = useFleetMachines(siteId, state.filters);
  const total = machines.data?.total ?? 0;
  const items = machines.data?.items ?? [];
  const pages = Math.max(1, Math.ceil(total / MACHINES_PAGE_SIZE));
  const start = (state.page - 1) * MACHINES_PAGE_SIZE;
  return (
    <Stack gap="xs">
      <Title order={4}>Machines</Title>
      <MachineFiltersBar state={state} models={models} />
      {machines.error && (
        <ProblemAlert error={machines.error} title="Machines could not be loaded" />
      )}
      {machines.data && (
        <Text size="sm" c="dimmed" data-testid="machine-count">
          {total === 1 ? '1 machine' : `${formatNumber(total)} machines`}
        </Text>
      )}
      <Paper withBorder radius="md">
        <MachinesTable machines={items} loading={machines.isPending} state={state} />
        {pages > 1 && (
          <Group justify="space-between" gap="sm" p="sm" data-testid="machine-pager">
            <Text size="xs" c="dimmed">
              {formatNumber(start + 1)}–{formatNumber(start + items.length)} of{' '}
              {formatNumber(total)} machines
            </Text>
            <Pagination
              size="sm"
              total={pages}
              value={Math.min(state.page, pages)}
              onChange={state.setPage}
              siblings={1}
              boundaries={1}
            />
          </Group>
        )}
      </Paper>
    </Stack>
  );
}
