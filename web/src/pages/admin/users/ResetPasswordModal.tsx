import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useResetUserPassword } from '../../../api/users';
import type { User } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../../lib/passwords';

interface ResetPasswordModalProps {
  /** The user whose password is reset; the modal is closed when null. */
  user: User | null;
  onClose: () => void;
}

export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  return (
    <Modal opened={user !== null} onClose={onClose} title="Reset password">
      {user && <ResetPasswordForm user={user} onDone={onClose} />}
    </Modal>
  );
}

function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const resetPassword = useResetUserPassword();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const serverErrors = splitFieldErrors(resetPassword.error, ['password'] as const);

  const lengthError = submitted ? passwordProblem(password) : null;
  const mismatchError = submitted && confirmation !== password ? 'The two passwords differ.' : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (passwordProblem(password) || confirmation !== password) return;
    resetPassword.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            title: 'Password reset',
            message: `New password set for ${user.email}.`,
          });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          Set a new password for <b>{user.email}</b>. Share it with the user over a safe channel.
        </Text>
        <ProblemAlert error={resetPassword.error} fieldErrors={serverErrors.other} />
        <PasswordInput
          label="New password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          required
          data-autofocus
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={lengthError ?? serverErrors.byField.password}
        />
        <PasswordInput
          label="Repeat new password"
          required
          autoComplete="new-password"
          value={confirmation}
          onChange={(event) => setConfirmation(event.currentTarget.value)}
          error={mismatchError}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={resetPassword.isPending}>
            Reset password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
