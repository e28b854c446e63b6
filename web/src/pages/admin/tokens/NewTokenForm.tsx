import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  Stack,
  TextInput,
} from '@mantine/core';
import { useCreateToken, type CreateTokenInput } from '../../../api/tokens';
import type { CreatedToken, TokenScope } from '../../../api/types';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { UserPicker, type PickedUser } from './UserPicker';

const FIELDS = ['name', 'expiresInDays', 'scope', 'userId', 'siteId'] as const;
const DEFAULT_EXPIRY_DAYS = 90;

const SCOPE_OPTIONS: { value: TokenScope; label: string }[] = [
  { value: 'user', label: 'User' },
  { value: 'site', label: 'Site collector' },
];

interface NewTokenFormProps {
  onCreated: (created: CreatedToken) => void;
  onCancel: () => void;
}

export function NewTokenForm({ onCreated, onCancel }: NewTokenFormProps) {
  const me = useCurrentUser();
  const createToken = useCreateToken();
  const [name, setName] = useState('');
  const [expiresInDays, setExpiresInDays] = useState<number | string>(DEFAULT_EXPIRY_DAYS);
  const [scope, setScope] = useState<TokenScope>('user');
  const [user, setUser] = useState<PickedUser | null>({
    id: me.id,
    email: me.email,
    name: me.name,
  });
  const [siteId, setSiteId] = useState('');
  const serverErrors = splitFieldErrors(createToken.error, FIELDS);

  const ownerMissing = scope === 'user' ? !user : !siteId.trim();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input: CreateTokenInput = { name: name.trim(), scope };
    if (typeof expiresInDays === 'number') input.expiresInDays = expiresInDays;
    if (scope === 'user' && user) input.userId = user.id;
    if (scope === 'site') input.siteId = siteId.trim();
    createToken.mutate(input, { onSuccess: onCreated });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert error={createToken.error} fieldErrors={serverErrors.other} />
        <TextInput
          label="Name"
          description="What the token is for, e.g. “ERP nightly export”."
          required
          data-autofocus
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={serverErrors.byField.name}
        />
        <NumberInput
          label="Expires in (days)"
          min={1}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          value={expiresInDays}
          onChange={setExpiresInDays}
          error={serverErrors.byField.expiresInDays}
        />
        <Input.Wrapper label="Scope" error={serverErrors.byField.scope}>
          <SegmentedControl<TokenScope>
            fullWidth
            data={SCOPE_OPTIONS}
            value={scope}
            onChange={setScope}
            mt={4}
          />
        </Input.Wrapper>
        {scope === 'user' ? (
          <UserPicker
            label="Acts as user"
            value={user}
            onChange={setUser}
            error={serverErrors.byField.userId}
          />
        ) : (
          <TextInput
            label="Site ID"
            description="The customer site whose collector will push machine readings with this token."
            required
            value={siteId}
            onChange={(event) => setSiteId(event.currentTarget.value)}
            error={serverErrors.byField.siteId}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={createToken.isPending}
            disabled={!name.trim() || ownerMissing}
          >
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
