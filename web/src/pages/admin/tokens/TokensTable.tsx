import { Badge, Button, Code, Table, Text } from '@mantine/core';
import type { ApiToken } from '../../../api/types';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime } from '../../../lib/format';
import { tokenStatus } from '../../../lib/tokenStatus';
import { TokenStatusBadge } from './TokenStatusBadge';

interface TokensTableProps {
  tokens: ApiToken[];
  loading: boolean;
  onRevoke: (token: ApiToken) => void;
}

const COLUMN_COUNT = 9;

function ownerOf(token: ApiToken): string {
  if (token.scope === 'site') return token.siteId ? `Site ${token.siteId}` : EMPTY_VALUE;
  return token.userEmail ?? token.userId ?? EMPTY_VALUE;
}

export function TokensTable({ tokens, loading, onRevoke }: TokensTableProps) {
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="tokens-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Scope</Table.Th>
            <Table.Th>Prefix</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading tokens…' : 'No API tokens yet.'}
            </TableMessageRow>
          )}
          {tokens.map((token) => (
            <Table.Tr key={token.id} data-testid={`token-row-${token.id}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {token.name}
                </Text>
              </Table.Td>
              <Table.Td>{ownerOf(token)}</Table.Td>
              <Table.Td>
                <Badge variant="outline" color="gray" radius="sm">
                  {token.scope === 'site' ? 'Site collector' : 'User'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Code>{token.prefix}</Code>
              </Table.Td>
              <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
              <Table.Td>
                {token.expiresAt === null ? 'Never' : formatDateTime(token.expiresAt)}
              </Table.Td>
              <Table.Td>
                {token.lastUsedAt === null ? 'Never' : formatDateTime(token.lastUsedAt)}
              </Table.Td>
              <Table.Td>
                <TokenStatusBadge token={token} />
              </Table.Td>
              <Table.Td ta="right">
                {tokenStatus(token) === 'active' && (
                  <Button size="xs" variant="subtle" color="red" onClick={() => onRevoke(token)}>
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
