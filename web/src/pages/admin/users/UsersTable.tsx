import { ActionIcon, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconKey, IconPencil } from '@tabler/icons-react';
import type { User } from '../../../api/types';
import { RoleBadges } from '../../../components/RoleBadges';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime } from '../../../lib/format';
import { UserStatusBadge } from './UserStatusBadge';

interface UsersTableProps {
  users: User[];
  loading: boolean;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

const COLUMN_COUNT = 7;

export function UsersTable({ users, loading, onEdit, onResetPassword }: UsersTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Roles</Table.Th>
            <Table.Th>Customer</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Last login</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading users…' : 'No users match.'}
            </TableMessageRow>
          )}
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid={`user-row-${user.id}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>{user.name}</Table.Td>
              <Table.Td>
                <RoleBadges roles={user.roles} size="xs" />
              </Table.Td>
              <Table.Td>{user.customerId ?? EMPTY_VALUE}</Table.Td>
              <Table.Td>
                <UserStatusBadge user={user} />
              </Table.Td>
              <Table.Td>{formatDateTime(user.lastLoginAt)}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Tooltip label="Edit user">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Edit ${user.email}`}
                      onClick={() => onEdit(user)}
                    >
                      <IconPencil size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Reset password">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Reset password of ${user.email}`}
                      onClick={() => onResetPassword(user)}
                    >
                      <IconKey size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
