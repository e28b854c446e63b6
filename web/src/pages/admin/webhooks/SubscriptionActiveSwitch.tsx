import { Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useUpdateSubscription } from '../../../api/webhooks';
import type { WebhookSubscription } from '../../../api/types';

/** Turns a subscription on or off; the server state is shown again after the save. */
export function SubscriptionActiveSwitch({ subscription }: { subscription: WebhookSubscription }) {
  const update = useUpdateSubscription();
  const checked = update.isPending ? !subscription.active : subscription.active;

  const toggle = () =>
    update.mutate(
      { id: subscription.id, input: { active: !subscription.active } },
      {
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'Subscription not changed',
            message: error.message,
          }),
      },
    );

  return (
    <Switch
      checked={checked}
      onChange={toggle}
      disabled={update.isPending}
      aria-label={
        subscription.active ? `Deactivate ${subscription.url}` : `Activate ${subscription.url}`
      }
      data-testid={`subscription-active-${subscription.id}`}
    />
  );
}
