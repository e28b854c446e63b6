import { useState } from 'react';
import { Button, Paper } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import type { Role, User } from '../../../api/types';
import { useUsersList } from '../../../api/users';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFilters } from './UserFilters';
import { UsersTable } from './UsersTable';

const SEARCH_DEBOUNCE_MS = 300;

export function UsersPage() {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [role, setRole] = useState<Role | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const users = useUsersList({ q: debouncedSearch, role });
  const rows = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title="Users"
        description="People who sign in to Rigline, their roles and their account status."
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setCreating(true)}
            data-testid="new-user"
          >
            New user
          </Button>
        }
      />
      <UserFilters search={search} role={role} onSearchChange={setSearch} onRoleChange={setRole} />
      {users.error && <ProblemAlert error={users.error} title="Users could not be loaded" />}
      <Paper withBorder radius="md" mt={users.error ? 'md' : 0}>
        <UsersTable
          users={rows}
          loading={users.isPending}
          onEdit={setEditing}
          onResetPassword={setResetting}
        />
      </Paper>
      <LoadMoreButton
        hasMore={users.hasNextPage}
        loading={users.isFetchingNextPage}
        onLoadMore={() => void users.fetchNextPage()}
      />
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
