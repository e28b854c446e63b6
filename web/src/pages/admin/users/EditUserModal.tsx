import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, MultiSelect, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useUpdateUser } from '../../../api/users';
import type { Role, User } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { formatDateTime } from '../../../lib/format';
import { ROLE_OPTIONS } from '../../../lib/roles';
import { userStatus } from '../../../lib/userStatus';

const FIELDS = ['name', 'roles', 'customerId', 'disabled'] as const;

interface EditUserModalProps {
  /** The user being edited; the modal is closed when null. */
  user: User | null;
  onClose: () => void;
}

export function EditUserModal({ user, onClose }: EditUserModalProps) {
  return (
    <Modal opened={user !== null} onClose={onClose} title="Edit user" size="lg">
      {user && <EditUserForm user={user} onDone={onClose} />}
    </Modal>
  );
}

function EditUserForm({ user, onDone }: { user: User; onDone: () => void }) {
  const updateUser = useUpdateUser();
  const [name, setName] = useState(user.name);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [customerId, setCustomerId] = useState(user.customerId ?? '');
  const [disabled, setDisabled] = useState(user.disabled);
  const serverErrors = splitFieldErrors(updateUser.error, FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    updateUser.mutate(
      {
        id: user.id,
        input: { name: name.trim(), roles, customerId: customerId.trim() || null, disabled },
      },
      {
        onSuccess: (updated) => {
          notifications.show({ color: 'green', title: 'User saved', message: updated.email });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {user.email}
        </Text>
        <ProblemAlert error={updateUser.error} fieldErrors={serverErrors.other} />
        <TextInput
          label="Name"
          required
          data-autofocus
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={serverErrors.byField.name}
        />
        <MultiSelect<Role>
          label="Roles"
          data={ROLE_OPTIONS}
          value={roles}
          onChange={setRoles}
          error={serverErrors.byField.roles}
        />
        <TextInput
          label="Customer account ID"
          description="Only for users who belong to a customer (role Customer)."
          value={customerId}
          onChange={(event) => setCustomerId(event.currentTarget.value)}
          error={serverErrors.byField.customerId}
        />
        <Switch
          label="Disabled"
          description="A disabled user cannot sign in and their sessions end."
          checked={disabled}
          onChange={(event) => setDisabled(event.currentTarget.checked)}
          error={serverErrors.byField.disabled}
        />
        {userStatus(user) === 'locked' && (
          <Text size="sm" c="orange">
            Locked after failed sign-ins until {formatDateTime(user.lockedUntil)}.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={updateUser.isPending} disabled={!name.trim()}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
