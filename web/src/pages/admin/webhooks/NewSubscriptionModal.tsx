import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { CreatedSubscription } from '../../../api/types';
import { SecretRevealBox } from '../../../components/SecretRevealBox';
import { NewSubscriptionForm } from './NewSubscriptionForm';

interface NewSubscriptionModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Two steps: the form, then the signing secret, shown once. */
export function NewSubscriptionModal({ opened, onClose }: NewSubscriptionModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="New webhook subscription"
      size="lg"
      closeOnClickOutside={false}
    >
      <NewSubscriptionSteps onDone={onClose} />
    </Modal>
  );
}

function NewSubscriptionSteps({ onDone }: { onDone: () => void }) {
  const [created, setCreated] = useState<CreatedSubscription | null>(null);
  if (!created) return <NewSubscriptionForm onCreated={setCreated} onCancel={onDone} />;
  return (
    <Stack data-testid="subscription-created">
      <Text size="sm">
        Rigline will POST matching events to <b>{created.subscription.url}</b>, signed with this
        secret. Verify the signature on every delivery.
      </Text>
      <SecretRevealBox label="Signing secret" secret={created.secret} />
      <Group justify="flex-end">
        <Button onClick={onDone}>I have copied it</Button>
      </Group>
    </Stack>
  );
}
