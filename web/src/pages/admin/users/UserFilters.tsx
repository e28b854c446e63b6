import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { Role } from '../../../api/types';
import { ROLE_OPTIONS } from '../../../lib/roles';

interface UserFiltersProps {
  search: string;
  role: Role | null;
  onSearchChange: (value: string) => void;
  onRoleChange: (value: Role | null) => void;
}

export function UserFilters({ search, role, onSearchChange, onRoleChange }: UserFiltersProps) {
  return (
    <Group gap="sm" mb="md" align="flex-end">
      <TextInput
        aria-label="Search users"
        placeholder="Search by email or name"
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        style={{ flex: '1 1 240px' }}
        data-testid="users-search"
      />
      <Select<Role>
        aria-label="Filter by role"
        placeholder="All roles"
        data={ROLE_OPTIONS}
        value={role}
        onChange={onRoleChange}
        clearable
        w={200}
        data-testid="users-role-filter"
      />
    </Group>
  );
}
