import { useMemo, useState } from 'react';
import { Group, Paper, Text, Title } from '@mantine/core';
import { DELIVERIES_REFRESH_MS, useDeliveries } from '../../../api/webhooks';
import type { DeliveryStatus, WebhookSubscription } from '../../../api/types';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { DeliveriesTable } from './DeliveriesTable';
import { DeliveryFilters } from './DeliveryFilters';

export function DeliveriesSection({ subscriptions }: { subscriptions: WebhookSubscription[] }) {
  const [subscriptionId, setSubscriptionId] = useState<string | null>(null);
  const [status, setStatus] = useState<DeliveryStatus | null>(null);
  const deliveries = useDeliveries({ subscriptionId, status });
  const rows = deliveries.data?.pages.flatMap((page) => page.items) ?? [];
  const subscriptionUrls = useMemo(
    () => new Map(subscriptions.map((subscription) => [subscription.id, subscription.url])),
    [subscriptions],
  );

  return (
    <section aria-labelledby="deliveries-title">
      <Group justify="space-between" align="baseline" mt="xl" mb="sm">
        <Title order={3} id="deliveries-title">
          Deliveries
        </Title>
        <Text size="xs" c="dimmed">
          Refreshed every {DELIVERIES_REFRESH_MS / 1000} seconds
        </Text>
      </Group>
      <DeliveryFilters
        subscriptions={subscriptions}
        subscriptionId={subscriptionId}
        status={status}
        onSubscriptionChange={setSubscriptionId}
        onStatusChange={setStatus}
      />
      {deliveries.error && (
        <ProblemAlert error={deliveries.error} title="Deliveries could not be loaded" />
      )}
      <Paper withBorder radius="md" mt={deliveries.error ? 'md' : 0}>
        <DeliveriesTable
          deliveries={rows}
          loading={deliveries.isPending}
          subscriptionUrls={subscriptionUrls}
        />
      </Paper>
      <LoadMoreButton
        hasMore={deliveries.hasNextPage}
        loading={deliveries.isFetchingNextPage}
        onLoadMore={() => void deliveries.fetchNextPage()}
      />
    </section>
  );
}
