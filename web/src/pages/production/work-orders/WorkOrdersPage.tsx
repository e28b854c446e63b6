import { Anchor, Group, Paper, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useWorkOrders } from '../../../api/production';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import type { WorkOrderStatus, WorkOrderSummary } from '../../../api/productionTypes';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatNumber } from '../../../lib/format';
import { LINE_ROLES, WORK_ORDER_STATUS_LABELS } from '../productionLabels';
import { workOrderPath } from '../productionPaths';
import { UnitLookup } from '../units/UnitLookup';
import { WorkOrderStatusBadge } from '../WorkOrderStatusBadge';
import { ReleaseWorkOrderButton } from './ReleaseWorkOrderButton';

const STATUS_OPTIONS = (Object.keys(WORK_ORDER_STATUS_LABELS) as WorkOrderStatus[]).map(
  (value) => ({ value, label: WORK_ORDER_STATUS_LABELS[value] }),
);

const isStatus = (value: string | null): value is WorkOrderStatus =>
  value !== null && value in WORK_ORDER_STATUS_LABELS;

const COLUMN_COUNT = 6;

/** Work orders released to the line, newest first; the status filter lives in the address. */
export function WorkOrdersPage() {
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status = isStatus(rawStatus) ? rawStatus : null;
  const orders = useWorkOrders(status);
  const canRelease = useHasAnyRole(LINE_ROLES);

  const setStatus = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set('status', value);
    else next.delete('status');
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Work orders"
        description="Batches released to the line: units assembled and units through burn-in. Open one to see its units and hashboards."
        actions={canRelease && <ReleaseWorkOrderButton />}
      />
      <Group gap="md" mb="md" align="flex-end" justify="space-between">
        <Select
          aria-label="Filter by status"
          placeholder="Every status"
          data={STATUS_OPTIONS}
          value={status}
          onChange={setStatus}
          clearable
          style={{ flex: '0 1 200px' }}
          data-testid="work-order-status-filter"
        />
        <div style={{ flex: '0 1 420px' }}>
          <UnitLookup />
        </div>
      </Group>
      <Stack gap="md">
        <ProblemAlert error={orders.error} title="Work orders could not be loaded" />
        <Paper withBorder radius="md">
          <WorkOrdersTable orders={orders.data ?? []} loading={orders.isPending} />
        </Paper>
      </Stack>
    </>
  );
}

function WorkOrdersTable({ orders, loading }: { orders: WorkOrderSummary[]; loading: boolean }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="work-orders-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            <Table.Th>Model</Table.Th>
            <Table.Th>Week</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th w={180}>Built</Table.Th>
            <Table.Th w={180}>Passed burn-in</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading work orders…' : 'No work order matches.'}
            </TableMessageRow>
          )}
          {orders.map((order) => (
            <Table.Tr
              key={order.id}
              data-testid={`work-order-row-${order.number}`}
              data-status={order.status}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={workOrderPath(order.number)}
                  ff="monospace"
                  fw={600}
                  size="sm"
                  style={{ whiteSpace: 'nowrap' }}
                  data-testid="work-order-link"
                >
                  {order.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{order.modelName}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{order.weekStart}</Table.Td>
              <Table.Td>
                <WorkOrderStatusBadge status={order.status} />
              </Table.Td>
              <Table.Td>
                <ProgressCell done={order.built} total={order.quantity} verb="built" />
              </Table.Td>
              <Table.Td>
                <ProgressCell done={order.passed} total={order.quantity} verb="passed" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ProgressCell({ done, total, verb }: { done: number; total: number; verb: string }) {
  return (
    <>
      <Text size="xs" mb={4}>
        {formatNumber(done)} of {formatNumber(total)}
      </Text>
      <Progress
        value={total ? Math.min(100, (100 * done) / total) : 0}
        size="sm"
        color={done >= total ? 'green' : 'indigo'}
        aria-label={`${done} of ${total} ${verb}`}
      />
    </>
  );
}
