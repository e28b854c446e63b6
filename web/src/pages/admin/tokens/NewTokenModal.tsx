import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { CreatedToken } from '../../../api/types';
import { SecretRevealBox } from '../../../components/SecretRevealBox';
import { NewTokenForm } from './NewTokenForm';

interface NewTokenModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Two steps: the form, then the secret, shown once. */
export function NewTokenModal({ opened, onClose }: NewTokenModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="New API token"
      size="lg"
      closeOnClickOutside={false}
    >
      <NewTokenSteps onDone={onClose} />
    </Modal>
  );
}

function NewTokenSteps({ onDone }: { onDone: () => void }) {
  const [created, setCreated] = useState<CreatedToken | null>(null);
  if (!created) return <NewTokenForm onCreated={setCreated} onCancel={onDone} />;
  return (
    <Stack data-testid="token-created">
      <Text size="sm">
        Token <b>{created.token.name}</b> was created. Send it in the{' '}
        <code>Authorization: Bearer</code> header.
      </Text>
      <SecretRevealBox label="API token" secret={created.secret} />
      <Group justify="flex-end">
        <Button onClick={onDone}>I have copied it</Button>
      </Group>
    </Stack>
  );
}
