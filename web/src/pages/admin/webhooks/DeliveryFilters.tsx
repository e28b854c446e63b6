import { Group, Select } from '@mantine/core';
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  type WebhookSubscription,
} from '../../../api/types';
import { DELIVERY_STATUS_LABELS } from './DeliveryStatusBadge';

interface DeliveryFiltersProps {
  subscriptions: WebhookSubscription[];
  subscriptionId: string | null;
  status: DeliveryStatus | null;
  onSubscriptionChange: (id: string | null) => void;
  onStatusChange: (status: DeliveryStatus | null) => void;
}

const STATUS_OPTIONS = DELIVERY_STATUSES.map((status) => ({
  value: status,
  label: DELIVERY_STATUS_LABELS[status],
}));

export function DeliveryFilters(props: DeliveryFiltersProps) {
  const { subscriptions, subscriptionId, status, onSubscriptionChange, onStatusChange } = props;
  return (
    <Group gap="sm" mb="md">
      <Select
        aria-label="Filter by subscription"
        placeholder="All subscriptions"
        data={subscriptions.map((subscription) => ({
          value: subscription.id,
          label: subscription.url,
        }))}
        value={subscriptionId}
        onChange={onSubscriptionChange}
        clearable
        searchable
        style={{ flex: '1 1 260px' }}
        maw={480}
      />
      <Select<DeliveryStatus>
        aria-label="Filter by status"
        placeholder="All statuses"
        data={STATUS_OPTIONS}
        value={status}
        onChange={onStatusChange}
        clearable
        w={180}
      />
    </Group>
  );
}
