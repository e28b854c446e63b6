import { useMemo, useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useUserSearch } from '../../../api/users';

export interface PickedUser {
  id: string;
  email: string;
  name: string;
}

interface UserPickerProps {
  label: string;
  value: PickedUser | null;
  onChange: (user: PickedUser | null) => void;
  error?: string;
}

const labelOf = (user: PickedUser) => `${user.name} (${user.email})`;

/** Searchable user select; searches the server as the admin types. */
export function UserPicker({ label, value, onChange, error }: UserPickerProps) {
  const [search, setSearch] = useState(value ? labelOf(value) : '');
  // Typing starts a server search; the text of the picked option does not.
  const query = value && search === labelOf(value) ? '' : search.trim();
  const [debouncedQuery] = useDebouncedValue(query, 300);
  const results = useUserSearch(debouncedQuery);

  const users = useMemo(() => {
    const byId = new Map<string, PickedUser>();
    if (value) byId.set(value.id, value);
    for (const user of results.data?.items ?? []) byId.set(user.id, user);
    return byId;
  }, [value, results.data]);

  const data = [...users.values()].map((user) => ({ value: user.id, label: labelOf(user) }));

  return (
    <Select
      label={label}
      searchable
      required
      data={data}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (users.get(id) ?? null) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'No user matches'}
      error={error}
      data-testid="token-user-picker"
    />
  );
}
