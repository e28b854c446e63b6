import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useSendTestEvent } from '../../../api/webhooks';
import type { WebhookSubscription } from '../../../api/types';

export function SendTestEventButton({ subscription }: { subscription: WebhookSubscription }) {
  const sendTest = useSendTestEvent();
  const send = () =>
    sendTest.mutate(subscription.id, {
      onSuccess: ({ eventId }) =>
        notifications.show({
          color: 'green',
          title: 'Test event queued',
          message: `Event ${eventId} will be delivered to ${subscription.url}. Watch the deliveries below.`,
        }),
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Test event not sent', message: error.message }),
    });

  return (
    <Button
      size="xs"
      variant="subtle"
      leftSection={<IconSend size={14} />}
      loading={sendTest.isPending}
      disabled={!subscription.active}
      title={subscription.active ? undefined : 'Activate the subscription to send a test event'}
      onClick={send}
    >
      Send test
    </Button>
  );
}
