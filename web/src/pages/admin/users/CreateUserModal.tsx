import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, MultiSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCreateUser } from '../../../api/users';
import type { Role } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../../lib/passwords';
import { ROLE_OPTIONS } from '../../../lib/roles';

const FIELDS = ['email', 'name', 'roles', 'customerId', 'password'] as const;

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
}

export function CreateUserModal({ opened, onClose }: CreateUserModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New user" size="lg">
      <CreateUserForm onDone={onClose} />
    </Modal>
  );
}

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const createUser = useCreateUser();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [customerId, setCustomerId] = useState('');
  const [password, setPassword] = useState('');
  const [showLocalErrors, setShowLocalErrors] = useState(false);

  const serverErrors = splitFieldErrors(createUser.error, FIELDS);
  const localPasswordError = showLocalErrors ? passwordProblem(password) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowLocalErrors(true);
    if (passwordProblem(password)) return;
    createUser.mutate(
      {
        email: email.trim(),
        name: name.trim(),
        roles,
        customerId: customerId.trim() || null,
        password,
      },
      {
        onSuccess: (user) => {
          notifications.show({
            color: 'green',
            title: 'User created',
            message: `${user.email} can now sign in.`,
          });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert error={createUser.error} fieldErrors={serverErrors.other} />
        <TextInput
          label="Email"
          type="email"
          required
          data-autofocus
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={serverErrors.byField.email}
        />
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={serverErrors.byField.name}
        />
        <MultiSelect<Role>
          label="Roles"
          placeholder={roles.length ? undefined : 'Pick one or more roles'}
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
        <PasswordInput
          label="Initial password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters. Share it with the user over a safe channel.`}
          required
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={localPasswordError ?? serverErrors.byField.password}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={createUser.isPending} disabled={!email || !name}>
            Create user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
