import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useOrderPromise } from '../../../api/promise';
import type { SalesOrder } from '../../../api/salesTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { Chart } from '../../../components/charts/Chart';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDateTime } from '../../../lib/format';
import { isOpenOrder, PROMISERS, SO_STATUS_LABELS } from '../salesLabels';
import { PROMISE_PATH } from '../salesPaths';
import { OrderPromiseTable } from './OrderPromiseTable';
import { PromiseSplitsTable } from './PromiseSplitsTable';
import { splitsChartOption } from './splitsChartOption';

/** Why an order has no promise: drafts and closed orders are not promised; open ones wait a run. */
function notPromisedText(order: SalesOrder): string {
  if (order.status === 'draft') return 'A draft is not promised: confirm it first.';
  if (!isOpenOrder(order.status))
    return `The order is ${SO_STATUS_LABELS[order.status].toLowerCase()}: nothing is left to promise.`;
  return 'The order is confirmed; its lines get dates at the next re-promise.';
}

/** The order's latest promise: dates and sources per line, and when each source ships. */
export function OrderPromiseSection({ order }: { order: SalesOrder }) {
  const open = isOpenOrder(order.status);
  const promise = useOrderPromise(order.number, open);
  const canPromise = useHasAnyRole(PROMISERS);
  // The latest run may predate a cancellation: only an open order's promise still holds.
  const lines = open ? (promise.data?.lines ?? []) : [];
  const splits = lines.flatMap((line) => line.splits);

  return (
    <Stack gap="xs" data-testid="order-promise">
      <Group justify="space-between" align="flex-end">
        <Title order={4}>Delivery promise</Title>
        {lines.length > 0 && (
          <Text size="sm" c="dimmed" data-testid="promise-at">
            Promised {formatDateTime(promise.data?.promisedAt)}
          </Text>
        )}
      </Group>
      {promise.error && (
        <ProblemAlert error={promise.error} title="The promise could not be loaded" />
      )}
      {promise.isPending && <Skeleton height={160} radius="md" />}
      {promise.data && lines.length === 0 && (
        <Paper withBorder radius="md" p="md" data-testid="promise-none">
          <Text fw={600}>Not promised yet</Text>
          <Text size="sm" c="dimmed">
            {notPromisedText(order)}{' '}
            {canPromise && open && (
              <Anchor component={Link} to={PROMISE_PATH} size="sm">
                Re-promise now
              </Anchor>
            )}
          </Text>
        </Paper>
      )}
      {lines.length > 0 && (
        <>
          <Paper withBorder radius="md">
            <OrderPromiseTable order={order} lines={lines} />
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Text size="sm" fw={600} mb="xs">
              Units shipped by week and source
            </Text>
            <Chart
              option={splitsChartOption(splits)}
              height={260}
              ariaLabel={`Units of ${order.number} shipped each week, by supply source`}
              data-testid="promise-chart"
            />
          </Paper>
          <Paper withBorder radius="md">
            <PromiseSplitsTable order={order} lines={lines} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
