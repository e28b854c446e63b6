import { useState } from 'react';
import { Button, Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import type { WebhookSubscription } from '../../../api/types';
import { useDeleteSubscription, useSubscriptions } from '../../../api/webhooks';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { DeliveriesSection } from './DeliveriesSection';
import { NewSubscriptionModal } from './NewSubscriptionModal';
import { SubscriptionsTable } from './SubscriptionsTable';

export function WebhooksPage() {
  const subscriptions = useSubscriptions();
  const deleteSubscription = useDeleteSubscription();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<WebhookSubscription | null>(null);
  const items = subscriptions.data?.items ?? [];

  const closeDelete = () => {
    setDeleting(null);
    deleteSubscription.reset();
  };

  const confirmDelete = () => {
    if (!deleting) return;
    const { url } = deleting;
    deleteSubscription.mutate(deleting.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', title: 'Subscription deleted', message: url });
        closeDelete();
      },
    });
  };

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Send Rigline events to other systems as signed HTTP POSTs, and follow each delivery."
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setCreating(true)}
            data-testid="new-subscription"
          >
            New subscription
          </Button>
        }
      />
      {subscriptions.error && (
        <ProblemAlert error={subscriptions.error} title="Subscriptions could not be loaded" />
      )}
      <Paper withBorder radius="md" mt={subscriptions.error ? 'md' : 0}>
        <SubscriptionsTable
          subscriptions={items}
          loading={subscriptions.isPending}
          onDelete={setDeleting}
        />
      </Paper>
      <DeliveriesSection subscriptions={items} />
      <NewSubscriptionModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmModal
        opened={deleting !== null}
        title="Delete subscription"
        message={`Delete the subscription to ${deleting?.url ?? ''}? No more events will be sent to it. This cannot be undone.`}
        confirmLabel="Delete subscription"
        danger
        loading={deleteSubscription.isPending}
        error={deleteSubscription.error}
        onConfirm={confirmDelete}
        onClose={closeDelete}
      />
    </>
  );
}
